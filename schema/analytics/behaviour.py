"""Behaviour analyses for staff holding analytics:read and for BI principals: cohort retention,
funnels (saved ones kept per range), user paths and attribution."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from domain.access import Scope
from domain.analytics import attribution, cohorts, funnels, paths
from domain.analytics.attribution_rules import AttributionModel as DomainModel
from domain.analytics.funnel_sql import Step
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode
from schema.analytics.behaviour_types import (
    AttributionModel,
    AttributionResult,
    CohortActivityInput,
    CohortActivityKind,
    CohortBy,
    CohortGrain,
    CohortMatrix,
    CohortMeasure,
    CohortRow,
    FunnelAnswer,
    FunnelBreakdown,
    FunnelResult,
    FunnelStepInput,
    PathCount,
    PathDirection,
    SavedFunnelType,
)
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.jobs.types import JobType
from schema.permissions import IsStaffOrBI
from schema.relay import decode_id

_READ = IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)
_WRITE = IsStaffOrBI.with_scope(Scope.ANALYTICS_WRITE)
From = Annotated[date, strawberry.argument(name="from", description="First business day.")]
To = Annotated[date, strawberry.argument(description="Last business day, inclusive.")]
Segment = Annotated[
    strawberry.ID | None, strawberry.argument(description="Only the members of this segment.")
]
_RANGE = "Errors (top-level, with the field): INVALID_WINDOW (from after to, over 3660 days"


def _definition(
    steps: list[FunnelStepInput],
    window_minutes: int,
    breakdown: FunnelBreakdown | None,
    segment_id: strawberry.ID | None,
) -> funnels.FunnelDefinition:
    if window_minutes > funnels.MAX_WINDOW_SECONDS // 60 or window_minutes < 1:
        raise DomainError(
            "The window is 1 minute to 90 days.",
            field="windowMinutes",
            code=ErrorCode.INVALID_WINDOW,
        )
    parsed: tuple[Step, ...] = tuple(s.to_domain() for s in steps)
    return funnels.FunnelDefinition(
        steps=parsed,
        window_seconds=window_minutes * 60,
        breakdown=breakdown.name if breakdown else None,
        segment_id=decode_id(segment_id, "Segment", "segmentId") if segment_id else None,
    )


@strawberry.type
class SaveFunnelPayload:
    funnel: SavedFunnelType | None = strawberry.field(description="The saved funnel.")
    errors: list[UserError] = strawberry.field(description="Why it was not saved.")


@strawberry.type
class BehaviourQuery:
    @strawberry.field(
        description="Members grouped by the week or month of their first order or registration "
        "(merged-away members excluded), with a value per later period: active members, net "
        "sales or cumulative net sales (observed LTV). MONTH with ORDER activity reads the "
        "member_monthly rollup. from/to widen to whole periods. storeCode and channel keep "
        f"members of that source store and registration channel. {_RANGE} or over 120 periods), "
        "INVALID (NET "
        "measures need ORDER activity), REQUIRED (EVENT without a name).",
        permission_classes=[_READ],
    )
    async def cohort_retention(
        self,
        cohort: CohortBy,
        activity: CohortActivityInput,
        grain: CohortGrain,
        measure: CohortMeasure,
        from_: From,
        to: To,
        store_code: str | None = None,
        channel: str | None = None,
    ) -> CohortMatrix:
        if activity.kind is CohortActivityKind.EVENT and not activity.event:
            raise DomainError("Name the event.", field="activity.event", code=ErrorCode.REQUIRED)
        query = cohorts.CohortQuery(
            cohort=cohorts.CohortBy(cohort.name),
            grain=cohorts.CohortGrain(grain.name),
            measure=cohorts.CohortMeasure(measure.name),
            first=from_,
            last=to,
            event_name=activity.event if activity.kind is CohortActivityKind.EVENT else None,
            store_code=store_code,
            channel=channel,
        )
        matrix = await cohorts.cohort_retention(query)
        return CohortMatrix(
            rows=[CohortRow.from_domain(r) for r in matrix.rows],
            periods=matrix.periods,
            source=matrix.source,
            freshness=matrix.freshness,
        )

    @strawberry.field(
        description="Members who did step 1 in from..to (business days), then each later step in "
        "order within the window of their step 1: members and conversion per step, overall and "
        "per breakdown value. Over 31 days it returns a job whose result holds the counts; asking "
        "again within the hour returns that job, with the counts once it is done. With "
        "savedFunnelId the saved definition is used and its kept result for the range returned "
        f"unless refresh. {_RANGE} or a window outside 1 minute..90 days), TOO_MANY (over 10 "
        "steps, 10 filters or 100 values), REQUIRED (no step), NOT_FOUND, INVALID_ID.",
        permission_classes=[_READ],
    )
    async def funnel(
        self,
        from_: From,
        to: To,
        steps: list[FunnelStepInput] | None = None,
        window_minutes: int = 1440,
        breakdown: FunnelBreakdown | None = None,
        segment_id: Segment = None,
        saved_funnel_id: strawberry.ID | None = None,
        refresh: bool = False,
    ) -> FunnelAnswer:
        saved = (
            decode_id(saved_funnel_id, "SavedFunnel", "savedFunnelId") if saved_funnel_id else None
        )
        definition = _definition(steps or [], window_minutes, breakdown, segment_id)
        answer = await funnels.run_funnel(
            definition, from_, to, now=utc_now(), saved_funnel_id=saved, refresh=refresh
        )
        return FunnelAnswer(
            result=FunnelResult.from_domain(answer.result) if answer.result else None,
            job=JobType.from_model(answer.job) if answer.job else None,
            cached=answer.cached,
        )

    @strawberry.field(
        description="Saved funnels, newest first (at most 100).", permission_classes=[_READ]
    )
    async def saved_funnels(self) -> list[SavedFunnelType]:
        return [SavedFunnelType.from_model(row) for row in await funnels.saved_funnels()]

    @strawberry.field(
        description="The most common sequences of the `depth` events right after (FROM) or "
        "before (TO) each occurrence of the anchor event in from..to, with counts. "
        f"{_RANGE}), TOO_MANY (depth over 5, limit over 100), INVALID, NOT_FOUND, INVALID_ID.",
        permission_classes=[_READ],
    )
    async def user_paths(
        self,
        anchor: str,
        direction: PathDirection,
        from_: From,
        to: To,
        depth: int = 3,
        limit: int = 20,
        segment_id: Segment = None,
    ) -> list[PathCount]:
        segment = decode_id(segment_id, "Segment", "segmentId") if segment_id else None
        found = await paths.user_paths(
            anchor, paths.PathDirection(direction.name), depth, from_, to, limit, segment
        )
        return [PathCount.from_domain(p) for p in found]

    @strawberry.field(
        description="Net sales of member orders paid in from..to credited to the touch events "
        "of the member within windowDays before each order, by model; the sources' credits sum "
        "to the attributed net sales. sourceProperty splits sources by that event property; "
        "campaign clicks are the campaign_click event with sourceProperty campaign_id. "
        f"{_RANGE} or windowDays outside 1..90), TOO_MANY (over 10 touch events), REQUIRED, "
        "INVALID.",
        permission_classes=[_READ],
    )
    async def attribution(
        self,
        model: AttributionModel,
        touch_events: list[str],
        window_days: int,
        from_: From,
        to: To,
        source_property: str | None = None,
    ) -> AttributionResult:
        result = await attribution.attribution(
            DomainModel(model.name),
            touch_events,
            window_days,
            from_,
            to,
            source_property,
        )
        return AttributionResult.from_domain(result)


@strawberry.type
class BehaviourMutation:
    @strawberry.mutation(
        description="Save a funnel definition under a unique name; funnel(savedFunnelId:) then "
        "keeps its last result per range. Errors: DUPLICATE (name), INVALID_WINDOW, TOO_MANY, "
        "REQUIRED, INVALID, NOT_FOUND (segment), INVALID_ID.",
        permission_classes=[_WRITE],
    )
    @returns_errors
    async def save_funnel(
        self,
        info: Info,
        name: str,
        steps: list[FunnelStepInput],
        window_minutes: int,
        breakdown: FunnelBreakdown | None = None,
        segment_id: Segment = None,
    ) -> SaveFunnelPayload:
        definition = _definition(steps, window_minutes, breakdown, segment_id)
        principal = info.context.principal
        saved = await funnels.save_funnel(
            name, definition, created_by=principal.subject if principal else ""
        )
        return SaveFunnelPayload(funnel=SavedFunnelType.from_model(saved), errors=[])
