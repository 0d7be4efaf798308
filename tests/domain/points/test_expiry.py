"""Expiry policies on the business calendar (Asia/Shanghai): relative, annual clearing, decay."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.clock import to_business
from domain.errors import DomainError, ErrorCode
from domain.ledger.rules import LotView
from domain.points.expiry import (
    AnnualClearing,
    NeverExpires,
    RelativeExpiry,
    carried_expiry,
    due_lots,
    expire_amounts,
    expiry_for,
    parse_policy,
)


@pytest.fixture(autouse=True)
def _business_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIME_ZONE", raising=False)


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_never_has_no_expiry() -> None:
    assert expiry_for(NeverExpires(), _utc(2026, 1, 1)) is None
    assert carried_expiry(NeverExpires(), _utc(2026, 1, 1)) is None


def test_relative_counts_business_days_and_ends_at_business_midnight() -> None:
    # given: 00:30 on 1 Feb in Shanghai, still 31 Jan in UTC; an hour earlier it is 31 Jan
    earned = _utc(2026, 1, 31, 16, 30)
    # when / then: usable through 3 March (Shanghai), which ends at 16:00 UTC
    assert expiry_for(RelativeExpiry(30), earned) == _utc(2026, 3, 3, 16)
    assert expiry_for(RelativeExpiry(30), earned - timedelta(hours=1)) == _utc(2026, 3, 2, 16)
    assert expiry_for(RelativeExpiry(30, grace_days=7), earned) == _utc(2026, 3, 10, 16)


@pytest.mark.parametrize(
    ("_case", "earned", "expected"),
    [
        ("23:30 on 31 Dec in Shanghai", _utc(2025, 12, 31, 15, 30), _utc(2026, 12, 31, 16)),
        ("00:30 on 1 Jan in Shanghai", _utc(2025, 12, 31, 16, 30), _utc(2027, 12, 31, 16)),
        ("mid year", _utc(2026, 7, 1), _utc(2027, 12, 31, 16)),
    ],
)
def test_annual_clearing_across_the_year_end(
    _case: str, earned: datetime, expected: datetime
) -> None:
    assert expiry_for(AnnualClearing(12, 31, years_after=1), earned) == expected


def test_annual_clearing_in_the_same_year_rolls_over_once_the_date_passed() -> None:
    policy = AnnualClearing(6, 30, years_after=0)
    assert expiry_for(policy, _utc(2026, 6, 30, 3)) == _utc(2026, 6, 30, 16)
    assert expiry_for(policy, _utc(2026, 6, 30, 17)) == _utc(2027, 6, 30, 16)


def test_leap_day_clearing_falls_back_to_28_february() -> None:
    policy = AnnualClearing(2, 29, years_after=1)
    assert expiry_for(policy, _utc(2026, 5, 1)) == _utc(2027, 2, 28, 16)
    assert expiry_for(policy, _utc(2027, 5, 1)) == _utc(2028, 2, 29, 16)


def test_grace_days_extend_annual_clearing_into_the_next_year() -> None:
    policy = AnnualClearing(12, 31, years_after=1, grace_days=10)
    assert expiry_for(policy, _utc(2025, 6, 1)) == _utc(2027, 1, 10, 16)


def test_due_lots_are_those_whose_expiry_has_come() -> None:
    # given
    at = _utc(2026, 3, 3, 16)
    lots = [
        LotView(1, 5, _utc(2026, 1, 1), at),
        LotView(2, 5, _utc(2026, 1, 1), at + timedelta(microseconds=1)),
        LotView(3, 0, _utc(2026, 1, 1), at - timedelta(days=1)),
        LotView(4, 5, _utc(2026, 1, 1), None),
        LotView(5, 5, _utc(2026, 1, 1), at - timedelta(days=1)),
    ]
    # when / then
    assert [lot.id for lot in due_lots(lots, at)] == [5, 1]


@pytest.mark.parametrize(
    ("_case", "remaining", "decay", "expected"),
    [
        ("no decay", 999, 0, (999, 0)),
        ("ten percent", 999, 10, (900, 99)),
        ("rounds the carry down", 9, 10, (9, 0)),
        ("half", 7, 50, (4, 3)),
        ("nothing left", 0, 50, (0, 0)),
    ],
)
def test_expire_amounts_carry_the_decay_share(
    _case: str, remaining: int, decay: int, expected: tuple[int, int]
) -> None:
    assert expire_amounts(remaining, RelativeExpiry(30, decay_percent=decay)) == expected


def test_carried_part_gets_one_more_cycle() -> None:
    # given
    annual = AnnualClearing(12, 31, years_after=1, grace_days=10, decay_percent=20)
    relative = RelativeExpiry(30, decay_percent=20)
    # when / then: from the pre-grace last day, one cycle on, grace again
    assert carried_expiry(annual, _utc(2027, 1, 10, 16)) == _utc(2028, 1, 10, 16)
    assert carried_expiry(relative, _utc(2026, 1, 31, 16)) == _utc(2026, 3, 2, 16)


@pytest.mark.parametrize(
    ("_case", "build", "field", "code"),
    [
        ("decay 100", lambda: RelativeExpiry(30, decay_percent=100), "decay_percent", None),
        ("zero days", lambda: RelativeExpiry(0), "days", ErrorCode.INVALID_AMOUNT),
        ("31 April", lambda: AnnualClearing(4, 31), "day", ErrorCode.INVALID),
        ("month 13", lambda: AnnualClearing(13, 1), "month", ErrorCode.INVALID),
    ],
)
def test_invalid_policies_are_refused(
    _case: str, build: object, field: str, code: ErrorCode | None
) -> None:
    with pytest.raises(DomainError) as raised:
        build()  # type: ignore[operator]
    assert raised.value.field == field
    assert raised.value.code == (code or ErrorCode.INVALID_PERCENTAGE)


def test_parse_policy_reads_camel_case_and_prefixes_fields() -> None:
    policy = parse_policy({"kind": "annual_clearing", "yearsAfter": 2, "decayPercent": 5})
    assert policy == AnnualClearing(12, 31, years_after=2, decay_percent=5)
    assert parse_policy(None) == NeverExpires()
    with pytest.raises(DomainError) as raised:
        parse_policy({"kind": "RELATIVE", "days": 0})
    assert raised.value.field == "expiryPolicy.days"
    with pytest.raises(DomainError) as raised:
        parse_policy({"kind": "SOMETIMES"})
    assert raised.value.field == "expiryPolicy.kind"


policies = st.one_of(
    st.builds(RelativeExpiry, st.integers(1, 1000), st.integers(0, 60), st.integers(0, 99)),
    st.builds(
        AnnualClearing,
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(0, 3),
        st.integers(0, 60),
        st.integers(0, 99),
    ),
)
instants = st.datetimes(datetime(2000, 1, 1), datetime(2090, 1, 1), timezones=st.just(UTC))


@given(policies, instants)
def test_expiry_is_a_business_midnight_after_earning(
    policy: RelativeExpiry | AnnualClearing, earned: datetime
) -> None:
    # when
    expires = expiry_for(policy, earned)
    carried = carried_expiry(policy, expires)  # type: ignore[arg-type]
    # then
    assert expires is not None and carried is not None
    assert expires > earned and carried > expires
    assert to_business(expires).time() == time(0) == to_business(carried).time()


@given(st.integers(0, 10**9), st.integers(0, 99))
def test_expired_and_carried_add_up(remaining: int, decay: int) -> None:
    expired, carried = expire_amounts(remaining, RelativeExpiry(1, decay_percent=decay))
    assert expired + carried == remaining
    assert carried == remaining * decay // 100
