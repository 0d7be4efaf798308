"""User paths: the most common sequences of events members did right after (FROM) or right
before (TO) an anchor event, within a range of business days, with how often and by how many
members. Every anchor occurrence is one path; a path stops early where the member's events in
the range run out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain import db
from domain.analytics import analysis
from domain.errors import DomainError, ErrorCode
from domain.orders import reads as orders_reads

MAX_DEPTH = 5
MAX_LIMIT = 100


class PathDirection(StrEnum):
    FROM = "FROM"
    TO = "TO"


@dataclass(frozen=True)
class PathCount:
    """Events in time order (after the anchor, or before it), anchor occurrences and members."""

    events: list[str]
    paths: int
    members: int


def _check(anchor: str, depth: int, limit: int) -> None:
    if not 0 < len(anchor) <= 64:
        raise DomainError("An event name is 1 to 64 characters.", field="anchor")
    if depth > MAX_DEPTH:
        raise DomainError(f"At most {MAX_DEPTH} steps.", field="depth", code=ErrorCode.TOO_MANY)
    if depth < 1:
        raise DomainError("At least one step.", field="depth")
    if limit > MAX_LIMIT:
        raise DomainError(f"At most {MAX_LIMIT} paths.", field="limit", code=ErrorCode.TOO_MANY)
    if limit < 1:
        raise DomainError("At least one path.", field="limit")


async def user_paths(
    anchor: str,
    direction: PathDirection,
    depth: int,
    first: date,
    last: date,
    limit: int = 20,
    segment_id: int | None = None,
) -> list[PathCount]:
    """The `limit` most frequent paths, most frequent first (ties by the events' names)."""
    days = analysis.day_range(first, last)
    _check(anchor, depth, limit)
    members = await analysis.segment_members(segment_id)
    params = analysis.Params()
    step = "lead" if direction is PathDirection.FROM else "lag"
    offsets = range(1, depth + 1) if direction is PathDirection.FROM else range(depth, 0, -1)
    path = ", ".join(f"{step}(e.name, {k}) OVER w" for k in offsets)
    scope = "" if members is None else f" AND e.member_id = ANY({params.add(members)}::bigint[])"
    sql = f"""
        SELECT path, count(*) AS paths, count(DISTINCT member_id) AS members
          FROM (SELECT e.member_id, e.name, array_remove(ARRAY[{path}], NULL) AS path
                  FROM ({orders_reads.events_sql()}) e
                 WHERE e.member_id IS NOT NULL AND e.occurred_at >= {params.add(days.start)}
                   AND e.occurred_at < {params.add(days.end)}{scope}
                WINDOW w AS (PARTITION BY e.member_id ORDER BY e.occurred_at, e.id)) x
         WHERE name = {params.add(anchor)}
         GROUP BY path
         ORDER BY paths DESC, path
         LIMIT {params.add(limit)}"""
    rows = await db.fetch(sql, *params.values)
    return [PathCount(list(r["path"]), int(r["paths"]), int(r["members"])) for r in rows]
