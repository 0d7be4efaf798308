"""Set-based analytics reads for tag computation and segment leaves.

These functions read the members, orders, order lines, events and categories tables directly,
read-only, in bulk: the one allowed exception to "call the other area's service", because
computing tags for a million members one service call at a time is not possible. They never
write to those tables. Arrays come back indexed by member id or as (member ids, values) pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np

from domain import db
from domain.audience.dsl import BehaviourCondition, EventSpec, Filters, Metric, Source
from domain.audience.dsl import Sequence as SequenceCondition
from domain.clock import business_day_start, business_zone

EPOCH = date(1970, 1, 1)


def _ids(values: Any) -> np.ndarray:
    return np.asarray(values or [], dtype=np.int64)


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


@dataclass(frozen=True, slots=True)
class OrderFrame:
    """Per-member order aggregates (orders not fully refunded), arrays indexed by member id."""

    orders: np.ndarray
    promoted: np.ndarray
    spend_cents: np.ndarray
    first_day: np.ndarray
    last_day: np.ndarray
    purchase_days: np.ndarray


async def order_frame(size: int, only: list[int] | None = None) -> OrderFrame:
    """Order count, coupon orders, net spend, first/last business day and distinct days."""
    row = await db.fetch_one(
        """
        SELECT array_agg(member_id) AS ids, array_agg(n) AS n, array_agg(promoted) AS promoted,
               array_agg(spend) AS spend, array_agg(first_day) AS first_day,
               array_agg(last_day) AS last_day, array_agg(days) AS days
          FROM (SELECT member_id, count(*) AS n, count(*) FILTER (WHERE coupon_used) AS promoted,
                       sum(total_cents - refunded_cents) AS spend,
                       min(day) AS first_day, max(day) AS last_day, count(DISTINCT day) AS days
                  FROM (SELECT member_id, coupon_used, total_cents, refunded_cents,
                               (paid_at AT TIME ZONE $1)::date - DATE '1970-01-01' AS day
                          FROM orders
                         WHERE member_id IS NOT NULL AND status <> 'REFUNDED'
                           AND ($2::bigint[] IS NULL OR member_id = ANY($2::bigint[]))) o
                 GROUP BY member_id) g
        """,
        business_zone().key,
        only,
    )
    arrays = {
        name: np.zeros(size, dtype=np.int64)
        for name in ("n", "promoted", "spend", "first_day", "last_day", "days")
    }
    if row and row["ids"]:
        ids = _ids(row["ids"])
        keep = ids < size
        for name, array in arrays.items():
            array[ids[keep]] = np.asarray(row[name], dtype=np.int64)[keep]
    return OrderFrame(
        orders=arrays["n"],
        promoted=arrays["promoted"],
        spend_cents=arrays["spend"],
        first_day=arrays["first_day"],
        last_day=arrays["last_day"],
        purchase_days=arrays["days"],
    )


class _Sql:
    """Builds a parameter list alongside SQL text."""

    def __init__(self) -> None:
        self.params: list[Any] = []

    def add(self, value: Any) -> str:
        self.params.append(value)
        return f"${len(self.params)}"


def _order_where(filters: Filters, sql: _Sql, alias: str = "o") -> tuple[list[str], bool]:
    where = [f"{alias}.member_id IS NOT NULL", f"{alias}.status <> 'REFUNDED'"]
    if filters.store_codes:
        where.append(f"{alias}.store_code = ANY({sql.add(list(filters.store_codes))}::text[])")
    if filters.channels:
        where.append(f"{alias}.channel = ANY({sql.add(list(filters.channels))}::text[])")
    lines = False
    if filters.item_ids:
        where.append(f"l.item_id = ANY({sql.add(list(filters.item_ids))}::int[])")
        lines = True
    if filters.brand_ids:
        where.append(f"l.brand_id = ANY({sql.add(list(filters.brand_ids))}::int[])")
        lines = True
    if filters.category_ids:
        tree = (
            "WITH RECURSIVE t AS (SELECT id FROM categories WHERE id = ANY("
            f"{sql.add(list(filters.category_ids))}::int[]) UNION SELECT c.id FROM categories c "
            "JOIN t ON c.parent_id = t.id) SELECT id FROM t"
        )
        where.append(f"l.category_id IN ({tree})")
        lines = True
    return where, lines


def _event_where(spec: EventSpec, sql: _Sql, alias: str = "e") -> list[str]:
    where = [f"{alias}.member_id IS NOT NULL"]
    if spec.event_name is not None:
        where.append(f"{alias}.name = {sql.add(spec.event_name)}")
    filters = spec.filters
    if filters.properties:
        import orjson

        props = orjson.dumps(dict(filters.properties)).decode()
        where.append(f"{alias}.properties @> {sql.add(props)}::jsonb")
    for name, key in (
        ("item_ids", "item_id"),
        ("store_codes", "store_code"),
        ("channels", "channel"),
    ):
        values = getattr(filters, name)
        if values:
            texts = [str(v) for v in values]
            where.append(f"({alias}.properties->>'{key}') = ANY({sql.add(texts)}::text[])")
    return where


def _day(column: str, sql: _Sql) -> str:
    return f"({column} AT TIME ZONE {sql.add(business_zone().key)})::date"


async def behaviour_metric(
    condition: BehaviourCondition, as_of: date, only: list[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(member ids, metric) of members with any matching activity in the condition's window."""
    sql = _Sql()
    scope = "" if only is None else f" AND {{alias}}.member_id = ANY({sql.add(only)}::bigint[])"
    start = business_day_start(date.fromordinal(as_of.toordinal() - condition.window_days + 1))
    if condition.source is Source.ORDER:
        where, lines = _order_where(condition.filters, sql)
        where.append(f"o.paid_at >= {sql.add(start)}" + scope.format(alias="o"))
        if condition.metric is Metric.COUNT:
            metric = "count(DISTINCT o.id)" if lines else "count(*)"
        elif condition.metric is Metric.AMOUNT:
            metric = (
                "sum(l.amount_cents - l.refunded_cents)"
                if lines
                else ("sum(o.total_cents - o.refunded_cents)")
            )
        else:
            metric = f"count(DISTINCT {_day('o.paid_at', sql)})"
        join = "JOIN order_lines l ON l.order_id = o.id" if lines else ""
        text = (
            f"SELECT o.member_id AS m, {metric} AS v FROM orders o {join} "
            f"WHERE {' AND '.join(where)} GROUP BY o.member_id"
        )
    else:
        spec = EventSpec(Source.EVENT, condition.event_name, condition.filters)
        where = _event_where(spec, sql)
        where.append(f"e.occurred_at >= {sql.add(start)}" + scope.format(alias="e"))
        metric = (
            "count(*)"
            if condition.metric is Metric.COUNT
            else (f"count(DISTINCT {_day('e.occurred_at', sql)})")
        )
        text = (
            f"SELECT e.member_id AS m, {metric} AS v FROM events e "
            f"WHERE {' AND '.join(where)} GROUP BY e.member_id"
        )
    row = await db.fetch_one(
        f"SELECT array_agg(m) AS ids, array_agg(v) AS vals FROM ({text}) q", *sql.params
    )
    if not row or not row["ids"]:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return _ids(row["ids"]), np.asarray(row["vals"], dtype=np.float64)


def _occurrences(spec: EventSpec, sql: _Sql, since: datetime | None) -> str:
    if spec.source is Source.ORDER:
        where, lines = _order_where(spec.filters, sql)
        if since is not None:
            where.append(f"o.paid_at >= {sql.add(since)}")
        join = "JOIN order_lines l ON l.order_id = o.id" if lines else ""
        return (
            f"SELECT DISTINCT o.member_id, o.paid_at AS at FROM orders o {join} "
            f"WHERE {' AND '.join(where)}"
        )
    where = _event_where(spec, sql)
    if since is not None:
        where.append(f"e.occurred_at >= {sql.add(since)}")
    return f"SELECT e.member_id, e.occurred_at AS at FROM events e WHERE {' AND '.join(where)}"


async def sequence_members(condition: SequenceCondition, as_of: date) -> np.ndarray:
    """Members with a `first` occurrence followed (or, negated, not followed) by `then`."""
    sql = _Sql()
    since = None
    if condition.window_days is not None:
        since = business_day_start(date.fromordinal(as_of.toordinal() - condition.window_days + 1))
    first = _occurrences(condition.first, sql, since)
    then = _occurrences(condition.then, sql, since)
    within = sql.add(condition.within_days)
    exists = "NOT EXISTS" if condition.negate_then else "EXISTS"
    text = f"""
        WITH a AS ({first}), b AS ({then})
        SELECT array_agg(DISTINCT a.member_id) AS ids FROM a
         WHERE {exists} (SELECT 1 FROM b WHERE b.member_id = a.member_id AND b.at > a.at
                          AND b.at <= a.at + make_interval(days => {within}))
    """
    row = await db.fetch_one(text, *sql.params)
    return _ids(row["ids"] if row else None)


async def event_members(event_ids: list[int]) -> list[int]:
    """The distinct members behind some events."""
    rows = await db.fetch(
        "SELECT DISTINCT member_id FROM events WHERE id = ANY($1::bigint[]) "
        "AND member_id IS NOT NULL",
        event_ids,
    )
    return [int(r["member_id"]) for r in rows]


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


async def live_member_ids() -> np.ndarray:
    """Ids of live members."""
    row = await db.fetch_one("SELECT array_agg(id) AS ids FROM members WHERE status = 'ACTIVE'")
    return _ids(row["ids"] if row else None)
