"""Inputs and types of the metrics query and its catalogue."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry
from strawberry.scalars import JSON

from domain.analytics import metrics as metrics_service
from domain.analytics import planner
from domain.analytics.catalog import Dimension, Grain, Measure
from schema.relay import decode_id


@strawberry.enum(description="How rows are bucketed in time (business days).")
class TimeGrain(Enum):
    DAY = strawberry.enum_value("DAY", description="Per business day.")
    WEEK = strawberry.enum_value("WEEK", description="Per ISO week, keyed by its Monday.")
    MONTH = strawberry.enum_value("MONTH", description="Per month, keyed by its first day.")
    QUARTER = strawberry.enum_value("QUARTER", description="Per quarter, keyed by its first day.")
    YEAR = strawberry.enum_value("YEAR", description="Per year, keyed by 1 January.")


@strawberry.enum(description="How a filter compares a dimension with its values.")
class MetricFilterOp(Enum):
    EQ = strawberry.enum_value("EQ", description="Equal to the one value.")
    NEQ = strawberry.enum_value("NEQ", description="Not equal to the one value.")
    IN = strawberry.enum_value("IN", description="One of the values.")
    NOT_IN = strawberry.enum_value("NOT_IN", description="None of the values.")


@strawberry.enum(description="A second period to answer the same query for (同环比).")
class ComparePeriod(Enum):
    PREVIOUS_PERIOD = strawberry.enum_value(
        "PREVIOUS_PERIOD",
        description="The period just before, as long (whole months when the window is).",
    )
    SAME_PERIOD_LAST_YEAR = strawberry.enum_value(
        "SAME_PERIOD_LAST_YEAR", description="The same days one year earlier."
    )


@strawberry.input(description="A window of business days and the grain rows are bucketed by.")
class TimeWindowInput:
    grain: TimeGrain = strawberry.field(description="Time bucket of each row.")
    from_: date = strawberry.field(name="from", description="First business day, inclusive.")
    to: date = strawberry.field(description="Last business day, inclusive.")


@strawberry.input(description="Keep rows whose dimension matches the values.")
class MetricFilterInput:
    dimension: str = strawberry.field(description="A dimension of the catalogue.")
    op: MetricFilterOp = strawberry.field(description="How to compare.")
    values: list[str] = strawberry.field(description="Values as text (booleans: true/false).")


@strawberry.input(description="One sort key of the rows.")
class MetricOrderInput:
    by: str = strawberry.field(description="`time`, an asked measure or an asked dimension.")
    descending: bool = strawberry.field(default=False, description="Largest first.")


@strawberry.input(description="Measures by dimensions over a time window, from the rollups.")
class MetricsQueryInput:
    measures: list[str] = strawberry.field(description="Measure names (metricCatalog), 1-20.")
    dimensions: list[str] = strawberry.field(
        default_factory=list, description="Dimension names to group by, at most 5."
    )
    time: TimeWindowInput | None = strawberry.field(
        default=None, description="Window and grain; all history in one row group when null."
    )
    filters: list[MetricFilterInput] = strawberry.field(
        default_factory=list, description="Filters on dimensions, all of which must hold."
    )
    compare: ComparePeriod | None = strawberry.field(
        default=None, description="Also answer for this second period (needs `time`)."
    )
    order: list[MetricOrderInput] = strawberry.field(
        default_factory=list, description="Sort keys; by time and dimensions when empty."
    )
    limit: int = strawberry.field(default=1000, description="Rows returned, 1 to 10,000.")
    segment_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Only the members of this saved segment: answered from the member-grain "
        "rollup (orders, amounts, buyers); other measures are NOT_COVERED.",
    )

    def to_domain(self) -> planner.MetricsQuery:
        """The planner's query."""
        window = None
        if self.time is not None:
            window = planner.Window(Grain(self.time.grain.name), self.time.from_, self.time.to)
        return planner.MetricsQuery(
            measures=tuple(self.measures),
            dimensions=tuple(self.dimensions),
            window=window,
            filters=tuple(
                planner.Filter(f.dimension, planner.FilterOp(f.op.name), tuple(f.values))
                for f in self.filters
            ),
            compare=planner.Compare(self.compare.name) if self.compare else None,
            order=tuple(planner.OrderBy(o.by, o.descending) for o in self.order),
            limit=self.limit,
            segment_id=(
                decode_id(self.segment_id, "Segment", "segmentId") if self.segment_id else None
            ),
        )


@strawberry.enum(description="What a metrics result column holds.")
class MetricColumnKind(Enum):
    TIME = strawberry.enum_value("TIME", description="The time bucket.")
    DIMENSION = strawberry.enum_value("DIMENSION", description="A dimension's value.")
    MEASURE = strawberry.enum_value("MEASURE", description="A measure's value.")


@strawberry.type(description="One column of a metrics result.")
class MetricColumn:
    name: str = strawberry.field(description="`time`, a dimension name or a measure name.")
    kind: MetricColumnKind = strawberry.field(description="Time, dimension or measure.")


@strawberry.type(description="Rows answering a metrics query, with the rollup read and its age.")
class MetricsResult:
    columns: list[MetricColumn] = strawberry.field(description="The columns of every row.")
    rows: list[list[JSON]] = strawberry.field(
        description="Rows in column order: dates as YYYY-MM-DD, sums as integers."
    )
    compare_rows: list[list[JSON]] | None = strawberry.field(
        description="The same query over the compared period; null without `compare`."
    )
    truncated: bool = strawberry.field(description="More rows matched than `limit`.")
    totals: list[JSON] = strawberry.field(
        description="Each measure over all rows of the query (not only the rows returned), in "
        "measure order; distinct counts are counted once over the whole window."
    )
    compare_totals: list[JSON] | None = strawberry.field(
        description="The totals over the compared period; null without `compare`."
    )
    source: str = strawberry.field(description="The rollup that answered.")
    freshness: datetime | None = strawberry.field(
        description="The rollup's watermark: changes before it are counted."
    )

    @classmethod
    def from_domain(cls, result: metrics_service.MetricsResult) -> MetricsResult:
        """The GraphQL shape of a result."""
        return cls(
            columns=[MetricColumn(name=n, kind=MetricColumnKind(k)) for n, k in result.columns],
            rows=result.rows,
            compare_rows=result.compare_rows,
            truncated=result.truncated,
            totals=result.totals,
            compare_totals=result.compare_totals,
            source=result.source,
            freshness=result.freshness,
        )


@strawberry.type(description="A measure the metrics query answers.")
class MetricMeasure:
    name: str = strawberry.field(description="Name to ask for, e.g. sales.netCents.")
    label_zh: str = strawberry.field(description="Chinese label.")
    label_en: str = strawberry.field(description="English label.")
    additive: bool = strawberry.field(
        description="Whether it sums across rows; a non-additive one is served at its grain only."
    )
    rollups: list[str] = strawberry.field(description="Rollups holding it.")

    @classmethod
    def from_domain(cls, measure: Measure) -> MetricMeasure:
        """The GraphQL shape of a measure."""
        return cls(
            name=measure.name,
            label_zh=measure.label_zh,
            label_en=measure.label_en,
            additive=measure.additive,
            rollups=list(measure.sql),
        )


@strawberry.type(description="A dimension rows can be grouped and filtered by.")
class MetricDimension:
    name: str = strawberry.field(description="Name to ask for, e.g. store.code.")
    label_zh: str = strawberry.field(description="Chinese label.")
    label_en: str = strawberry.field(description="English label.")
    rollups: list[str] = strawberry.field(description="Rollups holding it.")

    @classmethod
    def from_domain(cls, dimension: Dimension) -> MetricDimension:
        """The GraphQL shape of a dimension."""
        return cls(
            name=dimension.name,
            label_zh=dimension.label_zh,
            label_en=dimension.label_en,
            rollups=list(dimension.column),
        )


@strawberry.type(description="What the metrics query can answer.")
class MetricCatalog:
    measures: list[MetricMeasure] = strawberry.field(description="Every measure.")
    dimensions: list[MetricDimension] = strawberry.field(description="Every dimension.")
    grains: list[TimeGrain] = strawberry.field(description="Time grains.")
