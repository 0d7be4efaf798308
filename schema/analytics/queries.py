"""Analytics queries for staff holding analytics:read and for BI principals."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.analytics import refresh
from schema.analytics.types import RollupStatus
from schema.permissions import IsStaffOrBI


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        description="Every rollup behind the `analytics` views with its watermark and the "
        "number of partitions waiting for a rebuild.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)],
    )
    async def analytics_freshness(self) -> list[RollupStatus]:
        return [RollupStatus.from_domain(row) for row in await refresh.freshness()]
