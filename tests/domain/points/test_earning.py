"""Pure earning arithmetic and expiry policies."""

from __future__ import annotations

from datetime import UTC, date, datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import DomainError
from domain.points.earning import (
    Line,
    PromotionWindow,
    Rule,
    compute_order_points,
    reversal_for_refund,
    round_points,
)
from domain.points.policy import ExpiryPolicy

PAID = datetime(2026, 11, 8, 4, 0, tzinfo=UTC)  # 12:00 on the 8th in Shanghai


def test_most_specific_rule_wins_per_line_and_caps_apply() -> None:
    base = Rule(1, points=1, per_cents=100)
    skincare = Rule(2, points=3, per_cents=100, category_id=7, per_order_cap=50)
    result = compute_order_points(
        [base, skincare],
        [Line(12_345, 7, None), Line(10_000, 8, None)],
        channel="POS",
        store_code="BJ01",
        paid_at=PAID,
    )
    # skincare: 370.35 -> 370, capped at 50; base: 100
    assert [(r.rule_id, r.points) for r in result.by_rule] == [(1, 100), (2, 50)]
    assert result.total == 150


def test_member_day_doubles_and_level_multiplies_and_day_cap_holds() -> None:
    rule = Rule(1, points=1, per_cents=100, per_day_cap=500)
    member_day = PromotionWindow(
        9,
        Fraction(2),
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
        days_of_month=(8,),
    )
    result = compute_order_points(
        [rule],
        [Line(20_000, None, None)],
        channel="APP",
        store_code=None,
        paid_at=PAID,
        promotions=[member_day],
        level_factor=Fraction(3, 2),
        earned_today={1: 300},
    )
    assert (result.multiplier, result.promotion_id) == (Fraction(3), 9)
    assert result.total == 200  # 200 x 3 = 600, but only 200 left of the 500 day cap
    next_day = compute_order_points(
        [rule],
        [Line(20_000, None, None)],
        channel="APP",
        store_code=None,
        paid_at=datetime(2026, 11, 9, 4, tzinfo=UTC),
        promotions=[member_day],
    )
    assert next_day.total == 200


@pytest.mark.parametrize(("mode", "expected"), [("FLOOR", 2), ("HALF_UP", 3), ("CEIL", 3)])
def test_rounding_modes(mode: str, expected: int) -> None:
    assert round_points(Fraction(5, 2), mode) == expected


@given(
    paid=st.integers(1, 10**7),
    earned=st.integers(0, 10**5),
    cuts=st.lists(st.integers(1, 100), min_size=1, max_size=8),
)
def test_partial_refund_reversals_sum_to_what_was_earned(
    paid: int, earned: int, cuts: list[int]
) -> None:
    total = sum(cuts)
    parts = [paid * c // total for c in cuts]
    parts[-1] += paid - sum(parts)
    refunded, reversed_total = 0, 0
    for part in parts:
        reversed_total += reversal_for_refund(earned, paid, refunded, part)
        refunded += part
    assert reversed_total == earned


def test_annual_clearing_relative_grace_and_validation() -> None:
    annual = ExpiryPolicy.from_json({"kind": "ANNUAL", "month": 12, "day": 31, "years_after": 1})
    assert annual.expiry_day(date(2026, 3, 5)) == date(2027, 12, 31)
    assert annual.expiry_day(date(2026, 12, 31)) == date(2027, 12, 31)
    relative = ExpiryPolicy.from_json({"kind": "RELATIVE", "days": 30, "grace_days": 5})
    assert relative.expiry_day(date(2026, 1, 1)) == date(2026, 2, 5)
    # the end of 2027-12-31 in Shanghai is 16:00 UTC that day
    assert annual.expires_at(PAID) == datetime(2027, 12, 31, 16, 0, tzinfo=UTC)
    with pytest.raises(DomainError) as error:
        ExpiryPolicy.from_json({"kind": "RELATIVE", "days": 0})
    assert error.value.field == "expiryPolicy.days"
