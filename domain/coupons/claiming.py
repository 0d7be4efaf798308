"""A member gets a coupon: a free claim in its window (the grab), an exchange for points, or a
purchase paid through the brand's system."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain import db, idempotency, metrics
from domain.audience import membership
from domain.clock import utc_now
from domain.coupons import claims
from domain.coupons.issuing import issue_coupon, issue_for_key, template_refusal
from domain.coupons.models import Coupon, CouponTemplate
from domain.coupons.templates import template_by_code
from domain.errors import DomainError, ErrorCode, InvalidAmount, InvalidState
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind


@dataclass(frozen=True)
class Claimed:
    coupon: Coupon
    issued: bool  # False when the answer is an earlier claim's coupon


def _require_claimable(template: CouponTemplate) -> None:
    refusal = template_refusal(template)
    if refusal:
        raise refusal
    now = utc_now()
    if (template.claim_starts_at and now < template.claim_starts_at) or (
        template.claim_ends_at and now >= template.claim_ends_at
    ):
        raise InvalidState("Not open for claiming now.", field="templateCode")
    if template.points_price or template.price_cents:
        raise InvalidState("This coupon is exchanged or bought, not claimed.", field="templateCode")


async def require_audience(template: CouponTemplate, member_id: int) -> None:
    """COUPON_NOT_APPLICABLE when the template is for an audience the member is not in."""
    audience = template.rules.get("audience")
    if audience and not await membership.includes(audience, member_id):
        raise DomainError(
            "This coupon is for other members.",
            field="templateCode",
            code=ErrorCode.COUPON_NOT_APPLICABLE,
        )


async def claim(*, member_id: int, template_code: str, key: str) -> Coupon:
    """A member claims a free coupon in its claim window (the grab), through the Redis gate
    when it is on. Runs once per (member, key): copies and replays get the first outcome,
    another template under the same key is IDEMPOTENCY_KEY_REUSED."""
    template = await template_by_code(template_code)
    gated = claims.gate_enabled()

    async def attempt(scoped_key: str) -> Claimed:
        _require_claimable(template)
        await require_audience(template, member_id)
        if gated and not await claims.admit(template.id):
            raise DomainError("Out of stock.", field="templateCode", code=ErrorCode.OUT_OF_STOCK)
        coupon, issued = await issue_for_key(
            member_id, template, key=f"claim:{scoped_key}", source="CLAIM", operator="member"
        )
        return Claimed(coupon, issued)

    # The record is kept here rather than in the API layer: the gate may count a claim only
    # once it has committed, which is when run_once returns.
    claimed = await idempotency.run_once(
        principal=None,
        scope=f"member:{member_id}",
        operation="claimCoupon",
        key=key,
        request={"member": member_id, "template": template.id},
        call=attempt,
        remember=lambda done: {"id": done.coupon.id},
        recall=_replayed_claim,
    )
    if gated and claimed.issued:
        await claims.count_issued(template.id)
    if claimed.issued:
        metrics.COUPONS_CLAIMED.inc()
    return claimed.coupon


async def _replayed_claim(stored: dict[str, Any]) -> Claimed:
    return Claimed(await Coupon.get(id=stored["id"]), False)


def price_of(template: CouponTemplate) -> payments.Price:
    """A template's price: its purchase price in cents and its points exchange price."""
    return payments.Price(
        template.price_cents or 0, template.points_price, template.point_type_code
    )


async def exchange(*, member_id: int, template_code: str, key: str) -> Coupon:
    """Exchange points for a coupon: the points debit and the coupon issue commit together.
    Idempotent on (member, key); INSUFFICIENT_POINTS leaves stock and points untouched."""
    template = await template_by_code(template_code)
    if not template.points_price:
        raise InvalidState("This coupon is not exchanged for points.", field="templateCode")
    await require_audience(template, member_id)
    full_key = f"exchange:{template_code}:{member_id}:{key}"
    async with db.transaction():
        existing = await Coupon.get_or_none(idempotency_key=full_key[:200])
        if existing is not None:
            return existing
        # Points first: the template row's lock is then held only for the issue itself.
        bought = await payments.pay(
            member_id=member_id,
            kind=ProductKind.COUPON,
            product_code=template.code,
            price=price_of(template),
            method=PaymentMethod.POINTS,
            key=f"coupon:{full_key}",
            operator=f"member:{member_id}",
        )
        coupon = await issue_coupon(
            member_id=member_id,
            template_code=template_code,
            key=full_key,
            source="POINTS",
            operator="member",
        )
        await payments.set_fulfilment(bought.id, coupon.id)
        return coupon


async def purchase(
    *, member_id: int, template_code: str, payment_no: str, paid_cents: int, operator: str
) -> Coupon:
    """A member bought a coupon (payment taken by the brand's system). Idempotent on the
    payment number; the amount paid must be the template's price; PAYMENT_NO_USED when the
    number paid for something else."""
    template = await template_by_code(template_code)
    if not template.price_cents:
        raise InvalidState("This coupon is not for sale.", field="templateCode")
    if paid_cents != template.price_cents:
        raise InvalidAmount(f"The price is {template.price_cents} cents.", field="paidCents")
    if not payment_no or len(payment_no) > 64:
        raise DomainError("paymentNo is 1..64 characters.", field="paymentNo")
    async with db.transaction():
        earlier = await payments.purchase_by_payment_no(payment_no)
        if earlier is not None:
            if (earlier.member_id, earlier.product_kind, earlier.product_code) != (
                member_id,
                ProductKind.COUPON,
                template.code,
            ) or earlier.fulfilment_id is None:
                raise DomainError(
                    "This payment number paid another purchase.",
                    field="paymentNo",
                    code=ErrorCode.PAYMENT_NO_USED,
                )
            return await Coupon.get(id=earlier.fulfilment_id)
        bought = await payments.pay(
            member_id=member_id,
            kind=ProductKind.COUPON,
            product_code=template.code,
            price=price_of(template),
            method=PaymentMethod.EXTERNAL,
            key=f"coupon:purchase:{payment_no}",
            operator=operator,
            captured_payment_no=payment_no,
        )
        coupon = await issue_coupon(
            member_id=member_id,
            template_code=template_code,
            key=f"purchase:{payment_no}",
            source="PURCHASE",
            operator=operator,
        )
        await payments.set_fulfilment(bought.id, coupon.id)
        return coupon
