"""Arm assignment, quiet hours, frequency caps, budget and campaign settings."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.campaigns.rules import (
    CONTROL,
    TREATMENT,
    Audience,
    AudienceKind,
    Frequency,
    FrequencyCap,
    affordable,
    allowed_by_frequency,
    assign_arm,
    assign_arms,
    bucket,
    consents,
    event_matches,
    may_repeat,
    next_send_time,
    occurrence,
    order_matches,
    parse_audience,
    parse_clock,
    parse_frequency,
    take_budget,
    validate_campaign,
    variant_shares,
)
from domain.errors import DomainError, ErrorCode

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


# The rules the fan-out, the triggers and campaign creation call


@given(
    campaign=st.integers(1, 10**6),
    members=st.lists(st.integers(1, 10**9), max_size=50),
    control=st.sampled_from([0, 10, 33.34, 100]),
)
def test_arms_of_a_batch_are_the_arms_of_each_member(
    campaign: int, members: list[int], control: float
) -> None:
    variants = variant_shares([], control)
    assert assign_arms(campaign, members, control, variants) == [
        assign_arm(campaign, m, control, variants) for m in members
    ]


def test_variant_shares_default_to_one_treatment_arm() -> None:
    assert variant_shares([], 10) == [(TREATMENT, 90.0)]
    assert variant_shares([{"code": "a", "percent": 45}, {"code": "b", "percent": "45"}], 10) == [
        ("a", 45.0),
        ("b", 45.0),
    ]


@given(
    remaining=st.none() | st.integers(-1_000, 10_000),
    cost=st.integers(0, 2_000),
    wanted=st.integers(0, 50),
)
def test_affordable_counts_what_take_budget_would_allow(
    remaining: int | None, cost: int, wanted: int
) -> None:
    # taking the budget one reward at a time stops where `affordable` says
    left, taken = remaining, 0
    while taken < wanted:
        try:
            left = take_budget(left, cost)
        except DomainError:
            break
        taken += 1
    assert affordable(remaining, cost, wanted) == taken


def test_affordable_refuses_a_negative_cost() -> None:
    with pytest.raises(DomainError) as raised:
        affordable(100, -1, 1)
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID_AMOUNT, "cost")


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({}, Frequency(FrequencyCap.ONCE)),
        ({"cap": "ONCE", "days": 5}, Frequency(FrequencyCap.ONCE)),
        ({"cap": "EVERY_N_DAYS"}, Frequency(FrequencyCap.EVERY_N_DAYS, 1)),
        ({"cap": "EVERY_N_DAYS", "days": 0}, Frequency(FrequencyCap.EVERY_N_DAYS, 0)),
        ({"cap": "EVERY_N_DAYS", "days": "7"}, Frequency(FrequencyCap.EVERY_N_DAYS, 7)),
    ],
)
def test_parse_frequency(setting: dict, expected: Frequency) -> None:
    assert parse_frequency(setting) == expected


@pytest.mark.parametrize(
    ("setting", "field"),
    [
        ({"cap": "WEEKLY"}, "frequency"),
        ({"cap": "EVERY_N_DAYS", "days": -1}, "frequencyDays"),
        ({"cap": "EVERY_N_DAYS", "days": "often"}, "frequencyDays"),
    ],
)
def test_parse_frequency_refuses(setting: dict, field: str) -> None:
    with pytest.raises(DomainError) as raised:
        parse_frequency(setting)
    assert raised.value.field == field


def test_occurrence_is_one_per_campaign_under_once() -> None:
    assert occurrence(Frequency(FrequencyCap.ONCE), "order:7") == "once"
    assert occurrence(Frequency(FrequencyCap.EVERY_N_DAYS, 0), "order:7") == "order:7"
    assert occurrence(Frequency(FrequencyCap.EVERY_N_DAYS, 3), "birthday:2026") == "birthday:2026"


_instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 1, 1), timezones=st.just(UTC)
)


@given(last=st.none() | _instants, now=_instants, days=st.integers(1, 40))
def test_may_repeat_is_the_frequency_cap(last: datetime | None, now: datetime, days: int) -> None:
    every = Frequency(FrequencyCap.EVERY_N_DAYS, days)
    assert may_repeat(every, last, now) == allowed_by_frequency(
        last, now, FrequencyCap.EVERY_N_DAYS, days
    )
    assert may_repeat(Frequency(FrequencyCap.ONCE), last, now) == (last is None)
    assert may_repeat(Frequency(FrequencyCap.EVERY_N_DAYS, 0), last, now)


def test_may_repeat_counts_business_dates() -> None:
    daily = Frequency(FrequencyCap.EVERY_N_DAYS, 1)
    # 23:50 and 00:30 in Shanghai are forty minutes and one business date apart
    assert may_repeat(daily, _shanghai(9, 23, 50), _shanghai(10, 0, 30))
    assert not may_repeat(daily, _shanghai(10, 0, 1), _shanghai(10, 23, 59))


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"kind": "EVERYONE", "id": 3}, Audience(AudienceKind.EVERYONE)),
        ({"kind": "SEGMENT", "id": "4"}, Audience(AudienceKind.SEGMENT, 4)),
        ({"kind": "SNAPSHOT"}, Audience(AudienceKind.SNAPSHOT, 0)),
    ],
)
def test_parse_audience(setting: dict, expected: Audience) -> None:
    assert parse_audience(setting) == expected


def test_parse_audience_refuses_an_unknown_kind() -> None:
    with pytest.raises(DomainError) as raised:
        parse_audience({"kind": "FRIENDS"})
    assert raised.value.field == "audience.kind"


@pytest.mark.parametrize(
    ("channel", "sms", "push", "expected"),
    [
        ("SMS", True, False, True),
        ("SMS", False, True, False),
        ("PUSH", False, True, True),
        ("INBOX", True, False, False),
        ("WECHAT", False, True, True),
        ("WEBHOOK", True, False, False),
        ("LOG", False, False, True),
    ],
)
def test_consent_per_channel(channel: str, sms: bool, push: bool, expected: bool) -> None:
    assert consents(channel, sms=sms, push=push) is expected


def test_quiet_hours_clock() -> None:
    assert parse_clock("21:00") == time(21)
    assert parse_clock("07:45") == time(7, 45)


@pytest.mark.parametrize(
    ("trigger", "total", "channel", "store", "expected"),
    [
        ({}, 0, "APP", None, True),
        ({"min_total_cents": 5000}, 4999, "APP", None, False),
        ({"min_total_cents": 5000}, 5000, "APP", None, True),
        ({"channels": ["POS"]}, 100, "APP", None, False),
        ({"channels": ["POS", "APP"]}, 100, "APP", None, True),
        ({"stores": ["S1"]}, 100, "POS", None, False),
        ({"stores": ["S1"]}, 100, "POS", "S1", True),
    ],
)
def test_order_trigger_conditions(
    trigger: dict, total: int, channel: str, store: str | None, expected: bool
) -> None:
    assert order_matches(trigger, total, channel, store) is expected


def test_event_trigger_conditions() -> None:
    trigger = {"event": "share", "properties": {"target": "moments"}}
    assert event_matches(trigger, "share", {"target": "moments", "extra": 1})
    assert not event_matches(trigger, "share", {"target": "friend"})
    assert not event_matches(trigger, "share", {})
    assert not event_matches(trigger, "view", {"target": "moments"})
    assert event_matches({"event": "view"}, "view", {})
