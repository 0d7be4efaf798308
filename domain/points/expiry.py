"""Expiry policies of point lots, computed on the business calendar (domain.clock's time zone).

A lot is usable through the end of its last business day: `expiry_for` returns the UTC instant
that day ends, and a lot is due once `now >= expires_at`. `grace_days` extends the last day.
At expiry `decay_percent` of what remains (rounded down) is carried into one more cycle instead
of expiring; `carried_expiry` gives the carried part its new expiry. Whether a carried lot may
carry again is the caller's choice (store decay 0 on it to make the liability end in one step).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from domain.clock import business_day_end, to_business
from domain.errors import DomainError, ErrorCode
from domain.ledger.rules import LotView, require_non_negative_int, require_positive_int

_ONE_MICROSECOND = timedelta(microseconds=1)


def _check_common(grace_days: int, decay_percent: int) -> None:
    require_non_negative_int(grace_days, "grace_days")
    if isinstance(decay_percent, bool) or not isinstance(decay_percent, int):
        raise DomainError("decay_percent is a whole number.", field="decay_percent")
    if not 0 <= decay_percent <= 99:
        raise DomainError(
            "decay_percent runs 0..99 (100 would never expire).",
            field="decay_percent",
            code=ErrorCode.INVALID_PERCENTAGE,
        )


@dataclass(frozen=True)
class NeverExpires:
    """Lots never expire."""

    kind: ClassVar[str] = "NEVER"
    grace_days: ClassVar[int] = 0
    decay_percent: ClassVar[int] = 0


@dataclass(frozen=True)
class RelativeExpiry:
    """Usable for `days` business days after the day of earning."""

    days: int
    grace_days: int = 0
    decay_percent: int = 0
    kind: ClassVar[str] = "RELATIVE"

    def __post_init__(self) -> None:
        require_positive_int(self.days, "days")
        _check_common(self.grace_days, self.decay_percent)


@dataclass(frozen=True)
class AnnualClearing:
    """Cleared on month/day of the year `years_after` the year of earning (31 Dec next year)."""

    month: int = 12
    day: int = 31
    years_after: int = 1
    grace_days: int = 0
    decay_percent: int = 0
    kind: ClassVar[str] = "ANNUAL_CLEARING"

    def __post_init__(self) -> None:
        if not isinstance(self.month, int) or not 1 <= self.month <= 12:
            raise DomainError("month runs 1..12.", field="month")
        # Checked against a leap year: 29 Feb is allowed and becomes 28 Feb in other years.
        if not isinstance(self.day, int) or not 1 <= self.day <= _days_in(2000, self.month):
            raise DomainError("day does not exist in that month.", field="day")
        require_non_negative_int(self.years_after, "years_after")
        _check_common(self.grace_days, self.decay_percent)

    def clearing_day(self, year: int) -> date:
        """This policy's clearing date in a given year."""
        return date(year, self.month, min(self.day, _days_in(year, self.month)))


ExpiryPolicy = NeverExpires | RelativeExpiry | AnnualClearing


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()


def parse_policy(data: Mapping[str, Any] | None, field: str = "expiryPolicy") -> ExpiryPolicy:
    """Build a policy from its JSON form ({"kind": ..., fields in snake_case or camelCase})."""
    fields = {_snake(key): value for key, value in (data or {}).items()}
    kind = str(fields.pop("kind", "NEVER")).upper()
    types: dict[str, type[ExpiryPolicy]] = {
        "NEVER": NeverExpires,
        "RELATIVE": RelativeExpiry,
        "ANNUAL_CLEARING": AnnualClearing,
        "ANNUAL": AnnualClearing,
    }
    if kind not in types:
        raise DomainError(f"kind must be one of {sorted(types)}.", field=f"{field}.kind")
    try:
        return types[kind](**fields)
    except TypeError as error:
        raise DomainError(f"Unexpected policy fields: {error}.", field=field) from error
    except DomainError as error:
        raise DomainError(error.message, field=f"{field}.{error.field}", code=error.code) from error


def _base_last_day(policy: RelativeExpiry | AnnualClearing, earned_on: date) -> date:
    if isinstance(policy, RelativeExpiry):
        return earned_on + timedelta(days=policy.days)
    last = policy.clearing_day(earned_on.year + policy.years_after)
    if last < earned_on:  # years_after 0 and earned after this year's clearing date
        last = policy.clearing_day(earned_on.year + 1)
    return last


def expiry_for(policy: ExpiryPolicy, earned_at: datetime) -> datetime | None:
    """The UTC instant a lot earned at `earned_at` expires (None: never)."""
    if isinstance(policy, NeverExpires):
        return None
    last = _base_last_day(policy, to_business(earned_at).date())
    return business_day_end(last + timedelta(days=policy.grace_days))


def carried_expiry(policy: ExpiryPolicy, expired_at: datetime) -> datetime | None:
    """The new expiry of the part carried over when a lot expired at `expired_at`: one cycle on
    from the old (pre-grace) last day, plus the grace again."""
    if isinstance(policy, NeverExpires):
        return None
    old_last = to_business(expired_at - _ONE_MICROSECOND).date()
    base = old_last - timedelta(days=policy.grace_days)
    if isinstance(policy, RelativeExpiry):
        new_last = base + timedelta(days=policy.days)
    else:
        new_last = policy.clearing_day(base.year + 1)
    return business_day_end(new_last + timedelta(days=policy.grace_days))


def due_lots(lots: Iterable[LotView], now: datetime) -> list[LotView]:
    """Lots with something left whose expiry has come, soonest first."""
    due = [
        lot
        for lot in lots
        if lot.remaining > 0 and lot.expires_at is not None and lot.expires_at <= now
    ]
    return sorted(due, key=lambda lot: (lot.expires_at, lot.id))


def expire_amounts(lot_remaining: int, policy: ExpiryPolicy) -> tuple[int, int]:
    """(expired, carried) for a lot's remainder: carried = floor(remaining * decay% / 100)."""
    require_non_negative_int(lot_remaining, "remaining")
    carried = lot_remaining * policy.decay_percent // 100
    return lot_remaining - carried, carried
