"""Answering metrics queries from the rollups, with the rollup's freshness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from domain import db
from domain.analytics.catalog import DIMENSIONS, MEASURES, Dimension, Measure
from domain.analytics.models import RollupState
from domain.analytics.planner import MetricsQuery, Plan, SegmentMembers, plan
from domain.segments import service as segments


@dataclass(frozen=True)
class MetricsResult:
    """Rows of the query (and of the compared period), the rollup read and its watermark."""

    columns: list[tuple[str, str]]
    rows: list[list[Any]]
    compare_rows: list[list[Any]] | None
    truncated: bool
    totals: list[Any]
    compare_totals: list[Any] | None
    source: str
    freshness: datetime | None


async def run_metrics(query: MetricsQuery) -> MetricsResult:
    """Answer a metrics query from the one rollup that covers it, with the totals over every
    row (each measure computed once over the whole window, so distinct counts stay exact)."""
    chosen = plan(query)
    params = await _filled(chosen.params)
    rows, truncated = await _rows(chosen, params)
    totals = await _totals(chosen, params)
    compare_rows = compare_totals = None
    if chosen.compare_window is not None:
        window = chosen.compare_window
        compared = [window.first, window.last, *params[2:]]
        compare_rows, _ = await _rows(chosen, compared)
        compare_totals = await _totals(chosen, compared)
    state = await RollupState.get_or_none(rollup=chosen.rollup.name)
    return MetricsResult(
        columns=chosen.columns,
        rows=rows,
        compare_rows=compare_rows,
        truncated=truncated,
        totals=totals,
        compare_totals=compare_totals,
        source=chosen.rollup.name,
        freshness=state.watermark if state else None,
    )


async def _filled(params: list[object]) -> list[object]:
    """The plan's parameters with a segment's members in place of its placeholder."""
    filled = []
    for value in params:
        if isinstance(value, SegmentMembers):
            value = [int(i) for i in await segments.segment_member_ids(value.segment_id)]
        filled.append(value)
    return filled


async def _totals(chosen: Plan, params: list[object]) -> list[Any]:
    row = await db.fetch_one(chosen.totals_sql, *params[:-1])
    return [_plain(value) for value in row.values()] if row else []


async def _rows(chosen: Plan, params: list[object]) -> tuple[list[list[Any]], bool]:
    found = await db.fetch(chosen.sql, *params)
    rows = [[_plain(value) for value in row.values()] for row in found[: chosen.limit]]
    return rows, len(found) > chosen.limit


def _plain(value: Any) -> Any:
    """A JSON-ready cell: dates as ISO text, sums as integers."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value)
    return value


def catalog() -> tuple[list[Measure], list[Dimension]]:
    """Every measure and dimension the metrics query answers."""
    return list(MEASURES.values()), list(DIMENSIONS.values())
