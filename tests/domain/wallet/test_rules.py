"""Pure wallet rules: recharge bonus choice, payment and refund splits in exact cents."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import DomainError, ErrorCode
from domain.ledger.rules import InsufficientBalance
from domain.wallet.rules import (
    PaymentMode,
    RechargeRule,
    pick_recharge_bonus,
    split_payment,
    split_refund,
)

AT = datetime(2026, 5, 1, tzinfo=UTC)


def test_recharge_picks_the_highest_threshold_not_above_the_amount() -> None:
    # given
    rules = [
        RechargeRule(1, pay_cents=10_000, bonus_cents=1_000),
        RechargeRule(2, pay_cents=50_000, bonus_cents=8_000),
        RechargeRule(3, pay_cents=100_000, bonus_cents=20_000),
    ]
    # when / then
    assert pick_recharge_bonus(rules, 60_000, None, "APP", AT) == (2, 8_000)
    assert pick_recharge_bonus(rules, 100_000, None, "APP", AT) == (3, 20_000)
    assert pick_recharge_bonus(rules, 9_999, None, "APP", AT) == (None, 0)


def test_recharge_tie_break_priority_then_bonus_then_older_rule() -> None:
    rules = [
        RechargeRule(5, 10_000, 500),
        RechargeRule(4, 10_000, 900),
        RechargeRule(3, 10_000, 900),
        RechargeRule(9, 10_000, 100, priority=1),
    ]
    assert pick_recharge_bonus(rules, 10_000, None, "APP", AT) == (9, 100)
    assert pick_recharge_bonus(rules[:3], 10_000, None, "APP", AT) == (3, 900)


@pytest.mark.parametrize(
    ("_case", "rule", "expected"),
    [
        ("other level", RechargeRule(1, 100, 10, level_ids=(2,)), (None, 0)),
        ("matching level", RechargeRule(1, 100, 10, level_ids=(1, 2)), (1, 10)),
        ("other channel", RechargeRule(1, 100, 10, channels=("POS",)), (None, 0)),
        (
            "not started",
            RechargeRule(1, 100, 10, starts_at=datetime(2026, 6, 1, tzinfo=UTC)),
            (None, 0),
        ),
        ("ended at that instant", RechargeRule(1, 100, 10, ends_at=AT), (None, 0)),
        ("started at that instant", RechargeRule(1, 100, 10, starts_at=AT), (1, 10)),
    ],
)
def test_recharge_filters(_case: str, rule: RechargeRule, expected: tuple[int | None, int]) -> None:
    assert pick_recharge_bonus([rule], 100, 1, "APP", AT) == expected


@pytest.mark.parametrize(
    ("_case", "principal", "bonus", "amount", "mode", "expected"),
    [
        ("proportional", 8_000, 2_000, 1_000, PaymentMode.PROPORTIONAL, (800, 200)),
        ("bonus rounds down", 2, 1, 1, PaymentMode.PROPORTIONAL, (1, 0)),
        ("all of it", 7, 3, 10, PaymentMode.PROPORTIONAL, (7, 3)),
        ("only bonus", 0, 50, 20, PaymentMode.PROPORTIONAL, (0, 20)),
        ("principal first", 300, 500, 200, PaymentMode.PRINCIPAL_FIRST, (200, 0)),
        ("principal runs out", 300, 500, 450, PaymentMode.PRINCIPAL_FIRST, (300, 150)),
    ],
)
def test_split_payment(
    _case: str,
    principal: int,
    bonus: int,
    amount: int,
    mode: PaymentMode,
    expected: tuple[int, int],
) -> None:
    assert split_payment(principal, bonus, amount, mode) == expected


def test_split_payment_beyond_the_balances_is_refused() -> None:
    with pytest.raises(InsufficientBalance) as raised:
        split_payment(10, 5, 16, PaymentMode.PROPORTIONAL)
    assert raised.value.code == ErrorCode.INSUFFICIENT_BALANCE
    assert raised.value.field == "amount"


def test_split_refund_in_parts_returns_exactly_what_was_paid() -> None:
    # given: paid 700 principal + 300 bonus, refunded in three parts
    principal_back = bonus_back = 0
    parts = []
    for amount in (333, 333, 334):
        part = split_refund(700, 300, principal_back, bonus_back, amount)
        parts.append(part)
        principal_back += part[0]
        bonus_back += part[1]
    # then
    assert parts == [(234, 99), (233, 100), (233, 101)]
    assert (principal_back, bonus_back) == (700, 300)


def test_split_refund_beyond_what_is_left_is_refused() -> None:
    with pytest.raises(DomainError) as raised:
        split_refund(700, 300, 600, 300, 101)
    assert raised.value.code == ErrorCode.REFUND_EXCEEDS_PAID
    assert raised.value.field == "refund_amount"


def test_split_refund_copes_with_earlier_refunds_split_another_way() -> None:
    # given: earlier refunds took all the bonus, or only principal, back first
    assert split_refund(700, 300, 0, 300, 500) == (500, 0)
    # then the bonus catches up to its share (300 * 750 / 1000 = 225) as far as the refund allows
    assert split_refund(700, 300, 650, 0, 100) == (0, 100)
    assert split_refund(700, 300, 650, 0, 350) == (50, 300)


@given(
    st.integers(0, 10**8),
    st.integers(0, 10**8),
    st.sampled_from(list(PaymentMode)),
    st.data(),
)
def test_split_payment_sums_exactly_and_respects_balances(
    principal: int, bonus: int, mode: PaymentMode, data: st.DataObject
) -> None:
    if principal + bonus == 0:
        with pytest.raises(InsufficientBalance):
            split_payment(principal, bonus, 1, mode)
        return
    amount = data.draw(st.integers(1, principal + bonus))
    principal_part, bonus_part = split_payment(principal, bonus, amount, mode)
    assert principal_part + bonus_part == amount
    assert 0 <= principal_part <= principal and 0 <= bonus_part <= bonus
    if mode == PaymentMode.PROPORTIONAL:
        assert abs(bonus_part * (principal + bonus) - amount * bonus) < principal + bonus


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


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.data())
def test_cumulative_refund_splits_return_exactly_what_each_side_paid(
    paid_principal: int, paid_bonus: int, data: st.DataObject
) -> None:
    # given: the payment refunded in random parts
    parts = data.draw(_parts(paid_principal + paid_bonus))
    principal_back = bonus_back = 0
    for amount in parts:
        # when
        part = split_refund(paid_principal, paid_bonus, principal_back, bonus_back, amount)
        # then
        assert part[0] >= 0 and part[1] >= 0 and sum(part) == amount
        principal_back += part[0]
        bonus_back += part[1]
        assert principal_back <= paid_principal and bonus_back <= paid_bonus
    assert (principal_back, bonus_back) == (paid_principal, paid_bonus)
