"""Pure earning arithmetic: which rule applies to each line, rounding, caps and multipliers.

Multipliers: the best running promotion (promotions do not stack with each other) times the
member's level multiplier. Caps: the per-order cap applies to the rule's points before the
multiplier is applied; the per-day cap limits what the rule credits in one business day, after
the multiplier, given what the member already earned from it that day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction

from domain.clock import to_business


@dataclass(frozen=True)
class Rule:
    id: int
    points: int
    per_cents: int
    channel: str | None = None
    store_code: str | None = None
    category_id: int | None = None
    brand_id: int | None = None
    priority: int = 0
    rounding: str = "FLOOR"
    per_order_cap: int | None = None
    per_day_cap: int | None = None

    @property
    def specificity(self) -> int:
        return sum(
            x is not None for x in (self.channel, self.store_code, self.category_id, self.brand_id)
        )


@dataclass(frozen=True)
class Line:
    amount_cents: int
    category_id: int | None
    brand_id: int | None


@dataclass(frozen=True)
class PromotionWindow:
    id: int
    factor: Fraction
    starts_at: datetime
    ends_at: datetime
    days_of_month: tuple[int, ...] = ()
    weekdays: tuple[int, ...] = ()

    def runs_at(self, moment: datetime) -> bool:
        """Active at this instant, on the business calendar's day of month and weekday."""
        if not self.starts_at <= moment < self.ends_at:
            return False
        local = to_business(moment)
        if self.days_of_month and local.day not in self.days_of_month:
            return False
        return not (self.weekdays and local.isoweekday() not in self.weekdays)


@dataclass
class RuleEarning:
    rule_id: int
    points: int


@dataclass
class EarnResult:
    total: int = 0
    by_rule: list[RuleEarning] = field(default_factory=list)
    multiplier: Fraction = Fraction(1)
    promotion_id: int | None = None


def round_points(value: Fraction, rounding: str) -> int:
    """Round a fractional point amount by the rule's rounding mode."""
    if rounding == "CEIL":
        return -((-value.numerator) // value.denominator)
    if rounding == "HALF_UP":
        return int((value + Fraction(1, 2)).__floor__())
    return value.numerator // value.denominator


def matches(rule: Rule, line: Line, channel: str, store_code: str | None) -> bool:
    """Whether a rule's filters admit a line of an order."""
    return (
        (rule.channel is None or rule.channel == channel)
        and (rule.store_code is None or rule.store_code == store_code)
        and (rule.category_id is None or rule.category_id == line.category_id)
        and (rule.brand_id is None or rule.brand_id == line.brand_id)
    )


def best_rule(
    rules: Sequence[Rule], line: Line, channel: str, store_code: str | None
) -> Rule | None:
    """The rule for a line: highest priority, then the most specific, then the lowest id."""
    candidates = [r for r in rules if matches(r, line, channel, store_code)]
    if not candidates:
        return None
    return min(candidates, key=lambda r: (-r.priority, -r.specificity, r.id))


def multiplier_at(
    promotions: Sequence[PromotionWindow], moment: datetime, level_factor: Fraction
) -> tuple[Fraction, int | None]:
    """The best running promotion times the level factor, and the promotion used."""
    running = [p for p in promotions if p.runs_at(moment)]
    best = max(running, key=lambda p: (p.factor, -p.id), default=None)
    return (best.factor if best else Fraction(1)) * level_factor, best.id if best else None


def compute_order_points(
    rules: Sequence[Rule],
    lines: Sequence[Line],
    *,
    channel: str,
    store_code: str | None,
    paid_at: datetime,
    promotions: Sequence[PromotionWindow] = (),
    level_factor: Fraction = Fraction(1),
    earned_today: dict[int, int] | None = None,
) -> EarnResult:
    """The points an order earns, rule by rule."""
    earned_today = earned_today or {}
    spend: dict[int, int] = {}
    by_id = {r.id: r for r in rules}
    for line in lines:
        rule = best_rule(rules, line, channel, store_code)
        if rule is not None and line.amount_cents > 0:
            spend[rule.id] = spend.get(rule.id, 0) + line.amount_cents
    factor, promotion_id = multiplier_at(promotions, paid_at, level_factor)
    result = EarnResult(multiplier=factor, promotion_id=promotion_id)
    for rule_id in sorted(spend):
        rule = by_id[rule_id]
        base = Fraction(spend[rule_id] * rule.points, rule.per_cents)
        points = round_points(base, rule.rounding)
        if rule.per_order_cap is not None:
            points = min(points, rule.per_order_cap)
        points = round_points(points * factor, rule.rounding)
        if rule.per_day_cap is not None:
            points = max(0, min(points, rule.per_day_cap - earned_today.get(rule_id, 0)))
        if points > 0:
            result.by_rule.append(RuleEarning(rule_id, points))
            result.total += points
    return result


def reversal_for_refund(earned: int, paid_cents: int, refunded_before: int, refund: int) -> int:
    """Points to take back for a refund, cumulative so that partial refunds adding up to the
    whole order take back exactly what was earned."""
    if paid_cents <= 0 or earned <= 0:
        return 0
    after = min(paid_cents, refunded_before + refund)
    return earned * after // paid_cents - earned * min(paid_cents, refunded_before) // paid_cents
