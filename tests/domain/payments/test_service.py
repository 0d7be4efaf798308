"""The payment rule over the real database: expiry of PENDING purchases, exact amounts,
refunds never above what was paid, one payment number per purchase, coupons through it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.coupons import claiming as coupons_claiming
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponKind, TemplateState
from domain.errors import DomainError
from domain.levels import paid as paid_service
from domain.payments import refunds as payment_refunds
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind, Purchase
from tests.schema.payments.fixtures import (
    PLAN_PRICE,
    member_with,
    points_of,
    setup_products,
    wallet_cents,
)

pytestmark = pytest.mark.usefixtures("database")

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)


async def _pending(member_id: int, key: str = "k") -> Purchase:
    order = await paid_service.buy(
        member_id=member_id,
        action=paid_service.Action.PURCHASE,
        plan_code="FAMILY",
        method=PaymentMethod.EXTERNAL,
        key=key,
        operator="t",
        now=T0,
    )
    assert order.purchase is not None and order.membership is None
    return order.purchase


async def test_a_pending_purchase_expires_after_the_configured_time(monkeypatch) -> None:
    # given purchases left PENDING at T0 with a 15-minute window
    monkeypatch.setenv("PAYMENT_PENDING_MINUTES", "15")
    await setup_products()
    m, n = await member_with(), await member_with()
    late, in_time = await _pending(m, "a"), await _pending(n, "b")
    assert late.expires_at == T0 + timedelta(minutes=15)
    # when one is confirmed at its deadline and the other a minute before
    with pytest.raises(DomainError) as refused:
        await payments.confirm(
            purchase_id=late.id, payment_no="L", amount_cents=PLAN_PRICE, now=late.expires_at
        )
    paid = await payments.confirm(
        purchase_id=in_time.id,
        payment_no="I",
        amount_cents=PLAN_PRICE,
        now=T0 + timedelta(minutes=14),
    )
    # then the late one is EXPIRED and starts nothing; the sweep marks it
    assert (refused.value.code, refused.value.field) == ("EXPIRED", "purchaseId")
    assert paid.status == "PAID" and paid.fulfilment_id is not None
    assert await payments.expire_pending(T0 + timedelta(minutes=15)) == 1
    assert (await Purchase.get(id=late.id)).status == "EXPIRED"
    assert await payments.expire_pending(T0 + timedelta(minutes=15)) == 0


async def test_refunds_never_exceed_what_was_paid() -> None:
    await setup_products()
    m = await member_with(cents=PLAN_PRICE)
    order = await paid_service.buy(
        member_id=m,
        action=paid_service.Action.PURCHASE,
        plan_code="FAMILY",
        method=PaymentMethod.WALLET,
        key="k",
        operator="t",
    )
    assert order.purchase is not None
    await payment_refunds.refund(
        purchase_id=order.purchase.id, amount=30_000, key="a", reason="t", operator="t"
    )
    with pytest.raises(DomainError) as refused:
        await payment_refunds.refund(
            purchase_id=order.purchase.id,
            amount=PLAN_PRICE - 30_000 + 1,
            key="b",
            reason="t",
            operator="t",
        )
    assert (refused.value.code, refused.value.field) == ("REFUND_EXCEEDS_PAID", "amount")
    assert await wallet_cents(m) == (30_000, 0)
    assert (await Purchase.get(id=order.purchase.id)).refunded_cents == 30_000


async def test_the_service_coupon_purchase_and_the_points_exchange_pay_through_payments() -> None:
    # given a coupon for sale and one for points, and a payment number that paid a plan
    await setup_products()
    for code, price in (("BUY", {"price_cents": 990}), ("PTS", {"points_price": 300})):
        await coupons_templates.define_template(
            code=code,
            name=code,
            kind=CouponKind.CASH,
            amount_off_cents=2000,
            valid_days=30,
            total_stock=10,
            state=TemplateState.ACTIVE,
            **price,
        )
    m = await member_with(points=500)
    plan = await _pending(m)
    await payments.confirm(purchase_id=plan.id, payment_no="PAY-1", amount_cents=PLAN_PRICE, now=T0)
    # when the payment system reports that number for a coupon, then a fresh one
    with pytest.raises(DomainError) as reused:
        await coupons_claiming.purchase(
            member_id=m, template_code="BUY", payment_no="PAY-1", paid_cents=990, operator="t"
        )
    coupon = await coupons_claiming.purchase(
        member_id=m, template_code="BUY", payment_no="PAY-2", paid_cents=990, operator="t"
    )
    exchanged = await coupons_claiming.exchange(member_id=m, template_code="PTS", key="x")
    # then the reused number is refused and both coupons are recorded as paid purchases
    assert (reused.value.code, reused.value.field) == ("PAYMENT_NO_USED", "paymentNo")
    bought = await payments.purchase_of(ProductKind.COUPON, coupon.id)
    assert bought is not None
    assert (bought.method, bought.amount_cents, bought.payment_no) == ("EXTERNAL", 990, "PAY-2")
    swapped = await payments.purchase_of(ProductKind.COUPON, exchanged.id)
    assert swapped is not None and (swapped.method, swapped.points) == ("POINTS", 300)
    assert await points_of(m) == 200
    assert await Coupon.filter(member_id=m).count() == 2
