"""Points end to end: settlement by the order job, redemption races, refunds, receipts, bonuses."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from domain.catalog.models import Category, Item, Store
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.points import config as points_config
from domain.points import expiry as points_expiry
from domain.points import movements as points_movements
from domain.points import settlement as points_settlement
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import BI, SERVICE, STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

RECORD = """mutation($i: RecordOrderInput!) { recordOrder(input: $i) { errors { code field } } }"""
REDEEM = """mutation($i: RedeemPointsInput!) {
  redeemPoints(input: $i) { cashCents replayed account { available } errors { code field } } }"""
ACCOUNTS = "{ pointAccounts { pointType { code } available frozen } }"


async def _setup() -> None:
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
        cents_per_point=(1, 1),
    )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)
    cat = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU-1", name="Essence", category_id=cat.id, price_cents=10000)
    await Store.create(code="BJ01", name="Beijing")


def _order(no: str, member_id: int, qty: int = 3) -> dict:
    return {
        "i": {
            "channel": "POS",
            "externalNo": no,
            "storeCode": "BJ01",
            "paidAt": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
            "memberId": encode_id("Member", member_id),
            "lines": [{"itemCode": "SKU-1", "quantity": qty, "unitPriceCents": 10000}],
        }
    }


async def _available(member_id: int) -> int:
    account = await Account.get_or_none(member_id=member_id, asset="POINTS:POINTS")
    return account.available if account else 0


async def test_order_job_credits_points_once_even_when_retried(redis_client) -> None:
    # given a paid order of 300.00
    await _setup()
    m = await make_member()
    await gql(RECORD, _order("P-1", m.id), SERVICE)
    await gql(RECORD, _order("P-1", m.id), SERVICE)  # re-sent
    # when the job runs, and runs again as after a crash between its steps
    await run_jobs(redis_client)
    from domain.orders.models import Order

    order = await Order.get(external_no="P-1")
    await points_settlement.earn_for_order(order.id)
    # then 300 points were credited exactly once
    assert await _available(m.id) == 300
    result = await gql(ACCOUNTS, principal=member(m.id))
    assert result.data["pointAccounts"] == [
        {"pointType": {"code": "POINTS"}, "available": 300, "frozen": 0}
    ]


async def test_refunds_reverse_in_proportion_and_in_full(redis_client) -> None:
    await _setup()
    m = await make_member()
    await gql(RECORD, _order("P-2", m.id, qty=3), SERVICE)
    await run_jobs(redis_client)
    refund = """mutation($i: RefundOrderInput!) { refundOrder(input: $i) { errors { code } } }"""
    base = {"channel": "POS", "externalNo": "P-2", "refundedAt": datetime.now(UTC).isoformat()}
    await gql(
        refund, {"i": {**base, "refundNo": "R-1", "lines": [{"lineNo": 1, "quantity": 1}]}}, SERVICE
    )
    await run_jobs(redis_client)
    assert await _available(m.id) == 200
    await gql(refund, {"i": {**base, "refundNo": "R-2"}}, SERVICE)
    await run_jobs(redis_client)
    assert await _available(m.id) == 0
    assert await ledger.verify() == []


@pytest.mark.slow
async def test_200_concurrent_redemptions_through_graphql(redis_client) -> None:
    await _setup()
    m = await make_member()
    await points_movements.credit_points(
        member_id=m.id,
        point_type_code="POINTS",
        points=100,
        key="gift",
        reason="test",
        operator="test",
    )
    results = await asyncio.gather(
        *(
            gql(REDEEM, {"i": {"points": 10, "idempotencyKey": f"k{i}"}}, member(m.id))
            for i in range(200)
        )
    )
    payloads = [r.data["redeemPoints"] for r in results]
    assert sum(1 for p in payloads if not p["errors"]) == 10
    assert (
        sum(
            1
            for p in payloads
            if p["errors"] == [{"code": "INSUFFICIENT_POINTS", "field": "points"}]
        )
        == 190
    )
    assert await _available(m.id) == 0
    assert await ledger.verify() == []


async def test_redemption_replay_and_bad_input_change_nothing() -> None:
    await _setup()
    m = await make_member()
    other = await make_member()
    await points_movements.credit_points(
        member_id=m.id,
        point_type_code="POINTS",
        points=100,
        key="gift",
        reason="test",
        operator="test",
    )
    first = await gql(REDEEM, {"i": {"points": 30, "idempotencyKey": "a"}}, member(m.id))
    assert first.data["redeemPoints"] == {
        "cashCents": 30,
        "replayed": False,
        "account": {"available": 70},
        "errors": [],
    }
    again = await gql(REDEEM, {"i": {"points": 30, "idempotencyKey": "a"}}, member(m.id))
    assert again.data["redeemPoints"]["replayed"] is True
    for points, code, field in [
        (0, "INVALID_AMOUNT", "points"),
        (-5, "INVALID_AMOUNT", "points"),
        (500, "INSUFFICIENT_POINTS", "points"),
    ]:
        bad = await gql(
            REDEEM, {"i": {"points": points, "idempotencyKey": f"b{points}"}}, member(m.id)
        )
        assert bad.data["redeemPoints"]["errors"] == [{"code": code, "field": field}]
    unknown = await gql(
        REDEEM, {"i": {"points": 1, "idempotencyKey": "c", "pointType": "NOPE"}}, member(m.id)
    )
    assert unknown.data["redeemPoints"]["errors"] == [
        {"code": "UNKNOWN_POINT_TYPE", "field": "pointType"}
    ]
    # a member naming another member's account still spends only their own points
    foreign = await gql(
        REDEEM,
        {"i": {"points": 1, "idempotencyKey": "d", "memberId": encode_id("Member", other.id)}},
        member(m.id),
    )
    assert foreign.data["redeemPoints"]["account"]["available"] == 69
    assert await _available(other.id) == 0
    fraction = await gql(REDEEM, {"i": {"points": 1.5, "idempotencyKey": "e"}}, member(m.id))
    assert fraction.errors
    assert await _available(m.id) == 69


async def test_receipts_are_deduplicated_and_approval_credits_points() -> None:
    await _setup()
    m = await make_member()
    submit = """mutation($i: SubmitReceiptInput!) {
      submitReceipt(input: $i) { receipt { id status } errors { code field } } }"""
    data = {
        "storeCode": "BJ01",
        "receiptNo": "R-77",
        "amountCents": 5000,
        "purchasedAt": (datetime.now(UTC) - timedelta(days=1)).isoformat(),
    }
    first = await gql(submit, {"i": data}, member(m.id))
    receipt_id = first.data["submitReceipt"]["receipt"]["id"]
    duplicate = await gql(submit, {"i": {**data, "receiptNo": " r-77 "}}, member(m.id))
    assert duplicate.data["submitReceipt"]["errors"] == [
        {"code": "DUPLICATE_RECEIPT", "field": "receiptNo"}
    ]
    review = """mutation($i: ReviewReceiptInput!) {
      reviewReceipt(input: $i) { receipt { status points } errors { code } } }"""
    approved = await gql(review, {"i": {"receiptId": receipt_id, "approve": True}}, STAFF)
    assert approved.data["reviewReceipt"]["receipt"] == {"status": "APPROVED", "points": 50}
    twice = await gql(review, {"i": {"receiptId": receipt_id, "approve": True}}, STAFF)
    assert twice.data["reviewReceipt"]["errors"] == [{"code": "INVALID_STATE"}]
    assert await _available(m.id) == 50


async def test_event_bonus_respects_the_daily_limit(redis_client) -> None:
    await _setup()
    await points_config.define_event_bonus("POINTS", event_name="sign_in", points=5, daily_limit=1)
    m = await make_member()
    await gql(
        'mutation { defineEvent(input: {name: "sign_in"}) { errors { code } } }', principal=STAFF
    )
    now = datetime.now(UTC).isoformat()
    track = """mutation($i: TrackEventsInput!) { trackEvents(input: $i) { accepted } }"""
    events = [{"eventId": f"s{i}", "name": "sign_in", "occurredAt": now} for i in range(3)]
    await gql(track, {"i": {"events": events}}, member(m.id))
    await run_jobs(redis_client)
    assert await _available(m.id) == 5


async def test_expiry_job_liability_and_statement(redis_client) -> None:
    await _setup()
    m = await make_member()
    account = await points_config.account_for(m.id, await points_config.get_type("POINTS"))
    await ledger.credit(
        account.id,
        40,
        "old",
        ledger.Meta(source="old"),
        expires_at=datetime.now(UTC) - timedelta(minutes=1),
    )
    await ledger.credit(
        account.id,
        60,
        "soon",
        ledger.Meta(source="soon"),
        expires_at=datetime.now(UTC) + timedelta(days=3),
    )
    expiring = await gql(
        "{ expiringPoints(withinDays: 7) { nodes { pointType points } } }", principal=member(m.id)
    )
    assert expiring.data["expiringPoints"]["nodes"] == [{"pointType": "POINTS", "points": 60}]
    result = await points_expiry.expire_all_due()
    assert result == {"accounts": 1, "expired": 40}
    assert await points_expiry.expire_all_due() == {"accounts": 0, "expired": 0}
    liability = await gql("{ pointsLiability { pointType points cents holders } }", principal=BI)
    assert liability.data["pointsLiability"] == [
        {"pointType": "POINTS", "points": 60, "cents": 60, "holders": 1}
    ]
    statement = await gql(
        "query($id: ID) { pointStatement(memberId: $id) { totals { earned expired } "
        "entries { edges { node { kind amount } } } } }",
        {"id": encode_id("Member", m.id)},
        principal=STAFF,
    )
    body = statement.data["pointStatement"]
    assert body["totals"] == {"earned": 100, "expired": -40}
    assert [e["node"]["kind"] for e in body["entries"]["edges"]] == ["EXPIRE", "CREDIT", "CREDIT"]
