"""Benefit-card drops, grant quotas and card refunds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.benefits.rules import (
    CardTerms,
    DropPeriod,
    Every,
    Grant,
    card_refund,
    due_periods,
    period_keys,
    redeem,
)
from domain.errors import DomainError, ErrorCode

YEAR_CARD = CardTerms(date(2026, 1, 31), date(2027, 1, 31), Every.MONTH, price_cents=36500)


def test_monthly_keys_anchor_on_activation_and_clamp() -> None:
    # when
    periods = period_keys(YEAR_CARD.activated_on, YEAR_CARD.ends_on, Every.MONTH)
    # then
    assert len(periods) == 12
    assert periods[:3] == [
        ("2026-01", date(2026, 1, 31)),
        ("2026-02", date(2026, 2, 28)),
        ("2026-03", date(2026, 3, 31)),
    ]
    assert periods[-1] == DropPeriod("2026-12", date(2026, 12, 31))


def test_weekly_and_daily_keys() -> None:
    weeks = period_keys(date(2026, 11, 15), date(2026, 12, 1), Every.WEEK)
    assert weeks == [
        ("2026-W46", date(2026, 11, 15)),
        ("2026-W47", date(2026, 11, 22)),
        ("2026-W48", date(2026, 11, 29)),
    ]
    days = period_keys(date(2026, 12, 30), date(2027, 1, 2), Every.DAY)
    assert [key for key, _ in days] == ["2026-12-30", "2026-12-31", "2027-01-01"]


def test_period_keys_refuse_empty_card() -> None:
    with pytest.raises(DomainError) as raised:
        period_keys(date(2026, 1, 1), date(2026, 1, 1), Every.DAY)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_WINDOW, "endsOn")


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    days=st.integers(1, 800),
    every=st.sampled_from(list(Every)),
)
def test_keys_are_unique_and_inside_the_card(start: date, days: int, every: Every) -> None:
    end = date.fromordinal(start.toordinal() + days)
    periods = period_keys(start, end, every)
    keys = [key for key, _ in periods]
    assert len(keys) == len(set(keys))
    assert periods[0].starts_on == start
    assert all(start <= period.starts_on < end for period in periods)


def test_due_periods_catch_up_and_rerun_distributes_nothing_twice() -> None:
    # given: the job ran on activation day, then missed two months
    distributed = {key for key, _ in due_periods(YEAR_CARD, date(2026, 1, 31), set())}
    assert distributed == {"2026-01"}
    # when
    due = due_periods(YEAR_CARD, date(2026, 4, 1), distributed)
    # then
    assert [key for key, _ in due] == ["2026-02", "2026-03"]
    distributed |= {key for key, _ in due}
    assert due_periods(YEAR_CARD, date(2026, 4, 1), distributed) == []
    assert [key for key, _ in due_periods(YEAR_CARD, date(2026, 4, 30), distributed)] == ["2026-04"]


def test_due_periods_before_activation_and_after_end() -> None:
    assert due_periods(YEAR_CARD, date(2026, 1, 30), set()) == []
    all_keys = {
        key for key, _ in period_keys(YEAR_CARD.activated_on, YEAR_CARD.ends_on, Every.MONTH)
    }
    assert due_periods(YEAR_CARD, date(2030, 1, 1), all_keys) == []
    assert len(due_periods(YEAR_CARD, date(2030, 1, 1), set())) == 12


def test_grant_quota() -> None:
    # given
    grant = Grant(3, ends_on=date(2026, 2, 1))
    # when
    grant = redeem(grant, 2, date(2026, 1, 31))
    # then
    assert (grant.quantity, grant.used, grant.remaining) == (3, 2, 1)
    with pytest.raises(DomainError) as raised:
        redeem(grant, 2, date(2026, 1, 31))
    assert (raised.value.code, raised.value.field) == (ErrorCode.BENEFIT_EXHAUSTED, "count")
    assert redeem(grant, 1, date(2026, 1, 31)).remaining == 0


@pytest.mark.parametrize(
    ("_case", "grant", "count", "code", "field"),
    [
        ("expired", Grant(3, 0, date(2026, 2, 1)), 1, ErrorCode.EXPIRED, "grantId"),
        ("zero count", Grant(3), 0, ErrorCode.INVALID_AMOUNT, "count"),
        ("exhausted", Grant(3, 3), 1, ErrorCode.BENEFIT_EXHAUSTED, "count"),
    ],
)
def test_redeem_refused(_case: str, grant: Grant, count: int, code: ErrorCode, field: str) -> None:
    with pytest.raises(DomainError) as raised:
        redeem(grant, count, date(2026, 2, 1))
    assert (raised.value.code, raised.value.field) == (code, field)


def test_card_refund_prorata_voids_undistributed() -> None:
    # given: 365 days at 100 cents a day; Jan 31 .. Mar 9 (38 days) used
    distributed = {"2026-01", "2026-02"}
    # when
    refund = card_refund(YEAR_CARD, date(2026, 3, 9), distributed)
    # then
    assert refund.amount_cents == 36500 - 38 * 100
    assert refund.voided_keys[0] == "2026-03"
    assert len(refund.voided_keys) == 10


def test_card_refund_rounds_down_and_refuses_after_end() -> None:
    card = CardTerms(date(2026, 1, 1), date(2026, 1, 4), Every.DAY, price_cents=100)
    assert card_refund(card, date(2026, 1, 1), {"2026-01-01"}).amount_cents == 66
    with pytest.raises(DomainError) as raised:
        card_refund(card, date(2026, 1, 4), set())
    assert (raised.value.code, raised.value.field) == (ErrorCode.EXPIRED, "card")
