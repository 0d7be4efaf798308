"""Pure rules of the points mall: sale windows, audiences, per-member limits, prices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.engagement.mall_models import LimitPeriod, MallOrderStatus

MAX_QUANTITY = 99

# What a member may still cancel, and what staff may.
MEMBER_CANCELLABLE = frozenset({MallOrderStatus.PENDING_PAYMENT, MallOrderStatus.PENDING_SHIPMENT})
STAFF_CANCELLABLE = MEMBER_CANCELLABLE | {MallOrderStatus.SHIPPED}


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a member is, for audience checks: their level code and saved segments."""

    level_code: str | None
    segment_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class Terms:
    """The selling terms of one goods, as plain data."""

    active: bool
    sale_starts_at: datetime | None
    sale_ends_at: datetime | None
    segment_ids: tuple[int, ...]
    levels: tuple[str, ...]
    limit_total: int | None
    limit_per_period: int | None
    limit_period: LimitPeriod | None


def period_start(period: LimitPeriod, day: date) -> date:
    """The first business day of the period holding `day` (weeks start on Monday)."""
    if period is LimitPeriod.DAY:
        return day
    if period is LimitPeriod.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def on_sale(terms: Terms, now: datetime) -> bool:
    """Active and inside its sale window (start inclusive, end exclusive)."""
    if not terms.active:
        return False
    if terms.sale_starts_at is not None and now < terms.sale_starts_at:
        return False
    return terms.sale_ends_at is None or now < terms.sale_ends_at


def admits(terms: Terms, audience: Audience) -> bool:
    """Whether the member is in the goods' audience: any listed level, and any listed segment
    (an empty list does not restrict)."""
    if terms.levels and audience.level_code not in terms.levels:
        return False
    return not terms.segment_ids or bool(audience.segment_ids & set(terms.segment_ids))


def remaining_limit(terms: Terms, bought_total: int, bought_in_period: int) -> int | None:
    """Units the member may still take (None: no limit)."""
    left: list[int] = []
    if terms.limit_total is not None:
        left.append(terms.limit_total - bought_total)
    if terms.limit_per_period is not None:
        left.append(terms.limit_per_period - bought_in_period)
    return max(0, min(left)) if left else None
