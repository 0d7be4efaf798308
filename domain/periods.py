"""Shared calendar and pro-rata rules for paid periods (plans, benefit cards) and monthly drops.

Periods are half-open business-date ranges `[start, end)`: held on `start`, no longer held on
`end`. Money is integer cents; every division is done in integers with an explicit rounding rule.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

from domain.errors import DomainError, ErrorCode, InvalidAmount


class InvalidWindow(DomainError):
    """A period ends on or before it starts."""

    code = ErrorCode.INVALID_WINDOW


class Expired(DomainError):
    """The plan, card or grant has already ended."""

    code = ErrorCode.EXPIRED


class Rounding(StrEnum):
    """How a fractional cent is settled."""

    DOWN = "DOWN"
    HALF_UP = "HALF_UP"
    UP = "UP"


def add_months(day: date, months: int) -> date:
    """`day` moved by calendar months, clamping the day of month (Jan 31 + 1 = Feb 28/29)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def _divide(numerator: int, denominator: int, rounding: Rounding) -> int:
    if rounding is Rounding.DOWN:
        return numerator // denominator
    if rounding is Rounding.UP:
        return -(-numerator // denominator)
    return (2 * numerator + denominator) // (2 * denominator)


def _check_plan(price_cents: int, start: date, end: date, field: str) -> None:
    if price_cents < 0:
        raise InvalidAmount("A price cannot be negative.", field=f"{field}.priceCents")
    if end <= start:
        raise InvalidWindow("A period must end after it starts.", field=f"{field}.endsOn")


def remaining_days(start: date, end: date, at: date) -> int:
    """Whole days of `[start, end)` left after business date `at`; the day `at` counts as used."""
    if at < start:
        return (end - start).days
    return max(0, (end - at).days - 1)


def prorata_refund(
    price_cents: int,
    start: date,
    end: date,
    at: date,
    rounding: Rounding = Rounding.DOWN,
    *,
    field: str = "plan",
) -> int:
    """price * remaining_days / total_days, rounded down to the cent unless told otherwise.

    Rounding down means a member is never refunded more than the exact value of the unused days.
    The refund day itself counts as used; a refund before the period starts is the full price, and
    from `end` on it is 0.
    """
    _check_plan(price_cents, start, end, field)
    total = (end - start).days
    return _divide(price_cents * remaining_days(start, end, at), total, rounding)


def refund_plan(price_cents: int, start: date, end: date, at: date, *, field: str = "plan") -> int:
    """The pro-rata refund of a paid period, refused once the period has ended."""
    if at >= end:
        raise Expired(
            f"The period ended on {end.isoformat()}; nothing is left to refund.", field=field
        )
    return prorata_refund(price_cents, start, end, at, Rounding.DOWN, field=field)
