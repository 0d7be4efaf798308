"""Using coupons: the checkout quote, locking coupons to an order, confirming on payment,
releasing on cancel, restoring on refund. A coupon is used at most once: every state change is
a guarded UPDATE from the state it must be in, and reserving locks the coupon rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain import config, db, dirty
from domain.catalog import lookup as catalog
from domain.clock import utc_now
from domain.coupons import pricing
from domain.coupons.eligibility import Cart, CartLine, validate_cart
from domain.coupons.models import Coupon, CouponState, CouponTemplate, TemplateState
from domain.coupons.templates import spec_of, templates_by_ids
from domain.errors import DomainError, ErrorCode, NotFound
from domain.orders import service as orders_service
from domain.orders import stats as order_stats
from domain.webhooks import outbox


@dataclass(frozen=True)
class LineInput:
    line_id: str
    item_code: str
    quantity: int
    unit_price_cents: int
    category_code: str | None = None
    brand_code: str | None = None


async def cart_for(
    member_id: int,
    lines: list[LineInput],
    *,
    level_code: str | None,
    channel: str,
    scene: str,
    store_code: str | None,
    at: datetime | None = None,
) -> Cart:
    """A checked cart: lines classified by the catalogue, the member's level (the caller's
    `level_code`) and whether they are new (no order yet)."""
    classes = await catalog.item_classes([line.item_code for line in lines])
    (stats,) = await order_stats.stats_of([member_id])
    cart = Cart(
        lines=tuple(
            CartLine(
                x.line_id,
                x.item_code,
                x.category_code or classes.get(x.item_code, (None, None))[0],
                x.brand_code or classes.get(x.item_code, (None, None))[1],
                x.quantity,
                x.unit_price_cents,
            )
            for x in lines
        ),
        channel=channel,
        scene=scene,
        store_code=store_code,
        level_code=level_code,
        is_new_member=stats is None or stats.order_count == 0,
        at=at or utc_now(),
    )
    validate_cart(cart)
    return cart


def _held(coupons: list[Coupon], templates: dict[int, CouponTemplate]) -> list[pricing.Held]:
    return [pricing.Held(c.id, spec_of(templates[c.template_id]), c.valid_until) for c in coupons]


async def quote(member_id: int, cart: Cart) -> tuple[pricing.Quote, list[Coupon]]:
    """Every coupon the member can use now against a cart (coupons of paused templates are
    listed as not applicable), the best combination, and its discount apportioned to lines."""
    validate_cart(cart)
    at = cart.at or utc_now()
    coupons = list(
        await Coupon.filter(
            member_id=member_id,
            state=CouponState.AVAILABLE,
            valid_from__lte=at,
            valid_until__gt=at,
        ).order_by("valid_until", "id")
    )
    templates = await templates_by_ids([c.template_id for c in coupons])
    paused = [c for c in coupons if templates[c.template_id].state == TemplateState.PAUSED]
    usable = [c for c in coupons if c not in paused]
    result = pricing.best_combination(_held(usable, templates), cart)
    for coupon in paused:
        result.reasons[coupon.id] = "the coupon is paused"
    return result, coupons


def _require_usable(coupon: Coupon, template: CouponTemplate, at: datetime, field: str) -> None:
    if coupon.state in (CouponState.USED, CouponState.LOCKED):
        raise DomainError("The coupon is already used.", field=field, code=ErrorCode.COUPON_USED)
    if coupon.state == CouponState.VOID:
        raise DomainError("The coupon was voided.", field=field, code=ErrorCode.INVALID_STATE)
    if coupon.state == CouponState.EXPIRED or coupon.valid_until <= at:
        raise DomainError("The coupon has expired.", field=field, code=ErrorCode.EXPIRED)
    if coupon.valid_from > at:
        raise DomainError("The coupon is not valid yet.", field=field, code=ErrorCode.INVALID_STATE)
    if template.state == TemplateState.PAUSED:
        raise DomainError("The coupon is paused.", field=field, code=ErrorCode.COUPON_PAUSED)


async def reserve(
    *, member_id: int, coupon_ids: list[int], order_ref: str, cart: Cart
) -> pricing.Quote:
    """Lock the member's chosen coupons to an order at its creation; they must apply together
    to the cart. Idempotent for the same order; COUPON_USED when another order holds one."""
    validate_cart(cart)
    if not coupon_ids or len(coupon_ids) > pricing.MAX_COMBINED:
        raise DomainError(
            f"Reserve 1..{pricing.MAX_COMBINED} coupons.",
            field="couponIds",
            code=ErrorCode.TOO_MANY if coupon_ids else ErrorCode.REQUIRED,
        )
    if len(set(coupon_ids)) != len(coupon_ids):
        raise DomainError("A coupon is named twice.", field="couponIds", code=ErrorCode.DUPLICATE)
    if not order_ref or len(order_ref) > 64:
        raise DomainError("orderRef is 1..64 characters.", field="orderRef")
    at = cart.at or utc_now()
    async with db.transaction():
        # Rows locked in id order, so two orders naming the same coupons cannot deadlock.
        rows = await Coupon.filter(id__in=coupon_ids).order_by("id").select_for_update()
        by_id = {c.id: c for c in rows}
        templates = await templates_by_ids([c.template_id for c in rows])
        for i, coupon_id in enumerate(coupon_ids):
            coupon = by_id.get(coupon_id)
            if coupon is None or coupon.member_id != member_id:
                raise NotFound("No such coupon of yours.", field=f"couponIds[{i}]")
            if coupon.state == CouponState.LOCKED and coupon.order_ref == order_ref:
                continue
            _require_usable(coupon, templates[coupon.template_id], at, f"couponIds[{i}]")
        chosen = [by_id[i] for i in coupon_ids]
        result, reason = pricing.quote_combination(_held(chosen, templates), cart)
        if reason:
            raise DomainError(
                f"These coupons cannot be used on this cart: {reason}.",
                field="couponIds",
                code=ErrorCode.COUPON_NOT_APPLICABLE,
            )
        for coupon in chosen:
            await db.execute(
                "UPDATE coupons SET state = 'LOCKED', order_ref = $2, discount_cents = $3, "
                "reserved_at = coalesce(reserved_at, $4) WHERE id = $1",
                coupon.id,
                order_ref,
                result.per_coupon[coupon.id],
                at,
            )
        return result


async def reserved_quote(
    *, member_id: int, coupon_ids: list[int], order_ref: str, cart: Cart
) -> pricing.Quote:
    """The quote a reservation answered with, worked out again for its replay (no writes);
    EXPIRED when the reservation was released meanwhile (cancelled or held too long)."""
    rows = await Coupon.filter(id__in=coupon_ids, member_id=member_id, order_ref=order_ref)
    by_id = {c.id: c for c in rows if c.state in (CouponState.LOCKED, CouponState.USED)}
    if len(by_id) != len(coupon_ids):
        raise DomainError(
            "This order's reservation was released; reserve under a new order.",
            field="orderRef",
            code=ErrorCode.EXPIRED,
        )
    chosen = [by_id[i] for i in coupon_ids]
    templates = await templates_by_ids([c.template_id for c in chosen])
    result, _ = pricing.quote_combination(_held(chosen, templates), cart)
    return result


def reservation_time() -> timedelta:
    """How long coupons stay locked to an unpaid order (COUPON_RESERVATION_MINUTES, 30)."""
    return timedelta(minutes=config.COUPON_RESERVATION_MINUTES.get())


async def release_stale(*, now: datetime, hold: timedelta | None = None, batch: int = 1000) -> int:
    """Release coupons locked to an order for longer than the reservation time before `now`
    (expired when their validity ended meanwhile). State-driven: safe to run twice."""
    cutoff = now - (hold or reservation_time())
    total = 0
    while True:
        count = await db.execute(
            """UPDATE coupons SET order_ref = NULL, discount_cents = NULL, reserved_at = NULL,
                      state = CASE WHEN valid_until > $1 THEN 'AVAILABLE' ELSE 'EXPIRED' END
                WHERE id IN (SELECT id FROM coupons WHERE state = 'LOCKED' AND reserved_at <= $2
                              LIMIT $3 FOR UPDATE SKIP LOCKED)""",
            now,
            cutoff,
            batch,
        )
        total += count
        if count < batch:
            return total


async def confirm(
    *,
    order_ref: str,
    member_id: int | None,
    store_code: str | None,
    order_total_cents: int | None,
) -> list[Coupon]:
    """The order was paid: its locked coupons become used. Idempotent (a repeat returns the
    coupons already used by the order)."""
    await db.execute(
        """UPDATE coupons SET state = 'USED', used_at = $5, store_code = $2, reserved_at = NULL,
                  order_total_cents = $3
            WHERE order_ref = $1 AND state = 'LOCKED' AND ($4::bigint IS NULL OR member_id = $4)""",
        order_ref,
        store_code,
        order_total_cents,
        member_id,
        utc_now(),  # the clock business days are cut by, not the database's
    )
    query = Coupon.filter(order_ref=order_ref, state=CouponState.USED)
    if member_id is not None:
        query = query.filter(member_id=member_id)
    used = list(await query.order_by("id"))
    await dirty.mark_moments("coupons", [c.used_at for c in used if c.used_at is not None])
    return used


async def release(*, order_ref: str, member_id: int | None) -> list[Coupon]:
    """The order was cancelled: its locked coupons are available again (expired when their
    validity ended meanwhile). Idempotent; a member releases only their own."""
    rows = await db.fetch(
        """UPDATE coupons SET order_ref = NULL, discount_cents = NULL, reserved_at = NULL,
                  state = CASE WHEN valid_until > $3 THEN 'AVAILABLE' ELSE 'EXPIRED' END
            WHERE order_ref = $1 AND state = 'LOCKED' AND ($2::bigint IS NULL OR member_id = $2)
        RETURNING id""",
        order_ref,
        member_id,
        utc_now(),
    )
    return list(await Coupon.filter(id__in=[r["id"] for r in rows]).order_by("id"))


async def restore(*, order_ref: str, member_id: int | None) -> list[Coupon]:
    """The order was refunded in full: its used coupons come back where their template says
    so (expired when their validity has ended). Idempotent."""
    rows = await db.fetch(
        """UPDATE coupons c SET order_ref = NULL, used_at = NULL, discount_cents = NULL,
                  store_code = NULL, order_total_cents = NULL,
                  state = CASE WHEN c.valid_until > $3 THEN 'AVAILABLE' ELSE 'EXPIRED' END
             FROM coupon_templates t
            WHERE c.template_id = t.id AND c.order_ref = $1 AND c.state = 'USED'
              AND t.refund_restores AND ($2::bigint IS NULL OR c.member_id = $2)
        RETURNING c.id""",
        order_ref,
        member_id,
        utc_now(),
    )
    return list(await Coupon.filter(id__in=[r["id"] for r in rows]).order_by("id"))


async def confirm_for_order(order_id: int) -> int:
    """A recorded paid order confirms the coupons its member locked to its external number.
    Safe to run twice."""
    order = await orders_service.get_order(order_id)
    if order is None or order.member_id is None:
        return 0
    coupons = await confirm(
        order_ref=order.external_no,
        member_id=order.member_id,
        store_code=order.store_code,
        order_total_cents=order.total_cents,
    )
    for coupon in coupons:
        await outbox.emit(
            "coupon.used",
            {"memberId": order.member_id, "couponId": coupon.id, "orderId": order.id},
            at=order.paid_at,
        )
    return len(coupons)


async def restore_for_refund(refund_id: int) -> int:
    """A refund that leaves nothing of the order paid restores its coupons per their
    template's policy; partial refunds keep them used. Safe to run twice."""
    refund = await orders_service.get_refund(refund_id)
    if refund is None:
        return 0
    order = await orders_service.get_order(refund.order_id)
    if order is None or order.member_id is None or order.refunded_cents < order.total_cents:
        return 0
    return len(await restore(order_ref=order.external_no, member_id=order.member_id))
