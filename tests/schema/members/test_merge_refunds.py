"""After a OneID merge, refunds of the absorbed member's orders and payments act on the survivor."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain import db
from domain.catalog.models import Category, Item, Store
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.members.models import Identity, Member, MemberMerge
from domain.points import config as points_config
from domain.points import settlement as points_settlement
from domain.points.models import PointKind
from domain.wallet import service as wallet_service
from domain.wallet.models import Wallet
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

RECORD = """mutation($i: RecordOrderInput!) { recordOrder(input: $i) { errors { code field } } }"""
REFUND = """mutation($i: RefundOrderInput!) { refundOrder(input: $i) { errors { code field } } }"""
MERGE = """mutation($i: MergeMembersInput!) {
  mergeMembers(input: $i) { member { id } errors { code field } } }"""
PAY = """mutation($i: PayWithWalletInput!) { payWithWallet(input: $i) {
  payment { id } errors { code field } } }"""
REFUND_PAYMENT = """mutation($i: RefundWalletPaymentInput!) { refundWalletPayment(input: $i) {
  wallet { principalCents bonusCents } errors { code field } } }"""
ERASE = """mutation($i: EraseMemberInput!) {
  eraseMember(input: $i) { member { status } errors { code field } } }"""
PAID = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


async def _points_setup() -> None:
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},
        cents_per_point=(1, 1),
    )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)
    category = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU-1", name="Essence", category_id=category.id, price_cents=10000)
    await Store.create(code="BJ01", name="Beijing")


async def _order(no: str, member_id: int, quantity: int) -> None:
    line = {"itemCode": "SKU-1", "quantity": quantity, "unitPriceCents": 10000}
    result = await gql(
        RECORD,
        {
            "i": {
                "channel": "POS",
                "externalNo": no,
                "storeCode": "BJ01",
                "paidAt": PAID.isoformat(),
                "memberId": encode_id("Member", member_id),
                "lines": [line],
            }
        },
        SERVICE,
    )
    assert result.data["recordOrder"]["errors"] == []


async def _refund(no: str, refund_no: str, quantity: int) -> None:
    result = await gql(
        REFUND,
        {
            "i": {
                "channel": "POS",
                "externalNo": no,
                "refundNo": refund_no,
                "refundedAt": PAID.isoformat(),
                "lines": [{"lineNo": 1, "quantity": quantity}],
            }
        },
        SERVICE,
    )
    assert result.data["refundOrder"]["errors"] == []


async def _merge(survivor_id: int, absorbed_id: int) -> None:
    result = await gql(
        MERGE,
        {
            "i": {
                "survivorId": encode_id("Member", survivor_id),
                "absorbedId": encode_id("Member", absorbed_id),
                "reason": "same person",
            }
        },
        STAFF,
    )
    assert result.data["mergeMembers"]["errors"] == []


async def _points(member_id: int) -> int:
    account = await Account.get_or_none(member_id=member_id, asset="POINTS:POINTS")
    return account.available if account else 0


async def test_refund_of_an_absorbed_members_order_takes_points_back_from_the_survivor(
    redis_client,
) -> None:
    # given B earned 300 points on an order and A 100, then A absorbed B
    await _points_setup()
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    await _order("B-1", b.id, quantity=3)
    await _order("A-1", a.id, quantity=1)
    await run_jobs(redis_client)
    assert (await _points(a.id), await _points(b.id)) == (100, 300)
    await _merge(a.id, b.id)
    assert (await _points(a.id), await _points(b.id)) == (400, 0)
    # when B's pre-merge order is refunded in part, then the rest, and the jobs run twice
    await _refund("B-1", "BR-1", quantity=1)
    await run_jobs(redis_client)
    assert (await _points(a.id), await _points(b.id)) == (300, 0)
    await _refund("B-1", "BR-2", quantity=2)
    await run_jobs(redis_client)
    for refund_id in (1, 2):
        await points_settlement.reverse_for_refund(refund_id)
    # then exactly what B's order earned is gone from A, and B's emptied account is untouched
    assert (await _points(a.id), await _points(b.id)) == (100, 0)
    assert await ledger.verify() == []


async def test_refund_reversed_before_the_merge_is_not_taken_twice(redis_client) -> None:
    # given B's order was partly refunded (and its points taken back) before the merge
    await _points_setup()
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    await _order("B-1", b.id, quantity=3)
    await run_jobs(redis_client)
    await _refund("B-1", "BR-1", quantity=1)
    await run_jobs(redis_client)
    await _merge(a.id, b.id)
    assert await _points(a.id) == 200
    # when the first refund's job runs again after the merge
    await points_settlement.reverse_for_refund(1)
    # then nothing more is taken
    assert (await _points(a.id), await _points(b.id)) == (200, 0)


async def test_refund_of_an_absorbed_members_wallet_payment_pays_into_the_survivors_wallet() -> (
    None
):
    # given B paid 3,000 from a 10,000 wallet and A holds 500, then A absorbed B
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    await wallet_service.recharge(
        member_id=a.id, amount_cents=500, channel="APP", key="a-top-up", operator="test"
    )
    await wallet_service.recharge(
        member_id=b.id, amount_cents=10_000, channel="APP", key="b-top-up", operator="test"
    )
    paid = await gql(
        PAY,
        {"i": {"amountCents": 3_000, "orderRef": "o1", "idempotencyKey": "pay-1"}},
        member(b.id),
    )
    payment_id = paid.data["payWithWallet"]["payment"]["id"]
    await _merge(a.id, b.id)
    assert (await wallet_service.balances(a.id)).principal == 7_500
    # when B's payment is refunded in full
    refunded = await gql(
        REFUND_PAYMENT,
        {"i": {"paymentId": payment_id, "amountCents": 3_000, "idempotencyKey": "r1"}},
        SERVICE,
    )
    # then the money lands in A's wallet; B's wallet is closed and its accounts stay empty
    assert refunded.data["refundWalletPayment"]["errors"] == []
    assert refunded.data["refundWalletPayment"]["wallet"] == {
        "principalCents": 10_500,
        "bonusCents": 0,
    }
    assert (await wallet_service.balances(a.id)).principal == 10_500
    absorbed = await Account.get(member_id=b.id, asset=wallet_service.PRINCIPAL)
    assert absorbed.available == 0
    assert (await Wallet.get(member_id=b.id)).status == "CLOSED"
    assert await ledger.verify() == []


async def test_erasing_a_survivor_through_the_schema_clears_the_absorbed_members_data() -> None:
    # given A absorbed B, whose name and city were kept as merge conflicts
    a = await make_member(registered_days_ago=10, name="Wang Fang", city="Beijing")
    b = await make_member(name="Wang F.", city="Shanghai")
    await _merge(a.id, b.id)
    assert (await MemberMerge.get(absorbed_id=b.id)).conflicts != {}
    # when A is erased
    erased = await gql(ERASE, {"i": {"memberId": encode_id("Member", a.id)}}, STAFF)
    # then B's profile and identities are gone too, and B still resolves to A
    assert erased.data["eraseMember"] == {"member": {"status": "ERASED"}, "errors": []}
    absorbed = await Member.get(id=b.id)
    assert (absorbed.name, absorbed.city, absorbed.status) == (None, None, "MERGED")
    assert absorbed.erased_at is not None
    assert await Identity.filter(member_id=b.id).count() == 0
    assert (await MemberMerge.get(absorbed_id=b.id)).conflicts == {}


async def test_refunds_after_two_merges_and_a_chain_act_on_the_last_survivor(redis_client) -> None:
    # given D earned first, then B and C earned; A absorbed B and C, then D absorbed A
    await _points_setup()
    d = await make_member(registered_days_ago=20)
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    c = await make_member()
    await _order("D-1", d.id, quantity=5)
    await run_jobs(redis_client)
    await _order("B-1", b.id, quantity=3)
    await _order("C-1", c.id, quantity=2)
    await run_jobs(redis_client)
    await _merge(a.id, b.id)
    await _merge(a.id, c.id)
    await _merge(d.id, a.id)
    assert [await _points(m.id) for m in (d, a, b, c)] == [1000, 0, 0, 0]
    # when B's and C's orders are refunded in full
    await _refund("B-1", "BR-1", quantity=3)
    await _refund("C-1", "CR-1", quantity=2)
    await run_jobs(redis_client)
    # then D keeps exactly what its own order earned, and the absorbed accounts stay empty
    assert [await _points(m.id) for m in (d, a, b, c)] == [500, 0, 0, 0]
    # and B's refund took from the lot B's credit became after two moves, not from D's own
    rows = await db.fetch(
        """SELECT l.source FROM ledger_entries e
             JOIN ledger_allocations x ON x.entry_id = e.id
             JOIN ledger_lots l ON l.id = x.lot_id
            WHERE e.kind = 'REVERSE' ORDER BY e.id"""
    )
    assert [r["source"] for r in rows] == [f"merge:{a.id}", f"merge:{a.id}"]
    assert await ledger.verify() == []
