"""Level ladder, retention and pro-rata rules."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import DomainError, ErrorCode
from domain.levels.rules import (
    GrowthPolicy,
    LevelSpec,
    Period,
    RetentionReason,
    check_no_overlap,
    evaluate_retention,
    evaluate_retention_bulk,
    level_for_growth,
    period_end,
    upgrade_difference,
    upgrades_between,
    validate_ladder,
)
from domain.periods import Rounding, add_months, prorata_refund, refund_plan

LADDER = [
    LevelSpec(1, "silver", "Silver", 0, 0, 0),
    LevelSpec(2, "gold", "Gold", 1000, 600, 12),
    LevelSpec(3, "platinum", "Platinum", 5000, 3000, 12),
    LevelSpec(4, "diamond", "Diamond", 20000, 12000, 12, downgrade_to_rank=2),
]


def test_ladder_is_valid() -> None:
    validate_ladder(LADDER)


@pytest.mark.parametrize(
    ("_case", "ladder", "field"),
    [
        ("empty", [], "levels"),
        ("rank gap", [LADDER[0], LADDER[2]], "levels[1].rank"),
        ("base reach", [LevelSpec(1, "a", "A", 5, 0, 0)], "levels[0].reachGrowth"),
        (
            "reach not increasing",
            [LADDER[0], LADDER[1], LevelSpec(3, "p", "P", 1000, 0, 12)],
            "levels[2].reachGrowth",
        ),
        (
            "keep above reach",
            [LADDER[0], LevelSpec(2, "g", "G", 100, 101, 12)],
            "levels[1].keepGrowth",
        ),
        ("negative keep", [LADDER[0], LevelSpec(2, "g", "G", 100, -1, 12)], "levels[1].keepGrowth"),
        (
            "negative validity",
            [LADDER[0], LevelSpec(2, "g", "G", 100, 0, -1)],
            "levels[1].validityMonths",
        ),
        ("repeated code", [LADDER[0], LevelSpec(2, "silver", "G", 100, 0, 12)], "levels[1].code"),
        (
            "downgrade upward",
            [LADDER[0], LevelSpec(2, "g", "G", 100, 0, 12, downgrade_to_rank=2)],
            "levels[1].downgradeToRank",
        ),
    ],
)
def test_invalid_ladder(_case: str, ladder: list[LevelSpec], field: str) -> None:
    # when / then
    with pytest.raises(DomainError) as raised:
        validate_ladder(ladder)
    assert raised.value.code == ErrorCode.INVALID_LADDER
    assert raised.value.field == field


@pytest.mark.parametrize(
    ("growth", "rank"),
    [(-5, 1), (0, 1), (999, 1), (1000, 2), (1001, 2), (4999, 2), (5000, 3), (20000, 4), (10**9, 4)],
)
def test_upgrade_at_exact_threshold_not_below(growth: int, rank: int) -> None:
    assert level_for_growth(LADDER, growth) == rank


def test_upgrades_between_lists_every_rank_passed() -> None:
    assert upgrades_between(1, 4) == [2, 3, 4]
    assert upgrades_between(2, 3) == [3]
    assert upgrades_between(3, 3) == []
    assert upgrades_between(3, 2) == []


@pytest.mark.parametrize(
    ("reached_on", "months", "end"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 15), 12, date(2027, 3, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
    ],
)
def test_period_end_clamps_day_of_month(reached_on: date, months: int, end: date) -> None:
    assert period_end(reached_on, months) == end


def test_period_end_refuses_zero_months() -> None:
    with pytest.raises(DomainError) as raised:
        period_end(date(2026, 1, 1), 0)
    assert raised.value.code == ErrorCode.INVALID_AMOUNT
    assert raised.value.field == "validityMonths"


def test_add_months_backwards() -> None:
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("_case", "rank", "growth", "policy", "expected"),
    [
        ("keep exactly", 2, 600, GrowthPolicy.RESET, (2, RetentionReason.KEPT, 0)),
        ("keep carry", 2, 800, GrowthPolicy.CARRY, (2, RetentionReason.KEPT, 800)),
        ("one below", 2, 599, GrowthPolicy.RESET, (1, RetentionReason.DOWNGRADED, 0)),
        ("down carry", 3, 100, GrowthPolicy.CARRY, (2, RetentionReason.DOWNGRADED, 100)),
        ("explicit target", 4, 11999, GrowthPolicy.RESET, (2, RetentionReason.DOWNGRADED, 0)),
        ("lowest", 1, 0, GrowthPolicy.CARRY, (1, RetentionReason.KEPT, 0)),
    ],
)
def test_evaluate_retention(
    _case: str, rank: int, growth: int, policy: GrowthPolicy, expected: tuple
) -> None:
    # when
    outcome = evaluate_retention(LADDER, rank, growth, policy)
    # then
    assert (outcome.rank, outcome.reason, outcome.carried_growth) == expected


def test_lowest_level_cannot_drop() -> None:
    ladder = [LevelSpec(1, "a", "A", 0, 10, 12), LevelSpec(2, "b", "B", 100, 50, 12)]
    outcome = evaluate_retention(ladder, 1, 3)
    assert (outcome.rank, outcome.reason) == (1, RetentionReason.LOWEST_LEVEL)


def test_retention_refuses_unknown_rank() -> None:
    with pytest.raises(DomainError) as raised:
        evaluate_retention(LADDER, 5, 0)
    assert raised.value.field == "rank"


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(
    members=st.lists(st.tuples(st.integers(1, 4), st.integers(0, 30000)), min_size=0, max_size=200),
    policy=st.sampled_from(list(GrowthPolicy)),
)
def test_bulk_retention_equals_scalar(members: list[tuple[int, int]], policy: GrowthPolicy) -> None:
    # given
    ranks = np.array([rank for rank, _ in members], dtype=np.int64)
    growths = np.array([growth for _, growth in members], dtype=np.int64)
    # when
    bulk = evaluate_retention_bulk(ranks, growths, LADDER, policy)
    # then
    scalar = [evaluate_retention(LADDER, rank, growth, policy) for rank, growth in members]
    assert bulk.ranks.tolist() == [outcome.rank for outcome in scalar]
    assert bulk.carried_growth.tolist() == [outcome.carried_growth for outcome in scalar]


def test_bulk_retention_million_members() -> None:
    rng = np.random.default_rng(7)
    ranks = rng.integers(1, 5, size=1_000_000)
    growths = rng.integers(0, 30000, size=1_000_000)
    result = evaluate_retention_bulk(ranks, growths, LADDER)
    assert result.ranks.shape == (1_000_000,)
    assert set(np.unique(result.ranks).tolist()) <= {1, 2, 3, 4}


# Pro rata: a 30-day plan at 3000 cents is worth 100 cents a day; the refund day counts as used.
START, END = date(2026, 1, 1), date(2026, 1, 31)


@pytest.mark.parametrize(
    ("_case", "price", "at", "rounding", "refund"),
    [
        ("before start", 3000, date(2025, 12, 20), Rounding.DOWN, 3000),
        ("first day used", 3000, date(2026, 1, 1), Rounding.DOWN, 2900),
        ("mid period", 3000, date(2026, 1, 10), Rounding.DOWN, 2000),
        ("last day", 3000, date(2026, 1, 30), Rounding.DOWN, 0),
        ("at end", 3000, date(2026, 1, 31), Rounding.DOWN, 0),
        ("after end", 3000, date(2026, 3, 1), Rounding.DOWN, 0),
        # 1000 * 20 / 30 = 666.67
        ("down", 1000, date(2026, 1, 10), Rounding.DOWN, 666),
        ("half up", 1000, date(2026, 1, 10), Rounding.HALF_UP, 667),
        ("up", 1000, date(2026, 1, 10), Rounding.UP, 667),
        # 1000 * 29 / 30 = 966.67; 999 * 1 / 30 = 33.3
        ("down 29", 1000, date(2026, 1, 1), Rounding.DOWN, 966),
        ("half up low", 999, date(2026, 1, 29), Rounding.HALF_UP, 33),
    ],
)
def test_prorata_refund(_case: str, price: int, at: date, rounding: Rounding, refund: int) -> None:
    assert prorata_refund(price, START, END, at, rounding) == refund


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(
    price=st.integers(0, 10**9),
    length=st.integers(1, 800),
    offset=st.integers(-10, 900),
)
def test_prorata_never_refunds_more_than_unused_time(price: int, length: int, offset: int) -> None:
    start = date(2026, 1, 1)
    end = date.fromordinal(start.toordinal() + length)
    at = date.fromordinal(start.toordinal() + offset)
    refund = prorata_refund(price, start, end, at)
    unused_days = length if offset < 0 else max(0, length - offset - 1)
    assert 0 <= refund <= price
    assert refund * length <= price * unused_days < (refund + 1) * length


def test_refund_after_expiry_is_refused() -> None:
    with pytest.raises(DomainError) as raised:
        refund_plan(3000, START, END, END, field="plan")
    assert raised.value.code == ErrorCode.EXPIRED
    assert raised.value.field == "plan"
    assert refund_plan(3000, START, END, date(2026, 1, 10)) == 2000


def test_prorata_refuses_bad_plans() -> None:
    with pytest.raises(DomainError) as raised:
        prorata_refund(-1, START, END, START)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_AMOUNT, "plan.priceCents")
    with pytest.raises(DomainError) as raised:
        prorata_refund(100, END, START, START)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_WINDOW, "plan.endsOn")


@pytest.mark.parametrize(
    ("_case", "old_price", "new_price", "at", "difference"),
    [
        ("credit unused", 3000, 9000, date(2026, 1, 10), 9000 - 2000),
        ("never negative", 3000, 1000, date(2026, 1, 10), 0),
        ("old expired", 3000, 9000, date(2026, 2, 5), 9000),
        # unused 666.67 rounds down to 666, so the member pays 334, not 333
        ("unused value rounded down", 1000, 1000, date(2026, 1, 10), 334),
    ],
)
def test_upgrade_difference(
    _case: str, old_price: int, new_price: int, at: date, difference: int
) -> None:
    assert upgrade_difference(old_price, START, END, new_price, at) == difference


def test_plan_overlap() -> None:
    # given
    held = [Period(date(2026, 1, 1), date(2026, 2, 1)), Period(date(2026, 3, 1), date(2026, 4, 1))]
    # when / then: touching periods are renewals, not overlaps
    check_no_overlap(held, Period(date(2026, 2, 1), date(2026, 3, 1)))
    with pytest.raises(DomainError) as raised:
        check_no_overlap(held, Period(date(2026, 2, 15), date(2026, 3, 2)))
    assert (raised.value.code, raised.value.field) == (ErrorCode.PLAN_OVERLAP, "startsOn")
    with pytest.raises(DomainError) as raised:
        check_no_overlap(held, Period(date(2026, 5, 1), date(2026, 5, 1)))
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_WINDOW, "endsOn")
