"""Analytics: statements flat in the length of every list.

`analyticsFreshness` and the catalogue lists have one entry per registered rollup, measure and
dimension, so they cannot grow in a test; they ride along in an operation whose `metrics`
columns grow with the measures asked for.
"""

from __future__ import annotations

from typing import Any

import pytest

from domain.analytics.catalog import MEASURES
from tests.helpers import BI
from tests.statements import ListFieldCheck

QUERY = """query($q: MetricsQueryInput!) {
  analyticsFreshness { rollup grain watermark refreshedAt dirtyPartitions }
  metricCatalog { measures { name additive rollups } dimensions { name rollups } grains }
  metrics(query: $q) { columns { name kind } rows source freshness }
}"""
SALES = [name for name, measure in MEASURES.items() if "sales_daily" in measure.sql]


@pytest.mark.list_fields(
    "Query.analyticsFreshness",
    "MetricCatalog.measures",
    "MetricCatalog.dimensions",
    "MetricsResult.columns",
)
async def test_freshness_catalogue_and_metric_columns(list_fields: ListFieldCheck) -> None:
    asked = 0

    async def add(count: int) -> None:
        nonlocal asked
        asked += count

    def variables() -> dict[str, Any]:
        return {"q": {"measures": SALES[:asked], "dimensions": ["order.channel"]}}

    await list_fields.assert_flat(QUERY, add, principal=BI, variables=variables)
