"""Pure points rules: earning on orders, multipliers, caps, event bonuses, refunds, redemption.

Multipliers combine as: the highest factor within each source (LEVEL, PROMOTION), and the
per-source factors multiplied together. Promotions therefore never stack with each other (three
overlapping 2x campaigns would otherwise pay 8x, a liability nobody budgeted), while a member's
level perk does apply on top of whatever promotion runs, which is what "gold members earn 1.5x,
member day pays double" means to both members and operators.

Order of operations per rule group (all lines whose best rule is the same rule):
spend x rate x multiplier, computed exactly as a fraction, rounded once by the rule's rounding,
then the per-order cap, then the per-day cap given what the rule already credited today. Caps
bound what is actually credited, multipliers included, so they bound the liability.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from fractions import Fraction

from domain.clock import to_business
from domain.errors import DomainError, ErrorCode
from domain.ledger.rules import require_non_negative_int, require_positive_int


class Rounding(StrEnum):
    FLOOR = "FLOOR"
    ROUND_HALF_UP = "ROUND_HALF_UP"
    CEIL = "CEIL"


class MultiplierSource(StrEnum):
    LEVEL = "LEVEL"
    PROMOTION = "PROMOTION"


class CapKind(StrEnum):
    PER_ORDER = "PER_ORDER"
    PER_DAY = "PER_DAY"


def _require_member(enum: type[StrEnum], value: str, field_name: str) -> None:
    allowed = [member.value for member in enum]
    if value not in allowed:
        raise DomainError(f"{field_name} must be one of {allowed}.", field=field_name)


def _optional_cap(value: int | None, field_name: str) -> None:
    if value is not None:
        require_non_negative_int(value, field_name)


@dataclass(frozen=True)
class EarningRule:
    """`points` per `per_cents` of spend on lines the filters admit (None: any)."""

    id: int
    points: int = 1
    per_cents: int = 100
    channel: str | None = None
    store_code: str | None = None
    category_id: int | None = None
    brand_id: int | None = None
    priority: int = 0
    rounding: Rounding = Rounding.FLOOR
    per_order_cap: int | None = None
    per_day_cap: int | None = None

    def __post_init__(self) -> None:
        require_non_negative_int(self.points, "points")
        require_positive_int(self.per_cents, "per_cents")
        _require_member(Rounding, self.rounding, "rounding")
        _optional_cap(self.per_order_cap, "per_order_cap")
        _optional_cap(self.per_day_cap, "per_day_cap")

    @property
    def specificity(self) -> int:
        """How many filters the rule sets; more filters, more specific."""
        filters = (self.channel, self.store_code, self.category_id, self.brand_id)
        return sum(value is not None for value in filters)


@dataclass(frozen=True)
class Multiplier:
    """A factor numerator/denominator, active in [starts_at, ends_at) on the listed business
    days of month and ISO weekdays (empty: every day)."""

    id: int
    source: MultiplierSource
    numerator: int
    denominator: int = 1
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    days_of_month: tuple[int, ...] = ()
    weekdays: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        _require_member(MultiplierSource, self.source, "source")
        require_positive_int(self.numerator, "numerator")
        require_positive_int(self.denominator, "denominator")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise DomainError(
                "ends_at must be after starts_at.", field="ends_at", code=ErrorCode.INVALID_WINDOW
            )
        if any(not 1 <= day <= 31 for day in self.days_of_month):
            raise DomainError("Days of month run 1..31.", field="days_of_month")
        if any(not 1 <= day <= 7 for day in self.weekdays):
            raise DomainError("ISO weekdays run 1..7.", field="weekdays")

    @property
    def factor(self) -> Fraction:
        """The factor as an exact fraction."""
        return Fraction(self.numerator, self.denominator)

    def is_active(self, moment: datetime) -> bool:
        """Whether it applies at this instant, days judged on the business calendar."""
        if self.starts_at is not None and moment < self.starts_at:
            return False
        if self.ends_at is not None and moment >= self.ends_at:
            return False
        local = to_business(moment)
        if self.days_of_month and local.day not in self.days_of_month:
            return False
        return not self.weekdays or local.isoweekday() in self.weekdays


@dataclass(frozen=True)
class OrderLine:
    item_id: int
    category_id: int | None
    brand_id: int | None
    amount_cents: int


@dataclass(frozen=True)
class OrderForEarning:
    lines: Sequence[OrderLine]
    channel: str
    store_code: str | None
    paid_at: datetime


@dataclass(frozen=True)
class RuleEarning:
    """What one rule produced: the spend it covered, before caps, and credited."""

    rule_id: int
    amount_cents: int
    item_ids: tuple[int, ...]
    uncapped_points: int
    points: int
    capped_by: CapKind | None = None


@dataclass(frozen=True)
class EarnResult:
    total: int
    by_rule: tuple[RuleEarning, ...]
    multiplier: Fraction
    multiplier_ids: tuple[int, ...]
    unmatched_cents: int = 0


def round_fraction(value: Fraction, rounding: Rounding) -> int:
    """Round a non-negative fraction to an int by the given mode."""
    numerator, denominator = value.numerator, value.denominator
    if rounding == Rounding.CEIL:
        return -(-numerator // denominator)
    if rounding == Rounding.ROUND_HALF_UP:
        return (2 * numerator + denominator) // (2 * denominator)
    return numerator // denominator


def rule_matches(rule: EarningRule, line: OrderLine, order: OrderForEarning) -> bool:
    """Whether a rule's filters admit a line of the order."""
    return (
        (rule.channel is None or rule.channel == order.channel)
        and (rule.store_code is None or rule.store_code == order.store_code)
        and (rule.category_id is None or rule.category_id == line.category_id)
        and (rule.brand_id is None or rule.brand_id == line.brand_id)
    )


def best_rule(
    rules: Iterable[EarningRule], line: OrderLine, order: OrderForEarning
) -> EarningRule | None:
    """The rule for a line: highest priority, then most specific, then lowest id."""
    candidates = [rule for rule in rules if rule_matches(rule, line, order)]
    return min(candidates, key=lambda r: (-r.priority, -r.specificity, r.id), default=None)


def combined_multiplier(
    multipliers: Iterable[Multiplier], moment: datetime
) -> tuple[Fraction, tuple[int, ...]]:
    """The product over sources of each source's best active factor, and the ids used."""
    best: dict[MultiplierSource, Multiplier] = {}
    for multiplier in multipliers:
        if not multiplier.is_active(moment):
            continue
        current = best.get(multiplier.source)
        if current is None or (multiplier.factor, -multiplier.id) > (current.factor, -current.id):
            best[multiplier.source] = multiplier
    factor = Fraction(1)
    for multiplier in best.values():
        factor *= multiplier.factor
    return factor, tuple(sorted(m.id for m in best.values()))


def _apply_caps(rule: EarningRule, points: int, earned_today: int) -> tuple[int, CapKind | None]:
    capped_by = None
    if rule.per_order_cap is not None and points > rule.per_order_cap:
        points, capped_by = rule.per_order_cap, CapKind.PER_ORDER
    if rule.per_day_cap is not None:
        room = max(0, rule.per_day_cap - earned_today)
        if points > room:
            points, capped_by = room, CapKind.PER_DAY
    return points, capped_by


def compute_order_points(
    order: OrderForEarning,
    rules: Sequence[EarningRule],
    multipliers: Sequence[Multiplier] = (),
    earned_today: Mapping[int, int] | None = None,
) -> EarnResult:
    """The points an order earns, per rule; `earned_today` maps rule id to points credited today."""
    earned_today = earned_today or {}
    spend: dict[int, int] = {}
    items: dict[int, list[int]] = {}
    unmatched = 0
    for index, line in enumerate(order.lines):
        require_non_negative_int(line.amount_cents, f"lines[{index}].amount_cents")
        rule = best_rule(rules, line, order)
        if rule is None:
            unmatched += line.amount_cents
            continue
        spend[rule.id] = spend.get(rule.id, 0) + line.amount_cents
        items.setdefault(rule.id, []).append(line.item_id)
    factor, multiplier_ids = combined_multiplier(multipliers, order.paid_at)
    by_id = {rule.id: rule for rule in rules}
    earnings: list[RuleEarning] = []
    for rule_id in sorted(spend):
        rule = by_id[rule_id]
        exact = Fraction(spend[rule_id] * rule.points, rule.per_cents) * factor
        uncapped = round_fraction(exact, rule.rounding)
        points, capped_by = _apply_caps(rule, uncapped, earned_today.get(rule_id, 0))
        earnings.append(
            RuleEarning(rule_id, spend[rule_id], tuple(items[rule_id]), uncapped, points, capped_by)
        )
    return EarnResult(
        total=sum(e.points for e in earnings),
        by_rule=tuple(earnings),
        multiplier=factor,
        multiplier_ids=multiplier_ids,
        unmatched_cents=unmatched,
    )


@dataclass(frozen=True)
class EventBonusRule:
    """`points` for each occurrence of an event, at most `daily_limit` times a business day."""

    event_name: str
    points: int
    daily_limit: int | None = None

    def __post_init__(self) -> None:
        require_positive_int(self.points, "points")
        _optional_cap(self.daily_limit, "daily_limit")


def compute_event_bonus(rule: EventBonusRule, count_today: int) -> int:
    """Points for one more occurrence, given how many were already rewarded today."""
    require_non_negative_int(count_today, "count_today")
    if rule.daily_limit is not None and count_today >= rule.daily_limit:
        return 0
    return rule.points


def points_to_reverse(
    earned: int, paid_cents: int, refunded_before_cents: int, refund_cents: int
) -> int:
    """Points a refund takes back, cumulative so that refunds adding up to the whole order take
    back exactly what it earned: floor(earned*after/paid) - floor(earned*before/paid)."""
    require_non_negative_int(earned, "earned")
    require_positive_int(paid_cents, "paid_cents")
    require_non_negative_int(refunded_before_cents, "refunded_before_cents")
    require_positive_int(refund_cents, "refund_cents")
    after = refunded_before_cents + refund_cents
    if after > paid_cents:
        raise DomainError(
            f"Refunds {after} exceed the {paid_cents} paid.",
            field="refund_cents",
            code=ErrorCode.REFUND_EXCEEDS_PAID,
        )
    return earned * after // paid_cents - earned * refunded_before_cents // paid_cents


@dataclass(frozen=True)
class ExchangeRate:
    """`points` points are worth `cents` cents (100 points per yuan: ExchangeRate(100, 100))."""

    points: int
    cents: int

    def __post_init__(self) -> None:
        require_positive_int(self.points, "points")
        require_positive_int(self.cents, "cents")

    @classmethod
    def points_per_yuan(cls, points: int) -> ExchangeRate:
        """The rate where `points` points buy one yuan."""
        return cls(points=points, cents=100)


def cash_value_of_points(points: int, rate: ExchangeRate) -> int:
    """Cents that `points` cover, rounded down (a part-cent is never paid out)."""
    require_non_negative_int(points, "points")
    return points * rate.cents // rate.points


def points_for_cash(cents: int, rate: ExchangeRate) -> int:
    """Points needed to cover `cents`, rounded up (the member never gets more than paid for)."""
    require_non_negative_int(cents, "cents")
    return -(-cents * rate.points // rate.cents)
