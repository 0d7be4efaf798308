"""Daily sign-in: once per business day, streaks, rising rewards, make-up days for points.

A day's row is inserted before its reward is credited, in one transaction: concurrent taps on
the same day meet on the (member, day) unique key, so exactly one of them credits the reward
(and its ledger key is per member and day as well). Days are business days in the configured
time zone; `now` is a parameter.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from domain import config_history, db
from domain.clock import business_today
from domain.engagement.models import SignIn, SignInRule
from domain.errors import DomainError, ErrorCode, NotFound, Problems
from domain.points import config as points_config
from domain.points import movements

MAX_REWARD_DAYS = 31
MAX_REWARD_POINTS = 1_000_000
MAX_MAKE_UP_DAYS = 31
# The rule is replaced as a whole, so its history is kept under one name.
RULE_HISTORY_ID = "default"


@dataclass(frozen=True, slots=True)
class SignInOutcome:
    """A sign-in: the day, the streak it makes, the points it earned; `first` is False when the
    member had already signed in that day (a repeat tap changes nothing)."""

    day: date
    streak: int
    points: int
    first: bool


@dataclass(frozen=True, slots=True)
class SignInDay:
    """One signed day of a calendar month."""

    day: date
    streak: int
    points: int
    made_up: bool


@dataclass(frozen=True, slots=True)
class SignInCalendar:
    """A member's month: signed days, today's state, the running streak and what tomorrow
    pays, and which missed days can still be made up and at what cost."""

    month: date
    days: list[SignInDay]
    signed_today: bool
    streak: int
    next_reward: int
    make_up_days: list[date]
    make_up_cost: int


def reward_for(rewards: list[int], streak: int) -> int:
    """Points for the `streak`-th consecutive day: the list's entry, or its last one beyond."""
    if not rewards or streak < 1:
        return 0
    return rewards[min(streak, len(rewards)) - 1]


async def define_rule(
    *,
    point_type: str,
    rewards: list[int],
    make_up_days: int,
    make_up_cost: int,
    operator: str,
) -> SignInRule:
    """Replace the sign-in rule (the previous one stays, inactive, for history)."""
    problems = Problems()
    try:
        await points_config.get_type(point_type)
    except DomainError as error:
        problems.add(DomainError(error.message, field="pointType", code=error.code))
    if not 1 <= len(rewards) <= MAX_REWARD_DAYS:
        problems.add(DomainError(f"Give 1 to {MAX_REWARD_DAYS} daily rewards.", field="rewards"))
    for index, points in enumerate(rewards):
        if not 0 <= points <= MAX_REWARD_POINTS:
            problems.add(
                DomainError(
                    f"A day's reward is 0 to {MAX_REWARD_POINTS:,} points.",
                    field=f"rewards[{index}]",
                    code=ErrorCode.INVALID_AMOUNT,
                )
            )
    if not 0 <= make_up_days <= MAX_MAKE_UP_DAYS:
        problems.add(
            DomainError(f"Make-up covers 0 to {MAX_MAKE_UP_DAYS} days.", field="makeUpDays")
        )
    if make_up_cost < 0 or make_up_cost > MAX_REWARD_POINTS:
        problems.add(
            DomainError(
                "The make-up cost is 0 or more points.",
                field="makeUpCost",
                code=ErrorCode.INVALID_AMOUNT,
            )
        )
    problems.raise_if_any()
    async with db.transaction():
        before = await SignInRule.filter(active=True).order_by("-id").select_for_update().first()
        await SignInRule.filter(active=True).update(active=False)
        rule = await SignInRule.create(
            point_type=point_type,
            rewards=list(rewards),
            make_up_days=make_up_days,
            make_up_cost=make_up_cost,
            created_by=operator[:100],
        )
        await config_history.record(
            "SignInRule",
            RULE_HISTORY_ID,
            before=_rule_terms(before),
            after=_rule_terms(rule),
        )
        return rule


def _rule_terms(rule: SignInRule | None) -> dict[str, Any] | None:
    """What a rule decides, without the columns every new version changes (id, time)."""
    if rule is None:
        return None
    return {
        "pointType": rule.point_type,
        "rewards": list(rule.rewards),
        "makeUpDays": rule.make_up_days,
        "makeUpCost": rule.make_up_cost,
    }


async def active_rule() -> SignInRule:
    """The rule in force; NOT_FOUND when sign-in is not configured."""
    rule = await SignInRule.filter(active=True).order_by("-id").first()
    if rule is None:
        raise NotFound("Sign-in is not configured.", field="signIn")
    return rule


async def sign_in(member_id: int, *, now: datetime) -> SignInOutcome:
    """Sign the member in for the business day of `now`, crediting the streak's reward once."""
    rule = await active_rule()
    day = business_today(now)
    async with db.transaction():
        streak = await _streak_before(member_id, day) + 1
        points = reward_for(rule.rewards, streak)
        inserted = await _insert(member_id, day, streak, points, rule.id, now, made_up=False)
        if not inserted:
            existing = await SignIn.get(member_id=member_id, day=day)
            return SignInOutcome(day, existing.streak, existing.points, first=False)
        if points:
            await movements.credit_points(
                member_id=member_id,
                point_type_code=rule.point_type,
                points=points,
                key=f"sign-in:{member_id}:{day.isoformat()}",
                reason=f"daily sign-in, day {streak} of a streak",
                operator="member",
                earned_at=now,
            )
    return SignInOutcome(day, streak, points, first=True)


async def make_up(member_id: int, day: date, *, now: datetime) -> SignInOutcome:
    """Sign in for a missed day within the rule's make-up window, paying its cost in points;
    the streak through the following signed days is counted again (no reward is paid for a
    made-up day: it keeps the streak)."""
    rule = await active_rule()
    today = business_today(now)
    if rule.make_up_days <= 0:
        raise DomainError("Missed days cannot be made up.", field="day", code=ErrorCode.INVALID)
    if not today - timedelta(days=rule.make_up_days) <= day < today:
        raise DomainError(
            f"Only the last {rule.make_up_days} days before today can be made up.",
            field="day",
            code=ErrorCode.INVALID,
        )
    async with db.transaction():
        streak = await _streak_before(member_id, day) + 1
        if not await _insert(member_id, day, streak, 0, rule.id, now, made_up=True):
            raise DomainError("That day is already signed.", field="day", code=ErrorCode.DUPLICATE)
        if rule.make_up_cost:
            await movements.redeem(
                member_id=member_id,
                point_type_code=rule.point_type,
                points=rule.make_up_cost,
                key=f"sign-in-make-up:{member_id}:{day.isoformat()}",
                purpose="sign-in make-up",
                operator="member",
            )
        await _recount_after(member_id, day, streak)
    return SignInOutcome(day, streak, 0, first=True)


async def month_calendar(member_id: int, month: date, *, now: datetime) -> SignInCalendar:
    """The member's signed days of `month` (any day of it), with today's state: the running
    streak, what the next sign-in pays (today's if not yet signed, else tomorrow's), and the
    missed days still open for make-up."""
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    rule = await SignInRule.filter(active=True).order_by("-id").first()
    window = rule.make_up_days if rule else 0
    today = business_today(now)
    rows = await SignIn.filter(
        member_id=member_id,
        day__gte=min(first, today - timedelta(days=max(window, 1))),
        day__lte=max(last, today),
    ).order_by("day")
    by_day = {row.day: row for row in rows}
    current = by_day.get(today) or by_day.get(today - timedelta(days=1))
    streak = current.streak if current else 0
    return SignInCalendar(
        month=first,
        days=[
            SignInDay(row.day, row.streak, row.points, row.made_up)
            for row in rows
            if first <= row.day <= last
        ],
        signed_today=today in by_day,
        streak=streak,
        next_reward=reward_for(rule.rewards if rule else [], streak + 1),
        make_up_days=[
            today - timedelta(days=back)
            for back in range(window, 0, -1)
            if today - timedelta(days=back) not in by_day
        ],
        make_up_cost=rule.make_up_cost if rule else 0,
    )


async def _streak_before(member_id: int, day: date) -> int:
    row = await db.fetch_one(
        "SELECT streak FROM sign_ins WHERE member_id = $1 AND day = $2",
        member_id,
        day - timedelta(days=1),
    )
    return int(row["streak"]) if row else 0


async def _insert(
    member_id: int,
    day: date,
    streak: int,
    points: int,
    rule_id: int,
    now: datetime,
    *,
    made_up: bool,
) -> bool:
    """Insert the day's row; False when the member already has one (a concurrent tap waits for
    the first transaction and then finds its row)."""
    row = await db.fetch_one(
        """INSERT INTO sign_ins (member_id, day, streak, points, made_up, rule_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (member_id, day) DO NOTHING RETURNING id""",
        member_id,
        day,
        streak,
        points,
        made_up,
        rule_id,
        now,
    )
    return row is not None


async def _recount_after(member_id: int, day: date, streak: int) -> None:
    """Give the consecutive signed days after `day` the streaks the made-up day joins."""
    rows = await db.fetch(
        "SELECT id, day FROM sign_ins WHERE member_id = $1 AND day > $2 ORDER BY day",
        member_id,
        day,
    )
    expected, running = day + timedelta(days=1), streak
    for row in rows:
        if row["day"] != expected:
            break
        running += 1
        await db.execute("UPDATE sign_ins SET streak = $2 WHERE id = $1", row["id"], running)
        expected += timedelta(days=1)
