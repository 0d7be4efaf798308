"""Point types, earning rules, promotions and event bonuses: the configuration settlement reads."""

from __future__ import annotations

import time
from typing import Any

from domain import cache, config_history
from domain.audience import membership
from domain.db import page_by_id, transaction
from domain.errors import DomainError, ErrorCode
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.points import earning
from domain.points.models import (
    EarningRule,
    EarnPeriod,
    EventBonusRule,
    PointKind,
    PointType,
    Promotion,
)
from domain.points.policy import ExpiryPolicy

DEFAULT_TYPE = "POINTS"
MAX_PENDING_DAYS = 365


def asset_of(point_type: PointType) -> str:
    return f"POINTS:{point_type.code}"


_TYPE_CACHE_SECONDS = 5.0
_type_cache: dict[str, tuple[float, PointType | None]] = {}
cache.register_local_cache(_type_cache.clear)


async def get_type(code: str, field: str = "pointType") -> PointType:
    """An active point type by code, or UNKNOWN_POINT_TYPE. Cached for a few seconds per
    process: point types change rarely and are read on every settlement and redemption."""
    now = time.monotonic()
    cached = _type_cache.get(code)
    if cached is not None and cached[0] > now:
        point_type = cached[1]
    else:
        point_type = await PointType.get_or_none(code=code, active=True)
        _type_cache[code] = (now + _TYPE_CACHE_SECONDS, point_type)
    if point_type is None:
        raise DomainError(
            f"Unknown point type '{code}'.", field=field, code=ErrorCode.UNKNOWN_POINT_TYPE
        )
    return point_type


async def list_types() -> list[PointType]:
    """All point types by code."""
    return list(await PointType.all().order_by("code"))


async def account_for(member_id: int, point_type: PointType) -> Account:
    """The member's account of a point type, opened on first use."""
    return await ledger.open_account(
        member_id, asset_of(point_type), allow_negative=point_type.allow_negative
    )


def cash_value(point_type: PointType, points: int) -> int:
    """Cents a number of points is worth (rounded down: never more than the points cover)."""
    return points * point_type.cents_per_point_num // point_type.cents_per_point_den


async def define_type(
    *,
    code: str,
    name: str,
    kind: PointKind,
    expiry_policy: dict[str, Any],
    allow_negative: bool = False,
    cents_per_point: tuple[int, int] = (1, 1),
    earn_limit: tuple[int, EarnPeriod] | None = None,
    pending_days: int = 0,
    pending_days_by_channel: dict[str, int] | None = None,
) -> PointType:
    """Create or change a point type (by code); `earn_limit` is the most points a member
    earns a period across all rules and event bonuses."""
    if not code or len(code) > 30 or not code.replace("_", "").isalnum():
        raise DomainError("code must be 1-30 letters, digits or '_'.", field="code")
    policy = ExpiryPolicy.from_json(expiry_policy)
    numerator, denominator = cents_per_point
    if numerator < 0 or denominator <= 0:
        raise DomainError(
            "centsPerPoint must be a non-negative fraction.",
            field="centsPerPoint",
            code=ErrorCode.INVALID_AMOUNT,
        )
    if earn_limit is not None and earn_limit[0] < 0:
        raise DomainError(
            "The earn limit must not be negative.",
            field="earnLimit.points",
            code=ErrorCode.INVALID_AMOUNT,
        )
    windows = {"pendingDays": pending_days} | {
        f"pendingDaysByChannel.{channel}": days
        for channel, days in (pending_days_by_channel or {}).items()
    }
    for field, days in windows.items():
        if not 0 <= days <= MAX_PENDING_DAYS:
            raise DomainError(
                f"A return window is 0 to {MAX_PENDING_DAYS} days.",
                field=field,
                code=ErrorCode.INVALID_WINDOW,
            )
    _type_cache.clear()
    async with transaction():
        before = await PointType.select_for_update().get_or_none(code=code.upper())
        point_type, _ = await PointType.update_or_create(
            code=code.upper(),
            defaults={
                "name": name,
                "kind": kind,
                "expiry_policy": policy.__dict__,
                "allow_negative": allow_negative,
                "cents_per_point_num": numerator,
                "cents_per_point_den": denominator,
                "earn_limit": earn_limit[0] if earn_limit else None,
                "earn_limit_period": earn_limit[1] if earn_limit else None,
                "pending_days": pending_days,
                "pending_days_by_channel": dict(pending_days_by_channel or {}),
            },
        )
        await config_history.record(
            "PointType",
            point_type.id,
            before=config_history.snapshot(before),
            after=config_history.snapshot(point_type),
        )
    return point_type


async def define_rule(point_type_code: str, **values: Any) -> EarningRule:
    """Create or change an earning rule (by id when given)."""
    point_type = await get_type(point_type_code)
    if values.get("points", 0) < 0:
        raise DomainError(
            "points must not be negative.", field="points", code=ErrorCode.INVALID_AMOUNT
        )
    if values.get("per_cents", 0) <= 0:
        raise DomainError(
            "perCents must be positive.", field="perCents", code=ErrorCode.INVALID_AMOUNT
        )
    for cap, field in (
        ("per_order_cap", "perOrderCap"),
        ("per_day_cap", "perDayCap"),
        ("budget", "budget"),
    ):
        if values.get(cap) is not None and values[cap] < 0:
            raise DomainError(
                f"{field} must not be negative.", field=field, code=ErrorCode.INVALID_AMOUNT
            )
    if values.get("audience"):
        values["audience"] = await membership.check(values["audience"], "audience")
    rule_id = values.pop("id", None)
    async with transaction():
        before = None
        if rule_id:
            before = await EarningRule.select_for_update().get_or_none(id=rule_id)
            if before is None:
                raise DomainError("No such earning rule.", field="id", code=ErrorCode.NOT_FOUND)
            await EarningRule.filter(id=rule_id).update(point_type_id=point_type.id, **values)
            rule = await EarningRule.get(id=rule_id)
        else:
            rule = await EarningRule.create(point_type_id=point_type.id, **values)
        await config_history.record(
            "EarningRule",
            rule.id,
            before=config_history.snapshot(before),
            after=config_history.snapshot(rule),
        )
    return rule


def rule_view(r: EarningRule) -> earning.Rule:
    """The pure-rule view of a stored earning rule."""
    return earning.Rule(
        r.id,
        r.points,
        r.per_cents,
        r.channel,
        r.store_code,
        r.category_id,
        r.brand_id,
        r.priority,
        r.rounding,
        r.per_order_cap,
        r.per_day_cap,
    )


async def define_promotion(point_type_code: str, **values: Any) -> Promotion:
    """A time-boxed multiplier (numerator/denominator >= 1)."""
    point_type = await get_type(point_type_code)
    if values["ends_at"] <= values["starts_at"]:
        raise DomainError(
            "endsAt must be after startsAt.", field="endsAt", code=ErrorCode.INVALID_WINDOW
        )
    if values.get("denominator", 1) <= 0 or values["numerator"] < values.get("denominator", 1):
        raise DomainError(
            "The multiplier must be at least 1.", field="numerator", code=ErrorCode.INVALID_AMOUNT
        )
    if values.get("budget") is not None and values["budget"] < 0:
        raise DomainError(
            "budget must not be negative.", field="budget", code=ErrorCode.INVALID_AMOUNT
        )
    async with transaction():
        promotion = await Promotion.create(point_type_id=point_type.id, **values)
        await config_history.record(
            "Promotion", promotion.id, before=None, after=config_history.snapshot(promotion)
        )
    return promotion


async def define_event_bonus(
    point_type_code: str, *, event_name: str, points: int, daily_limit: int
) -> EventBonusRule:
    """Bonus points for an event, at most `daily_limit` times a business day."""
    point_type = await get_type(point_type_code)
    if points <= 0 or daily_limit <= 0:
        raise DomainError(
            "points and dailyLimit must be positive.", field="points", code=ErrorCode.INVALID_AMOUNT
        )
    async with transaction():
        before = await EventBonusRule.select_for_update().get_or_none(
            point_type_id=point_type.id, event_name=event_name
        )
        rule, _ = await EventBonusRule.update_or_create(
            point_type_id=point_type.id,
            event_name=event_name,
            defaults={"points": points, "daily_limit": daily_limit, "active": True},
        )
        await config_history.record(
            "EventBonusRule",
            rule.id,
            before=config_history.snapshot(before),
            after=config_history.snapshot(rule),
        )
    return rule


async def types_page(*, after_id: int | None, limit: int) -> list[PointType]:
    """Point types by id, one keyset page."""
    return await page_by_id(PointType.all(), after_id=after_id, limit=limit)
