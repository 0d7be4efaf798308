"""Daily sign-in: one reward per business day under concurrent taps, rising by streak,
make-up days paid in points, a month calendar; rules refuse bad input whole."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.engagement import signin
from domain.engagement.models import SignIn
from domain.errors import DomainError, ErrorCode, InvalidInput
from domain.points import reads as points_reads
from tests.factories.members import make_member
from tests.factories.points import credit, make_point_types

pytestmark = pytest.mark.usefixtures("database")

# 10:00 in Shanghai on Monday 7 December 2026
MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


async def _setup(**rule: object) -> tuple[int, str]:
    # Lots outlive any clock the suite runs at: the days below are fixed, the clock is not.
    (code,) = await make_point_types(1, expiry_days=3650)
    settings = {"rewards": [5, 10, 20], "make_up_days": 3, "make_up_cost": 30, **rule}
    await signin.define_rule(point_type=code, operator="staff-test", **settings)  # type: ignore[arg-type]  # the case's settings
    member = await make_member()
    return member.id, code


async def _available(member_id: int, code: str) -> int:
    for point_type, account in await points_reads.balances(member_id):
        if point_type.code == code:
            return account.available if account else 0
    return 0


async def test_twenty_taps_at_once_sign_in_once_and_pay_once() -> None:
    member_id, code = await _setup()
    outcomes = await asyncio.gather(*(signin.sign_in(member_id, now=MORNING) for _ in range(20)))
    assert sum(outcome.first for outcome in outcomes) == 1
    assert {(o.day, o.streak, o.points) for o in outcomes} == {(date(2026, 12, 7), 1, 5)}
    assert await _available(member_id, code) == 5
    assert await SignIn.filter(member_id=member_id).count() == 1


async def test_rewards_rise_with_the_streak_and_a_missed_day_starts_over() -> None:
    member_id, code = await _setup()
    paid = []
    for offset in (0, 1, 2, 3, 5):  # the fifth day (offset 4) is missed
        outcome = await signin.sign_in(member_id, now=MORNING + timedelta(days=offset))
        paid.append((outcome.streak, outcome.points))
    assert paid == [(1, 5), (2, 10), (3, 20), (4, 20), (1, 5)]
    assert await _available(member_id, code) == 60


async def test_days_follow_the_business_time_zone() -> None:
    member_id, _ = await _setup()
    late = datetime(2026, 12, 7, 15, 59, 59, tzinfo=UTC)  # 23:59:59 in Shanghai
    just_after = datetime(2026, 12, 7, 16, 0, 1, tzinfo=UTC)  # 00:00:01 on the 8th
    first = await signin.sign_in(member_id, now=late)
    second = await signin.sign_in(member_id, now=just_after)
    assert (first.day, second.day) == (date(2026, 12, 7), date(2026, 12, 8))
    assert (second.first, second.streak) == (True, 2)


async def test_a_missed_day_made_up_joins_the_streak_and_costs_points() -> None:
    # given a member who signed in on the 7th and 9th but not the 8th, with 100 spare points
    member_id, code = await _setup()
    await credit(member_id, code, 100)
    await signin.sign_in(member_id, now=MORNING)
    await signin.sign_in(member_id, now=MORNING + timedelta(days=2))
    # when the 8th is made up on the 9th
    made_up = await signin.make_up(member_id, date(2026, 12, 8), now=MORNING + timedelta(days=2))
    # then it costs 30 points, pays nothing, and the 9th now counts as the third day
    assert (made_up.streak, made_up.points) == (2, 0)
    assert await _available(member_id, code) == 100 + 5 + 5 - 30
    ninth = await SignIn.get(member_id=member_id, day=date(2026, 12, 9))
    assert ninth.streak == 3
    tomorrow = await signin.sign_in(member_id, now=MORNING + timedelta(days=3))
    assert (tomorrow.streak, tomorrow.points) == (4, 20)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(2026, 12, 3), ErrorCode.INVALID),  # outside the 3-day window
        (date(2026, 12, 7), ErrorCode.INVALID),  # today is signed in, not made up
        (date(2026, 12, 6), ErrorCode.DUPLICATE),  # already signed
    ],
)
async def test_make_up_outside_its_window_or_of_a_signed_day_is_refused(
    day: date, code: ErrorCode
) -> None:
    member_id, points_code = await _setup()
    await credit(member_id, points_code, 100)
    await signin.sign_in(member_id, now=MORNING - timedelta(days=1))
    with pytest.raises(DomainError) as refused:
        await signin.make_up(member_id, day, now=MORNING)
    assert (refused.value.code, refused.value.field) == (code, "day")
    assert await _available(member_id, points_code) == 105


async def test_make_up_without_the_points_writes_nothing() -> None:
    member_id, _ = await _setup()
    with pytest.raises(DomainError) as refused:
        await signin.make_up(member_id, date(2026, 12, 6), now=MORNING)
    assert refused.value.code == ErrorCode.INSUFFICIENT_POINTS
    assert await SignIn.filter(member_id=member_id).count() == 0


async def test_the_month_calendar_shows_days_streak_next_reward_and_open_make_ups() -> None:
    member_id, _ = await _setup()
    for offset in (-2, -1):
        await signin.sign_in(member_id, now=MORNING + timedelta(days=offset))
    view = await signin.month_calendar(member_id, date(2026, 12, 15), now=MORNING)
    assert view.month == date(2026, 12, 1)
    assert [(d.day.day, d.streak, d.points) for d in view.days] == [(5, 1, 5), (6, 2, 10)]
    assert (view.signed_today, view.streak, view.next_reward) == (False, 2, 20)
    assert view.make_up_days == [date(2026, 12, 4)]
    assert view.make_up_cost == 30


async def test_a_rule_with_several_problems_reports_them_all() -> None:
    with pytest.raises(InvalidInput) as refused:
        await signin.define_rule(
            point_type="NOPE",
            rewards=[5, -1],
            make_up_days=99,
            make_up_cost=-3,
            operator="staff-test",
        )
    assert [error.field for error in refused.value.errors] == [
        "pointType",
        "rewards[1]",
        "makeUpDays",
        "makeUpCost",
    ]


async def test_signing_in_before_any_rule_is_not_found() -> None:
    member = await make_member()
    with pytest.raises(DomainError) as refused:
        await signin.sign_in(member.id, now=MORNING)
    assert refused.value.code == ErrorCode.NOT_FOUND
