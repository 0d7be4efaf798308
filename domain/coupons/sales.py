"""Coupons for sale: a member buys a priced coupon through the payment rule (domain.payments);
the coupon is issued only once it is paid."""

from __future__ import annotations

from dataclasses import dataclass

from domain import db
from domain.coupons.claiming import price_of
from domain.coupons.issuing import issue_coupon
from domain.coupons.models import Coupon, TemplateState
from domain.coupons.templates import template_by_code
from domain.errors import DomainError, ErrorCode, InvalidState
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind, Purchase, PurchaseStatus


@dataclass(frozen=True)
class CouponOrder:
    """A coupon purchase and the coupon it issued (None while the payment is pending)."""

    purchase: Purchase
    coupon: Coupon | None


async def buy(
    *, member_id: int, template_code: str, method: PaymentMethod, key: str, operator: str
) -> CouponOrder:
    """A member buys a priced coupon from the wallet or with points at once, or EXTERNAL: a
    PENDING purchase that issues the coupon when the payment is confirmed. Idempotent on
    `key`; INVALID_STATE for a coupon not for sale; OUT_OF_STOCK, COUPON_LIMIT_REACHED."""
    template = await template_by_code(template_code)
    if not template.price_cents and not template.points_price:
        raise InvalidState("This coupon is not for sale.", field="templateCode")
    async with db.transaction():
        earlier = await payments.find_purchase(member_id, f"coupon:buy:{key}")
        if earlier is not None:
            return await order_of(earlier)
        if template.state != TemplateState.ACTIVE:
            code = ErrorCode.COUPON_PAUSED if template.state == TemplateState.PAUSED else None
            raise InvalidState(f"The coupon is {template.state}.", field="templateCode", code=code)
        if template.issued >= template.total_stock:
            raise DomainError("Out of stock.", field="templateCode", code=ErrorCode.OUT_OF_STOCK)
        bought = await payments.pay(
            member_id=member_id,
            kind=ProductKind.COUPON,
            product_code=template.code,
            price=price_of(template),
            method=method,
            key=f"coupon:buy:{key}",
            operator=operator,
        )
        if bought.status != PurchaseStatus.PAID:
            return CouponOrder(bought, None)
        coupon = await fulfil_purchase(bought)
        return CouponOrder(bought, await Coupon.get(id=coupon))


async def order_of(bought: Purchase) -> CouponOrder:
    """A coupon purchase with the coupon it issued, if it did."""
    coupon = None
    if bought.fulfilment_id is not None:
        coupon = await Coupon.get_or_none(id=bought.fulfilment_id)
    return CouponOrder(bought, coupon)


async def fulfil_purchase(bought: Purchase) -> int:
    """A paid purchase issues its coupon (stock and the member's limit still apply)."""
    coupon = await issue_coupon(
        member_id=bought.member_id,
        template_code=bought.product_code,
        key=f"purchase:{bought.id}",
        source="PURCHASE",
        operator="payments",
    )
    await payments.set_fulfilment(bought.id, coupon.id)
    result: int = coupon.id
    return result
