"""Level queries: the ladder, a member's level and privileges, distributions."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from domain import clock
from domain.access import Scope
from domain.levels import ladder as levels_ladder
from domain.levels import paid as paid_service
from domain.levels import service as levels_service
from schema.access import target_member
from schema.args import After, First
from schema.context import Info
from schema.levels.types import (
    LevelChangeType,
    LevelCountType,
    LevelTrendPointType,
    LevelType,
    MemberLevelType,
    PaidMembershipType,
    PrivilegesType,
)
from schema.paging import page_by_key, page_by_position
from schema.permissions import IsAuthenticated, IsMemberStaffOrService, IsStaffOrBI
from schema.relay import Connection


def _counts(rows: list[levels_service.LevelCount]) -> list[LevelCountType]:
    return [LevelCountType(rank=r.rank, members=r.members) for r in rows]


@strawberry.type
class LevelsQuery:
    @strawberry.field(
        description="The ladder by rank. A list, not a connection: defineLevels replaces the "
        "ladder whole and it holds a handful of rungs, which clients show together.",
        permission_classes=[IsAuthenticated.with_scope(Scope.LEVELS_READ)],
    )
    async def levels(self) -> list[LevelType]:
        return [LevelType.from_model(x) for x in await levels_ladder.ladder()]

    @strawberry.field(
        description="A member's level, period and history.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_READ)],
    )
    async def member_level(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> MemberLevelType:
        member = await target_member(info, member_id)
        level, row = await levels_service.current(member)
        return MemberLevelType(
            level=LevelType.from_model(level) if level else None,
            reached_on=row.reached_on if row else None,
            period_ends_on=row.period_ends_on if row else None,
            history=[LevelChangeType.from_change(c) for c in await levels_service.history(member)],
        )

    @strawberry.field(
        description="Members per level at a past instant (now by default). A list, not a "
        "connection: one line per rung of the ladder.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.LEVELS_READ, Scope.ANALYTICS_READ)],
    )
    async def level_distribution(self, at: datetime | None = None) -> list[LevelCountType]:
        return _counts(await levels_service.distribution(at or clock.utc_now()))

    @strawberry.field(
        description="The distribution at the end of every step of a period, oldest first; "
        "cursors hold for the same arguments.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.LEVELS_READ, Scope.ANALYTICS_READ)],
    )
    async def level_trend(
        self,
        since: date,
        until: date,
        step_days: int = 7,
        first: First = None,
        after: After = None,
    ) -> Connection[LevelTrendPointType]:
        points = await levels_service.trend(since, until, step_days)
        return await page_by_position(
            points,
            first=first,
            after=after,
            wrap=lambda p: LevelTrendPointType(day=p.day, counts=_counts(p.counts)),
        )

    @strawberry.field(
        description="Discount, free shipping and points multiplier that apply "
        "now (level, paid plan and cards together).",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_READ)],
    )
    async def member_privileges(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> PrivilegesType:
        member = await target_member(info, member_id)
        p = await levels_service.privileges(member)
        return PrivilegesType(
            level_code=p.level_code,
            discount_percent=p.discount_percent,
            free_shipping=p.free_shipping,
            points_multiplier=f"{p.multiplier.numerator}/{p.multiplier.denominator}",
        )

    @strawberry.field(
        description="A member's paid-plan purchases, oldest first.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_READ)],
    )
    async def paid_memberships(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[PaidMembershipType]:
        member = await target_member(info, member_id)
        return await page_by_key(
            await paid_service.memberships_of(member),
            first=first,
            after=after,
            key=lambda held: held.membership.id,
            wrap=lambda held: PaidMembershipType.from_membership(held.membership, held.plan_code),
        )
