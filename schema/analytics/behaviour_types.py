"""Inputs and types of the behaviour analyses: cohorts, funnels, paths and attribution."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry
from strawberry.scalars import JSON

from domain.analytics import attribution, cohorts, funnels
from domain.analytics import paths as paths_service
from domain.analytics.funnel_models import SavedFunnel
from domain.analytics.funnel_sql import Step, StepFilter
from schema.jobs.types import JobType
from schema.relay import encode_id


@strawberry.enum(description="What puts a member in a cohort.")
class CohortBy(Enum):
    FIRST_ORDER = strawberry.enum_value("FIRST_ORDER", description="The first order's period.")
    REGISTRATION = strawberry.enum_value("REGISTRATION", description="The registration period.")


@strawberry.enum(description="What counts as activity in a later period.")
class CohortActivityKind(Enum):
    ORDER = strawberry.enum_value("ORDER", description="Any order (net sales measurable).")
    EVENT = strawberry.enum_value("EVENT", description="A behaviour event of the given name.")


@strawberry.enum(description="The period of cohorts and of offsets.")
class CohortGrain(Enum):
    WEEK = strawberry.enum_value("WEEK", description="ISO weeks, keyed by their Monday.")
    MONTH = strawberry.enum_value("MONTH", description="Calendar months, keyed by their 1st.")


@strawberry.enum(description="The value of each cohort cell.")
class CohortMeasure(Enum):
    MEMBERS = strawberry.enum_value("MEMBERS", description="Members active in the period.")
    NET = strawberry.enum_value("NET", description="Net sales in the period, in fen.")
    CUMULATIVE_NET = strawberry.enum_value(
        "CUMULATIVE_NET",
        description="Net sales up to and including the period, in fen; divided by the cohort "
        "size it is the observed LTV.",
    )


@strawberry.input(description="Activity counted per period: orders, or events of one name.")
class CohortActivityInput:
    kind: CohortActivityKind = strawberry.field(description="ORDER or EVENT.")
    event: str | None = strawberry.field(default=None, description="Event name for EVENT.")


@strawberry.type(description="One cohort row of a retention matrix.")
class CohortRow:
    cohort: date = strawberry.field(description="First day of the cohort's period.")
    size: int = strawberry.field(description="Members in the cohort.")
    values: list[int] = strawberry.field(
        description="Value per period offset, from 0 (the cohort's own period) to `to`."
    )
    ratios: list[float] = strawberry.field(description="Each value divided by the size.")

    @classmethod
    def from_domain(cls, row: cohorts.CohortRow) -> CohortRow:
        """The GraphQL shape of a row."""
        return cls(cohort=row.cohort, size=row.size, values=row.values, ratios=row.ratios)


@strawberry.type(description="Cohort x period-offset matrix.")
class CohortMatrix:
    rows: list[CohortRow] = strawberry.field(description="Non-empty cohorts, oldest first.")
    periods: int = strawberry.field(description="Periods from the first cohort to `to`.")
    source: str = strawberry.field(description="The rollup or fact read.")
    freshness: datetime | None = strawberry.field(
        description="The rollup's watermark; null when raw facts were read."
    )


@strawberry.input(description="An event property (as text) that must be one of the values.")
class PropertyFilterInput:
    property: str = strawberry.field(description="Property key, e.g. utm_source.")
    values: list[str] = strawberry.field(description="Accepted values, 1 to 100.")


@strawberry.input(description="One funnel step: an event name and filters on its properties.")
class FunnelStepInput:
    event: str = strawberry.field(description="Event name (unknown names count zero).")
    filters: list[PropertyFilterInput] = strawberry.field(
        default_factory=list, description="At most 10 property filters, all of which must hold."
    )

    def to_domain(self) -> Step:
        """The domain step."""
        return Step(
            self.event, tuple(StepFilter(f.property, tuple(f.values)) for f in self.filters)
        )


@strawberry.enum(description="The member attribute funnel counts are broken down by.")
class FunnelBreakdown(Enum):
    CHANNEL = strawberry.enum_value("CHANNEL", description="Registration channel.")
    STORE = strawberry.enum_value("STORE", description="Source store code.")
    LEVEL = strawberry.enum_value("LEVEL", description="Current level code.")


@strawberry.type(description="Members who reached one funnel step.")
class FunnelStepCount:
    event: str = strawberry.field(description="The step's event name.")
    members: int = strawberry.field(description="Members who reached this step in order.")
    conversion: float = strawberry.field(description="Share of the members of step 1.")
    step_conversion: float = strawberry.field(description="Share of the step before.")


@strawberry.type(description="The funnel of the members with one breakdown value.")
class FunnelGroup:
    value: str | None = strawberry.field(description="The breakdown value; null when unknown.")
    steps: list[FunnelStepCount] = strawberry.field(description="Counts per step.")


@strawberry.type(description="Counts and conversion per step, overall and per breakdown value.")
class FunnelResult:
    from_: date = strawberry.field(name="from", description="First business day of step 1.")
    to: date = strawberry.field(description="Last business day of step 1.")
    steps: list[FunnelStepCount] = strawberry.field(description="Counts per step, overall.")
    groups: list[FunnelGroup] = strawberry.field(description="Counts per breakdown value.")
    computed_at: datetime = strawberry.field(description="When the counts were computed.")

    @classmethod
    def from_domain(cls, result: funnels.FunnelResult) -> FunnelResult:
        """The GraphQL shape of a result."""

        def counts(items: list[funnels.StepCount]) -> list[FunnelStepCount]:
            return [
                FunnelStepCount(
                    event=s.event,
                    members=s.members,
                    conversion=s.conversion,
                    step_conversion=s.step_conversion,
                )
                for s in items
            ]

        return cls(
            from_=result.first,
            to=result.last,
            steps=counts(result.steps),
            groups=[FunnelGroup(value=g.value, steps=counts(g.steps)) for g in result.groups],
            computed_at=result.computed_at,
        )


@strawberry.type(description="A funnel's counts now, or the job computing them (long ranges).")
class FunnelAnswer:
    result: FunnelResult | None = strawberry.field(description="The counts; null while a job runs.")
    job: JobType | None = strawberry.field(
        description="The job computing the counts (its result holds them); null when answered."
    )
    cached: bool = strawberry.field(description="The counts are a saved funnel's kept result.")


@strawberry.type(description="A saved funnel definition.")
class SavedFunnelType:
    id: strawberry.ID = strawberry.field(description="Global id, for funnel(savedFunnelId:).")
    name: str = strawberry.field(description="Unique name.")
    definition: JSON = strawberry.field(
        description="steps, window_seconds, breakdown and segment_id as saved."
    )
    created_at: datetime = strawberry.field(description="When it was saved.")

    @classmethod
    def from_model(cls, row: SavedFunnel) -> SavedFunnelType:
        """The GraphQL shape of a saved funnel."""
        return cls(
            id=strawberry.ID(encode_id("SavedFunnel", row.id)),
            name=row.name,
            definition=JSON(row.definition),
            created_at=row.created_at,
        )


@strawberry.enum(description="Whether paths follow or lead up to the anchor event.")
class PathDirection(Enum):
    FROM = strawberry.enum_value("FROM", description="The events right after the anchor.")
    TO = strawberry.enum_value("TO", description="The events right before the anchor.")


@strawberry.type(description="One path of events with how often it was taken.")
class PathCount:
    events: list[str] = strawberry.field(
        description="Event names in time order; shorter than depth where events ran out."
    )
    paths: int = strawberry.field(description="Anchor occurrences followed (or led) by it.")
    members: int = strawberry.field(description="Distinct members who took it.")

    @classmethod
    def from_domain(cls, row: paths_service.PathCount) -> PathCount:
        """The GraphQL shape of a path."""
        return cls(events=row.events, paths=row.paths, members=row.members)


@strawberry.enum(description="How an order's net sales are split among the touches before it.")
class AttributionModel(Enum):
    FIRST = strawberry.enum_value("FIRST", description="All to the first touch.")
    LAST = strawberry.enum_value("LAST", description="All to the last touch.")
    LINEAR = strawberry.enum_value("LINEAR", description="Equal shares to every touch.")
    POSITION_BASED = strawberry.enum_value(
        "POSITION_BASED",
        description="40% first, 40% last, 20% shared by those between (halves for two touches).",
    )


@strawberry.type(description="Net sales credited to one touch source.")
class SourceCredit:
    source: str = strawberry.field(description="Event name, with `:value` of sourceProperty.")
    credit_cents: int = strawberry.field(description="Net sales credited, in fen.")
    orders: int = strawberry.field(description="Orders it received a share of.")


@strawberry.type(description="Orders' net sales credited to touch sources by one model.")
class AttributionResult:
    sources: list[SourceCredit] = strawberry.field(description="Sources, largest credit first.")
    attributed_orders: int = strawberry.field(description="Orders with a touch in the window.")
    attributed_net_cents: int = strawberry.field(
        description="Their net sales in fen; equals the sum of the credits."
    )
    unattributed_orders: int = strawberry.field(description="Member orders without a touch.")
    unattributed_net_cents: int = strawberry.field(description="Their net sales in fen.")

    @classmethod
    def from_domain(cls, result: attribution.AttributionResult) -> AttributionResult:
        """The GraphQL shape of a result."""
        return cls(
            sources=[
                SourceCredit(source=s.source, credit_cents=s.credit_cents, orders=s.orders)
                for s in result.sources
            ],
            attributed_orders=result.attributed_orders,
            attributed_net_cents=result.attributed_net_cents,
            unattributed_orders=result.unattributed_orders,
            unattributed_net_cents=result.unattributed_net_cents,
        )
