"""Set-based reads of orders and events for tag computation and segment leaves, kept here
because they name our tables. Arrays come back indexed by member id or as (member ids, values)
pairs; nothing here writes.

Which orders or events count is an `Activity` of plain values, so callers (the segment DSL
among them) translate their own conditions into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import numpy as np
import orjson

from domain import db
from domain.catalog import reads as catalog_reads
from domain.clock import business_zone

ActivitySource = Literal["ORDER", "EVENT"]
ActivityMetric = Literal["COUNT", "AMOUNT", "DISTINCT_DAYS"]


def _ids(values: Any) -> np.ndarray:
    return np.asarray(values or [], dtype=np.int64)


def orders_sql() -> str:
    """The order columns other areas may aggregate in their own statements, as a subquery:
    id, member_id, external_no, status, paid_at, total_cents, refunded_cents, coupon_used.
    PostgreSQL inlines it, so filters and joins on it use the orders indexes."""
    return (
        "SELECT id, member_id, external_no, status, paid_at, total_cents, refunded_cents, "
        "coupon_used FROM orders"
    )


def net_spend_since_sql(member_expression: str, since_expression: str) -> str:
    """A scalar subquery: the member's net spend in cents (paid less refunded) on orders paid
    at or after the instant (NULL when there are none)."""
    return f"""(SELECT sum(o.total_cents - o.refunded_cents) FROM orders o
                 WHERE o.member_id = {member_expression} AND o.paid_at >= {since_expression})"""


def orders_since_sql(member_expression: str, since_expression: str) -> str:
    """A scalar subquery: how many of the member's orders paid at or after the instant were
    not refunded in full."""
    return f"""(SELECT count(*) FROM orders o
                 WHERE o.member_id = {member_expression} AND o.paid_at >= {since_expression}
                   AND o.refunded_cents < o.total_cents)"""


def events_sql() -> str:
    """The event columns other areas may read in their own statements, as a subquery:
    id, member_id, name, occurred_at, properties."""
    return "SELECT id, member_id, name, occurred_at, properties FROM events"


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


@dataclass(frozen=True, slots=True)
class Activity:
    """Which orders (`source` ORDER) or events (EVENT) count; empty filters restrict nothing.
    Items, brands and categories (with their subcategories) filter order lines; for events,
    items, stores and channels match the event's properties."""

    source: ActivitySource
    event_name: str | None = None
    item_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    brand_ids: tuple[int, ...] = ()
    store_codes: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    properties: tuple[tuple[str, Any], ...] = ()


class _Sql:
    """Builds a parameter list alongside SQL text."""

    def __init__(self) -> None:
        self.params: list[Any] = []

    def add(self, value: Any) -> str:
        self.params.append(value)
        return f"${len(self.params)}"


def _order_where(activity: Activity, sql: _Sql, alias: str = "o") -> tuple[list[str], bool]:
    where = [f"{alias}.member_id IS NOT NULL", f"{alias}.status <> 'REFUNDED'"]
    if activity.store_codes:
        where.append(f"{alias}.store_code = ANY({sql.add(list(activity.store_codes))}::text[])")
    if activity.channels:
        where.append(f"{alias}.channel = ANY({sql.add(list(activity.channels))}::text[])")
    lines = False
    if activity.item_ids:
        where.append(f"l.item_id = ANY({sql.add(list(activity.item_ids))}::int[])")
        lines = True
    if activity.brand_ids:
        where.append(f"l.brand_id = ANY({sql.add(list(activity.brand_ids))}::int[])")
        lines = True
    if activity.category_ids:
        tree = catalog_reads.category_subtree_sql(sql.add(list(activity.category_ids)))
        where.append(f"l.category_id IN ({tree})")
        lines = True
    return where, lines


def _event_where(activity: Activity, sql: _Sql, alias: str = "e") -> list[str]:
    where = [f"{alias}.member_id IS NOT NULL"]
    if activity.event_name is not None:
        where.append(f"{alias}.name = {sql.add(activity.event_name)}")
    if activity.properties:
        props = orjson.dumps(dict(activity.properties)).decode()
        where.append(f"{alias}.properties @> {sql.add(props)}::jsonb")
    for name, key in (
        ("item_ids", "item_id"),
        ("store_codes", "store_code"),
        ("channels", "channel"),
    ):
        values = getattr(activity, name)
        if values:
            texts = [str(v) for v in values]
            where.append(f"({alias}.properties->>'{key}') = ANY({sql.add(texts)}::text[])")
    return where


def _day(column: str, sql: _Sql) -> str:
    return f"({column} AT TIME ZONE {sql.add(business_zone().key)})::date"


async def activity_metric(
    activity: Activity, metric: ActivityMetric, since: datetime, only: list[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(member ids, metric) of members with any matching activity since `since`: the number of
    orders or events, the net amount in cents (orders), or the number of business days."""
    sql = _Sql()
    scope = "" if only is None else f" AND {{alias}}.member_id = ANY({sql.add(only)}::bigint[])"
    if activity.source == "ORDER":
        where, lines = _order_where(activity, sql)
        where.append(f"o.paid_at >= {sql.add(since)}" + scope.format(alias="o"))
        if metric == "COUNT":
            value = "count(DISTINCT o.id)" if lines else "count(*)"
        elif metric == "AMOUNT":
            value = (
                "sum(l.amount_cents - l.refunded_cents)"
                if lines
                else ("sum(o.total_cents - o.refunded_cents)")
            )
        else:
            value = f"count(DISTINCT {_day('o.paid_at', sql)})"
        join = "JOIN order_lines l ON l.order_id = o.id" if lines else ""
        text = (
            f"SELECT o.member_id AS m, {value} AS v FROM orders o {join} "
            f"WHERE {' AND '.join(where)} GROUP BY o.member_id"
        )
    else:
        where = _event_where(activity, sql)
        where.append(f"e.occurred_at >= {sql.add(since)}" + scope.format(alias="e"))
        value = "count(*)"
        if metric != "COUNT":
            value = f"count(DISTINCT {_day('e.occurred_at', sql)})"
        text = (
            f"SELECT e.member_id AS m, {value} AS v FROM events e "
            f"WHERE {' AND '.join(where)} GROUP BY e.member_id"
        )
    row = await db.fetch_one(
        f"SELECT array_agg(m) AS ids, array_agg(v) AS vals FROM ({text}) q", *sql.params
    )
    if not row or not row["ids"]:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return _ids(row["ids"]), np.asarray(row["vals"], dtype=np.float64)


def _occurrences(activity: Activity, sql: _Sql, since: datetime | None) -> str:
    if activity.source == "ORDER":
        where, lines = _order_where(activity, sql)
        if since is not None:
            where.append(f"o.paid_at >= {sql.add(since)}")
        join = "JOIN order_lines l ON l.order_id = o.id" if lines else ""
        return (
            f"SELECT DISTINCT o.member_id, o.paid_at AS at FROM orders o {join} "
            f"WHERE {' AND '.join(where)}"
        )
    where = _event_where(activity, sql)
    if since is not None:
        where.append(f"e.occurred_at >= {sql.add(since)}")
    return f"SELECT e.member_id, e.occurred_at AS at FROM events e WHERE {' AND '.join(where)}"


async def sequence_members(
    first: Activity,
    then: Activity,
    *,
    within_days: int,
    negate_then: bool = False,
    since: datetime | None = None,
) -> np.ndarray:
    """Members with a `first` occurrence followed within `within_days` by `then` (or, with
    `negate_then`, not followed by it), counting occurrences since `since` when given."""
    sql = _Sql()
    first_sql = _occurrences(first, sql, since)
    then_sql = _occurrences(then, sql, since)
    within = sql.add(within_days)
    exists = "NOT EXISTS" if negate_then else "EXISTS"
    text = f"""
        WITH a AS ({first_sql}), b AS ({then_sql})
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


@dataclass(frozen=True, slots=True)
class MemberEvent:
    """A behaviour event of a known member, as the areas that reward events read it."""

    id: int
    name: str
    member_id: int
    occurred_at: datetime


async def member_events_in_order(event_ids: list[int]) -> list[MemberEvent]:
    """The events among `event_ids` that belong to a member, oldest first (ties by id)."""
    rows = await db.fetch(
        "SELECT id, name, member_id, occurred_at FROM events WHERE id = ANY($1::bigint[]) "
        "AND member_id IS NOT NULL ORDER BY occurred_at, id",
        event_ids,
    )
    return [
        MemberEvent(
            id=int(r["id"]),
            name=r["name"],
            member_id=int(r["member_id"]),
            occurred_at=r["occurred_at"],
        )
        for r in rows
    ]
