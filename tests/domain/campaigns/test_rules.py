"""Arm assignment, quiet hours, frequency caps, budget and campaign settings."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.campaigns.rules import (
    CONTROL,
    FrequencyCap,
    allowed_by_frequency,
    assign_arm,
    bucket,
    next_send_time,
    take_budget,
    validate_campaign,
)
from domain.errors import DomainError, ErrorCode, InvalidInput

VARIANTS = [("sms", 45), ("coupon", 45)]


@given(campaign=st.integers(1, 10**9), member=st.integers(1, 10**12))
def test_assignment_is_deterministic(campaign: int, member: int) -> None:
    first = assign_arm(campaign, member, 10, VARIANTS)
    assert first == assign_arm(campaign, member, 10, list(VARIANTS))
    assert first in {CONTROL, "sms", "coupon"}
    assert 0 <= bucket(campaign, member) < 10_000


def test_assignment_known_value_is_stable_across_releases() -> None:
    # blake2b(b"42:1001", digest_size=8) as a big-endian integer, modulo 10000
    assert bucket(42, 1001) == bucket("42", "1001")
    assert (
        bucket(42, 1001)
        == int.from_bytes(__import__("hashlib").blake2b(b"42:1001", digest_size=8).digest(), "big")
        % 10_000
    )


@pytest.mark.parametrize(
    ("control", "variants"),
    [(10, [("sms", 45), ("coupon", 45)]), (5, [("a", 95)]), (33.34, [("a", 33.33), ("b", 33.33)])],
)
def test_shares_match_configuration(control: float, variants: list[tuple[str, float]]) -> None:
    # given
    members = 100_000
    # when
    counts = Counter(assign_arm(7, member, control, variants) for member in range(members))
    # then: within 4 standard deviations of a binomial share
    for code, percent in [(CONTROL, control), *variants]:
        share = percent / 100
        tolerance = 4 * (share * (1 - share) / members) ** 0.5
        assert abs(counts[code] / members - share) < tolerance, code


def test_campaigns_assign_independently() -> None:
    same = sum(
        assign_arm(1, member, 50, [("a", 50)]) == assign_arm(2, member, 50, [("a", 50)])
        for member in range(10_000)
    )
    assert 4_700 < same < 5_300


@pytest.mark.parametrize(
    ("_case", "control", "variants", "field"),
    [
        ("sum below 100", 10, [("a", 80)], "variants"),
        ("sum above 100", 10, [("a", 95)], "variants"),
        ("no variant", 100, [], "variants"),
        ("negative", -10, [("a", 110)], "controlPercent"),
        ("three decimals", 10.001, [("a", 89.999)], "controlPercent"),
        ("repeated code", 10, [("a", 45), ("a", 45)], "variants[1].code"),
        ("control code", 10, [("control", 90)], "variants[0].code"),
    ],
)
def test_invalid_split(
    _case: str, control: float, variants: list[tuple[str, float]], field: str
) -> None:
    with pytest.raises(DomainError) as raised:
        assign_arm(1, 1, control, variants)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_PERCENTAGE, field)


def _shanghai(day: int, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time in March 2026 as a UTC instant (UTC+8, no DST)."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


@pytest.mark.parametrize(
    ("_case", "at", "expected"),
    [
        ("day time passes", _shanghai(10, 14), _shanghai(10, 14)),
        ("just before quiet", _shanghai(10, 20, 59), _shanghai(10, 20, 59)),
        ("quiet start", _shanghai(10, 21), _shanghai(11, 9)),
        ("late evening", _shanghai(10, 23, 30), _shanghai(11, 9)),
        ("after midnight", _shanghai(11, 2), _shanghai(11, 9)),
        ("quiet end sends", _shanghai(11, 9), _shanghai(11, 9)),
        # 2026-03-10 17:00 UTC is 01:00 on the 11th in Shanghai, still quiet
        ("utc date differs", datetime(2026, 3, 10, 17, tzinfo=UTC), _shanghai(11, 9)),
    ],
)
def test_quiet_hours_across_midnight(_case: str, at: datetime, expected: datetime) -> None:
    assert next_send_time(at, time(21), time(9)) == expected


def test_quiet_hours_within_a_day_and_empty_window() -> None:
    assert next_send_time(_shanghai(10, 12, 30), time(12), time(14)) == _shanghai(10, 14)
    assert next_send_time(_shanghai(10, 14), time(12), time(14)) == _shanghai(10, 14)
    assert next_send_time(_shanghai(10, 3), time(0), time(0)) == _shanghai(10, 3)


def test_quiet_hours_need_an_aware_time() -> None:
    with pytest.raises(DomainError):
        next_send_time(datetime(2026, 3, 10, 12), time(21), time(9))


def test_frequency_caps() -> None:
    now = _shanghai(10, 0, 30)
    assert allowed_by_frequency(None, now, FrequencyCap.ONCE)
    assert not allowed_by_frequency(_shanghai(1, 12), now, FrequencyCap.ONCE)
    # business dates: 23:50 on the 9th and 00:30 on the 10th are different days
    assert allowed_by_frequency(_shanghai(9, 23, 50), now, FrequencyCap.EVERY_N_DAYS, 1)
    assert not allowed_by_frequency(_shanghai(10, 0, 1), now, FrequencyCap.EVERY_N_DAYS, 1)
    assert not allowed_by_frequency(_shanghai(4, 12), now, FrequencyCap.EVERY_N_DAYS, 7)
    assert allowed_by_frequency(_shanghai(3, 23), now, FrequencyCap.EVERY_N_DAYS, 7)
    with pytest.raises(DomainError) as raised:
        allowed_by_frequency(None, now, FrequencyCap.EVERY_N_DAYS, 0)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_AMOUNT, "frequencyDays")


def test_take_budget() -> None:
    assert take_budget(1000, 300) == 700
    assert take_budget(300, 300) == 0
    assert take_budget(None, 300) is None
    with pytest.raises(DomainError) as raised:
        take_budget(299, 300)
    assert (raised.value.code, raised.value.field) == (ErrorCode.BUDGET_EXHAUSTED, "budget")
    with pytest.raises(DomainError) as raised:
        take_budget(1000, -1)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_AMOUNT, "cost")


def test_campaign_settings() -> None:
    start = _shanghai(10, 9)
    validate_campaign(start, None, {"budgetCents": 0, "perMemberLimit": None})
    validate_campaign(start, start + timedelta(days=1), {"budgetCents": 100})
    with pytest.raises(DomainError) as raised:
        validate_campaign(start, start - timedelta(minutes=1), {})
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_WINDOW, "endsAt")
    with pytest.raises(DomainError) as raised:
        validate_campaign(start, None, {"budgetCents": 10, "perMemberLimit": -1})
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_AMOUNT, "perMemberLimit")


def test_campaign_settings_report_every_problem() -> None:
    start = _shanghai(10, 9)
    with pytest.raises(DomainError) as raised:
        validate_campaign(
            start, start - timedelta(minutes=1), {"budgetCents": -1, "perMemberLimit": -1}
        )
    assert [(e.code, e.field) for e in _problems(raised.value)] == [
        (ErrorCode.INVALID_WINDOW, "endsAt"),
        (ErrorCode.INVALID_AMOUNT, "budgetCents"),
        (ErrorCode.INVALID_AMOUNT, "perMemberLimit"),
    ]


def _problems(error: DomainError) -> list[DomainError]:
    return error.errors if isinstance(error, InvalidInput) else [error]
