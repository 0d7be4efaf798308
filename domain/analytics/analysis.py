"""What the behaviour analyses share: a checked range of business days with its instants, the
members a segment limits them to, and a parameter list built alongside SQL text.

The analyses read the analytics-owned views (`analytics.fact_order_line`, `analytics.dim_member`)
and the events through `domain.orders.reads.events_sql()`, so no other area's table is named here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from domain.clock import business_day_start, business_zone
from domain.errors import DomainError, ErrorCode
from domain.segments import service as segments

MAX_RANGE_DAYS = 3660
LONG_RANGE_DAYS = 31  # a funnel over more business days than this runs as a job


@dataclass(frozen=True)
class DayRange:
    """Business days first..last, inclusive."""

    first: date
    last: date

    @property
    def start(self) -> datetime:
        """The UTC instant the first day begins."""
        return business_day_start(self.first)

    @property
    def end(self) -> datetime:
        """The UTC instant after the last day (exclusive)."""
        return business_day_start(self.last + timedelta(days=1))

    @property
    def days(self) -> int:
        """How many business days the range holds."""
        return (self.last - self.first).days + 1


def day_range(first: date, last: date) -> DayRange:
    """A checked range: INVALID_WINDOW on `from` when it starts after it ends or is too long."""
    if first > last:
        raise DomainError("from is after to.", field="from", code=ErrorCode.INVALID_WINDOW)
    if (last - first).days >= MAX_RANGE_DAYS:
        raise DomainError(
            f"A range spans at most {MAX_RANGE_DAYS} days.",
            field="to",
            code=ErrorCode.INVALID_WINDOW,
        )
    return DayRange(first, last)


def check_count(items: list[Any] | tuple[Any, ...], most: int, field: str, least: int = 1) -> None:
    """TOO_MANY beyond `most` items, REQUIRED below `least`."""
    if len(items) > most:
        raise DomainError(f"At most {most} items.", field=field, code=ErrorCode.TOO_MANY)
    if len(items) < least:
        raise DomainError(f"At least {least} items.", field=field, code=ErrorCode.REQUIRED)


async def segment_members(segment_id: int | None) -> list[int] | None:
    """The members of a saved segment (NOT_FOUND on segmentId when unknown), None for all."""
    if segment_id is None:
        return None
    return [int(i) for i in await segments.segment_member_ids(segment_id)]


class Params:
    """Positional parameters collected while SQL text is written."""

    def __init__(self) -> None:
        self.values: list[Any] = []

    def add(self, value: Any) -> str:
        """The placeholder of a new parameter."""
        self.values.append(value)
        return f"${len(self.values)}"

    def zone(self) -> str:
        """The placeholder of the business time zone's name."""
        return self.add(business_zone().key)


def business_day(column: str, params: Params) -> str:
    """SQL for the business day of a timestamp column, with the zone as a parameter."""
    return f"({column} AT TIME ZONE {params.zone()})::date"
