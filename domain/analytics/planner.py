"""The metrics planner: checks a metrics query against the catalogue, picks the rollup that
covers it (aggregate awareness) and writes its SQL. Pure: no database.

Errors carry the input field they concern: UNKNOWN_MEASURE, UNKNOWN_DIMENSION, NOT_COVERED (no
rollup holds the combination, or a monthly rollup is asked for days), INVALID_WINDOW, TOO_MANY.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from domain.analytics.catalog import DIMENSIONS, MEASURES, MONTHLY_GRAINS, Grain
from domain.analytics.rollups import ROLLUPS, Rollup
from domain.errors import DomainError, ErrorCode

MAX_MEASURES = 20
MAX_DIMENSIONS = 5
MAX_FILTERS = 20
MAX_FILTER_VALUES = 100
MAX_LIMIT = 10_000
MAX_WINDOW_DAYS = 3660
TIME = "time"

_BUCKET = {
    Grain.DAY: "day",
    Grain.WEEK: "date_trunc('week', day)::date",
    Grain.MONTH: "date_trunc('month', day)::date",
    Grain.QUARTER: "date_trunc('quarter', day)::date",
    Grain.YEAR: "date_trunc('year', day)::date",
}


class FilterOp(StrEnum):
    EQ = "EQ"
    NEQ = "NEQ"
    IN = "IN"
    NOT_IN = "NOT_IN"


class Compare(StrEnum):
    PREVIOUS_PERIOD = "PREVIOUS_PERIOD"
    SAME_PERIOD_LAST_YEAR = "SAME_PERIOD_LAST_YEAR"


@dataclass(frozen=True)
class Window:
    """Business days first..last (inclusive), bucketed by `grain`."""

    grain: Grain
    first: date
    last: date


@dataclass(frozen=True)
class Filter:
    dimension: str
    op: FilterOp
    values: tuple[str, ...]


@dataclass(frozen=True)
class OrderBy:
    key: str
    descending: bool = False


@dataclass(frozen=True)
class SegmentMembers:
    """A parameter the caller fills with the members of a saved segment before running."""

    segment_id: int


@dataclass(frozen=True)
class MetricsQuery:
    """What a caller asks: measures by dimensions over a window (members of a segment only)."""

    measures: tuple[str, ...]
    dimensions: tuple[str, ...] = ()
    window: Window | None = None
    filters: tuple[Filter, ...] = ()
    compare: Compare | None = None
    order: tuple[OrderBy, ...] = ()
    limit: int = 1000
    segment_id: int | None = None


@dataclass(frozen=True)
class Plan:
    """The rollup chosen, its SQL (window bounds are $1, $2; the row limit is the last
    parameter), the totals' SQL (the same parameters but the limit) and the result's columns."""

    rollup: Rollup
    sql: str
    params: list[object]
    columns: list[tuple[str, str]]  # (name, kind: TIME | DIMENSION | MEASURE)
    limit: int
    compare_window: Window | None = field(default=None)
    totals_sql: str = ""


def plan(query: MetricsQuery) -> Plan:
    """Check the query and write the SQL of the rollup that answers it."""
    _check_sizes(query)
    _check_names(query)
    if query.window is not None:
        _check_window(query.window)
    if query.compare is not None and query.window is None:
        raise DomainError("A comparison needs a time window.", field="compare", code=_WINDOW)
    rollup = _covering_rollup(query)
    sql, totals_sql, params = _sql(rollup, query)
    columns = [(TIME, "TIME")] if query.window else []
    columns += [(d, "DIMENSION") for d in query.dimensions]
    columns += [(m, "MEASURE") for m in query.measures]
    compare = compare_window(query.window, query.compare) if query.compare else None
    return Plan(rollup, sql, params, columns, query.limit, compare, totals_sql)


_WINDOW = ErrorCode.INVALID_WINDOW


def _check_sizes(query: MetricsQuery) -> None:
    if not query.measures:
        raise DomainError(
            "Ask for at least one measure.", field="measures", code=ErrorCode.REQUIRED
        )
    for name, items, most in (
        ("measures", query.measures, MAX_MEASURES),
        ("dimensions", query.dimensions, MAX_DIMENSIONS),
        ("filters", query.filters, MAX_FILTERS),
    ):
        if len(items) > most:
            raise DomainError(f"At most {most} {name}.", field=name, code=ErrorCode.TOO_MANY)
    if query.limit > MAX_LIMIT:
        raise DomainError(f"At most {MAX_LIMIT} rows.", field="limit", code=ErrorCode.TOO_MANY)
    if query.limit < 1:
        raise DomainError("The limit is at least 1.", field="limit")
    for index, item in enumerate(query.filters):
        if len(item.values) > MAX_FILTER_VALUES:
            raise DomainError(
                f"At most {MAX_FILTER_VALUES} values.",
                field=f"filters[{index}].values",
                code=ErrorCode.TOO_MANY,
            )
        if item.op in (FilterOp.EQ, FilterOp.NEQ) and len(item.values) != 1:
            raise DomainError(f"{item.op} takes one value.", field=f"filters[{index}].values")


def _check_names(query: MetricsQuery) -> None:
    for index, name in enumerate(query.measures):
        if name not in MEASURES:
            raise DomainError(
                f"Unknown measure '{name}'.",
                field=f"measures[{index}]",
                code=ErrorCode.UNKNOWN_MEASURE,
            )
    named = [(f"dimensions[{i}]", d) for i, d in enumerate(query.dimensions)]
    named += [(f"filters[{i}].dimension", f.dimension) for i, f in enumerate(query.filters)]
    for where, name in named:
        if name not in DIMENSIONS:
            raise DomainError(
                f"Unknown dimension '{name}'.", field=where, code=ErrorCode.UNKNOWN_DIMENSION
            )
    if len(set(query.measures)) != len(query.measures) or len(set(query.dimensions)) != len(
        query.dimensions
    ):
        raise DomainError("A measure or dimension is named twice.", field="measures")
    keys = {TIME, *query.measures, *query.dimensions}
    for index, order in enumerate(query.order):
        if order.key not in keys:
            raise DomainError(
                "Order by the time, an asked measure or an asked dimension.",
                field=f"order[{index}].by",
            )


def _check_window(window: Window) -> None:
    if window.last < window.first:
        raise DomainError("The window ends before it starts.", field="time", code=_WINDOW)
    if (window.last - window.first).days >= MAX_WINDOW_DAYS:
        raise DomainError(
            f"A window spans at most {MAX_WINDOW_DAYS} days.", field="time", code=_WINDOW
        )


def month_aligned(first: date, last: date) -> bool:
    """Whether first..last are whole calendar months."""
    return first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]


def _holds(rollup: Rollup, query: MetricsQuery) -> bool:
    dimensions = [*query.dimensions, *(f.dimension for f in query.filters)]
    return all(rollup.name in MEASURES[m].sql for m in query.measures) and all(
        rollup.name in DIMENSIONS[d].column for d in dimensions
    )


def _grain_fits(rollup: Rollup, window: Window | None) -> bool:
    if not rollup.monthly or window is None:
        return True
    return window.grain in MONTHLY_GRAINS and month_aligned(window.first, window.last)


def _covering_rollup(query: MetricsQuery) -> Rollup:
    holding = [r for r in ROLLUPS.values() if _holds(r, query)]
    if query.segment_id is not None:
        holding = [r for r in holding if MEMBER in r.dimensions]
        if not holding:
            raise DomainError(
                "Only member-grain rollups (member_monthly: orders, amounts, buyers) answer for "
                "the members of a segment.",
                field="segmentId",
                code=ErrorCode.NOT_COVERED,
            )
    if not holding:
        raise DomainError(
            "No rollup holds these measures and dimensions together.",
            field="measures",
            code=ErrorCode.NOT_COVERED,
        )
    for rollup in holding:
        if _grain_fits(rollup, query.window):
            return rollup
    raise DomainError(
        f"{holding[0].name} is monthly: ask for MONTH, QUARTER or YEAR over whole months.",
        field="time",
        code=ErrorCode.NOT_COVERED,
    )


MEMBER = "member_id"


def _sql(rollup: Rollup, query: MetricsQuery) -> tuple[str, str, list[object]]:
    select: list[str] = []
    where: list[str] = []
    params: list[object] = []
    if query.window is not None:
        select.append(f"{_BUCKET[query.window.grain]} AS c0")
        where.append("day >= $1 AND day <= $2")
        params += [query.window.first, query.window.last]
    select += [DIMENSIONS[d].column[rollup.name] for d in query.dimensions]
    groups = len(select)
    select += [MEASURES[m].sql[rollup.name] for m in query.measures]
    select = [part if " AS c" in part else f"{part} AS c{i}" for i, part in enumerate(select)]
    for item in query.filters:
        column = DIMENSIONS[item.dimension].column[rollup.name]
        params.append(list(item.values))
        negate = "NOT " if item.op in (FilterOp.NEQ, FilterOp.NOT_IN) else ""
        where.append(f"{negate}({column}::text = ANY(${len(params)}::text[]))")
    if query.segment_id is not None:
        params.append(SegmentMembers(query.segment_id))
        where.append(f"{MEMBER} = ANY(${len(params)}::bigint[])")
    names = [c for c, _ in _columns(query)]
    order = [f"c{names.index(o.key)}{' DESC' if o.descending else ''}" for o in query.order]
    order += [f"c{i}" for i in range(groups) if f"c{i}" not in {o.split()[0] for o in order}]
    sql = f"SELECT {', '.join(select)} FROM {rollup.table}"
    if where:
        sql += f" WHERE {' AND '.join(where)}"
    totals = f"SELECT {', '.join(select[groups:])} FROM {rollup.table}"
    if where:
        totals += f" WHERE {' AND '.join(where)}"
    if groups:
        sql += f" GROUP BY {', '.join(str(i + 1) for i in range(groups))}"
    if order:
        sql += f" ORDER BY {', '.join(order)}"
    params.append(query.limit + 1)  # one more tells the caller the rows were cut
    return f"{sql} LIMIT ${len(params)}", totals, params


def _columns(query: MetricsQuery) -> list[tuple[str, str]]:
    columns = [(TIME, "TIME")] if query.window else []
    return columns + [(d, "D") for d in query.dimensions] + [(m, "M") for m in query.measures]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def compare_window(window: Window | None, compare: Compare | None) -> Window | None:
    """The window a comparison reads: the period just before (same length; whole months when the
    window is whole months), or the same days one year earlier."""
    if window is None or compare is None:
        return None
    whole = month_aligned(window.first, window.last)
    if compare is Compare.SAME_PERIOD_LAST_YEAR:
        months = -12
    elif whole:
        months = -(
            (window.last.year - window.first.year) * 12 + window.last.month - window.first.month + 1
        )
    else:
        span = timedelta(days=(window.last - window.first).days + 1)
        return Window(window.grain, window.first - span, window.last - span)
    first = _add_months(window.first, months)
    last = _add_months(window.last.replace(day=1), months)
    last = (
        last.replace(day=calendar.monthrange(last.year, last.month)[1])
        if whole
        else (_add_months(window.last, months))
    )
    return Window(window.grain, first, last)
