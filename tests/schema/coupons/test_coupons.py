"""Coupon operations through the schema: getting, quoting, using, configuring, reporting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain import jobs
from domain.catalog.models import Category, Item
from domain.coupons import issuing as coupons_issuing
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponKind, CouponTemplate, TemplateState
from domain.ledger.models import Account
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.orders import refunds as orders_refunds
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import make_member, make_template
from tests.helpers import BI, SERVICE, STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

CLAIM = """mutation($c: String!, $k: String!) { claimCoupon(input: {templateCode: $c,
  idempotencyKey: $k}) { coupon { id state } errors { code field } } }"""
RESERVE = """mutation($ids: [ID!]!, $o: String!, $c: CartInput!) { reserveCoupons(input:
  {couponIds: $ids, orderRef: $o, cart: $c}) { quote { totalDiscountCents
  lines { lineId discountCents } } errors { code field } } }"""
CART = {"lines": [{"lineId": "1", "itemCode": "SKU1", "quantity": 2, "unitPriceCents": 1000}]}


async def _issue(member_id: int, code: str, key: str) -> Coupon:
    return await coupons_issuing.issue_coupon(
        member_id=member_id, template_code=code, key=key, source="ISSUE", operator="t"
    )


async def test_reserve_then_paid_order_uses_and_full_refund_restores(redis_client) -> None:
    # given a coupon and the catalogue item of the order
    await Item.create(code="SKU1", name="Essence", price_cents=1000)
    await make_template("C2")
    m = await make_member()
    coupon = await _issue(m.id, "C2", "k2")
    gid = encode_id("Coupon", coupon.id)
    # when reserved on order A, released, reserved on order B
    first = await gql(RESERVE, {"ids": [gid], "o": "A", "c": CART}, member(m.id))
    assert first.data["reserveCoupons"]["quote"]["totalDiscountCents"] == 500
    released = await gql(
        'mutation { releaseCoupons(input: {orderRef: "A"}) { coupons { state } } }',
        principal=member(m.id),
    )
    assert released.data["releaseCoupons"]["coupons"] == [{"state": "AVAILABLE"}]
    again = await gql(RESERVE, {"ids": [gid], "o": "B", "c": CART}, member(m.id))
    assert again.data["reserveCoupons"]["quote"]["lines"] == [{"lineId": "1", "discountCents": 500}]
    # and order B is recorded as paid at store S1 (the order job confirms the coupon)
    order = orders_recording.OrderInput(
        channel=Channel.APP,
        external_no="B",
        paid_at=datetime.now(UTC),
        lines=[orders_recording.LineInput("SKU1", 2, 1000, 1500)],
        member_id=m.id,
    )
    async with jobs.deferred_scope():
        await orders_recording.record_order(order)
    await run_jobs(redis_client)
    used = await Coupon.get(id=coupon.id)
    assert (used.state, used.order_total_cents) == ("USED", 1500)
    twice = await gql(RESERVE, {"ids": [gid], "o": "C", "c": CART}, member(m.id))
    assert twice.data["reserveCoupons"]["errors"] == [
        {"code": "COUPON_USED", "field": "couponIds[0]"}
    ]
    settlement = await gql(
        '{ couponSettlement(since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z") '
        "{ nodes { template used discountCents platformCents merchantCents } } }",
        principal=BI,
    )
    assert settlement.data["couponSettlement"]["nodes"] == [
        {
            "template": "C2",
            "used": 1,
            "discountCents": 500,
            "platformCents": 500,
            "merchantCents": 0,
        }
    ]
    # when the order is refunded in full, the coupon comes back
    async with jobs.deferred_scope():
        await orders_refunds.refund_order(
            channel=Channel.APP,
            external_no="B",
            refund_no="R1",
            refunded_at=datetime.now(UTC),
            lines=None,
        )
    await run_jobs(redis_client)
    assert (await Coupon.get(id=coupon.id)).state == "AVAILABLE"


async def test_exchange_for_points_is_atomic_and_idempotent() -> None:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await make_template("PTS", amount_off_cents=1000, points_price=300, total_stock=1)
    rich, poor = await make_member(), await make_member()
    await points_movements.credit_points(
        member_id=rich.id, point_type_code="POINTS", points=500, key="g", reason="t", operator="t"
    )
    exchange = """mutation($k: String!) { exchangeCoupon(input: {templateCode: "PTS",
      idempotencyKey: $k}) { coupon { state } errors { code } } }"""
    broke = await gql(exchange, {"k": "x"}, member(poor.id))
    assert broke.data["exchangeCoupon"]["errors"] == [{"code": "INSUFFICIENT_POINTS"}]
    assert (await CouponTemplate.get(code="PTS")).issued == 0
    ok = await gql(exchange, {"k": "y"}, member(rich.id))
    assert ok.data["exchangeCoupon"]["coupon"] == {"state": "AVAILABLE"}
    replay = await gql(exchange, {"k": "y"}, member(rich.id))
    assert replay.data["exchangeCoupon"]["errors"] == []
    assert (await Account.get(member_id=rich.id, asset="POINTS:POINTS")).available == 200
    assert await Coupon.all().count() == 1
    # out of stock: the points debit is rolled back with the failed issue
    await points_movements.credit_points(
        member_id=poor.id, point_type_code="POINTS", points=500, key="g2", reason="t", operator="t"
    )
    sold_out = await gql(exchange, {"k": "z"}, member(poor.id))
    assert sold_out.data["exchangeCoupon"]["errors"] == [{"code": "OUT_OF_STOCK"}]
    assert (await Account.get(member_id=poor.id, asset="POINTS:POINTS")).available == 500


async def test_quote_claim_centre_and_my_coupons() -> None:
    cat = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU1", name="Essence", category_id=cat.id, price_cents=20000)
    await make_template(
        "T1",
        kind=CouponKind.THRESHOLD_OFF,
        amount_off_cents=2000,
        threshold_cents=10000,
        stackable=True,
    )
    await make_template(
        "T2",
        kind=CouponKind.PERCENT_OFF,
        amount_off_cents=0,
        percent_off=10,
        stackable=True,
        rules={"include_categories": ["FOOD"]},
    )
    await make_template(
        "T3", kind=CouponKind.PERCENT_OFF, amount_off_cents=0, percent_off=5, stackable=True
    )
    m = await make_member()
    centre = await gql("{ claimableCoupons { nodes { code } } }", principal=member(m.id))
    assert [t["code"] for t in centre.data["claimableCoupons"]["nodes"]] == ["T1", "T2", "T3"]
    for code in ("T1", "T2", "T3"):
        claimed = await gql(CLAIM, {"c": code, "k": f"tap-{code}"}, member(m.id))
        assert claimed.data["claimCoupon"]["errors"] == []
    centre = await gql("{ claimableCoupons { nodes { code } } }", principal=member(m.id))
    assert centre.data["claimableCoupons"]["nodes"] == []
    quote = await gql(
        """{ quoteCoupons(cart: {lines: [{lineId: "a", itemCode: "SKU1", quantity: 1,
        unitPriceCents: 20000}, {lineId: "b", itemCode: "SKU1", quantity: 1, unitPriceCents: 1}]})
        { totalDiscountCents lines { lineId discountCents } coupons { coupon { templateCode }
        applicable reason chosen discountCents lines { discountCents } } } }""",
        principal=member(m.id),
    )
    body = quote.data["quoteCoupons"]
    assert body["totalDiscountCents"] == 2000 + 900  # 5% of what the threshold coupon left
    assert sum(x["discountCents"] for x in body["lines"]) == 2900
    by_code = {c["coupon"]["templateCode"]: c for c in body["coupons"]}
    assert (by_code["T2"]["applicable"], by_code["T2"]["reason"]) == (False, "no eligible items")
    assert by_code["T1"]["chosen"] and by_code["T3"]["chosen"]
    assert sum(x["discountCents"] for x in by_code["T3"]["lines"]) == by_code["T3"]["discountCents"]
    mine = await gql(
        "{ myCoupons(first: 2) { nodes { templateCode } pageInfo { hasNextPage } } }",
        principal=member(m.id),
    )
    assert mine.data["myCoupons"]["pageInfo"] == {"hasNextPage": True}
    other = await make_member()
    foreign = await gql(
        "query($m: ID!) { myCoupons(memberId: $m) { nodes { id } } }",
        {"m": str(m.id)},
        member(other.id),
    )
    assert foreign.data["myCoupons"]["nodes"] == []  # a member always reads their own


async def test_bad_input_changes_nothing() -> None:
    define = """mutation($i: DefineCouponTemplateInput!) { defineCouponTemplate(input: $i) {
      errors { code field } } }"""
    base = {"code": "BAD", "name": "x", "kind": "PERCENT_OFF", "totalStock": 10, "validDays": 3}
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"percentOff": 120}, "INVALID_PERCENTAGE", "percentOff"),
        (
            {"kind": "THRESHOLD_OFF", "amountOffCents": 5000, "thresholdCents": 1000},
            "INVALID_THRESHOLD",
            "thresholdCents",
        ),
        ({"percentOff": 10, "rules": {"weekdays": []}}, "INVALID", "rules.weekdays"),
        (
            {"percentOff": 10, "rules": {"hours": {"from": 20, "to": 8}}},
            "INVALID_WINDOW",
            "rules.hours",
        ),
        (
            {"percentOff": 10, "rules": {"minSpendCents": -1}},
            "INVALID_AMOUNT",
            "rules.minSpendCents",
        ),
        ({"percentOff": 10, "rules": {"stores": [""]}}, "INVALID", "rules.stores"),
        ({"percentOff": 10, "costShare": {"platform": 50}}, "INVALID_PERCENTAGE", "costShare"),
        ({"percentOff": 10, "totalStock": 0}, "INVALID_AMOUNT", "totalStock"),
    ]
    for change, code, field in cases:
        result = await gql(define, {"i": {**base, **change}}, STAFF)
        assert result.data["defineCouponTemplate"]["errors"] == [{"code": code, "field": field}], (
            change
        )
    assert await CouponTemplate.all().count() == 0
    await make_template("P", state=TemplateState.PAUSED)
    m, other = await make_member(), await make_member()
    paused = await gql(CLAIM, {"c": "P", "k": "1"}, member(m.id))
    assert paused.data["claimCoupon"]["errors"] == [
        {"code": "COUPON_PAUSED", "field": "templateCode"}
    ]
    await make_template("C3", amount_off_cents=100, per_member_limit=5)
    await make_template("C4", amount_off_cents=100, per_member_limit=5)
    foreign = await _issue(other.id, "C3", "f")
    expired = await _issue(m.id, "C3", "e")
    used = await _issue(m.id, "C4", "u")
    await Coupon.filter(id=expired.id).update(valid_until=datetime.now(UTC) - timedelta(days=1))
    await Coupon.filter(id=used.id).update(state="USED")
    held_paused = await _issue(m.id, "C4", "p")
    await coupons_templates.set_state("C4", TemplateState.PAUSED)
    cart = {"lines": [{"lineId": "1", "itemCode": "X", "quantity": 1, "unitPriceCents": 500}]}
    for coupon, code in (
        (foreign, "NOT_FOUND"),
        (expired, "EXPIRED"),
        (used, "COUPON_USED"),
        (held_paused, "COUPON_PAUSED"),
    ):
        result = await gql(RESERVE, {"ids": [str(coupon.id)], "o": "o", "c": cart}, member(m.id))
        assert result.data["reserveCoupons"]["errors"] == [{"code": code, "field": "couponIds[0]"}]
    assert await Coupon.filter(state="LOCKED").count() == 0
    negative = {"lines": [{"lineId": "1", "itemCode": "X", "quantity": -1, "unitPriceCents": 500}]}
    result = await gql(RESERVE, {"ids": [str(expired.id)], "o": "o", "c": negative}, member(m.id))
    assert result.data["reserveCoupons"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "lines[0].quantity"}
    ]
    quote = await gql(
        '{ quoteCoupons(cart: {lines: [{lineId: "1", itemCode: "X", quantity: -1, unitPriceCents: 500}]}) { totalDiscountCents } }',
        principal=member(m.id),
    )
    assert quote.errors[0].extensions == {"code": "INVALID_AMOUNT", "field": "lines[0].quantity"}


async def test_staff_issue_template_states_edits_and_void() -> None:
    await make_template("S", total_stock=2, per_member_limit=1)
    a, b, c = await make_member(), await make_member(), await make_member()
    issue = """mutation($m: [ID!]!) { issueCoupons(input: {templateCode: "S", memberIds: $m,
      idempotencyKey: "batch-1"}) { results { memberId coupon { id } error { code } } errors { code } } }"""
    ids = [str(a.id), str(b.id), str(c.id)]
    first = await gql(issue, {"m": ids}, STAFF)
    results = first.data["issueCoupons"]["results"]
    assert [r["error"] for r in results] == [None, None, {"code": "OUT_OF_STOCK"}]
    replay = await gql(issue, {"m": ids}, STAFF)
    assert replay.data["issueCoupons"]["results"] == results
    changed = await gql(issue, {"m": ids[:2]}, STAFF)
    assert changed.data["issueCoupons"]["errors"] == [{"code": "IDEMPOTENCY_KEY_REUSED"}]
    define = """mutation($i: DefineCouponTemplateInput!) { defineCouponTemplate(input: $i) {
      template { totalStock name } errors { code field } } }"""
    frozen = await gql(
        define,
        {
            "i": {
                "code": "S",
                "name": "S",
                "kind": "CASH",
                "amountOffCents": 900,
                "totalStock": 5,
                "validDays": 30,
            }
        },
        STAFF,
    )
    assert frozen.data["defineCouponTemplate"]["errors"] == [
        {"code": "INVALID_STATE", "field": "amount_off_cents"}
    ]
    grown = await gql(
        define,
        {
            "i": {
                "code": "S",
                "name": "More",
                "kind": "CASH",
                "amountOffCents": 500,
                "totalStock": 5,
                "validDays": 30,
            }
        },
        STAFF,
    )
    assert grown.data["defineCouponTemplate"]["template"] == {"totalStock": 5, "name": "More"}
    state = """mutation($s: CouponTemplateState!) { setCouponTemplateState(input: {code: "S", state: $s}) {
      template { state } errors { code field } } }"""
    assert (await gql(state, {"s": "ENDED"}, STAFF)).data["setCouponTemplateState"]["template"] == {
        "state": "ENDED"
    }
    back = await gql(state, {"s": "ACTIVE"}, STAFF)
    assert back.data["setCouponTemplateState"]["errors"] == [
        {"code": "INVALID_STATE", "field": "state"}
    ]
    void = """mutation($id: ID!, $r: String!) { voidCoupon(input: {couponId: $id, reason: $r}) {
      coupon { state } errors { code field } } }"""
    coupon_id = results[0]["coupon"]["id"]
    blank = await gql(void, {"id": coupon_id, "r": " "}, STAFF)
    assert blank.data["voidCoupon"]["errors"] == [{"code": "REQUIRED", "field": "reason"}]
    ok = await gql(void, {"id": coupon_id, "r": "complaint 42"}, STAFF)
    assert ok.data["voidCoupon"]["coupon"] == {"state": "VOID"}
    twice = await gql(void, {"id": coupon_id, "r": "again"}, STAFF)
    assert twice.data["voidCoupon"]["errors"] == [{"code": "INVALID_STATE", "field": "couponId"}]
    denied = await gql(void, {"id": coupon_id, "r": "x"}, member(a.id))
    assert denied.errors and denied.data is None


async def test_purchase_expiry_and_analytics() -> None:
    await make_template("BUY", price_cents=990, amount_off_cents=2000)
    m = await make_member()
    buy = """mutation($m: ID!, $p: BigInt!) { purchaseCoupon(input: {memberId: $m, templateCode: "BUY",
      paymentNo: "PAY-1", paidCents: $p}) { coupon { id } errors { code field } } }"""
    wrong = await gql(buy, {"m": str(m.id), "p": 100}, SERVICE)
    assert wrong.data["purchaseCoupon"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "paidCents"}
    ]
    ok = await gql(buy, {"m": str(m.id), "p": 990}, SERVICE)
    again = await gql(buy, {"m": str(m.id), "p": 990}, SERVICE)
    assert ok.data["purchaseCoupon"]["coupon"] == again.data["purchaseCoupon"]["coupon"]
    await make_template("OLD")
    old = await _issue(m.id, "OLD", "old")
    await Coupon.filter(id=old.id).update(valid_until=datetime.now(UTC) - timedelta(minutes=1))
    assert await coupons_service.expire_due() == 1
    assert await coupons_service.expire_due() == 0
    report = await gql(
        """{ couponAnalytics(since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z", by: TEMPLATE) {
        rows { key issued claimed used expired useRate claimRate } averageOrderWithCouponCents } }""",
        principal=BI,
    )
    assert report.data["couponAnalytics"]["rows"] == [
        {
            "key": "BUY",
            "issued": 1,
            "claimed": 0,
            "used": 0,
            "expired": 0,
            "useRate": 0.0,
            "claimRate": 0.0,
        },
        {
            "key": "OLD",
            "issued": 1,
            "claimed": 0,
            "used": 0,
            "expired": 1,
            "useRate": 0.0,
            "claimRate": 0.0,
        },
    ]
    by_kind = await gql(
        """{ couponAnalytics(since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z", by: KIND) {
        rows { key issued } } }""",
        principal=STAFF,
    )
    assert by_kind.data["couponAnalytics"]["rows"] == [{"key": "CASH", "issued": 2}]
    bad = await gql(
        '{ couponAnalytics(since: "2100-01-01T00:00:00Z", until: "2000-01-01T00:00:00Z") { rows { key } } }',
        principal=BI,
    )
    assert bad.errors[0].extensions["code"] == "INVALID_WINDOW"
