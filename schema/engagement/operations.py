"""Sign-in operations: members sign in, make up missed days and read their month; staff set
the rule."""

from __future__ import annotations

from datetime import date

import strawberry

from domain import clock
from domain.access import Scope
from domain.engagement import signin
from domain.errors import NotFound
from schema.access import actor, target_member
from schema.context import Info
from schema.engagement.types import (
    DefineSignInRulePayload,
    MakeUpSignInPayload,
    SignInCalendarType,
    SignInOutcomeType,
    SignInPayload,
    SignInRuleType,
)
from schema.errors import returns_errors
from schema.permissions import IsMember, IsMemberOrStaff, IsStaff


@strawberry.input(description="The sign-in rule: rewards by streak day and make-up terms.")
class DefineSignInRuleInput:
    point_type: str = strawberry.field(description="Point type code rewards are paid in.")
    rewards: list[int] = strawberry.field(
        description="Points for day 1, 2, ... of a streak (1 to 31 values, each 0 to 1,000,000)."
    )
    make_up_days: int = strawberry.field(
        default=0, description="Past days a member may make up (0 to 31; 0: none)."
    )
    make_up_cost: int = strawberry.field(default=0, description="Points one make-up costs.")


@strawberry.type
class EngagementQuery:
    @strawberry.field(
        description="A member's sign-in calendar for the month of `month` (default: this "
        "month), with the running streak and what the next sign-in pays.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.POINTS_READ)],
    )
    async def my_sign_ins(
        self, info: Info, month: date | None = None, member_id: strawberry.ID | None = None
    ) -> SignInCalendarType:
        member = await target_member(info, member_id)
        now = clock.utc_now()
        view = await signin.month_calendar(member, month or clock.business_today(now), now=now)
        return SignInCalendarType.from_calendar(view)

    @strawberry.field(
        description="The sign-in rule in force, or null when sign-in is not configured.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_READ)],
    )
    async def sign_in_rule(self) -> SignInRuleType | None:
        try:
            return SignInRuleType.from_model(await signin.active_rule())
        except NotFound:
            return None


@strawberry.type
class EngagementMutation:
    @strawberry.mutation(
        description="Sign in for today (business day). Once a day: repeats answer the day's "
        "sign-in with first=false and pay nothing. Errors: NOT_FOUND (not configured).",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def sign_in(self, info: Info) -> SignInPayload:
        member = await target_member(info, None)
        outcome = await signin.sign_in(member, now=clock.utc_now())
        return SignInPayload(sign_in=SignInOutcomeType.from_outcome(outcome))

    @strawberry.mutation(
        description="Sign in for a missed day within the rule's make-up window, paying its "
        "cost in points. Errors: INVALID (outside the window), DUPLICATE (already signed), "
        "INSUFFICIENT_POINTS, NOT_FOUND.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def make_up_sign_in(self, info: Info, day: date) -> MakeUpSignInPayload:
        member = await target_member(info, None)
        outcome = await signin.make_up(member, day, now=clock.utc_now())
        return MakeUpSignInPayload(sign_in=SignInOutcomeType.from_outcome(outcome))

    @strawberry.mutation(
        description="Replace the sign-in rule. Errors: UNKNOWN_POINT_TYPE, INVALID, "
        "INVALID_AMOUNT (every problem at once).",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    @returns_errors
    async def define_sign_in_rule(
        self, info: Info, input: DefineSignInRuleInput
    ) -> DefineSignInRulePayload:
        rule = await signin.define_rule(
            point_type=input.point_type,
            rewards=input.rewards,
            make_up_days=input.make_up_days,
            make_up_cost=input.make_up_cost,
            operator=actor(info),
        )
        return DefineSignInRulePayload(rule=SignInRuleType.from_model(rule))
