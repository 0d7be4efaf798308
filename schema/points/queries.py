"""Point balances, statements, expiring points and the BI reports."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

import strawberry

from domain.access import Principal, Role, Scope, require_member_access
from domain.errors import DomainError, ErrorCode
from domain.members import service as members_service
from domain.points import config as points_config
from domain.points import reads as points_reads
from domain.points import reports
from schema.context import Info
from schema.members.queries import query_error
from schema.permissions import IsMemberStaffOrService, IsStaffOrBI
from schema.points.types import (
    ExpiringPointsType,
    PointAccountType,
    PointEntryType,
    PointsClearingLineType,
    PointsLiabilityType,
    PointStatementTotalsType,
    PointTypeType,
)
from schema.relay import (
    Connection,
    Edge,
    PageInfo,
    decode_cursor,
    decode_id,
    encode_cursor,
    page_size,
)

if TYPE_CHECKING:
    StatementKind = Enum  # built from reports.STATEMENT_KINDS below, which mypy cannot follow
else:
    StatementKind = strawberry.enum(
        Enum("StatementKind", {k: k for k in reports.STATEMENT_KINDS}), name="StatementKind"
    )


async def target_member(principal: Principal | None, member_id: strawberry.ID | None) -> int:
    """Members read themselves; staff and service name the member (absorbed ids resolve)."""
    assert principal is not None
    if principal.role is Role.MEMBER:
        assert principal.member_id is not None
        return principal.member_id
    if member_id is None:
        raise DomainError("memberId is required.", field="memberId", code=ErrorCode.REQUIRED)
    resolved = await members_service.resolve_member_id(decode_id(member_id, "Member", "memberId"))
    if resolved is None:
        raise DomainError("Member not found.", field="memberId", code=ErrorCode.NOT_FOUND)
    require_member_access(principal, resolved)
    return resolved


@strawberry.type(name="PointStatement")
class PointStatementType:
    entries: Connection[PointEntryType]
    totals: PointStatementTotalsType


@strawberry.type
class PointsQuery:
    @strawberry.field(
        description="Configured point types.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def point_types(self) -> list[PointTypeType]:
        return [PointTypeType.from_model(t) for t in await points_config.list_types()]

    @strawberry.field(
        description="Balances by point type. Members read their own.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def point_accounts(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> list[PointAccountType]:
        try:
            member = await target_member(info.context.principal, member_id)
        except DomainError as error:
            raise query_error(error) from error
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
        try:
            member = await target_member(info.context.principal, member_id)
            size = page_size(first)
            filter_ = reports.StatementFilter(
                member_id=member,
                point_type=await points_config.get_type(point_type),
                kinds=[k.value for k in kinds or []],
                since=since,
                until=until,
            )
            rows = await reports.statement(filter_, before_id=decode_cursor(after), limit=size + 1)
        except DomainError as error:
            raise query_error(error) from error
        edges = [
            Edge(cursor=encode_cursor(r.id), node=PointEntryType.from_line(r)) for r in rows[:size]
        ]
        totals = await reports.statement_totals(filter_)
        return PointStatementType(
            entries=Connection(
                edges=edges,
                page_info=PageInfo(
                    has_next_page=len(rows) > size, end_cursor=edges[-1].cursor if edges else None
                ),
            ),
            totals=PointStatementTotalsType.from_totals(totals),
        )

    @strawberry.field(
        description="Points that expire within N days, by expiry instant.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.POINTS_READ)],
    )
    async def expiring_points(
        self, info: Info, within_days: int = 30, member_id: strawberry.ID | None = None
    ) -> list[ExpiringPointsType]:
        try:
            member = await target_member(info.context.principal, member_id)
            rows = await points_reads.expiring(member, within_days)
        except DomainError as error:
            raise query_error(error) from error
        return [
            ExpiringPointsType(
                point_type=r["point_type"], expires_at=r["expires_at"], points=int(r["points"])
            )
            for r in rows
        ]

    @strawberry.field(
        description="Outstanding points per type and their value in cents.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.POINTS_READ, Scope.ANALYTICS_READ)],
    )
    async def points_liability(self) -> list[PointsLiabilityType]:
        return [PointsLiabilityType.from_report(r) for r in await reports.liability()]

    @strawberry.field(
        description="Issued, redeemed, expired and reversed points per funding "
        "party (store, brand, platform) in a period.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.POINTS_READ, Scope.ANALYTICS_READ)],
    )
    async def points_clearing(
        self, since: datetime, until: datetime
    ) -> list[PointsClearingLineType]:
        if until <= since:
            raise query_error(
                DomainError(
                    "until must be after since.", field="until", code=ErrorCode.INVALID_WINDOW
                )
            )
        return [PointsClearingLineType.from_report(r) for r in await reports.clearing(since, until)]
