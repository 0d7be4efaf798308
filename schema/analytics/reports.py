"""Analysis models no cube expresses: distribution, tag transitions, level migration, points
breakage and member LTV, for staff holding analytics:read and for BI."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated

import strawberry

from domain.access import Scope
from domain.analytics import abc, breakage, distribution, ltv, migration
from domain.catalog import service as catalog_service
from domain.clock import business_today
from domain.errors import DomainError, ErrorCode, NotFound
from domain.tags import transitions
from schema.analytics.report_types import (
    AbcResult,
    AbcRow,
    BreakageRow,
    DistributionBand,
    DistributionResult,
    LevelMigrationCell,
    LtvResult,
    LtvRow,
    TagTransitionCell,
    TagTransitionMatrix,
)
from schema.permissions import IsStaffOrBI
from schema.relay import decode_id, encode_id

GATE = IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)


@strawberry.enum(description="A per-member number to distribute members over.")
class DistributionMeasure(Enum):
    ORDERS = strawberry.enum_value("ORDERS", description="Orders placed (all time).")
    SPEND = strawberry.enum_value("SPEND", description="Net spend in fen (paid - refunded).")
    POINTS_BALANCE = strawberry.enum_value(
        "POINTS_BALANCE", description="Available points over every point type."
    )
    DAYS_SINCE_LAST_ORDER = strawberry.enum_value(
        "DAYS_SINCE_LAST_ORDER",
        description="Business days since the last order; members who never ordered have none.",
    )


@strawberry.input(description="Band edges, or a number of quantiles to place them at; one of.")
class DistributionBucketsInput:
    edges: list[int] | None = strawberry.field(
        default=None, description="1-50 strictly rising lower edges; open bands at both ends."
    )
    quantiles: int | None = strawberry.field(
        default=None, description="2-20 bands holding about as many members each."
    )


@strawberry.input(description="Which number, which bands, and which members to count.")
class DistributionInput:
    measure: DistributionMeasure = strawberry.field(description="The number per member.")
    buckets: DistributionBucketsInput = strawberry.field(description="Edges or quantiles.")
    segment_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only members of this saved segment."
    )
    store_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Only members who bought at this store, counting their orders there only.",
    )


@strawberry.enum(description="What an ABC analysis ranks.")
class AbcBy(Enum):
    ITEM = strawberry.enum_value("ITEM", description="Items (the item sold).")
    CATEGORY = strawberry.enum_value("CATEGORY", description="Categories at the time of sale.")


@strawberry.enum(description="The cohort period of memberLtv.")
class LtvCohortGrain(Enum):
    WEEK = strawberry.enum_value("WEEK", description="Registration week (Monday).")
    MONTH = strawberry.enum_value("MONTH", description="Registration month.")
    QUARTER = strawberry.enum_value("QUARTER", description="Registration quarter.")


@strawberry.enum(description="How memberLtv splits each cohort.")
class LtvGroupBy(Enum):
    CHANNEL = strawberry.enum_value("CHANNEL", description="By registration channel.")
    SEGMENT = strawberry.enum_value(
        "SEGMENT", description="By each of `segmentIds` (a member may be in several)."
    )


@strawberry.input(description="Cohorts of members by registration, and how to split them.")
class LtvInput:
    grain: LtvCohortGrain = strawberry.field(description="Cohort period.")
    from_: date = strawberry.field(name="from", description="First registration day.")
    to: date = strawberry.field(description="Last registration day, inclusive.")
    group_by: LtvGroupBy = strawberry.field(
        default=LtvGroupBy.CHANNEL, description="CHANNEL or SEGMENT."
    )
    segment_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="1-10 saved segments, for SEGMENT."
    )


async def _store_code(store_id: strawberry.ID | None) -> str | None:
    if store_id is None:
        return None
    [store] = await catalog_service.stores_by_ids([decode_id(store_id, "Store", "storeId")])
    if store is None:
        raise NotFound("Store not found.", field="storeId")
    return store.code


async def _segment_members(segment_id: strawberry.ID | None) -> list[int] | None:
    if segment_id is None:
        return None
    from domain.segments import service as segments

    members = await segments.segment_member_ids(decode_id(segment_id, "Segment", "segmentId"))
    return [int(i) for i in members]


@strawberry.type
class AnalyticsReportsQuery:
    @strawberry.field(
        description="Live members per band of one number (orders, net spend, points balance, "
        "days since the last order). Errors (top-level, with the field): INVALID, TOO_MANY, "
        "NOT_FOUND, INVALID_ID.",
        permission_classes=[GATE],
    )
    async def distribution(
        self,
        input: Annotated[
            DistributionInput, strawberry.argument(description="Measure, bands and members.")
        ],
    ) -> DistributionResult:
        found = await distribution.distribution(
            measure=distribution.Measure(input.measure.name.lower()),
            today=business_today(),
            edges=input.buckets.edges,
            quantiles=input.buckets.quantiles,
            store_code=await _store_code(input.store_id),
            member_ids=await _segment_members(input.segment_id),
        )
        return DistributionResult(
            measure=input.measure.name,
            bands=[
                DistributionBand(lower=b.lower, upper=b.upper, members=b.members)
                for b in found.bands
            ],
            members=found.members,
            without_value=found.without_value,
        )

    @strawberry.field(
        description="Members from each value of a tag to each value between a published tag "
        "run and the run before it (RFM class, lifecycle, quadrant ...). Errors: NOT_FOUND "
        "(toRun), NOT_COVERED (fromRun not the run before, or a first run).",
        permission_classes=[GATE],
    )
    async def tag_transitions(
        self,
        tag: Annotated[str, strawberry.argument(description="The tag's code.")],
        from_run: Annotated[
            int | None,
            strawberry.argument(description="The earlier run; must be the one before toRun."),
        ] = None,
        to_run: Annotated[
            int | None, strawberry.argument(description="The later run; the latest when null.")
        ] = None,
    ) -> TagTransitionMatrix:
        source, target, cells = await transitions.transitions(tag, to_run=to_run, from_run=from_run)
        return TagTransitionMatrix(
            tag=tag,
            from_run=source.id,
            to_run=target.id,
            from_as_of=source.as_of,
            to_as_of=target.as_of,
            cells=[
                TagTransitionCell(from_value=c.from_value, to_value=c.to_value, members=c.members)
                for c in cells
            ],
        )

    @strawberry.field(
        description="Members whose level changed between two business days, from their level "
        "before the first change to their level after the last. Errors: INVALID_WINDOW.",
        permission_classes=[GATE],
    )
    async def level_migration(
        self,
        from_: Annotated[date, strawberry.argument(name="from", description="First business day.")],
        to: Annotated[date, strawberry.argument(description="Last business day, inclusive.")],
    ) -> list[LevelMigrationCell]:
        moves = await migration.level_migration(from_, to)
        return [
            LevelMigrationCell(
                from_rank=m.from_rank,
                to_rank=m.to_rank,
                from_level=m.from_level,
                to_level=m.to_level,
                members=m.members,
            )
            for m in moves
        ]

    @strawberry.field(
        description="Point lots by business month of issue: issued, redeemed, expired, taken "
        "back and outstanding, and the breakage rate of what has settled. Errors: "
        "INVALID_WINDOW.",
        permission_classes=[GATE],
    )
    async def points_breakage(
        self,
        from_: Annotated[date, strawberry.argument(name="from", description="First issue day.")],
        to: Annotated[date, strawberry.argument(description="Last issue day, inclusive.")],
        point_type: Annotated[
            str, strawberry.argument(description="The point type's code.")
        ] = "POINTS",
    ) -> list[BreakageRow]:
        months = await breakage.points_breakage(point_type, from_, to)
        return [BreakageRow.from_domain(m) for m in months]

    @strawberry.field(
        description="Observed net spend per registration cohort and channel or segment, with "
        "the customer-value model's expected spend to come (BG/NBD x Gamma-Gamma from the "
        "latest tag run). Errors: INVALID_WINDOW, TOO_MANY, REQUIRED, NOT_FOUND, INVALID_ID.",
        permission_classes=[GATE],
    )
    async def member_ltv(
        self,
        input: Annotated[LtvInput, strawberry.argument(description="Cohorts and groups.")],
    ) -> LtvResult:
        segment_ids = None
        if input.group_by is LtvGroupBy.SEGMENT:
            if not input.segment_ids:
                raise DomainError(
                    "Name the segments to group by.", field="segmentIds", code=ErrorCode.REQUIRED
                )
            segment_ids = [decode_id(i, "Segment", "segmentIds") for i in input.segment_ids]
        found = await ltv.member_ltv(
            first=input.from_,
            last=input.to,
            grain=ltv.CohortGrain(input.grain.name.lower()),
            today=business_today(),
            segment_ids=segment_ids,
        )
        rows = [
            LtvRow.from_domain(
                row, encode_id("Segment", int(row.group)) if segment_ids else row.group
            )
            for row in found.rows
        ]
        return LtvResult(rows=rows, horizon_days=found.horizon_days)

    @strawberry.field(
        description="Items or categories ranked by net sales over a span, with A/B/C classes "
        "by cumulative share of net sales and of gross margin (A to 80 %, B to 95 %). Margin "
        "uses today's unit costs. Errors: INVALID_WINDOW.",
        permission_classes=[GATE],
    )
    async def abc_analysis(
        self,
        by: Annotated[AbcBy, strawberry.argument(description="ITEM or CATEGORY.")],
        from_: Annotated[date, strawberry.argument(name="from", description="First business day.")],
        to: Annotated[date, strawberry.argument(description="Last business day, inclusive.")],
    ) -> AbcResult:
        rows, truncated = await abc.abc_analysis(abc.AbcBy(by.name.lower()), from_, to)
        return AbcResult(rows=[AbcRow.from_domain(r) for r in rows], truncated=truncated)
