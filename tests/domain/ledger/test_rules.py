"""Pure ledger rules: amount checks, FIFO-by-expiry allocation, reversals, balance invariants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import DomainError, ErrorCode
from domain.ledger.rules import (
    Balances,
    InsufficientBalance,
    InsufficientPoints,
    LotView,
    allocate_debit,
    allocate_reversal,
    balance_drift,
    balances_from_entries,
    consumption_key,
    entry_effect,
    require_positive_int,
)

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _lot(
    lot_id: int, remaining: int, earned_day: int, expires_day: int | None, source: str = ""
) -> LotView:
    expires = None if expires_day is None else T0 + timedelta(days=expires_day)
    return LotView(lot_id, remaining, T0 + timedelta(days=earned_day), expires, source)


@pytest.mark.parametrize(
    ("_case", "value"),
    [("zero", 0), ("negative", -5), ("bool", True), ("float", 1.0), ("text", "3"), ("none", None)],
)
def test_require_positive_int_rejects(_case: str, value: object) -> None:
    # when
    with pytest.raises(DomainError) as raised:
        require_positive_int(value, "points")
    # then
    assert raised.value.code == ErrorCode.INVALID_AMOUNT
    assert raised.value.field == "points"


def test_require_positive_int_returns_the_value() -> None:
    assert require_positive_int(7, "points") == 7


def test_debit_takes_soonest_expiry_then_oldest_then_id_and_never_expiring_last() -> None:
    # given
    lots = [
        _lot(1, 10, earned_day=0, expires_day=None),
        _lot(2, 10, earned_day=5, expires_day=30),
        _lot(3, 10, earned_day=1, expires_day=30),
        _lot(4, 10, earned_day=9, expires_day=10),
        _lot(6, 10, earned_day=1, expires_day=30),
        _lot(5, 10, earned_day=1, expires_day=30),
    ]
    # when
    takes = allocate_debit(lots, 55)
    # then
    assert takes == [(4, 10), (3, 10), (5, 10), (6, 10), (2, 10), (1, 5)]


def test_debit_skips_empty_and_expired_lots() -> None:
    # given
    lots = [_lot(1, 0, 0, 5), _lot(2, 10, 0, 3), _lot(3, 10, 0, 8)]
    # when
    takes = allocate_debit(lots, 4, now=T0 + timedelta(days=3))
    # then
    assert takes == [(3, 4)]


def test_short_debit_raises_insufficient_balance_with_field() -> None:
    with pytest.raises(InsufficientBalance) as raised:
        allocate_debit([_lot(1, 3, 0, None)], 4, field="points")
    assert raised.value.code == ErrorCode.INSUFFICIENT_BALANCE
    assert raised.value.field == "points"
    assert (raised.value.available, raised.value.requested) == (3, 4)


def test_points_debit_raises_the_points_code() -> None:
    with pytest.raises(InsufficientBalance) as raised:
        allocate_debit([_lot(1, 3, 0, None)], 4, error=InsufficientPoints)
    assert isinstance(raised.value, InsufficientPoints)
    assert raised.value.code == ErrorCode.INSUFFICIENT_POINTS


def test_debit_rejects_non_positive_amount() -> None:
    with pytest.raises(DomainError) as raised:
        allocate_debit([_lot(1, 3, 0, None)], 0)
    assert raised.value.code == ErrorCode.INVALID_AMOUNT


def test_reversal_reduces_only_the_credits_lots_and_reports_the_shortfall() -> None:
    # given: order:9 earned 30, of which 12 remain after spending
    lots = [_lot(1, 12, 0, 100, "order:9"), _lot(2, 50, 1, 5, "order:10")]
    # when
    plan = allocate_reversal(lots, "order:9", 20)
    # then
    assert plan.takes == [(1, 12)]
    assert plan.shortfall == 8


def test_reversal_can_take_the_rest_from_other_lots() -> None:
    lots = [_lot(1, 12, 0, 100, "order:9"), _lot(2, 5, 1, 5, "x"), _lot(3, 50, 1, 50, "y")]
    plan = allocate_reversal(lots, "order:9", 20, take_rest_from_other_lots=True)
    assert plan.takes == [(1, 12), (2, 5), (3, 3)]
    assert plan.shortfall == 0


def test_balances_replay_freeze_unfreeze_and_consumption() -> None:
    # given
    entries = [
        ("CREDIT", 100),
        ("FREEZE", -30),
        ("UNFREEZE", 10),
        ("CONSUME_FROZEN", -15),
        ("DEBIT", -20),
        ("EXPIRE", -5),
        ("ADJUST", 3),
    ]
    # when
    balances = balances_from_entries(entries)
    # then
    assert balances == Balances(available=58, frozen=5)
    assert balance_drift(entries, Balances(60, 5)) == Balances(2, 0)


@pytest.mark.parametrize(
    ("_case", "kind", "amount"),
    [
        ("credit negative", "CREDIT", -1),
        ("debit positive", "DEBIT", 5),
        ("adjust zero", "ADJUST", 0),
    ],
)
def test_entry_with_the_wrong_sign_is_rejected(_case: str, kind: str, amount: int) -> None:
    with pytest.raises(DomainError) as raised:
        entry_effect(kind, amount)
    assert raised.value.code == ErrorCode.INVALID_AMOUNT


def test_entries_driving_a_balance_below_zero_are_drift() -> None:
    with pytest.raises(DomainError) as raised:
        balances_from_entries([("CREDIT", 5), ("DEBIT", -6)])
    assert raised.value.code == ErrorCode.LEDGER_DRIFT
    assert balances_from_entries([("CREDIT", 5), ("DEBIT", -6)], allow_negative=True) == Balances(
        -1, 0
    )
    with pytest.raises(DomainError):
        balances_from_entries([("CREDIT", 5), ("CONSUME_FROZEN", -1)])


lot_specs = st.lists(
    st.tuples(
        st.integers(0, 40),  # remaining
        st.integers(0, 5),  # earned day
        st.one_of(st.none(), st.integers(0, 5)),  # expiry day
    ),
    min_size=1,
    max_size=12,
)


@given(lot_specs, st.data())
def test_allocation_sums_to_amount_and_follows_expiry_order(
    specs: list[tuple[int, int, int | None]], data: st.DataObject
) -> None:
    # given
    lots = [_lot(i, rem, earned, exp) for i, (rem, earned, exp) in enumerate(specs)]
    total = sum(lot.remaining for lot in lots)
    if total == 0:
        with pytest.raises(InsufficientBalance):
            allocate_debit(lots, 1)
        return
    amount = data.draw(st.integers(1, total))
    # when
    takes = dict(allocate_debit(lots, amount))
    # then
    assert sum(takes.values()) == amount
    by_id = {lot.id: lot for lot in lots}
    assert all(0 < take <= by_id[lot_id].remaining for lot_id, take in takes.items())
    for touched in takes:
        for lot in lots:
            if consumption_key(lot) < consumption_key(by_id[touched]) and lot.remaining:
                assert takes.get(lot.id) == lot.remaining, "a later lot was used first"


@given(lot_specs, st.integers(1, 500))
def test_debit_above_the_total_always_raises(
    specs: list[tuple[int, int, int | None]], extra: int
) -> None:
    lots = [_lot(i, rem, earned, exp) for i, (rem, earned, exp) in enumerate(specs)]
    with pytest.raises(InsufficientBalance):
        allocate_debit(lots, sum(lot.remaining for lot in lots) + extra)
