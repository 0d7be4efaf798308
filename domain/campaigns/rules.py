"""Pure campaign rules: audience, arm assignment, quiet hours, consent, frequency caps, budget,
trigger conditions and settings checks. The running code (fan-out, triggers, the run) calls these.

Arm assignment is a stable hash: blake2b("<campaign>:<member>") read as an unsigned 64-bit
integer, modulo 10,000, gives a bucket in basis points. The control group takes buckets
[0, control), then each variant in the configured order takes the next slice. The same campaign
and member always land in the same arm, on every process and every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from domain import clock
from domain.errors import DomainError, ErrorCode, InvalidAmount, Problems

CONTROL = "control"
TREATMENT = "treatment"
BASIS_POINTS = 10_000
ONCE_OCCURRENCE = "once"
_Choice = TypeVar("_Choice", bound=StrEnum)


class MessageChannel(StrEnum):
    """Where a campaign message goes; LOG only writes it to the log (development)."""

    SMS = "SMS"
    PUSH = "PUSH"
    INBOX = "INBOX"
    WECHAT = "WECHAT"
    EMAIL = "EMAIL"
    WEBHOOK = "WEBHOOK"
    LOG = "LOG"


class TriggerKind(StrEnum):
    """What makes a triggered campaign reward a member."""

    REGISTERED = "REGISTERED"
    FIRST_ORDER = "FIRST_ORDER"
    ORDER_PAID = "ORDER_PAID"
    LEVEL_REACHED = "LEVEL_REACHED"
    BIRTHDAY = "BIRTHDAY"
    INACTIVE = "INACTIVE"
    CART_ABANDONED = "CART_ABANDONED"
    POINTS_EXPIRING = "POINTS_EXPIRING"
    EVENT = "EVENT"


class RewardKind(StrEnum):
    """What a campaign gives: points, a coupon or a benefit."""

    POINTS = "POINTS"
    COUPON = "COUPON"
    BENEFIT = "BENEFIT"


PUSH_CHANNELS = frozenset({"PUSH", "INBOX", "WECHAT", "WEBHOOK"})
CHANNELS = frozenset(MessageChannel)


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


class AudienceKind(StrEnum):
    """Who a campaign is for: every active member, a live segment, a frozen snapshot, or the
    campaign's own audience definition."""

    EVERYONE = "EVERYONE"
    SEGMENT = "SEGMENT"
    SNAPSHOT = "SNAPSHOT"
    DEFINITION = "DEFINITION"


@dataclass(frozen=True)
class Audience:
    """A campaign's audience setting; `source_id` is the segment or snapshot id (0 if unset),
    `definition` the audience definition's JSON form of a DEFINITION audience."""

    kind: AudienceKind
    source_id: int = 0
    definition: Mapping[str, Any] | None = None


def _choice(kind: type[_Choice], value: Any, field: str) -> _Choice:
    """`value` as a member of the enum `kind`, or an error naming the choices."""
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(kind)
        raise DomainError(f"{field} must be one of {choices}.", field=field) from None


def parse_audience(setting: Mapping[str, Any]) -> Audience:
    """Read a stored audience ({"kind", "id"} or {"kind": "DEFINITION", "definition"}); an
    unknown kind is refused."""
    kind = _choice(AudienceKind, setting.get("kind"), "audience.kind")
    if kind is AudienceKind.EVERYONE:
        return Audience(kind)
    if kind is AudienceKind.DEFINITION:
        return Audience(kind, definition=setting.get("definition") or {})
    return Audience(kind, int(setting.get("id") or 0))


@dataclass(frozen=True)
class Frequency:
    """A campaign's frequency setting. ONCE: one turn per member for the whole campaign.
    EVERY_N_DAYS: a turn per qualifying occurrence, at least `days` business dates after the
    member's last reward; 0 days puts no gap between occurrences."""

    cap: FrequencyCap = FrequencyCap.ONCE
    days: int = 0


def parse_frequency(setting: Mapping[str, Any]) -> Frequency:
    """Read a stored frequency ({"cap", "days"}; days default to 1)."""
    cap = _choice(FrequencyCap, setting.get("cap", FrequencyCap.ONCE), "frequency")
    if cap is FrequencyCap.ONCE:
        return Frequency(cap)
    try:
        days = int(setting.get("days", 1))
    except (TypeError, ValueError):
        days = -1
    if days < 0:
        raise InvalidAmount("Days between rewards must be 0 or more.", field="frequencyDays")
    return Frequency(cap, days)


def occurrence(frequency: Frequency, thing: str) -> str:
    """The delivery's occurrence key: one per campaign under ONCE, else one per qualifying thing
    (an order, an event, a birthday year ...), so each thing counts at most once."""
    return ONCE_OCCURRENCE if frequency.cap is FrequencyCap.ONCE else thing


def may_repeat(frequency: Frequency, last_rewarded_at: datetime | None, now: datetime) -> bool:
    """Whether a member last rewarded at `last_rewarded_at` may be rewarded again at `now` for
    a new occurrence (the occurrence key already stops a repeat of the same one)."""
    if frequency.cap is FrequencyCap.EVERY_N_DAYS and frequency.days == 0:
        return True
    return allowed_by_frequency(last_rewarded_at, now, frequency.cap, frequency.days or None)


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


def variant_shares(
    variants: Sequence[Mapping[str, Any]], control_percent: float
) -> list[tuple[str, float]]:
    """(code, percent) of the configured variants; none configured is one treatment arm taking
    what the control group leaves."""
    if not variants:
        return [(TREATMENT, 100 - float(control_percent))]
    return [(str(v["code"]), float(v["percent"])) for v in variants]


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
    return assign_arms(campaign_id, [member_id], control_percent, variants)[0]


def assign_arms(
    campaign_id: int | str,
    member_ids: Sequence[int | str],
    control_percent: float,
    variants: Sequence[tuple[str, float]],
) -> list[str]:
    """`assign_arm` for many members of one campaign, aligned to the ids."""
    slices = arm_slices(control_percent, variants)
    return [_arm_at(bucket(campaign_id, member_id), slices) for member_id in member_ids]


def _arm_at(position: int, slices: Sequence[tuple[str, int]]) -> str:
    for code, upper in slices:
        if position < upper:
            return code
    raise AssertionError("arm slices cover every bucket")  # pragma: no cover


def consents(channel: str, *, sms: bool, push: bool) -> bool:
    """Whether a member's recorded consents allow a message on the channel; SMS needs the SMS
    consent, push-like channels the push consent, the development log none."""
    if channel == "SMS":
        return sms
    if channel in PUSH_CHANNELS:
        return push
    if channel == "EMAIL":
        return sms and push  # no e-mail consent is recorded: only members who gave both
    return True


def parse_clock(value: str) -> time:
    """A wall-clock "HH:MM" of a quiet-hours setting."""
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


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


def affordable(remaining: int | None, unit_cost: int, wanted: int) -> int:
    """How many of `wanted` rewards costing `unit_cost` each the remaining budget pays for;
    None is an unlimited budget."""
    if unit_cost < 0:
        raise InvalidAmount("A reward cannot cost less than nothing.", field="cost")
    if remaining is None or unit_cost == 0:
        return wanted
    return min(wanted, max(0, remaining // unit_cost))


def take_budget(remaining: int | None, cost: int) -> int | None:
    """The budget left after spending `cost` cents; None is an unlimited budget."""
    if affordable(remaining, cost, 1) < 1:
        raise BudgetExhausted(f"Only {remaining} of the budget is left.", field="budget")
    return None if remaining is None else remaining - cost


def order_matches(
    trigger: Mapping[str, Any], total_cents: int, channel: str, store: str | None
) -> bool:
    """Whether a paid order meets an order trigger's minimum total, channels and stores."""
    return (
        total_cents >= int(trigger.get("min_total_cents", 0))
        and (not trigger.get("channels") or channel in trigger["channels"])
        and (not trigger.get("stores") or store in trigger["stores"])
    )


def event_matches(trigger: Mapping[str, Any], name: str, properties: Mapping[str, Any]) -> bool:
    """Whether a tracked event has the trigger's name and every property value it asks for."""
    if trigger.get("event") != name:
        return False
    wanted = trigger.get("properties") or {}
    return all(properties.get(key) == value for key, value in wanted.items())


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
    """Check a campaign's window and caps together; every problem is reported."""
    problems = Problems()
    with problems.collect():
        validate_window(starts_at, ends_at)
    for field, value in caps.items():
        with problems.collect():
            validate_caps({field: value})
    problems.raise_if_any()
