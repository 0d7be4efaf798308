"""Item-level reads of orders and events for recommendations, kept here because they name our
tables: who bought or looked at which item, in bulk for training and per member for serving.
Nothing here writes.

Event names are the caller's constants, written into the statements as literals (as the
planner's statistics on event names need); an event refers to an item through
`properties.item_id` (an integer items.id) or `properties.item_code` (a SKU code).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import numpy as np

from domain import db
from domain.catalog import reads as catalog_reads
from domain.members import reads as members_reads

_EVENT_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


def _name(event: str) -> str:
    """An event name as a SQL literal; names are lower-case identifiers, anything else is a bug."""
    if not _EVENT_NAME.fullmatch(event):
        raise ValueError(f"not an event name: {event!r}")
    return f"'{event}'"


def event_item_sql(alias: str = "e") -> str:
    """The item an event refers to: properties.item_id when it is a plain integer, else the
    item with the code properties.item_code (NULL when neither resolves)."""
    by_code = catalog_reads.item_id_by_code_sql(f"{alias}.properties->>'item_code'")
    return f"""COALESCE(
    CASE WHEN {alias}.properties->>'item_id' ~ '^[0-9]{{1,9}}$'
         THEN ({alias}.properties->>'item_id')::int END,
    {by_code})"""


def interactions_sql(
    *, since: str, purchase: str, cart: str, view: str, cart_event: str, view_event: str
) -> str:
    """A subquery of (member_id, item_id, at, w): member purchases of items still not fully
    refunded, and member cart and view events, since the instant `since`. `since` and the
    weights of the three kinds are the caller's placeholders; the event names plain strings."""
    cart_event, view_event = _name(cart_event), _name(view_event)
    return f"""
            SELECT o.member_id, l.item_id, o.paid_at AS at, {purchase}::float8 AS w
              FROM order_lines l JOIN orders o ON o.id = l.order_id
             WHERE o.member_id IS NOT NULL AND l.item_id IS NOT NULL AND o.paid_at >= {since}
               AND l.quantity > l.refunded_quantity
            UNION ALL
            SELECT e.member_id, {event_item_sql()} AS item_id, e.occurred_at,
                   CASE e.name WHEN {cart_event} THEN {cart}::float8 ELSE {view}::float8 END
              FROM events e
             WHERE e.name IN ({cart_event}, {view_event}) AND e.member_id IS NOT NULL
               AND e.occurred_at >= {since}"""


async def basket_lines(*, since: datetime) -> tuple[np.ndarray, np.ndarray]:
    """(order ids, item ids) of distinct items per paid order since `since`, by order."""
    rows = await db.fetch(
        """
        SELECT DISTINCT l.order_id, l.item_id
          FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE l.item_id IS NOT NULL AND o.paid_at >= $1
         ORDER BY l.order_id
        """,
        since,
    )
    orders = np.fromiter((r["order_id"] for r in rows), dtype=np.int64, count=len(rows))
    items = np.fromiter((r["item_id"] for r in rows), dtype=np.int64, count=len(rows))
    return orders, items


async def recent_items(
    member_id: int,
    *,
    bought_since: datetime,
    clicked: tuple[str, datetime],
    shown: tuple[str, datetime],
) -> dict[str, set[int]]:
    """Items the member bought, and items of the member's (event name, since) `clicked` and
    `shown` events, each since its own instant."""
    click, show = _name(clicked[0]), _name(shown[0])
    rows = await db.fetch(
        f"""
        SELECT 'bought' AS kind, l.item_id
          FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE o.member_id = $1 AND o.paid_at >= $2 AND l.item_id IS NOT NULL
        UNION
        SELECT CASE e.name WHEN {click} THEN 'clicked' ELSE 'shown' END, {event_item_sql()}
          FROM events e
         WHERE e.member_id = $1 AND e.name IN ({click}, {show})
           AND e.occurred_at >= CASE e.name WHEN {click} THEN $3::timestamptz
                                           ELSE $4::timestamptz END
        """,
        member_id,
        bought_since,
        clicked[1],
        shown[1],
    )
    found: dict[str, set[int]] = {"bought": set(), "clicked": set(), "shown": set()}
    for row in rows:
        if row["item_id"] is not None:
            found[row["kind"]].add(int(row["item_id"]))
    return found


async def member_history(
    member_id: int, events: tuple[str, ...], *, limit: int
) -> list[dict[str, Any]]:
    """The member's latest distinct items from orders and the named events, newest first:
    `item_id`, `at`, `bought` and the highest unit `price_cents` paid."""
    return await db.fetch(
        f"""
        SELECT item_id, max(at) AS at, bool_or(bought) AS bought,
               max(price_cents) AS price_cents
          FROM (
            SELECT l.item_id, o.paid_at AS at, true AS bought, l.unit_price_cents AS price_cents
              FROM order_lines l JOIN orders o ON o.id = l.order_id
             WHERE o.member_id = $1 AND l.item_id IS NOT NULL
            UNION ALL
            SELECT {event_item_sql()}, e.occurred_at, false, NULL
              FROM events e
             WHERE e.member_id = $1 AND e.name IN ({", ".join(_name(e) for e in events)})
          ) h
         WHERE item_id IS NOT NULL
         GROUP BY item_id ORDER BY max(at) DESC LIMIT $2
        """,
        member_id,
        limit,
    )


async def members_history(
    member_ids: list[int], events: tuple[str, ...], *, limit: int
) -> list[dict[str, Any]]:
    """`member_history` for many members in one statement: `member_id`, `item_id`, `bought`,
    `price_cents`, each member's latest `limit` distinct items, newest first."""
    return await db.fetch(
        f"""
        SELECT member_id, item_id, bought, price_cents FROM (
            SELECT member_id, item_id, bool_or(bought) AS bought,
                   max(price_cents) AS price_cents,
                   row_number() OVER (PARTITION BY member_id ORDER BY max(at) DESC, item_id)
                       AS n
              FROM (
                SELECT o.member_id, l.item_id, o.paid_at AS at, true AS bought,
                       l.unit_price_cents AS price_cents
                  FROM order_lines l JOIN orders o ON o.id = l.order_id
                 WHERE o.member_id = ANY($1::bigint[]) AND l.item_id IS NOT NULL
                UNION ALL
                SELECT e.member_id, {event_item_sql()}, e.occurred_at, false, NULL
                  FROM events e
                 WHERE e.member_id = ANY($1::bigint[])
                   AND e.name IN ({", ".join(_name(e) for e in events)})
              ) h
             WHERE item_id IS NOT NULL
             GROUP BY member_id, item_id
        ) ranked
         WHERE n <= $2
         ORDER BY member_id, n
        """,
        member_ids,
        limit,
    )


async def order_counts(member_ids: list[int]) -> dict[int, int]:
    """How many orders each of some members has (members without orders are left out)."""
    rows = await db.fetch(
        "SELECT member_id, count(*) AS n FROM orders WHERE member_id = ANY($1::bigint[]) "
        "GROUP BY member_id",
        member_ids,
    )
    return {int(r["member_id"]): int(r["n"]) for r in rows}


async def anonymous_history(
    anonymous_id: str, events: tuple[str, ...], *, limit: int
) -> list[dict[str, Any]]:
    """A device's latest distinct items from the named events, newest first: `item_id`, `at`,
    `bought` (always false) and `price_cents` (always null), shaped like `member_history`."""
    return await db.fetch(
        f"""
        SELECT item_id, max(at) AS at, false AS bought, NULL::bigint AS price_cents
          FROM (
            SELECT {event_item_sql()} AS item_id, e.occurred_at AS at
              FROM events e
             WHERE e.anonymous_id = $1 AND e.name IN ({", ".join(_name(e) for e in events)})
          ) h
         WHERE item_id IS NOT NULL
         GROUP BY item_id ORDER BY max(at) DESC LIMIT $2
        """,
        anonymous_id,
        limit,
    )


async def anonymous_place(anonymous_id: str) -> dict[str, Any] | None:
    """Where a device was lately: of its latest event naming a city (property `city`) or a known
    store (property `store_code`), `city` (the property, else the store's) and `region` (the
    store's, when the city is the store's)."""
    named = "NULLIF(btrim(e.properties->>'city'), '')"
    store_city, store_region = catalog_reads.store_place_sql("e.properties->>'store_code'")
    return await db.fetch_one(
        f"""
        SELECT city, CASE WHEN city = store_city THEN store_region END AS region
          FROM (
            SELECT COALESCE({named}, {store_city}) AS city, {store_city} AS store_city,
                   {store_region} AS store_region, e.occurred_at, e.id
              FROM events e
             WHERE e.anonymous_id = $1 AND (e.properties ? 'city' OR e.properties ? 'store_code')
          ) p
         WHERE city IS NOT NULL
         ORDER BY occurred_at DESC, id DESC LIMIT 1
        """,
        anonymous_id,
    )


async def purchase_cycles(member_id: int) -> list[dict[str, Any]]:
    """Items the member bought on at least two days: `item_id`, `days`, `first_at`, `last_at`."""
    return await db.fetch(
        """
        SELECT l.item_id, count(DISTINCT date_trunc('day', o.paid_at)) AS days,
               min(o.paid_at) AS first_at, max(o.paid_at) AS last_at
          FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE o.member_id = $1 AND l.item_id IS NOT NULL AND l.quantity > l.refunded_quantity
         GROUP BY l.item_id
        HAVING count(DISTINCT date_trunc('day', o.paid_at)) >= 2
        """,
        member_id,
    )


async def order_count(member_id: int) -> int:
    """How many orders the member has."""
    row = await db.fetch_one("SELECT count(*) AS n FROM orders WHERE member_id = $1", member_id)
    return int(row["n"]) if row else 0


async def popular_items(
    *, since: datetime, city: str | None = None, region: str | None = None, limit: int = 100
) -> list[tuple[int, int]]:
    """(item id, distinct buyers) since `since`, among members of a city or region if given."""
    params: list[object] = [since, limit]
    place = ""
    if city is not None or region is not None:
        place = f"AND o.member_id IN ({members_reads.in_place_sql('$3', '$4')})"
        params += [city, region]
    rows = await db.fetch(
        f"""
        SELECT l.item_id, count(DISTINCT o.member_id) AS buyers
          FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE l.item_id IS NOT NULL AND o.paid_at >= $1 {place}
         GROUP BY l.item_id ORDER BY buyers DESC, l.item_id LIMIT $2
        """,
        *params,
    )
    return [(int(r["item_id"]), int(r["buyers"])) for r in rows]


async def slot_event_counts(
    *, impression_event: str, click_event: str, since: datetime, slot: str | None
) -> list[dict[str, Any]]:
    """Impressions and clicks per (`slot`, `strategy`) property of the two events since an
    instant, for one slot or all."""
    shown, clicked = _name(impression_event), _name(click_event)
    return await db.fetch(
        f"""
        SELECT e.properties->>'slot' AS slot, COALESCE(e.properties->>'strategy', '') AS strategy,
               count(*) FILTER (WHERE e.name = {shown}) AS impressions,
               count(*) FILTER (WHERE e.name = {clicked}) AS clicks
          FROM events e
         WHERE e.name IN ({shown}, {clicked}) AND e.occurred_at >= $1
           AND ($2::text IS NULL OR e.properties->>'slot' = $2)
           AND e.properties ? 'slot'
         GROUP BY 1, 2 ORDER BY 1, 2
        """,
        since,
        slot,
    )
