"""Point balances, statements, expiring points and the BI reports."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

import strawberry

from domain.access import Scope
from domain.errors import DomainError, ErrorCode
from domain.points import config as points_config
from domain.points import pending as points_pending
from domain.points import reads as points_reads
from domain.points import reports
from domain.points.models import PointType
from schema.access import target_member
from schema.args import After, First
from schema.context import Info
from schema.paging import page_by_position
from schema.permissions import IsMemberStaffOrService, IsStaffOrBI
from schema.points.types import (
    ExpiringPointsType,
    PendingPointsType,
    PointAccountType,
    PointEntryType,
    PointsClearingLineType,
    PointsLiabilityType,
    PointStatementTotalsType,
    PointTypeType,
)
from schema.relay import (
    Connection,
    keyset_page,
)

if TYPE_CHECKING:
    StatementKind = Enum  # built from reports.STATEMENT_KINDS below, which mypy cannot follow
else:
    StatementKind = strawberry.enum(
        Enum("StatementKind", {k: k for k in reports.STATEMENT_KINDS}), name="StatementKind"
    )


@strawberry.type(name="PointStatement")
class PointStatementType:
    entries: Connection[PointEntryType]
    totals: PointStatementTotalsType


@strawberry.type
class PointsQuery:
    @strawberry.field(
        description="Configured point types by id.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def point_types(
        self, first: First = None, after: After = None
    ) -> Connection[PointTypeType]:
        async def fetch(after_id: int | None, limit: int) -> list[PointType]:
            return await points_config.types_page(after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda t: t.id, wrap=PointTypeType.from_model
        )

    @strawberry.field(
        description="Balances by point type. Members read their own. A list, not a "
        "connection: one line per configured point type, a handful.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def point_accounts(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> list[PointAccountType]:
        member = await target_member(info, member_id)
        return [PointAccountType.from_models(t, a) for t, a in await points_reads.balances(member)]

    @strawberry.field(
        description="Movements newest first with filters, and totals per kind.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def point_statement(
        self,
        info: Info,
        point_type: str = points_config.DEFAULT_TYPE,
        member_id: strawberry.ID | None = None,
        kinds: list[StatementKind] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> PointStatementType:
        member = await target_member(info, member_id)
        filter_ = reports.StatementFilter(
            member_id=member,
            point_type=await points_config.get_type(point_type),
            kinds=[k.value for k in kinds or []],
            since=since,
            until=until,
        )
        entries = await keyset_page(
            lambda after_id, limit: reports.statement(filter_, before_id=after_id, limit=limit),
            first=first,
            after=after,
            key=lambda r: r.id,
            wrap=PointEntryType.from_line,
        )
        totals = await reports.statement_totals(filter_)
        return PointStatementType(
            entries=entries,
            totals=PointStatementTotalsType.from_totals(totals),
        )

    @strawberry.field(
        description="Points that expire within N days, by expiry instant, soonest first; "
        "cursors hold for the same arguments.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def expiring_points(
        self,
        info: Info,
        within_days: int = 30,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[ExpiringPointsType]:
        member = await target_member(info, member_id)
        rows = await points_reads.expiring(member, within_days)
        return await page_by_position(
            rows, first=first, after=after, wrap=ExpiringPointsType.from_expiring
        )

    @strawberry.field(
        description="Points orders earned that are held until their return window ends, "
        "soonest release first; a refund inside the window takes its share from them.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def pending_points(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[PendingPointsType]:
        member = await target_member(info, member_id)
        rows = await points_pending.pending_of(member)
        return await page_by_position(
            rows, first=first, after=after, wrap=PendingPointsType.from_pending
        )

    @strawberry.field(
        description="Outstanding points per type and their value in cents. A list, not a "
        "connection: one line per point type, a handful.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.POINTS_READ, Scope.ANALYTICS_READ)],
    )
    async def points_liability(self) -> list[PointsLiabilityType]:
        return [PointsLiabilityType.from_report(r) for r in await reports.liability()]

    @strawberry.field(
        description="Issued, redeemed, expired and reversed points per point type and funding "
        "party (store, brand, platform) in a period; cursors hold for the same period.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.POINTS_READ, Scope.ANALYTICS_READ)],
    )
    async def points_clearing(
        self, since: datetime, until: datetime, first: First = None, after: After = None
    ) -> Connection[PointsClearingLineType]:
        if until <= since:
            raise DomainError(
                "until must be after since.", field="until", code=ErrorCode.INVALID_WINDOW
            )
        lines = await reports.clearing(since, until)
        return await page_by_position(
            lines, first=first, after=after, wrap=PointsClearingLineType.from_report
        )
