"""The SQL of an ordered funnel: one scan of the events in range, one sort per member, and one
window layer per step.

Layer k keeps, on every event row, the latest start of a chain that reached step k on the rows
strictly before it (`p<k>`). A row of step k+1 extends such a chain when it lies within the
window of that start, so a member reaches step k+1 when any row does. Keeping the latest start
is enough: a later start leaves more of the window. A row never serves two steps of one chain,
since each layer looks only at the rows before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.analytics.analysis import DayRange, Params
from domain.orders import reads as orders_reads


@dataclass(frozen=True)
class StepFilter:
    """An event property (text) that must equal one of the values."""

    key: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    event: str
    filters: tuple[StepFilter, ...] = ()


BREAKDOWN_COLUMNS = {
    "CHANNEL": "dm.channel",
    "STORE": "dm.source_store_code",
    "LEVEL": "dm.level_code",
}

_WINDOW = (
    "WINDOW w AS (PARTITION BY m ORDER BY at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
)


def _matches(step: Step, params: Params) -> str:
    parts = [f"e.name = {params.add(step.event)}"]
    for item in step.filters:
        key = params.add(item.key)
        parts.append(f"(e.properties ->> {key}) = ANY({params.add(list(item.values))}::text[])")
    return " AND ".join(parts)


def funnel_sql(
    steps: tuple[Step, ...],
    window_seconds: int,
    days: DayRange,
    breakdown: str | None,
    members: list[int] | None,
) -> tuple[str, list[object]]:
    """SQL answering (breakdown value or NULL for all, grouping flag, members per step)."""
    params = Params()
    start, end = params.add(days.start), params.add(days.end)
    window = f"make_interval(secs => {params.add(window_seconds)})"
    # step 1 must happen in the range; later steps may follow up to a window after it
    flags = [f"COALESCE({_matches(steps[0], params)} AND e.occurred_at < {end}, false) AS s0"]
    flags += [
        f"COALESCE({_matches(step, params)}, false) AS s{k}" for k, step in enumerate(steps) if k
    ]
    scope = "" if members is None else f" AND e.member_id = ANY({params.add(members)}::bigint[])"
    names = params.add(sorted({s.event for s in steps}))
    layer = (
        f"SELECT e.member_id AS m, e.occurred_at AS at, e.id, {', '.join(flags)} "
        f"FROM ({orders_reads.events_sql()}) e WHERE e.member_id IS NOT NULL "
        f"AND e.name = ANY({names}::text[]) AND e.occurred_at >= {start} "
        f"AND e.occurred_at < {end}::timestamptz + {window}{scope}"
    )
    reached = ["bool_or(s0) AS r0"]
    previous = "CASE WHEN s0 THEN at END"
    for k in range(len(steps) - 1):
        layer = f"SELECT l.*, max({previous}) OVER w AS p{k} FROM ({layer}) l {_WINDOW}"
        extend = f"s{k + 1} AND at - p{k} <= {window}"
        reached.append(f"COALESCE(bool_or({extend}), false) AS r{k + 1}")
        previous = f"CASE WHEN {extend} THEN p{k} END"
    counts = ", ".join(f"count(*) FILTER (WHERE r{k}) AS n{k}" for k in range(len(steps)))
    if breakdown:
        value = BREAKDOWN_COLUMNS[breakdown]
        grouped = f"{value} AS value, GROUPING({value}) = 1 AS total, {counts}"
        tail = f"GROUP BY GROUPING SETS ((), ({value}))"
    else:
        grouped, tail = f"NULL::text AS value, true AS total, {counts}", ""
    sql = f"""
        WITH per_member AS (SELECT m, {", ".join(reached)} FROM ({layer}) l GROUP BY m)
        SELECT {grouped}
          FROM per_member p LEFT JOIN analytics.dim_member dm ON dm.member_id = p.m
         WHERE p.r0 {tail}"""
    return sql, params.values
