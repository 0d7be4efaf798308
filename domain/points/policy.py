"""Expiry policies of point types, computed on the business calendar.

JSON form: {"kind": "NEVER"} | {"kind": "RELATIVE", "days": 365} |
{"kind": "ANNUAL", "month": 12, "day": 31, "years_after": 1}, each with optional
"grace_days" (added to the expiry) and "carry_percent" (the share carried into one more cycle).
A lot expires at the end of its expiry day in the business time zone.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from domain.clock import business_day_end, to_business
from domain.errors import DomainError, ErrorCode

KINDS = {"NEVER", "RELATIVE", "ANNUAL"}


@dataclass(frozen=True)
class ExpiryPolicy:
    kind: str = "NEVER"
    days: int = 0
    month: int = 12
    day: int = 31
    years_after: int = 1
    grace_days: int = 0
    carry_percent: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any] | None, field: str = "expiryPolicy") -> ExpiryPolicy:
        """Validate and read a policy."""
        data = data or {}
        kind = str(data.get("kind", "NEVER")).upper()
        if kind not in KINDS:
            raise DomainError(f"kind must be one of {sorted(KINDS)}.", field=f"{field}.kind")
        policy = cls(
            kind=kind,
            days=int(data.get("days", 0)),
            month=int(data.get("month", 12)),
            day=int(data.get("day", 31)),
            years_after=int(data.get("years_after", data.get("yearsAfter", 1))),
            grace_days=int(data.get("grace_days", data.get("graceDays", 0))),
            carry_percent=int(data.get("carry_percent", data.get("carryPercent", 0))),
        )
        if kind == "RELATIVE" and policy.days <= 0:
            raise DomainError(
                "days must be positive.", field=f"{field}.days", code=ErrorCode.INVALID_WINDOW
            )
        if kind == "ANNUAL" and not (
            1 <= policy.month <= 12 and 1 <= policy.day <= 31 and policy.years_after >= 0
        ):
            raise DomainError("month/day/yearsAfter out of range.", field=f"{field}.month")
        if not 0 <= policy.carry_percent <= 100 or policy.grace_days < 0:
            raise DomainError(
                "carryPercent 0..100 and graceDays >= 0.", field=f"{field}.carryPercent"
            )
        return policy

    def expiry_day(self, earned_on: date) -> date | None:
        """The last business day a lot earned on `earned_on` can be used."""
        if self.kind == "NEVER":
            return None
        if self.kind == "RELATIVE":
            last = earned_on + timedelta(days=self.days)
        else:
            year = earned_on.year + self.years_after
            last = date(year, self.month, min(self.day, calendar.monthrange(year, self.month)[1]))
            if last < earned_on:
                last = date(
                    year + 1,
                    self.month,
                    min(self.day, calendar.monthrange(year + 1, self.month)[1]),
                )
        return last + timedelta(days=self.grace_days)

    def expires_at(self, earned_at: datetime) -> datetime | None:
        """The UTC instant a lot earned at `earned_at` expires."""
        day = self.expiry_day(to_business(earned_at).date())
        return business_day_end(day) if day else None

    def carry_expires_at(self, expires_at: datetime | None) -> datetime | None:
        """When the carried share of a lot expiring at `expires_at` expires (one more cycle)."""
        if expires_at is None or not self.carry_percent:
            return None
        return self.expires_at(expires_at)
