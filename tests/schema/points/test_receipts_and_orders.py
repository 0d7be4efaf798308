"""One purchase earns once: receipts are matched against recorded orders, both ways."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.catalog.models import Category, Item, Store
from domain.ledger.models import Account
from domain.points import config as points_config
from domain.points.models import PointKind, Receipt, ReceiptStatus
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member, pk, run_jobs

pytestmark = pytest.mark.usefixtures("database")

SUBMIT = """mutation($i: SubmitReceiptInput!) {
  submitReceipt(input: $i) { receipt { id status } errors { code field } } }"""
REVIEW = """mutation($i: ReviewReceiptInput!) {
  reviewReceipt(input: $i) { receipt { status points } errors { code field } } }"""
RECORD = """mutation($i: RecordOrderInput!) { recordOrder(input: $i) { errors { code field } } }"""
BOUGHT = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)


async def _setup() -> int:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)
    category = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU-1", name="Essence", category_id=category.id, price_cents=5000)
    await Store.create(code="BJ01", name="Beijing")
    return (await make_member()).id


def _receipt(number: str = "R-77", cents: int = 5000, at: datetime = BOUGHT) -> dict:
    return {
        "i": {
            "storeCode": "BJ01",
            "receiptNo": number,
            "amountCents": cents,
            "purchasedAt": at.isoformat(),
        }
    }


def _order(number: str, member_id: int, cents: int = 5000, at: datetime = BOUGHT) -> dict:
    return {
        "i": {
            "channel": "POS",
            "externalNo": number,
            "storeCode": "BJ01",
            "paidAt": at.isoformat(),
            "memberId": encode_id("Member", member_id),
            "lines": [{"itemCode": "SKU-1", "quantity": 1, "unitPriceCents": cents}],
        }
    }


async def _points(member_id: int) -> int:
    account = await Account.get_or_none(member_id=member_id, asset="POINTS:POINTS")
    return account.available if account else 0


async def _approved_receipt(member_id: int) -> None:
    submitted = await gql(SUBMIT, _receipt(), member(member_id))
    receipt_id = submitted.data["submitReceipt"]["receipt"]["id"]
    approved = await gql(REVIEW, {"i": {"receiptId": receipt_id, "approve": True}}, STAFF)
    assert approved.data["reviewReceipt"]["receipt"] == {"status": "APPROVED", "points": 50}


async def test_an_order_recorded_after_an_approved_receipt_earns_nothing(redis_client) -> None:
    # given a receipt R-77 of 50.00 approved for 50 points
    m = await _setup()
    await _approved_receipt(m)
    # when the store's system records the same purchase as order R-77 an hour later
    recorded = await gql(RECORD, _order("r-77", m, at=BOUGHT + timedelta(hours=1)), SERVICE)
    assert recorded.data["recordOrder"]["errors"] == []
    await run_jobs(redis_client)
    # then it earns nothing more
    assert await _points(m) == 50


async def test_an_order_under_another_number_but_same_amount_earns_nothing(redis_client) -> None:
    m = await _setup()
    await _approved_receipt(m)
    await gql(RECORD, _order("POS-000123", m, at=BOUGHT - timedelta(minutes=5)), SERVICE)
    await run_jobs(redis_client)
    assert await _points(m) == 50


async def test_other_purchases_still_earn(redis_client) -> None:
    # given an approved receipt
    m = await _setup()
    await _approved_receipt(m)
    # when the member buys again: another amount the same day, and the same amount days later
    await gql(RECORD, _order("POS-1", m, cents=7000), SERVICE)
    await gql(RECORD, _order("POS-2", m, at=BOUGHT + timedelta(days=3)), SERVICE)
    await run_jobs(redis_client)
    # then both earn
    assert await _points(m) == 50 + 70 + 50


async def test_a_receipt_for_a_recorded_order_is_refused_at_submission(redis_client) -> None:
    # given order R-77 recorded and settled
    m = await _setup()
    await gql(RECORD, _order("R-77", m), SERVICE)
    await run_jobs(redis_client)
    assert await _points(m) == 50
    # when the member submits its receipt
    submitted = await gql(SUBMIT, _receipt(" r-77 "), member(m))
    # then it is refused and nothing more is credited
    assert submitted.data["submitReceipt"] == {
        "receipt": None,
        "errors": [{"code": "RECEIPT_MATCHES_ORDER", "field": "receiptNo"}],
    }
    assert await Receipt.all().count() == 0
    assert await _points(m) == 50


async def test_approving_a_receipt_whose_order_arrived_meanwhile_is_refused(redis_client) -> None:
    # given a pending receipt, then the same purchase recorded as an order and settled
    m = await _setup()
    submitted = await gql(SUBMIT, _receipt(), member(m))
    receipt_id = submitted.data["submitReceipt"]["receipt"]["id"]
    await gql(RECORD, _order("R-77", m, at=BOUGHT + timedelta(minutes=2)), SERVICE)
    await run_jobs(redis_client)
    assert await _points(m) == 50
    # when staff approve the receipt
    approved = await gql(REVIEW, {"i": {"receiptId": receipt_id, "approve": True}}, STAFF)
    # then it is refused, stays pending for rejection, and credits nothing
    assert approved.data["reviewReceipt"] == {
        "receipt": None,
        "errors": [{"code": "RECEIPT_MATCHES_ORDER", "field": "receiptNo"}],
    }
    receipt = await Receipt.get(id=pk(receipt_id))
    assert (receipt.status, receipt.points) == (ReceiptStatus.PENDING, None)
    assert await _points(m) == 50
