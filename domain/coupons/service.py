"""Coupons: templates, issuing under stock and limits (claim, exchange for points, staff,
campaigns, purchase), the claim centre, and the member's coupons.

Issuing is one transaction: the idempotency key is checked, the (template, member) pair is
locked, the member's limit counted, then one guarded UPDATE takes stock
(`issued < total_stock`, and the day's count under the per-day limit) before the coupon row is
written. Losers of a grab get OUT_OF_STOCK; nothing is half written."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from domain import db
from domain.clock import business_day_end, business_today, utc_now
from domain.coupons import pricing
from domain.coupons.models import Coupon, CouponTemplate, TemplateState
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound

MAX_ISSUE_BATCH = 1000


def spec_of(template: CouponTemplate) -> pricing.Spec:
    """The pricing view of a template."""
    return pricing.Spec(
        kind=str(template.kind),
        amount_off_cents=template.amount_off_cents,
        threshold_cents=template.threshold_cents,
        percent_off=template.percent_off,
        cap_cents=template.cap_cents,
        exchange_item_code=template.exchange_item_code,
        rules=template.rules,
        stackable=template.stackable,
        stack_group=template.stack_group,
    )


async def define_template(**values: Any) -> CouponTemplate:
    """Create or change a template (by code); checked whole before anything is written."""
    spec = pricing.Spec(
        kind=str(values["kind"]),
        amount_off_cents=values.get("amount_off_cents", 0),
        threshold_cents=values.get("threshold_cents", 0),
        percent_off=values.get("percent_off", 0),
        cap_cents=values.get("cap_cents"),
        exchange_item_code=values.get("exchange_item_code"),
        rules=values.get("rules") or {},
    )
    cost_share = values.get("cost_share") or {"platform": 100}
    pricing.validate_spec(spec, cost_share)
    fixed = values.get("fixed_starts_at"), values.get("fixed_ends_at")
    if fixed[0] and fixed[1] and fixed[1] <= fixed[0]:
        raise DomainError(
            "fixedEndsAt must be after fixedStartsAt.",
            field="fixedEndsAt",
            code=ErrorCode.INVALID_WINDOW,
        )
    if not fixed[1] and not values.get("valid_days"):
        raise DomainError(
            "Give a fixed window or validDays.", field="validDays", code=ErrorCode.REQUIRED
        )
    if values.get("valid_days") is not None and values["valid_days"] <= 0:
        raise DomainError(
            "validDays must be positive.", field="validDays", code=ErrorCode.INVALID_WINDOW
        )
    for name in ("total_stock", "per_member_limit"):
        if values.get(name, 1) <= 0:
            raise DomainError(
                f"{name} must be positive.", field=name, code=ErrorCode.INVALID_AMOUNT
            )
    if values.get("per_day_limit") is not None and values["per_day_limit"] <= 0:
        raise DomainError(
            "perDayLimit must be positive.", field="perDayLimit", code=ErrorCode.INVALID_AMOUNT
        )
    values["cost_share"] = cost_share
    code = values.pop("code")
    template, _ = await CouponTemplate.update_or_create(code=code, defaults=values)
    return template


async def template_by_code(code: str, field: str = "templateCode") -> CouponTemplate:
    """A template by code, or NOT_FOUND."""
    template = await CouponTemplate.get_or_none(code=code)
    if template is None:
        raise NotFound(f"Unknown coupon template '{code}'.", field=field)
    return template


async def set_state(code: str, state: TemplateState) -> CouponTemplate:
    """Activate, pause or end a template."""
    template = await template_by_code(code)
    await CouponTemplate.filter(id=template.id).update(state=state)
    return await CouponTemplate.get(id=template.id)


def validity(template: CouponTemplate, issued_at: datetime) -> tuple[datetime, datetime]:
    """When a coupon issued now may be used: the fixed window, or N days from issue (ending at
    the end of the business day), optionally starting M days later."""
    if template.valid_days:
        starts = issued_at + timedelta(days=template.start_after_days)
        last_day = business_today(starts) + timedelta(days=template.valid_days - 1)
        return starts, business_day_end(last_day)
    assert template.fixed_ends_at is not None
    return template.fixed_starts_at or issued_at, template.fixed_ends_at


async def issue_coupon(
    *, member_id: int, template_code: str, key: str, source: str, operator: str
) -> Coupon:
    """Give a member a coupon of a template. Idempotent on `key`; OUT_OF_STOCK,
    COUPON_LIMIT_REACHED, COUPON_PAUSED. Usable inside a caller's transaction."""
    template = await template_by_code(template_code)
    async with db.transaction():
        existing = await Coupon.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        await db.fetch("SELECT pg_advisory_xact_lock($1, $2)", template.id, member_id % 2**31)
        held = await db.fetch_one(
            "SELECT count(*) AS n FROM coupons WHERE template_id = $1 AND member_id = $2 "
            "AND state <> 'VOID'",
            template.id,
            member_id,
        )
        if held and int(held["n"]) >= template.per_member_limit:
            raise DomainError(
                "This coupon's limit per member is reached.",
                field="templateCode",
                code=ErrorCode.COUPON_LIMIT_REACHED,
            )
        now = utc_now()
        today = business_today(now)
        taken = await db.fetch_one(
            """UPDATE coupon_templates SET issued = issued + 1,
                      day_issued = CASE WHEN issued_day = $2 THEN day_issued + 1 ELSE 1 END,
                      issued_day = $2
                WHERE id = $1 AND state = 'ACTIVE' AND issued < total_stock
                  AND (per_day_limit IS NULL OR issued_day IS DISTINCT FROM $2
                       OR day_issued < per_day_limit)
            RETURNING issued""",
            template.id,
            today,
        )
        if taken is None:
            raise await _why_not_issued(template.id)
        starts, ends = validity(template, now)
        _ = operator
        return await Coupon.create(
            template_id=template.id,
            member_id=member_id,
            code=secrets.token_hex(8).upper(),
            valid_from=starts,
            valid_until=ends,
            source=source[:50],
            idempotency_key=key[:200],
        )


async def _why_not_issued(template_id: int) -> DomainError:
    template = await CouponTemplate.get(id=template_id)
    now = utc_now()
    if template.state == TemplateState.PAUSED:
        return DomainError(
            "The coupon is paused.", field="templateCode", code=ErrorCode.COUPON_PAUSED
        )
    if template.state != TemplateState.ACTIVE:
        return InvalidState(f"The coupon is {template.state}.", field="templateCode")
    if template.claim_ends_at and template.claim_ends_at < now:
        return DomainError(
            "The coupon is no longer issued.", field="templateCode", code=ErrorCode.EXPIRED
        )
    return DomainError("Out of stock.", field="templateCode", code=ErrorCode.OUT_OF_STOCK)


async def claim(*, member_id: int, template_code: str, key: str) -> Coupon:
    """A member claims a coupon in its claim window (the grab)."""
    template = await template_by_code(template_code)
    now = utc_now()
    if (template.claim_starts_at and now < template.claim_starts_at) or (
        template.claim_ends_at and now >= template.claim_ends_at
    ):
        raise InvalidState("Not open for claiming now.", field="templateCode")
    if template.points_price:
        raise InvalidState("This coupon is exchanged for points.", field="templateCode")
    return await issue_coupon(
        member_id=member_id,
        template_code=template_code,
        key=f"claim:{template_code}:{key}",
        source="CLAIM",
        operator=f"member:{member_id}",
    )


async def exchange(*, member_id: int, template_code: str, key: str) -> Coupon:
    """Exchange points for a coupon: the points debit and the coupon issue commit together."""
    from domain.points import service as points_service

    template = await template_by_code(template_code)
    if not template.points_price:
        raise InvalidState("This coupon is not exchanged for points.", field="templateCode")
    async with db.transaction():
        coupon = await issue_coupon(
            member_id=member_id,
            template_code=template_code,
            key=f"exchange:{template_code}:{key}",
            source="POINTS",
            operator=f"member:{member_id}",
        )
        await points_service.redeem(
            member_id=member_id,
            point_type_code="POINTS",
            points=template.points_price,
            key=f"coupon:{template_code}:{key}",
            purpose=f"coupon {template.code}",
            operator=f"member:{member_id}",
        )
        return coupon


@dataclass(frozen=True)
class IssueOutcome:
    member_id: int
    coupon: Coupon | None
    error: DomainError | None


async def issue_many(
    *, template_code: str, member_ids: list[int], key: str, source: str, operator: str
) -> list[IssueOutcome]:
    """Staff issue to a list (each member idempotent on `key`); failures are per member."""
    if len(member_ids) > MAX_ISSUE_BATCH:
        raise DomainError(
            f"At most {MAX_ISSUE_BATCH} members at once.",
            field="memberIds",
            code=ErrorCode.TOO_MANY,
        )
    await template_by_code(template_code)
    outcomes = []
    for member_id in member_ids:
        try:
            coupon = await issue_coupon(
                member_id=member_id,
                template_code=template_code,
                key=f"{key}:{member_id}",
                source=source,
                operator=operator,
            )
            outcomes.append(IssueOutcome(member_id, coupon, None))
        except DomainError as error:
            outcomes.append(IssueOutcome(member_id, None, error))
    return outcomes


async def claimable(member_id: int, level_code: str | None, is_new: bool) -> list[CouponTemplate]:
    """The claim centre: active templates open now with stock, under the member's limit, whose
    level and new-member rules the member meets."""
    now = utc_now()
    rows = await db.fetch(
        """SELECT t.id FROM coupon_templates t
            WHERE t.state = 'ACTIVE' AND t.issued < t.total_stock
              AND (t.claim_starts_at IS NULL OR t.claim_starts_at <= $2)
              AND (t.claim_ends_at IS NULL OR t.claim_ends_at > $2)
              AND (SELECT count(*) FROM coupons c WHERE c.template_id = t.id
                     AND c.member_id = $1 AND c.state <> 'VOID') < t.per_member_limit
            ORDER BY t.id""",
        member_id,
        now,
    )
    templates = await CouponTemplate.filter(id__in=[r["id"] for r in rows]).order_by("id")
    return [
        t
        for t in templates
        if (not t.rules.get("levels") or level_code in t.rules["levels"])
        and (not t.rules.get("new_members_only") or is_new)
    ]


async def coupons_of(member_id: int, states: list[str] | None = None) -> list[Coupon]:
    """A member's coupons, soonest expiring first."""
    query = Coupon.filter(member_id=member_id)
    if states:
        query = query.filter(state__in=states)
    return list(await query.order_by("valid_until", "id"))


async def templates_by_ids(ids: list[int]) -> dict[int, CouponTemplate]:
    """Templates by id."""
    return await CouponTemplate.in_bulk(list(set(ids)), "id")


async def void(*, coupon_id: int, reason: str) -> Coupon:
    """Void an unused coupon with a reason."""
    if not reason.strip():
        raise DomainError("A reason is required.", field="reason", code=ErrorCode.REQUIRED)
    changed = await db.execute(
        "UPDATE coupons SET state = 'VOID', void_reason = $2 WHERE id = $1 "
        "AND state IN ('AVAILABLE', 'LOCKED')",
        coupon_id,
        reason[:200],
    )
    if not changed:
        raise InvalidState("Only unused coupons can be voided.", field="couponId")
    return await Coupon.get(id=coupon_id)


async def expire_due() -> int:
    """Mark unused coupons past their validity as expired (state-driven, safe to repeat)."""
    return await db.execute(
        "UPDATE coupons SET state = 'EXPIRED' WHERE state = 'AVAILABLE' AND valid_until <= $1",
        utc_now(),
    )
