"""Coupons as held: a member's coupons and those they may claim, void, and expiry."""

from __future__ import annotations

from collections.abc import Sequence

from domain import db
from domain.audience import membership
from domain.clock import business_today, utc_now
from domain.coupons.models import Coupon, CouponTemplate
from domain.errors import DomainError, ErrorCode, InvalidState


async def get_coupon(coupon_id: int) -> Coupon:
    """A coupon by id."""
    return await Coupon.get(id=coupon_id)


async def claimable(
    member_id: int | None, level_code: str | None, is_new: bool
) -> list[CouponTemplate]:
    """The claim centre: active templates open now with stock (today's too), under the
    member's limit, whose level, new-member and audience rules the member meets. Without a member (a
    visitor) no claims count against the limit."""
    now = utc_now()
    rows = await db.fetch(
        """SELECT t.id FROM coupon_templates t
            WHERE t.state = 'ACTIVE' AND t.issued < t.total_stock AND t.price_cents IS NULL
              AND (t.per_day_limit IS NULL OR t.issued_day IS DISTINCT FROM $3
                   OR t.day_issued < t.per_day_limit)
              AND (t.claim_starts_at IS NULL OR t.claim_starts_at <= $2)
              AND (t.claim_ends_at IS NULL OR t.claim_ends_at > $2)
              AND (SELECT count(*) FROM coupons c WHERE c.template_id = t.id
                     AND c.member_id = $1 AND c.state <> 'VOID') < t.per_member_limit
            ORDER BY t.id""",
        member_id,
        now,
        business_today(now),
    )
    templates = await CouponTemplate.filter(id__in=[r["id"] for r in rows]).order_by("id")
    return [
        t
        for t in templates
        if (not t.rules.get("levels") or level_code in t.rules["levels"])
        and (not t.rules.get("new_members_only") or is_new)
        and await _in_audience(t, member_id)
    ]


async def _in_audience(template: CouponTemplate, member_id: int | None) -> bool:
    """Templates with an audience are for its members only (never for visitors)."""
    audience = template.rules.get("audience")
    if not audience:
        return True
    return member_id is not None and await membership.includes(audience, member_id)


async def coupons_of(member_ids: list[int]) -> list[list[Coupon]]:
    """Each member's coupons in every state, soonest expiring first, aligned to the ids."""
    grouped: dict[int, list[Coupon]] = {i: [] for i in member_ids}
    for coupon in await Coupon.filter(member_id__in=list(grouped)).order_by("valid_until", "id"):
        grouped[coupon.member_id].append(coupon)
    return [grouped[i] for i in member_ids]


async def member_coupons(
    member_id: int, *, states: list[str] | None, after: int | None, limit: int
) -> list[Coupon]:
    """A page of a member's coupons, newest first (keyset on id)."""
    query = Coupon.filter(member_id=member_id)
    if states:
        query = query.filter(state__in=states)
    if after is not None:
        query = query.filter(id__lt=after)
    return list(await query.order_by("-id").limit(limit))


async def member_coupon_pages(
    member_ids: Sequence[int], *, states: list[str] | None, after: int | None, limit: int
) -> list[list[Coupon]]:
    """`member_coupons` for many members, aligned to the ids: one statement for one member,
    two for any number (the page ids by a window over each member's coupons, then the rows)."""
    if len(member_ids) == 1:
        return [await member_coupons(member_ids[0], states=states, after=after, limit=limit)]
    rows = await db.fetch(
        """SELECT id FROM (
             SELECT id, row_number() OVER (PARTITION BY member_id ORDER BY id DESC) AS n
               FROM coupons
              WHERE member_id = ANY($1::bigint[])
                AND (cardinality($2::text[]) = 0 OR state = ANY($2::text[]))
                AND ($3::bigint IS NULL OR id < $3)) page
           WHERE n <= $4""",
        list(member_ids),
        list(states or []),
        after,
        limit,
    )
    grouped: dict[int, list[Coupon]] = {m: [] for m in member_ids}
    ids = [int(r["id"]) for r in rows]
    for coupon in await Coupon.filter(id__in=ids).order_by("-id") if ids else []:
        grouped[coupon.member_id].append(coupon)
    return [grouped[m] for m in member_ids]


async def coupons_by_ids(ids: list[int]) -> list[Coupon | None]:
    """Coupons aligned to ids."""
    found = await Coupon.in_bulk(list(set(ids)), "id")
    return [found.get(i) for i in ids]


async def void(*, coupon_id: int, reason: str, operator: str) -> Coupon:
    """Void an available coupon with a reason (a coupon locked to an order is released
    first). INVALID_STATE otherwise."""
    if not reason.strip() or len(reason) > 200:
        raise DomainError(
            "A reason of 1..200 characters is required.", field="reason", code=ErrorCode.REQUIRED
        )
    changed = await db.execute(
        "UPDATE coupons SET state = 'VOID', void_reason = $2 WHERE id = $1 AND state = 'AVAILABLE'",
        coupon_id,
        f"{reason.strip()} ({operator})"[:200],
    )
    if not changed:
        exists = await Coupon.exists(id=coupon_id)
        if not exists:
            raise DomainError("No such coupon.", field="couponId", code=ErrorCode.NOT_FOUND)
        raise InvalidState("Only available coupons can be voided.", field="couponId")
    return await Coupon.get(id=coupon_id)


async def expire_due(batch: int = 10_000) -> int:
    """Mark available coupons past their validity as expired, in batches (state-driven, safe
    to repeat)."""
    total = 0
    while True:
        count = await db.execute(
            """UPDATE coupons SET state = 'EXPIRED' WHERE id IN (
                   SELECT id FROM coupons WHERE state = 'AVAILABLE' AND valid_until <= $1
                    LIMIT $2 FOR UPDATE SKIP LOCKED)""",
            utc_now(),
            batch,
        )
        total += count
        if count < batch:
            return total
