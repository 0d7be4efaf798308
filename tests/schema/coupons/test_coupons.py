"""Coupons on the real database: the grab, double use, exchange, quote, lifecycle, bad input."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from domain import db
from domain.catalog.models import Category, Item
from domain.coupons import service as coupons_service
from domain.coupons.models import Coupon, CouponKind, CouponTemplate, TemplateState
from domain.errors import DomainError
from domain.ledger.models import Account
from domain.points import service as points_service
from domain.points.models import PointKind
from tests.factories import make_member
from tests.helpers import BI, SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")


async def _template(code: str = "GRAB", **overrides) -> CouponTemplate:
    values = {
        "code": code,
        "name": code,
        "kind": CouponKind.THRESHOLD_OFF,
        "amount_off_cents": 2000,
        "threshold_cents": 10000,
        "total_stock": 1000,
        "valid_days": 30,
        "state": TemplateState.ACTIVE,
        **overrides,
    }
    return await coupons_service.define_template(**values)


async def _members(n: int) -> list[int]:
    rows = await db.fetch(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1) RETURNING id",
        n,
    )
    return [r["id"] for r in rows]


async def test_grab_5000_claims_for_1000_coupons() -> None:
    # given a stock of 1,000, one per member, and 5,000 members at the same second
    await _template(total_stock=1000, per_member_limit=1)
    members = await _members(5000)
    gate = asyncio.Semaphore(25)  # the connection pool's size; the rest queue, as in a real grab

    async def claim(member_id: int, attempt: int) -> str:
        async with gate:
            try:
                await coupons_service.claim(
                    member_id=member_id, template_code="GRAB", key=f"{member_id}:{attempt}"
                )
                return "ok"
            except DomainError as error:
                return error.code.value

    # when every member claims, some twice with different keys
    outcomes = await asyncio.gather(
        *(claim(m, 0) for m in members), *(claim(m, 1) for m in members[:300])
    )
    # then exactly 1,000 were issued, nobody holds two, stock never went negative
    assert outcomes.count("ok") == 1000
    assert set(outcomes) <= {"ok", "OUT_OF_STOCK", "COUPON_LIMIT_REACHED"}
    assert await Coupon.all().count() == 1000
    doubles = await db.fetch("SELECT member_id FROM coupons GROUP BY member_id HAVING count(*) > 1")
    assert doubles == []
    template = await CouponTemplate.get(code="GRAB")
    assert template.issued == 1000 <= template.total_stock


async def test_same_coupon_reserved_on_two_orders_at_once_one_wins() -> None:
    await _template("C1", kind=CouponKind.CASH, amount_off_cents=500, threshold_cents=0)
    m = await make_member()
    coupon = await coupons_service.issue_coupon(
        member_id=m.id, template_code="C1", key="k", source="ISSUE", operator="t"
    )
    reserve = """mutation($o: String!, $ids: [ID!]!) { reserveCoupons(couponIds: $ids,
      orderRef: $o,
      cart: {lines: [{lineId: "1", itemCode: "X", quantity: 1, unitPriceCents: 3000}]}) {
      quote { totalDiscountCents } errors { code } } }"""
    results = await asyncio.gather(
        *(
            gql(reserve, {"o": f"order-{i}", "ids": [str(coupon.id)]}, member(m.id))
            for i in range(5)
        )
    )
    winners = [r for r in results if r.data["reserveCoupons"]["quote"]]
    assert len(winners) == 1
    assert all(
        r.data["reserveCoupons"]["errors"][0]["code"] == "COUPON_USED"
        for r in results
        if r not in winners
    )


async def test_reserve_confirm_release_restore_lifecycle() -> None:
    await _template("C2", kind=CouponKind.CASH, amount_off_cents=500, threshold_cents=0)
    m = await make_member()
    coupon = await coupons_service.issue_coupon(
        member_id=m.id, template_code="C2", key="k2", source="ISSUE", operator="t"
    )
    cart = {"lines": [{"lineId": "1", "itemCode": "X", "quantity": 2, "unitPriceCents": 1000}]}
    reserve = """mutation($ids: [ID!]!, $o: String!, $c: CartInput!) { reserveCoupons(couponIds: $ids,
      orderRef: $o, cart: $c) { quote { totalDiscountCents lines { lineId discountCents } } errors { code } } }"""
    first = await gql(reserve, {"ids": [str(coupon.id)], "o": "A", "c": cart}, member(m.id))
    assert first.data["reserveCoupons"]["quote"]["totalDiscountCents"] == 500
    await gql('mutation { releaseCoupons(orderRef: "A") { coupons { state } } }', principal=SERVICE)
    again = await gql(reserve, {"ids": [str(coupon.id)], "o": "B", "c": cart}, member(m.id))
    assert again.data["reserveCoupons"]["errors"] == []
    used = await gql(
        'mutation { confirmCoupons(orderRef: "B", storeCode: "S1", orderTotalCents: 1500) { coupons { state } } }',
        principal=SERVICE,
    )
    assert used.data["confirmCoupons"]["coupons"] == [{"state": "USED"}]
    twice = await gql(reserve, {"ids": [str(coupon.id)], "o": "C", "c": cart}, member(m.id))
    assert twice.data["reserveCoupons"]["errors"] == [{"code": "COUPON_USED"}]
    settlement = await gql(
        '{ couponSettlement(since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z") { storeCode discountCents platformCents } }',
        principal=BI,
    )
    assert settlement.data["couponSettlement"] == [
        {"storeCode": "S1", "discountCents": 500, "platformCents": 500}
    ]
    restored = await gql(
        'mutation { restoreCoupons(orderRef: "B") { coupons { state } } }', principal=SERVICE
    )
    assert restored.data["restoreCoupons"]["coupons"] == [{"state": "AVAILABLE"}]


async def test_exchange_for_points_is_atomic() -> None:
    await points_service.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await _template(
        "PTS",
        kind=CouponKind.CASH,
        amount_off_cents=1000,
        threshold_cents=0,
        points_price=300,
        total_stock=1,
    )
    rich, poor = await make_member(), await make_member()
    await points_service.credit_points(
        member_id=rich.id, point_type_code="POINTS", points=500, key="g", reason="t", operator="t"
    )
    exchange = 'mutation($k: String!) { exchangeCoupon(templateCode: "PTS", idempotencyKey: $k) { coupon { state } errors { code } } }'
    broke = await gql(exchange, {"k": "x"}, member(poor.id))
    assert broke.data["exchangeCoupon"]["errors"] == [{"code": "INSUFFICIENT_POINTS"}]
    assert (await CouponTemplate.get(code="PTS")).issued == 0  # the stock came back
    ok = await gql(exchange, {"k": "y"}, member(rich.id))
    assert ok.data["exchangeCoupon"]["coupon"] == {"state": "AVAILABLE"}
    assert (await Account.get(member_id=rich.id, asset="POINTS:POINTS")).available == 200
    replay = await gql(exchange, {"k": "y"}, member(rich.id))
    assert replay.data["exchangeCoupon"]["errors"] == []
    assert (await Account.get(member_id=rich.id, asset="POINTS:POINTS")).available == 200


async def test_quote_through_graphql_and_claim_centre() -> None:
    cat = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU1", name="Essence", category_id=cat.id, price_cents=20000)
    await _template("T1", stackable=True, stack_group="full")
    await _template(
        "T2",
        kind=CouponKind.PERCENT_OFF,
        percent_off=10,
        threshold_cents=0,
        amount_off_cents=0,
        rules={"include_categories": ["FOOD"]},
    )
    m = await make_member()
    centre = await gql("{ claimableCoupons { code } }", principal=member(m.id))
    assert [t["code"] for t in centre.data["claimableCoupons"]] == ["T1", "T2"]
    for code in ("T1", "T2"):
        await gql(
            'mutation($c: String!) { claimCoupon(templateCode: $c, idempotencyKey: "1") { errors { code } } }',
            {"c": code},
            member(m.id),
        )
    centre = await gql("{ claimableCoupons { code } }", principal=member(m.id))
    assert centre.data["claimableCoupons"] == []
    quote = await gql(
        '{ quoteCoupons(cart: {lines: [{lineId: "a", itemCode: "SKU1", quantity: 1, unitPriceCents: 20000}]}) { totalDiscountCents coupons { coupon { templateCode } applicable reason chosen } } }',
        principal=member(m.id),
    )
    body = quote.data["quoteCoupons"]
    assert body["totalDiscountCents"] == 2000
    assert {
        c["coupon"]["templateCode"]: (c["applicable"], c["chosen"]) for c in body["coupons"]
    } == {"T1": (True, True), "T2": (False, False)}


async def test_bad_input_changes_nothing() -> None:
    define = """mutation($i: DefineCouponTemplateInput!) { defineCouponTemplate(input: $i) { errors { code field } } }"""
    base = {"code": "BAD", "name": "x", "kind": "PERCENT_OFF", "totalStock": 10, "validDays": 3}
    over = await gql(define, {"i": {**base, "percentOff": 120}}, STAFF)
    assert over.data["defineCouponTemplate"]["errors"] == [
        {"code": "INVALID_PERCENTAGE", "field": "percentOff"}
    ]
    below = await gql(
        define,
        {"i": {**base, "kind": "THRESHOLD_OFF", "amountOffCents": 5000, "thresholdCents": 1000}},
        STAFF,
    )
    assert below.data["defineCouponTemplate"]["errors"] == [
        {"code": "INVALID_THRESHOLD", "field": "thresholdCents"}
    ]
    assert await CouponTemplate.all().count() == 0
    await _template("P", state=TemplateState.PAUSED)
    m = await make_member()
    paused = await gql(
        'mutation { claimCoupon(templateCode: "P", idempotencyKey: "1") { errors { code } } }',
        principal=member(m.id),
    )
    assert paused.data["claimCoupon"]["errors"] == [{"code": "COUPON_PAUSED"}]
    other = await make_member()
    await _template("C3", kind=CouponKind.CASH, amount_off_cents=100, threshold_cents=0)
    foreign = await coupons_service.issue_coupon(
        member_id=other.id, template_code="C3", key="f", source="ISSUE", operator="t"
    )
    expired = await coupons_service.issue_coupon(
        member_id=m.id, template_code="C3", key="e", source="ISSUE", operator="t"
    )
    await Coupon.filter(id=expired.id).update(valid_until=datetime.now(UTC) - timedelta(days=1))
    reserve = """mutation($ids: [ID!]!) { reserveCoupons(couponIds: $ids, orderRef: "o",
      cart: {lines: [{lineId: "1", itemCode: "X", quantity: 1, unitPriceCents: 500}]}) { errors { code field } } }"""
    assert (await gql(reserve, {"ids": [str(foreign.id)]}, member(m.id))).data["reserveCoupons"][
        "errors"
    ] == [{"code": "NOT_FOUND", "field": "couponIds[0]"}]
    assert (await gql(reserve, {"ids": [str(expired.id)]}, member(m.id))).data["reserveCoupons"][
        "errors"
    ] == [{"code": "EXPIRED", "field": "couponIds[0]"}]
    negative = await gql(
        '{ quoteCoupons(cart: {lines: [{lineId: "1", itemCode: "X", quantity: -1, unitPriceCents: 500}]}) { totalDiscountCents } }',
        principal=member(m.id),
    )
    assert negative.errors[0].extensions == {"code": "INVALID_AMOUNT", "field": "lines[0].quantity"}
