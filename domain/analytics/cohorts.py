"""Cohort retention: members grouped by the week or month they registered or first ordered,
and what they did in each later period (active members, net sales, cumulative net sales per
member, i.e. observed LTV).

MONTH cohorts of ORDER activity read the `member_monthly` rollup; other combinations read the
order-line fact view or the events. `from`/`to` widen to whole periods, so both paths agree.
Merged-away members are no cohort: their orders and events belong to the survivor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from domain import db
from domain.analytics.analysis import Params, business_day, day_range
from domain.analytics.models import RollupState
from domain.errors import DomainError, ErrorCode
from domain.orders import reads as orders_reads


class CohortBy(StrEnum):
    FIRST_ORDER = "FIRST_ORDER"
    REGISTRATION = "REGISTRATION"


class CohortGrain(StrEnum):
    WEEK = "WEEK"
    MONTH = "MONTH"


class CohortMeasure(StrEnum):
    MEMBERS = "MEMBERS"
    NET = "NET"
    CUMULATIVE_NET = "CUMULATIVE_NET"


@dataclass(frozen=True)
class CohortQuery:
    """What to group members by and what to count per later period."""

    cohort: CohortBy
    grain: CohortGrain
    measure: CohortMeasure
    first: date
    last: date
    event_name: str | None = None  # activity: None = orders, else events of this name
    store_code: str | None = None  # members whose source store this is
    channel: str | None = None  # members registered through this channel


@dataclass(frozen=True)
class CohortRow:
    """One cohort: its first day, size, value per period offset (0 = its own period) and the
    value divided by the size."""

    cohort: date
    size: int
    values: list[int]
    ratios: list[float]


@dataclass(frozen=True)
class CohortMatrix:
    rows: list[CohortRow]
    periods: int
    source: str
    freshness: datetime | None


def period_start(day: date, grain: CohortGrain) -> date:
    """The Monday of the day's week, or the first of its month."""
    if grain is CohortGrain.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def period_offset(start: date, later: date, grain: CohortGrain) -> int:
    """Whole periods from one period start to a later one."""
    if grain is CohortGrain.WEEK:
        return (later - start).days // 7
    return (later.year - start.year) * 12 + later.month - start.month


def _period_end(start: date, grain: CohortGrain) -> date:
    """The last day of the period that begins on `start`."""
    if grain is CohortGrain.WEEK:
        return start + timedelta(days=6)
    following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


MAX_PERIODS = 120


def _check(query: CohortQuery) -> None:
    day_range(query.first, query.last)
    first = period_start(query.first, query.grain)
    if period_offset(first, period_start(query.last, query.grain), query.grain) >= MAX_PERIODS:
        raise DomainError(
            f"At most {MAX_PERIODS} periods.", field="to", code=ErrorCode.INVALID_WINDOW
        )
    if query.event_name is not None and query.measure is not CohortMeasure.MEMBERS:
        raise DomainError(
            "Net sales are measured on ORDER activity.", field="measure", code=ErrorCode.INVALID
        )
    if query.event_name is not None and not 0 < len(query.event_name) <= 64:
        raise DomainError("An event name is 1 to 64 characters.", field="activity.event")


async def cohort_retention(query: CohortQuery) -> CohortMatrix:
    """The cohort x period-offset matrix of the query."""
    _check(query)
    first = period_start(query.first, query.grain)
    last = _period_end(period_start(query.last, query.grain), query.grain)
    rollup = query.grain is CohortGrain.MONTH and query.event_name is None
    params = Params()
    lo, hi = params.add(first), params.add(last)
    cohort_sql = _cohort_sql(query, params, rollup, lo, hi)
    activity_sql = _activity_sql(query, params, rollup, lo, hi)
    bucket = _bucket("a.day", query.grain)
    sql = f"""
        WITH cohort AS ({cohort_sql}),
             activity AS (SELECT a.member_id, {bucket} AS period, sum(a.net) AS net
                            FROM ({activity_sql}) a GROUP BY 1, 2)
        SELECT c.period AS cohort, NULL::date AS period, count(*) AS members, 0 AS net
          FROM cohort c GROUP BY 1
        UNION ALL
        SELECT c.period, a.period, count(*), sum(a.net)
          FROM cohort c JOIN activity a ON a.member_id = c.member_id AND a.period >= c.period
         GROUP BY 1, 2"""
    found = await db.fetch(sql, *params.values)
    periods = period_offset(first, period_start(last, query.grain), query.grain) + 1
    source = (
        "member_monthly"
        if rollup
        else ("fact_order_line" if query.event_name is None else "events")
    )
    freshness = None
    if rollup:
        state = await RollupState.get_or_none(rollup="member_monthly")
        freshness = state.watermark if state else None
    return CohortMatrix(_matrix(query, found, first, periods), periods, source, freshness)


def _bucket(column: str, grain: CohortGrain) -> str:
    unit = "week" if grain is CohortGrain.WEEK else "month"
    return f"date_trunc('{unit}', {column})::date"


def _member_filter(query: CohortQuery, params: Params) -> str:
    where = ["dm.status <> 'MERGED'"]
    if query.channel is not None:
        where.append(f"dm.channel = {params.add(query.channel)}")
    if query.store_code is not None:
        where.append(f"dm.source_store_code = {params.add(query.store_code)}")
    return " AND ".join(where)


def _cohort_sql(query: CohortQuery, params: Params, rollup: bool, lo: str, hi: str) -> str:
    members = _member_filter(query, params)
    if query.cohort is CohortBy.REGISTRATION:
        day = "dm.registered_day"
        source = "analytics.dim_member dm"
    else:
        firsts = (
            "SELECT member_id, min(day) AS day FROM analytics_member_monthly GROUP BY 1"
            if rollup
            else "SELECT member_id, min(day) AS day FROM analytics.fact_order_line "
            "WHERE member_id IS NOT NULL GROUP BY 1"
        )
        day = "f.day"
        source = f"({firsts}) f JOIN analytics.dim_member dm ON dm.member_id = f.member_id"
    return (
        f"SELECT dm.member_id, {_bucket(day, query.grain)} AS period FROM {source} "
        f"WHERE {day} >= {lo} AND {day} <= {hi} AND {members}"
    )


def _activity_sql(query: CohortQuery, params: Params, rollup: bool, lo: str, hi: str) -> str:
    if rollup:
        return (
            "SELECT member_id, day, net_cents AS net FROM analytics_member_monthly "
            f"WHERE day >= {lo} AND day <= {hi}"
        )
    if query.event_name is None:
        return (
            "SELECT member_id, day, net_cents AS net FROM analytics.fact_order_line "
            f"WHERE member_id IS NOT NULL AND day >= {lo} AND day <= {hi}"
        )
    start = f"({lo}::date::timestamp AT TIME ZONE {params.zone()})"
    end = f"(({hi}::date + 1)::timestamp AT TIME ZONE {params.zone()})"
    return (
        f"SELECT e.member_id, {business_day('e.occurred_at', params)} AS day, 0 AS net "
        f"FROM ({orders_reads.events_sql()}) e WHERE e.member_id IS NOT NULL "
        f"AND e.name = {params.add(query.event_name)} "
        f"AND e.occurred_at >= {start} AND e.occurred_at < {end}"
    )


def _matrix(
    query: CohortQuery, found: list[dict[str, object]], first: date, periods: int
) -> list[CohortRow]:
    sizes: dict[date, int] = {}
    cells: dict[date, dict[int, tuple[int, int]]] = {}
    for row in found:
        cohort = row["cohort"]
        assert isinstance(cohort, date)
        period = row["period"]
        if period is None:
            sizes[cohort] = int(row["members"])  # type: ignore[call-overload]
            continue
        assert isinstance(period, date)
        offset = period_offset(cohort, period, query.grain)
        cells.setdefault(cohort, {})[offset] = (
            int(row["members"]),  # type: ignore[call-overload]
            int(row["net"] or 0),  # type: ignore[call-overload]
        )
    rows = []
    for cohort in sorted(sizes):
        width = periods - period_offset(first, cohort, query.grain)
        values = _values(query.measure, cells.get(cohort, {}), width)
        size = sizes[cohort]
        rows.append(CohortRow(cohort, size, values, [v / size for v in values]))
    return rows


def _values(measure: CohortMeasure, cells: dict[int, tuple[int, int]], width: int) -> list[int]:
    if measure is CohortMeasure.MEMBERS:
        return [cells.get(k, (0, 0))[0] for k in range(width)]
    nets = [cells.get(k, (0, 0))[1] for k in range(width)]
    if measure is CohortMeasure.NET:
        return nets
    total, cumulative = 0, []
    for net in nets:
        total += net
        cumulative.append(total)
    return cumulative
