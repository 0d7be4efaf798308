"""Expiry policies of point types as typed inputs and outputs.

The domain keeps a policy as `{"kind", "days", "month", "day", "years_after", "grace_days",
"carry_percent"}` (domain.points.policy); this module converts, and refuses values out of range
with the field path inside the policy (`expiryPolicy.relative.days`).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from domain.errors import ErrorCode, Problems
from domain.points.policy import ExpiryPolicy
from schema.errors import InputError


@strawberry.enum(name="ExpiryKind", description="How the points of a type expire.")
class ExpiryKind(Enum):
    NEVER = strawberry.enum_value("NEVER", description="Points never expire.")
    RELATIVE = strawberry.enum_value(
        "RELATIVE", description="A number of days after they are earned."
    )
    ANNUAL = strawberry.enum_value(
        "ANNUAL", description="On a calendar day, some years after they are earned."
    )


@strawberry.input(description="Points expire a number of days after they are earned.")
class RelativeExpiryInput:
    days: int = strawberry.field(description="Days after earning; positive.")
    grace_days: int = strawberry.field(default=0, description="Days added to the expiry; >= 0.")
    carry_percent: int = strawberry.field(
        default=0, description="Share (0..100) of an expiring lot carried into one more cycle."
    )


@strawberry.input(description="Points expire on a calendar day, some years after earning.")
class AnnualExpiryInput:
    month: int = strawberry.field(default=12, description="Month of the expiry day, 1..12.")
    day: int = strawberry.field(
        default=31, description="Day of the month, 1..31 (the month's last day when shorter)."
    )
    years_after: int = strawberry.field(
        default=1, description="Years after the year of earning; >= 0."
    )
    grace_days: int = strawberry.field(default=0, description="Days added to the expiry; >= 0.")
    carry_percent: int = strawberry.field(
        default=0, description="Share (0..100) of an expiring lot carried into one more cycle."
    )


@strawberry.input(
    one_of=True,
    description="When the points of a type expire: give exactly one field.",
)
class ExpiryPolicyInput:
    never: bool | None = strawberry.field(
        default=strawberry.UNSET, description="true: points never expire (false is refused)."
    )
    relative: RelativeExpiryInput | None = strawberry.field(
        default=strawberry.UNSET, description="A number of days after earning."
    )
    annual: AnnualExpiryInput | None = strawberry.field(
        default=strawberry.UNSET, description="On a calendar day, years after earning."
    )

    def to_domain(self, path: str = "expiryPolicy") -> dict[str, Any]:
        """The domain's form; a value out of range is refused at its field path."""
        if self.relative:
            r = self.relative
            _check_ranges(
                f"{path}.relative",
                [("days", r.days >= 1, ErrorCode.INVALID_WINDOW)],
                r.grace_days,
                r.carry_percent,
            )
            return {
                "kind": "RELATIVE",
                "days": r.days,
                "grace_days": r.grace_days,
                "carry_percent": r.carry_percent,
            }
        if self.annual:
            a = self.annual
            _check_ranges(
                f"{path}.annual",
                [
                    ("month", 1 <= a.month <= 12, ErrorCode.INVALID),
                    ("day", 1 <= a.day <= 31, ErrorCode.INVALID),
                    ("yearsAfter", a.years_after >= 0, ErrorCode.INVALID),
                ],
                a.grace_days,
                a.carry_percent,
            )
            return {
                "kind": "ANNUAL",
                "month": a.month,
                "day": a.day,
                "years_after": a.years_after,
                "grace_days": a.grace_days,
                "carry_percent": a.carry_percent,
            }
        if self.never is False:
            raise InputError(
                "never must be true; give relative or annual for points that expire.",
                field=f"{path}.never",
            )
        return {"kind": "NEVER"}


def _check_ranges(
    path: str, checks: list[tuple[str, bool, ErrorCode]], grace_days: int, carry_percent: int
) -> None:
    problems = Problems()
    checks = [
        *checks,
        ("graceDays", grace_days >= 0, ErrorCode.INVALID),
        ("carryPercent", 0 <= carry_percent <= 100, ErrorCode.INVALID_PERCENTAGE),
    ]
    for name, ok, code in checks:
        if not ok:
            problems.add(InputError(f"{name} is out of range.", field=f"{path}.{name}", code=code))
    problems.raise_if_any()


@strawberry.type(name="ExpiryPolicy", description="When the points of a type expire.")
class ExpiryPolicyType:
    kind: ExpiryKind = strawberry.field(description="How they expire.")
    days: int | None = strawberry.field(description="RELATIVE: days after earning.")
    month: int | None = strawberry.field(description="ANNUAL: month of the expiry day.")
    day: int | None = strawberry.field(description="ANNUAL: day of the month.")
    years_after: int | None = strawberry.field(description="ANNUAL: years after earning.")
    grace_days: int = strawberry.field(description="Days added to the expiry.")
    carry_percent: int = strawberry.field(
        description="Share of an expiring lot carried into one more cycle."
    )

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> ExpiryPolicyType:
        """The stored policy, read as the domain reads it."""
        policy = ExpiryPolicy.from_json(stored)
        relative = policy.kind == "RELATIVE"
        annual = policy.kind == "ANNUAL"
        return cls(
            kind=ExpiryKind(policy.kind),
            days=policy.days if relative else None,
            month=policy.month if annual else None,
            day=policy.day if annual else None,
            years_after=policy.years_after if annual else None,
            grace_days=policy.grace_days,
            carry_percent=policy.carry_percent,
        )
