"""Member reads for other areas' batch jobs, kept here because they name our tables.

Arrays come back indexed by member id (ids are dense) or as id arrays; the `*_sql` functions
return subqueries, with the caller's placeholders, that a set-based statement of another area
embeds instead of naming the members table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from domain import db


def _ids(values: Any) -> np.ndarray:
    return np.asarray(values or [], dtype=np.int64)


def live_ids_sql() -> str:
    """A subquery of the ids of live (ACTIVE) members."""
    return "SELECT id FROM members WHERE status = 'ACTIVE'"


def live_origins_sql() -> str:
    """A subquery of live members with where they came from: `member_id`, `channel`
    (registration channel) and `source_store` ('' when none)."""
    return (
        "SELECT id AS member_id, channel, COALESCE(source_store, '') AS source_store "
        "FROM members WHERE status = 'ACTIVE'"
    )


def tenure_days_sql(member_expression: str, at_expression: str) -> str:
    """A scalar subquery: whole days from the member's registration to the instant."""
    days = f"floor(extract(epoch FROM ({at_expression} - m.registered_at)) / 86400)::bigint"
    return f"(SELECT {days} FROM members m WHERE m.id = {member_expression})"


def registered_by_sql(at_placeholder: str) -> str:
    """A subquery of the members registered by the instant `at_placeholder` and not merged away."""
    return f"SELECT id FROM members WHERE registered_at <= {at_placeholder} AND status <> 'MERGED'"


def in_place_sql(city_placeholder: str, region_placeholder: str) -> str:
    """A subquery of the members of a city and/or region (a NULL parameter does not restrict)."""
    return (
        f"SELECT id FROM members WHERE ({city_placeholder}::text IS NULL OR city = "
        f"{city_placeholder}) AND ({region_placeholder}::text IS NULL OR region = "
        f"{region_placeholder})"
    )


def registered_since_sql(member_expression: str, since_placeholder: str) -> str:
    """A boolean expression: the member `member_expression` registered at or after the instant."""
    return (
        f"EXISTS (SELECT 1 FROM members m WHERE m.id = {member_expression} "
        f"AND m.registered_at >= {since_placeholder})"
    )


async def live_member_ids() -> np.ndarray:
    """Ids of live members (in no particular order)."""
    row = await db.fetch_one(f"SELECT array_agg(id) AS ids FROM ({live_ids_sql()}) m")
    return _ids(row["ids"] if row else None)


async def place(member_id: int) -> tuple[str | None, str | None]:
    """(city, region) of a member, (None, None) when there is no such member."""
    row = await db.fetch_one("SELECT city, region FROM members WHERE id = $1", member_id)
    return (row["city"], row["region"]) if row else (None, None)


async def places(member_ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """(city, region) of each of some members."""
    rows = await db.fetch(
        "SELECT id, city, region FROM members WHERE id = ANY($1::bigint[])", member_ids
    )
    return {int(r["id"]): (r["city"], r["region"]) for r in rows}


async def born_on(days: list[str]) -> list[int]:
    """Live members whose birthday ("MM-DD") is one of `days`, by id."""
    rows = await db.fetch(
        "SELECT id FROM members WHERE status = 'ACTIVE' AND to_char(birthday, 'MM-DD') "
        "= ANY($1::text[]) ORDER BY id",
        days,
    )
    return [int(r["id"]) for r in rows]


@dataclass(frozen=True, slots=True)
class MemberFrame:
    """Profile attributes of every member, arrays of length `size` (max member id + 1)."""

    size: int
    live: np.ndarray
    gender: dict[str, np.ndarray]
    city: dict[str, np.ndarray]
    birthdays: np.ndarray


async def member_frame(only: list[int] | None = None) -> MemberFrame:
    """Live members' gender, city and birthday, grouped in SQL so transfer stays small.

    With `only`, arrays cover ids up to the largest of those members and other rows are skipped.
    """
    if only is not None:
        size = max(only, default=0) + 1
        scope = f" AND id = ANY('{{{','.join(str(int(i)) for i in only)}}}'::bigint[])"
    else:
        top = await db.fetch_one("SELECT COALESCE(max(id), 0) AS top FROM members")
        size = int(top["top"]) + 1 if top else 1
        scope = ""
    live = np.zeros(size, dtype=bool)
    gender: dict[str, np.ndarray] = {}
    city: dict[str, np.ndarray] = {}
    rows = await db.fetch(
        "SELECT gender, array_agg(id) AS ids FROM members WHERE status = 'ACTIVE'"
        f"{scope} GROUP BY gender"
    )
    for row in rows:
        ids = _ids(row["ids"])
        live[ids] = True
        gender[row["gender"]] = ids
    rows = await db.fetch(
        "SELECT COALESCE(NULLIF(trim(city), ''), 'UNKNOWN') AS city, array_agg(id) AS ids "
        f"FROM members WHERE status = 'ACTIVE'{scope} GROUP BY 1"
    )
    for row in rows:
        city[row["city"]] = _ids(row["ids"])
    birthdays = np.full(size, np.datetime64("NaT"), dtype="datetime64[D]")
    born = await db.fetch_one(
        "SELECT array_agg(id) AS ids, array_agg(birthday - DATE '1970-01-01') AS days "
        f"FROM members WHERE status = 'ACTIVE' AND birthday IS NOT NULL{scope}"
    )
    if born and born["ids"]:
        birthdays[_ids(born["ids"])] = np.asarray(born["days"], dtype="datetime64[D]")
    return MemberFrame(size=size, live=live, gender=gender, city=city, birthdays=birthdays)


async def match_identities(keys: list[tuple[str, str, str]]) -> list[int | None]:
    """Live member ids of (kind, namespace, value) identities, aligned to the keys."""
    if not keys:
        return []
    kinds, namespaces, values = (list(column) for column in zip(*keys, strict=True))
    rows = await db.fetch(
        """
        SELECT k.i, m.id FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY
               AS k(kind, namespace, value, i)
          JOIN member_identities mi ON mi.kind = k.kind AND mi.namespace = k.namespace
                                   AND mi.value = k.value
          JOIN members m ON m.id = mi.member_id AND m.status = 'ACTIVE'
        """,
        kinds,
        namespaces,
        values,
    )
    found: list[int | None] = [None] * len(keys)
    for row in rows:
        found[int(row["i"]) - 1] = int(row["id"])
    return found


def contacts_sql(member_placeholder: str) -> str:
    """A LATERAL-ready subquery of one member's name and phone (personal data: only for callers
    allowed to see it), for an export of another area to join."""
    return (
        f"(SELECT m.name, (SELECT i.value FROM member_identities i WHERE i.member_id = m.id "
        f"AND i.kind = 'PHONE' ORDER BY i.id LIMIT 1) AS phone "
        f"FROM members m WHERE m.id = {member_placeholder})"
    )
