"""Analytics queries for staff holding analytics:read and for BI principals."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.analytics import metrics as metrics_service
from domain.analytics import reconcile, refresh
from schema.analytics.metrics import (
    MetricCatalog,
    MetricDimension,
    MetricMeasure,
    MetricsQueryInput,
    MetricsResult,
    TimeGrain,
)
from schema.analytics.types import RollupStatus
from schema.permissions import IsStaffOrBI


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        description="Every rollup behind the `analytics` views with its watermark, the "
        "number of partitions waiting for a rebuild and its last reconcile result.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)],
    )
    async def analytics_freshness(self) -> list[RollupStatus]:
        reconciled = await reconcile.latest()
        return [
            RollupStatus.from_domain(row, reconciled.get(row.rollup))
            for row in await refresh.freshness()
        ]

    @strawberry.field(
        description="The measures, dimensions and grains `metrics` answers, with zh/en labels.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)],
    )
    def metric_catalog(self) -> MetricCatalog:
        measures, dimensions = metrics_service.catalog()
        return MetricCatalog(
            measures=[MetricMeasure.from_domain(m) for m in measures],
            dimensions=[MetricDimension.from_domain(d) for d in dimensions],
            grains=list(TimeGrain),
        )

    @strawberry.field(
        description="Measures by dimensions over business days, answered from the rollup that "
        "covers them, with that rollup's name and watermark. Errors (top-level, with the field): "
        "UNKNOWN_MEASURE, UNKNOWN_DIMENSION, NOT_COVERED, INVALID_WINDOW, TOO_MANY, REQUIRED, "
        "INVALID, NOT_FOUND and INVALID_ID (segmentId).",
        permission_classes=[IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)],
    )
    async def metrics(self, query: MetricsQueryInput) -> MetricsResult:
        result = await metrics_service.run_metrics(query.to_domain())
        return MetricsResult.from_domain(result)
