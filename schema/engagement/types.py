"""Sign-in types: the calendar, a day, an outcome, the rule."""

from __future__ import annotations

from datetime import date

import strawberry

from domain.engagement import signin
from domain.engagement.models import SignInRule
from schema.errors import UserError


@strawberry.type(name="SignInDay", description="A signed day of the calendar.")
class SignInDayType:
    day: date = strawberry.field(description="The business day.")
    streak: int = strawberry.field(description="Consecutive days up to and including this one.")
    points: int = strawberry.field(description="Points the day paid (0 for a made-up day).")
    made_up: bool = strawberry.field(description="Signed later, for points.")


@strawberry.type(name="SignInCalendar", description="A member's sign-in month and today's state.")
class SignInCalendarType:
    month: date = strawberry.field(description="The first day of the month shown.")
    days: list[SignInDayType] = strawberry.field(description="The month's signed days.")
    signed_today: bool = strawberry.field(description="Whether today is signed already.")
    streak: int = strawberry.field(description="The running streak (today's or yesterday's).")
    next_reward: int = strawberry.field(
        description="Points the next sign-in pays: today's if not yet signed, else tomorrow's."
    )
    make_up_days: list[date] = strawberry.field(
        description="Missed days that can still be made up."
    )
    make_up_cost: int = strawberry.field(description="Points one make-up costs.")

    @classmethod
    def from_calendar(cls, view: signin.SignInCalendar) -> SignInCalendarType:
        return cls(
            month=view.month,
            days=[
                SignInDayType(day=d.day, streak=d.streak, points=d.points, made_up=d.made_up)
                for d in view.days
            ],
            signed_today=view.signed_today,
            streak=view.streak,
            next_reward=view.next_reward,
            make_up_days=view.make_up_days,
            make_up_cost=view.make_up_cost,
        )


@strawberry.type(name="SignInRule", description="The sign-in rule in force.")
class SignInRuleType:
    point_type: str = strawberry.field(description="The point type rewards are paid in.")
    rewards: list[int] = strawberry.field(
        description="Points for day 1, 2, ... of a streak; later days get the last value."
    )
    make_up_days: int = strawberry.field(description="How many past days can be made up.")
    make_up_cost: int = strawberry.field(description="Points one make-up costs.")

    @classmethod
    def from_model(cls, rule: SignInRule) -> SignInRuleType:
        return cls(
            point_type=rule.point_type,
            rewards=list(rule.rewards),
            make_up_days=rule.make_up_days,
            make_up_cost=rule.make_up_cost,
        )


@strawberry.type(name="SignInOutcome", description="What signIn and makeUpSignIn return.")
class SignInOutcomeType:
    day: date = strawberry.field(description="The business day signed.")
    streak: int = strawberry.field(description="The streak that day makes.")
    points: int = strawberry.field(description="Points paid now (0 for a repeat or a make-up).")
    first: bool = strawberry.field(
        description="False when the day was signed already: a repeat changes nothing."
    )

    @classmethod
    def from_outcome(cls, outcome: signin.SignInOutcome) -> SignInOutcomeType:
        return cls(
            day=outcome.day, streak=outcome.streak, points=outcome.points, first=outcome.first
        )


@strawberry.type(description="What signIn returns.")
class SignInPayload:
    sign_in: SignInOutcomeType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="What makeUpSignIn returns.")
class MakeUpSignInPayload:
    sign_in: SignInOutcomeType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="What defineSignInRule returns.")
class DefineSignInRulePayload:
    rule: SignInRuleType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
