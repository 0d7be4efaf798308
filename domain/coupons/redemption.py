"""Using coupons: the checkout quote, locking coupons to an order, confirming on payment,
releasing on cancel, restoring on refund. A coupon is used at most once: every state change is
a guarded UPDATE from the state it must be in."""

from __future__ import annotations

from datetime import datetime

from domain import db
from domain.clock import utc_now
from domain.coupons import pricing
from domain.coupons import service as coupons_service
from domain.coupons.models import Coupon, CouponState
from domain.errors import DomainError, ErrorCode, NotFound


async def _held(
    member_id: int, coupon_ids: list[int] | None, at: datetime
) -> list[tuple[Coupon, pricing.Held]]:
    query = Coupon.filter(
        member_id=member_id, state=CouponState.AVAILABLE, valid_from__lte=at, valid_until__gt=at
    )
    if coupon_ids is not None:
        query = query.filter(id__in=coupon_ids)
    coupons = list(await query.order_by("id"))
    templates = await coupons_service.templates_by_ids([c.template_id for c in coupons])
    return [
        (c, pricing.Held(c.id, coupons_service.spec_of(templates[c.template_id]), c.valid_until))
        for c in coupons
    ]


async def quote(member_id: int, cart: pricing.Cart) -> tuple[pricing.Quote, list[Coupon]]:
    """Every usable coupon the member holds against a cart, the best combination, and its
    discount apportioned to lines."""
    pricing.validate_cart(cart)
    held = await _held(member_id, None, cart.at or utc_now())
    return pricing.best_combination([h for _, h in held], cart), [c for c, _ in held]


async def reserve(
    *, member_id: int, coupon_ids: list[int], order_ref: str, cart: pricing.Cart
) -> pricing.Quote:
    """Lock coupons to an order at creation. The coupons must apply together to the cart;
    idempotent for the same order; COUPON_USED if another order holds one of them."""
    pricing.validate_cart(cart)
    if not coupon_ids or len(coupon_ids) > pricing.MAX_COMBINED:
        raise DomainError(
            f"Reserve 1..{pricing.MAX_COMBINED} coupons.",
            field="couponIds",
            code=ErrorCode.TOO_MANY if coupon_ids else ErrorCode.REQUIRED,
        )
    async with db.transaction():
        mine = await Coupon.filter(id__in=coupon_ids).select_for_update()
        by_id = {c.id: c for c in mine}
        for i, coupon_id in enumerate(coupon_ids):
            coupon = by_id.get(coupon_id)
            if coupon is None or coupon.member_id != member_id:
                raise NotFound("No such coupon of yours.", field=f"couponIds[{i}]")
            if coupon.state == CouponState.LOCKED and coupon.order_ref == order_ref:
                continue
            _require_usable(coupon, f"couponIds[{i}]")
        held = await _held(member_id, coupon_ids, cart.at or utc_now())
        locked_here = [c for c in mine if c.state == CouponState.LOCKED]
        templates = await coupons_service.templates_by_ids([c.template_id for c in locked_here])
        held += [
            (
                c,
                pricing.Held(
                    c.id, coupons_service.spec_of(templates[c.template_id]), c.valid_until
                ),
            )
            for c in locked_here
        ]
        result = pricing.best_combination([h for _, h in held], cart)
        if sorted(result.chosen) != sorted(coupon_ids):
            reasons = "; ".join(f"{k}: {v}" for k, v in result.reasons.items())
            raise DomainError(
                "These coupons do not apply together to this cart"
                + (f" ({reasons})" if reasons else "")
                + ".",
                field="couponIds",
                code=ErrorCode.COUPON_NOT_APPLICABLE,
            )
        for coupon_id in coupon_ids:
            changed = await db.execute(
                "UPDATE coupons SET state = 'LOCKED', order_ref = $2, discount_cents = $3 "
                "WHERE id = $1 AND (state = 'AVAILABLE' OR (state = 'LOCKED' AND order_ref = $2))",
                coupon_id,
                order_ref,
                result.per_coupon[coupon_id],
            )
            if not changed:
                raise DomainError(
                    "The coupon was used meanwhile.", field="couponIds", code=ErrorCode.COUPON_USED
                )
        return result


def _require_usable(coupon: Coupon, field: str) -> None:
    now = utc_now()
    if coupon.state in (CouponState.USED, CouponState.LOCKED):
        raise DomainError("The coupon is already used.", field=field, code=ErrorCode.COUPON_USED)
    if coupon.state == CouponState.VOID:
        raise DomainError("The coupon was voided.", field=field, code=ErrorCode.INVALID_STATE)
    if coupon.state == CouponState.EXPIRED or coupon.valid_until <= now:
        raise DomainError("The coupon has expired.", field=field, code=ErrorCode.EXPIRED)
    if coupon.valid_from > now:
        raise DomainError("The coupon is not valid yet.", field=field, code=ErrorCode.INVALID_STATE)


async def confirm(
    *, order_ref: str, store_code: str | None, order_total_cents: int | None
) -> list[Coupon]:
    """The order was paid: its locked coupons become used. Idempotent."""
    await db.execute(
        "UPDATE coupons SET state = 'USED', used_at = now(), store_code = $2, "
        "order_total_cents = $3 WHERE order_ref = $1 AND state = 'LOCKED'",
        order_ref,
        store_code,
        order_total_cents,
    )
    return list(await Coupon.filter(order_ref=order_ref).order_by("id"))


async def release(*, order_ref: str) -> list[Coupon]:
    """The order was cancelled: its locked coupons are available again. Idempotent."""
    coupons = list(await Coupon.filter(order_ref=order_ref, state=CouponState.LOCKED))
    await db.execute(
        "UPDATE coupons SET state = 'AVAILABLE', order_ref = NULL, discount_cents = NULL "
        "WHERE order_ref = $1 AND state = 'LOCKED'",
        order_ref,
    )
    return list(await Coupon.filter(id__in=[c.id for c in coupons]).order_by("id"))


async def restore(*, order_ref: str) -> list[Coupon]:
    """The order was refunded: its used coupons come back where their template says so and
    they are still valid. Idempotent."""
    rows = await db.fetch(
        "SELECT id FROM coupons WHERE order_ref = $1 AND state = 'USED'", order_ref
    )
    await db.execute(
        """UPDATE coupons c SET state = 'AVAILABLE', order_ref = NULL, used_at = NULL,
                  discount_cents = NULL, store_code = NULL, order_total_cents = NULL
             FROM coupon_templates t
            WHERE c.template_id = t.id AND c.order_ref = $1 AND c.state = 'USED'
              AND t.refund_restores AND c.valid_until > now()""",
        order_ref,
    )
    return list(await Coupon.filter(id__in=[r["id"] for r in rows]).order_by("id"))
