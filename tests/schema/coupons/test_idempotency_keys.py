"""Coupon keys belong to their caller: one outcome per key, no one else's, no changed replays."""

from __future__ import annotations

import asyncio

import pytest

from domain.access import Principal, Role
from domain.coupons import issuing as coupons_issuing
from domain.coupons.models import Coupon, CouponTemplate
from domain.ledger.models import Account
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import make_member, make_template
from tests.helpers import SERVICE, gql, member

pytestmark = pytest.mark.usefixtures("database")

CLAIM = """mutation($c: String!, $k: String!) { claimCoupon(input: {templateCode: $c,
  idempotencyKey: $k}) { coupon { id state } errors { code field } } }"""
EXCHANGE = """mutation($c: String!, $k: String!) { exchangeCoupon(input: {templateCode: $c,
  idempotencyKey: $k}) { coupon { id } errors { code field } } }"""
PURCHASE = """mutation($i: PurchaseCouponInput!) { purchaseCoupon(input: $i) {
  coupon { id } errors { code field } } }"""
RELEASE = """mutation($o: String!) { releaseCoupons(input: {orderRef: $o}) {
  coupons { id state } errors { code field } } }"""
RESERVE = """mutation($ids: [ID!]!, $o: String!) { reserveCoupons(input: {couponIds: $ids,
  orderRef: $o, cart: {lines: [{lineId: "1", itemCode: "X", quantity: 1,
  unitPriceCents: 3000}]}}) { quote { totalDiscountCents } errors { code field } } }"""
POS = Principal(role=Role.SERVICE, subject="pos-system")


async def test_concurrent_copies_of_a_claim_get_one_coupon() -> None:
    # given a stock of 3
    await make_template("GRAB", total_stock=3)
    m = await make_member()
    # when one claim arrives 20 times at once
    results = await asyncio.gather(
        *(gql(CLAIM, {"c": "GRAB", "k": "tap"}, member(m.id)) for _ in range(20))
    )
    # then all 20 are told of the same one coupon, and 2 are left for others
    answers = [r.data["claimCoupon"] for r in results]
    assert [a["errors"] for a in answers] == [[]] * 20
    assert len({a["coupon"]["id"] for a in answers}) == 1
    assert await Coupon.all().count() == 1
    assert (await CouponTemplate.get(code="GRAB")).issued == 1


async def test_another_members_claim_key_gets_nothing_of_the_first_outcome() -> None:
    # given the only coupon claimed by A with key "k"
    await make_template("ONE", total_stock=1)
    a, b = await make_member(), await make_member()
    first = await gql(CLAIM, {"c": "ONE", "k": "k"}, member(a.id))
    assert first.data["claimCoupon"]["errors"] == []
    # when B claims with the same key
    replay = await gql(CLAIM, {"c": "ONE", "k": "k"}, member(b.id))
    # then B gets B's own outcome: no coupon of A's
    assert replay.data["claimCoupon"] == {
        "coupon": None,
        "errors": [{"code": "OUT_OF_STOCK", "field": "templateCode"}],
    }
    assert await Coupon.filter(member_id=b.id).count() == 0


async def test_a_claim_key_replayed_for_another_template_is_refused() -> None:
    await make_template("T1", total_stock=3)
    await make_template("T2", total_stock=3)
    m = await make_member()
    await gql(CLAIM, {"c": "T1", "k": "k"}, member(m.id))
    changed = await gql(CLAIM, {"c": "T2", "k": "k"}, member(m.id))
    assert changed.data["claimCoupon"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    assert await Coupon.filter(member_id=m.id).count() == 1
    assert (await CouponTemplate.get(code="T2")).issued == 0


async def test_concurrent_copies_of_an_exchange_spend_points_once() -> None:
    # given a coupon for 100 points and a member with 250
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await make_template("PTS", total_stock=10, points_price=100, per_member_limit=5)
    m = await make_member()
    await points_movements.credit_points(
        member_id=m.id, point_type_code="POINTS", points=250, key="g", reason="g", operator="t"
    )
    # when one exchange arrives 10 times at once, and the key is then used for another template
    results = await asyncio.gather(
        *(gql(EXCHANGE, {"c": "PTS", "k": "x"}, member(m.id)) for _ in range(10))
    )
    await make_template("PTS2", total_stock=10, points_price=100)
    changed = await gql(EXCHANGE, {"c": "PTS2", "k": "x"}, member(m.id))
    # then one coupon for 100 points, the same answer ten times, and the changed replay refused
    assert len({r.data["exchangeCoupon"]["coupon"]["id"] for r in results}) == 1
    assert changed.data["exchangeCoupon"]["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    account = await Account.get(member_id=m.id, asset="POINTS:POINTS")
    assert account.available == 150
    assert await Coupon.filter(member_id=m.id).count() == 1


async def test_a_purchase_resent_by_another_system_is_the_same_purchase() -> None:
    await make_template("BUY", total_stock=10, price_cents=990)
    m = await make_member()
    purchase = {"memberId": encode_id("Member", m.id), "templateCode": "BUY", "paidCents": 990}
    first = await gql(PURCHASE, {"i": {**purchase, "paymentNo": "pay-1"}}, SERVICE)
    again = await gql(PURCHASE, {"i": {**purchase, "paymentNo": "pay-1"}}, POS)
    other = await make_member()
    changed = await gql(
        PURCHASE,
        {"i": {**purchase, "memberId": encode_id("Member", other.id), "paymentNo": "pay-1"}},
        POS,
    )
    assert again.data["purchaseCoupon"] == first.data["purchaseCoupon"]
    assert changed.data["purchaseCoupon"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "paymentNo"}
    ]
    assert await Coupon.all().count() == 1


async def test_a_release_replayed_answers_with_the_coupons_it_released() -> None:
    # given a coupon reserved on order o-1 and released
    await make_template("C", total_stock=3)
    m = await make_member()
    coupon = await coupons_issuing.issue_coupon(
        member_id=m.id, template_code="C", key="i", source="ISSUE", operator="t"
    )
    ids = [encode_id("Coupon", coupon.id)]
    reserved = await gql(RESERVE, {"ids": ids, "o": "o-1"}, member(m.id))
    assert reserved.data["reserveCoupons"]["quote"] == {"totalDiscountCents": 500}
    first = await gql(RELEASE, {"o": "o-1"}, member(m.id))
    # when the release is sent again
    again = await gql(RELEASE, {"o": "o-1"}, member(m.id))
    # then it answers as the first did
    assert first.data["releaseCoupons"]["coupons"] == [{"id": ids[0], "state": "AVAILABLE"}]
    assert again.data["releaseCoupons"] == first.data["releaseCoupons"]


async def test_a_reservation_resent_with_other_coupons_is_refused() -> None:
    await make_template("C", per_member_limit=2, total_stock=3)
    m = await make_member()
    one, two = [
        await coupons_issuing.issue_coupon(
            member_id=m.id, template_code="C", key=k, source="ISSUE", operator="t"
        )
        for k in ("i1", "i2")
    ]
    first = await gql(RESERVE, {"ids": [encode_id("Coupon", one.id)], "o": "o-1"}, member(m.id))
    again = await gql(RESERVE, {"ids": [encode_id("Coupon", one.id)], "o": "o-1"}, member(m.id))
    changed = await gql(RESERVE, {"ids": [encode_id("Coupon", two.id)], "o": "o-1"}, member(m.id))
    assert again.data["reserveCoupons"] == first.data["reserveCoupons"]
    assert changed.data["reserveCoupons"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "orderRef"}
    ]
    assert (await Coupon.get(id=two.id)).state == "AVAILABLE"
