"""A member's behaviour timeline: events and orders, newest first, keyset-paginated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import db


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # "EVENT" | "ORDER"
    id: int
    at: datetime
    name: str
    amount_cents: int | None
    properties: dict[str, Any]


async def timeline(
    member_id: int, *, before: tuple[datetime, str, int] | None, limit: int
) -> list[TimelineEntry]:
    """Entries strictly older than `before` (at, kind, id), newest first."""
    at, kind, key = before if before else (None, None, None)
    rows = await db.fetch(
        """
        SELECT * FROM (
            SELECT 'EVENT' AS kind, id, occurred_at AS at, name, NULL::bigint AS amount_cents,
                   properties
              FROM events WHERE member_id = $1
            UNION ALL
            SELECT 'ORDER', id, paid_at, channel || ':' || external_no,
                   total_cents - refunded_cents,
                   jsonb_build_object('status', status, 'storeCode', store_code)
              FROM orders WHERE member_id = $1
        ) t
        WHERE $2::timestamptz IS NULL OR (t.at, t.kind, t.id) < ($2, $3::text, $4::bigint)
        ORDER BY t.at DESC, t.kind DESC, t.id DESC
        LIMIT $5
        """,
        member_id,
        at,
        kind,
        key,
        limit,
    )
    return [_entry(r) for r in rows]


async def entries_by_refs(
    refs: Sequence[tuple[str, int]],
) -> list[tuple[int, TimelineEntry] | None]:
    """(member id, entry) aligned to (kind, id) references, EVENT or ORDER; None where unknown
    or not a member's, in one statement."""
    rows = await db.fetch(
        """
        SELECT 'EVENT' AS kind, id, occurred_at AS at, name, NULL::bigint AS amount_cents,
               properties, member_id
          FROM events WHERE id = ANY($1::bigint[]) AND member_id IS NOT NULL
        UNION ALL
        SELECT 'ORDER', id, paid_at, channel || ':' || external_no,
               total_cents - refunded_cents,
               jsonb_build_object('status', status, 'storeCode', store_code), member_id
          FROM orders WHERE id = ANY($2::bigint[]) AND member_id IS NOT NULL
        """,
        list({pk for kind, pk in refs if kind == "EVENT"}),
        list({pk for kind, pk in refs if kind == "ORDER"}),
    )
    found = {(r["kind"], int(r["id"])): (int(r["member_id"]), _entry(r)) for r in rows}
    return [found.get(ref) for ref in refs]


def _entry(r: dict[str, Any]) -> TimelineEntry:
    return TimelineEntry(
        r["kind"],
        r["id"],
        r["at"],
        r["name"],
        r["amount_cents"],
        r["properties"] if isinstance(r["properties"], dict) else _json(r["properties"]),
    )


def _json(value: Any) -> dict[str, Any]:
    import orjson

    return orjson.loads(value) if value else {}
