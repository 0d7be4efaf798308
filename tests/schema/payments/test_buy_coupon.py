"""Priced coupons are paid before they are issued, like every priced product."""

from __future__ import annotations

import asyncio

import pytest

from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponKind, TemplateState
from domain.payments.models import Purchase
from tests.helpers import SERVICE, gql, member
from tests.schema.payments.fixtures import CONFIRM, member_with, setup_products, wallet_cents

pytestmark = pytest.mark.usefixtures("database")

BUY = """mutation($i: BuyCouponInput!) { buyCoupon(input: $i) {
  coupon { state } purchase { id status amountCents } errors { code field } } }"""


async def _coupon_for_sale() -> None:
    await setup_products()
    await coupons_templates.define_template(
        code="BUY",
        name="Buy",
        kind=CouponKind.CASH,
        amount_off_cents=2000,
        valid_days=30,
        total_stock=10,
        per_member_limit=5,
        price_cents=990,
        state=TemplateState.ACTIVE,
    )


def _vars(key: str, method: str) -> dict:
    return {"i": {"templateCode": "BUY", "paymentMethod": method, "idempotencyKey": key}}


async def test_a_coupon_is_issued_only_when_paid() -> None:
    # given a coupon for 9.90 and a member with 10.00 in the wallet
    await _coupon_for_sale()
    m = await member_with(cents=1_000)
    # when it pays from the wallet, then tries again with what is left, then externally
    paid = await gql(BUY, _vars("a", "WALLET"), member(m))
    broke = await gql(BUY, _vars("b", "WALLET"), member(m))
    by_points = await gql(BUY, _vars("c", "POINTS"), member(m))
    pending = await gql(BUY, _vars("d", "EXTERNAL"), member(m))
    # then one coupon for exactly 990, refusals, and a PENDING purchase with no coupon
    assert paid.data["buyCoupon"]["coupon"] == {"state": "AVAILABLE"}
    assert await wallet_cents(m) == (10, 0)
    assert broke.data["buyCoupon"]["errors"] == [
        {"code": "INSUFFICIENT_BALANCE", "field": "amountCents"}
    ]
    assert by_points.data["buyCoupon"]["errors"] == [
        {"code": "PAYMENT_METHOD_NOT_ACCEPTED", "field": "paymentMethod"}
    ]
    assert pending.data["buyCoupon"]["coupon"] is None
    assert pending.data["buyCoupon"]["purchase"]["status"] == "PENDING"
    assert await Coupon.filter(member_id=m).count() == 1
    # when the payment system confirms it, 20 times at once
    purchase_id = pending.data["buyCoupon"]["purchase"]["id"]
    confirm = {"i": {"purchaseId": purchase_id, "paymentNo": "WX-Q", "amountCents": 990}}
    results = await asyncio.gather(*(gql(CONFIRM, confirm, SERVICE) for _ in range(20)))
    # then exactly one more coupon
    assert all(r.data["confirmPayment"]["errors"] == [] for r in results)
    assert await Coupon.filter(member_id=m).count() == 2
    assert await Purchase.filter(member_id=m, status="PAID").count() == 2
