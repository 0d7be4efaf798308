"""Pure points rules: rule choice, rounding, multipliers, caps, events, refunds, redemption."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import DomainError, ErrorCode
from domain.points.rules import (
    CapKind,
    EarningRule,
    EventBonusRule,
    ExchangeRate,
    Multiplier,
    MultiplierSource,
    OrderForEarning,
    OrderLine,
    Rounding,
    cash_value_of_points,
    combined_multiplier,
    compute_event_bonus,
    compute_order_points,
    points_for_cash,
    points_to_reverse,
)

PAID = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)  # 12:00 on 3 March in Shanghai


@pytest.fixture(autouse=True)
def _business_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIME_ZONE", raising=False)


def _order(
    *amounts: int,
    category_id: int | None = None,
    channel: str = "APP",
    paid_at: datetime = PAID,
) -> OrderForEarning:
    lines = tuple(OrderLine(i, category_id, None, amount) for i, amount in enumerate(amounts))
    return OrderForEarning(lines, channel=channel, store_code=None, paid_at=paid_at)


def test_each_line_takes_its_best_rule_priority_then_specificity_then_id() -> None:
    # given
    base = EarningRule(1)
    app_only = EarningRule(2, points=2, channel="APP")
    skincare_app = EarningRule(3, points=3, channel="APP", category_id=7)
    promoted = EarningRule(4, points=5, priority=1, category_id=8)
    twin = EarningRule(5, points=9, channel="APP")
    order = OrderForEarning(
        (
            OrderLine(1, 7, None, 1000),
            OrderLine(2, 8, None, 1000),
            OrderLine(3, 9, None, 1000),
        ),
        channel="APP",
        store_code="S1",
        paid_at=PAID,
    )
    # when
    result = compute_order_points(order, [base, app_only, skincare_app, promoted, twin])
    # then
    assert [(e.rule_id, e.item_ids, e.points) for e in result.by_rule] == [
        (2, (3,), 20),
        (3, (1,), 30),
        (4, (2,), 50),
    ]
    assert result.total == 100


@pytest.mark.parametrize(
    ("_case", "rounding", "amount", "expected"),
    [
        ("floor 1.5", Rounding.FLOOR, 150, 1),
        ("half up 1.5", Rounding.ROUND_HALF_UP, 150, 2),
        ("half up 1.49", Rounding.ROUND_HALF_UP, 149, 1),
        ("ceil 1.01", Rounding.CEIL, 101, 2),
        ("ceil exact", Rounding.CEIL, 100, 1),
        ("floor below one", Rounding.FLOOR, 99, 0),
    ],
)
def test_rounding_modes(_case: str, rounding: Rounding, amount: int, expected: int) -> None:
    result = compute_order_points(_order(amount), [EarningRule(1, rounding=rounding)])
    assert result.total == expected


def test_rounding_happens_once_per_rule_group_after_the_multiplier() -> None:
    # given: two lines of 1.50 yuan, double points
    double = Multiplier(1, MultiplierSource.PROMOTION, 2)
    # when
    result = compute_order_points(_order(150, 45), [EarningRule(1)], [double])
    # then: (150 + 45) / 100 * 2 = 3.9 -> 3, not floor(1.5) + floor(0.45) doubled = 2
    assert result.total == 3
    assert result.by_rule[0].amount_cents == 195


def test_promotions_take_the_best_and_multiply_with_the_level() -> None:
    # given
    multipliers = [
        Multiplier(1, MultiplierSource.LEVEL, 3, 2),
        Multiplier(2, MultiplierSource.PROMOTION, 2),
        Multiplier(3, MultiplierSource.PROMOTION, 3),
        Multiplier(4, MultiplierSource.PROMOTION, 10, starts_at=datetime(2027, 1, 1, tzinfo=UTC)),
    ]
    # when
    factor, used = combined_multiplier(multipliers, PAID)
    result = compute_order_points(_order(1000), [EarningRule(1)], multipliers)
    # then
    assert factor == Fraction(9, 2)
    assert used == (1, 3)
    assert result.total == 45


@pytest.mark.parametrize(
    ("_case", "paid_at", "active"),
    [
        (
            "01:00 on the 8th in Shanghai is 7th in UTC",
            datetime(2026, 11, 7, 17, 0, tzinfo=UTC),
            True,
        ),
        ("23:59 on the 8th in Shanghai", datetime(2026, 11, 8, 15, 59, tzinfo=UTC), True),
        (
            "00:30 on the 9th in Shanghai is 8th in UTC",
            datetime(2026, 11, 8, 16, 30, tzinfo=UTC),
            False,
        ),
        ("23:30 on the 7th in Shanghai", datetime(2026, 11, 7, 15, 30, tzinfo=UTC), False),
    ],
)
def test_member_day_multiplier_uses_the_business_calendar(
    _case: str, paid_at: datetime, active: bool
) -> None:
    # given: double points on the 8th of every month
    member_day = Multiplier(1, MultiplierSource.PROMOTION, 2, days_of_month=(8,))
    # when
    result = compute_order_points(_order(1000, paid_at=paid_at), [EarningRule(1)], [member_day])
    # then
    assert result.total == (20 if active else 10)


def test_per_order_cap_applies_after_the_multiplier() -> None:
    rule = EarningRule(1, per_order_cap=15)
    double = Multiplier(1, MultiplierSource.PROMOTION, 2)
    result = compute_order_points(_order(1000), [rule], [double])
    assert (result.by_rule[0].uncapped_points, result.total) == (20, 15)
    assert result.by_rule[0].capped_by == CapKind.PER_ORDER


@pytest.mark.parametrize(
    ("_case", "earned_today", "expected", "capped_by"),
    [
        ("room left", 0, 10, None),
        ("partly used", 45, 5, CapKind.PER_DAY),
        ("used up", 50, 0, CapKind.PER_DAY),
        ("over already", 70, 0, CapKind.PER_DAY),
    ],
)
def test_per_day_cap_counts_what_the_rule_credited_today(
    _case: str, earned_today: int, expected: int, capped_by: CapKind | None
) -> None:
    rule = EarningRule(1, per_day_cap=50)
    result = compute_order_points(_order(1000), [rule], earned_today={1: earned_today})
    assert (result.total, result.by_rule[0].capped_by) == (expected, capped_by)


def test_both_caps_the_tighter_wins() -> None:
    rule = EarningRule(1, per_order_cap=30, per_day_cap=100)
    result = compute_order_points(_order(10_000), [rule], earned_today={1: 80})
    assert result.total == 20
    assert result.by_rule[0].capped_by == CapKind.PER_DAY


def test_lines_without_a_rule_earn_nothing() -> None:
    rule = EarningRule(1, category_id=7)
    result = compute_order_points(_order(500, category_id=3), [rule])
    assert (result.total, result.by_rule, result.unmatched_cents) == (0, (), 500)


def test_negative_line_amount_is_rejected_with_its_field() -> None:
    with pytest.raises(DomainError) as raised:
        compute_order_points(_order(100, -1), [EarningRule(1)])
    assert raised.value.code == ErrorCode.INVALID_AMOUNT
    assert raised.value.field == "lines[1].amount_cents"


@pytest.mark.parametrize(
    ("_case", "kwargs", "field"),
    [
        ("zero per cents", {"per_cents": 0}, "per_cents"),
        ("negative cap", {"per_order_cap": -1}, "per_order_cap"),
        ("unknown rounding", {"rounding": "BANKERS"}, "rounding"),
    ],
)
def test_invalid_rules_are_refused(_case: str, kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(DomainError) as raised:
        EarningRule(1, **kwargs)  # type: ignore[arg-type]
    assert raised.value.field == field


def test_event_bonus_stops_at_the_daily_limit() -> None:
    rule = EventBonusRule("SIGN_IN", points=5, daily_limit=2)
    assert [compute_event_bonus(rule, count) for count in range(4)] == [5, 5, 0, 0]
    assert compute_event_bonus(EventBonusRule("SHARE", points=3), 1000) == 3


def test_partial_refunds_take_back_exactly_what_was_earned() -> None:
    # given: 100 points on 300 cents, refunded 100 at a time
    taken = [points_to_reverse(100, 300, before, 100) for before in (0, 100, 200)]
    # then
    assert taken == [33, 33, 34]


def test_refund_beyond_what_was_paid_is_refused() -> None:
    with pytest.raises(DomainError) as raised:
        points_to_reverse(100, 300, 250, 51)
    assert raised.value.code == ErrorCode.REFUND_EXCEEDS_PAID
    assert raised.value.field == "refund_cents"


def _split_at(total: int, cuts: list[int]) -> list[int]:
    bounds = [0, *sorted(cuts), total]
    return [high - low for low, high in itertools.pairwise(bounds)]


def _parts(total: int) -> st.SearchStrategy[list[int]]:
    """Random positive parts adding up to `total` (empty when total is 0)."""
    if total == 0:
        return st.just([])
    cuts = (
        st.lists(st.integers(1, total - 1), max_size=8, unique=True) if total > 1 else st.just([])
    )
    return cuts.map(lambda points: _split_at(total, points))


@given(st.integers(0, 10**6), st.data())
def test_cumulative_reversals_sum_to_the_points_earned(earned: int, data: st.DataObject) -> None:
    # given: an order refunded in random parts until nothing is left
    paid = data.draw(st.integers(1, 10**7))
    parts = data.draw(_parts(paid))
    refunded = reversed_total = 0
    for part in parts:
        # when
        step = points_to_reverse(earned, paid, refunded, part)
        # then: never negative, never more than the part's share rounded up
        assert 0 <= step <= -(-earned * part // paid)
        reversed_total += step
        refunded += part
    assert reversed_total == earned


def test_cash_value_rounds_down_and_points_needed_round_up() -> None:
    rate = ExchangeRate.points_per_yuan(30)  # 30 points = 100 cents
    assert cash_value_of_points(31, rate) == 103  # 103.33 -> 103
    assert points_for_cash(103, rate) == 31  # 30.9 -> 31
    assert points_for_cash(100, rate) == 30


@given(st.integers(1, 10**4), st.integers(1, 10**4), st.integers(0, 10**7))
def test_redemption_never_pays_more_than_the_points_cover(
    points_rate: int, cents_rate: int, value: int
) -> None:
    rate = ExchangeRate(points_rate, cents_rate)
    needed = points_for_cash(value, rate)
    assert cash_value_of_points(needed, rate) >= value
    assert needed == 0 or cash_value_of_points(needed - 1, rate) < value
    assert points_for_cash(cash_value_of_points(value, rate), rate) <= value
