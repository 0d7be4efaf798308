"""Pure campaign rules: arm assignment, quiet hours, frequency caps, budget and settings checks.

Arm assignment is a stable hash: blake2b("<campaign>:<member>") read as an unsigned 64-bit
integer, modulo 10,000, gives a bucket in basis points. The control group takes buckets
[0, control), then each variant in the configured order takes the next slice. The same campaign
and member always land in the same arm, on every process and every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum

from domain import clock
from domain.errors import DomainError, ErrorCode, InvalidAmount

CONTROL = "control"
BASIS_POINTS = 10_000


class InvalidPercentage(DomainError):
    """Arm shares are not a valid split of 100 %."""

    code = ErrorCode.INVALID_PERCENTAGE


class InvalidWindow(DomainError):
    """A campaign ends before it starts."""

    code = ErrorCode.INVALID_WINDOW


class BudgetExhausted(DomainError):
    """The campaign's remaining budget does not cover the reward."""

    code = ErrorCode.BUDGET_EXHAUSTED


class FrequencyCap(StrEnum):
    """How often one member may be rewarded by one campaign."""

    ONCE = "ONCE"
    EVERY_N_DAYS = "EVERY_N_DAYS"


def _basis_points(percent: float, field: str) -> int:
    points = round(percent * 100)
    if not 0 <= points <= BASIS_POINTS or abs(percent * 100 - points) > 1e-6:
        raise InvalidPercentage("Use 0..100 with at most two decimals.", field=field)
    return points


def arm_slices(
    control_percent: float, variants: Sequence[tuple[str, float]]
) -> list[tuple[str, int]]:
    """Arms with their exclusive upper bucket bound, checked to cover exactly 100 %."""
    if not variants:
        raise InvalidPercentage("At least one variant is needed.", field="variants")
    bound = _basis_points(control_percent, "controlPercent")
    slices = [(CONTROL, bound)]
    seen = {CONTROL}
    for index, (code, percent) in enumerate(variants):
        if not code or code in seen:
            raise InvalidPercentage(
                f"Arm code {code!r} is empty or repeated.", field=f"variants[{index}].code"
            )
        seen.add(code)
        bound += _basis_points(percent, f"variants[{index}].percent")
        slices.append((code, bound))
    if bound != BASIS_POINTS:
        raise InvalidPercentage(f"Shares add up to {bound / 100}%, not 100%.", field="variants")
    return slices


def bucket(campaign_id: int | str, member_id: int | str) -> int:
    """The member's stable bucket 0..9999 within a campaign."""
    digest = hashlib.blake2b(f"{campaign_id}:{member_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % BASIS_POINTS


def assign_arm(
    campaign_id: int | str,
    member_id: int | str,
    control_percent: float,
    variants: Sequence[tuple[str, float]],
) -> str:
    """The arm code ("control" or a variant code) a member falls into; deterministic."""
    position = bucket(campaign_id, member_id)
    for code, upper in arm_slices(control_percent, variants):
        if position < upper:
            return code
    raise AssertionError("arm slices cover every bucket")  # pragma: no cover


def _in_quiet_window(wall: time, quiet_start: time, quiet_end: time) -> bool:
    if quiet_start == quiet_end:
        return False
    if quiet_start < quiet_end:
        return quiet_start <= wall < quiet_end
    return wall >= quiet_start or wall < quiet_end  # the window crosses midnight


def next_send_time(at_utc: datetime, quiet_start: time, quiet_end: time) -> datetime:
    """`at_utc`, or the end of the quiet window [start, end) on the business clock if inside it."""
    if at_utc.tzinfo is None:
        raise InvalidWindow("The send time must be timezone-aware.", field="sendAt")
    local = clock.to_business(at_utc)
    wall = local.time().replace(tzinfo=None)
    if not _in_quiet_window(wall, quiet_start, quiet_end):
        return at_utc.astimezone(UTC)
    end_day = local.date()
    if wall >= quiet_end:  # after midnight-crossing start: quiet ends tomorrow
        end_day += timedelta(days=1)
    resume = datetime.combine(end_day, quiet_end, tzinfo=clock.business_zone())
    return resume.astimezone(UTC)


def allowed_by_frequency(
    last_rewarded_at: datetime | None, now: datetime, cap: FrequencyCap, n: int | None = None
) -> bool:
    """Whether a member may be rewarded again; EVERY_N_DAYS counts business dates."""
    if cap is FrequencyCap.EVERY_N_DAYS and (n is None or n < 1):
        raise InvalidAmount("Repeat at most once per day or less often.", field="frequencyDays")
    if last_rewarded_at is None:
        return True
    if cap is FrequencyCap.ONCE:
        return False
    assert n is not None
    days_since = (clock.business_today(now) - clock.business_today(last_rewarded_at)).days
    return days_since >= n


def take_budget(remaining: int | None, cost: int) -> int | None:
    """The budget left after spending `cost` cents; None is an unlimited budget."""
    if cost < 0:
        raise InvalidAmount("A reward cannot cost less than nothing.", field="cost")
    if remaining is None:
        return None
    if cost > remaining:
        raise BudgetExhausted(f"Only {remaining} of the budget is left.", field="budget")
    return remaining - cost


def validate_window(starts_at: datetime, ends_at: datetime | None) -> None:
    """Refuse a campaign that ends at or before its start; None is open-ended."""
    if ends_at is not None and ends_at <= starts_at:
        raise InvalidWindow("A campaign must end after it starts.", field="endsAt")


def validate_caps(caps: Mapping[str, int | None]) -> None:
    """Refuse negative caps; keys are the API field names (e.g. "budgetCents")."""
    for field, value in caps.items():
        if value is not None and value < 0:
            raise InvalidAmount("Must not be negative.", field=field)


def validate_campaign(
    starts_at: datetime, ends_at: datetime | None, caps: Mapping[str, int | None]
) -> None:
    """Check a campaign's window and caps together."""
    validate_window(starts_at, ends_at)
    validate_caps(caps)
