"""Read-only, set-based SQL over orders, events, members and items for training and serving.

Recommendations read other areas' tables in bulk (whole windows of order lines and events, the
whole catalogue) and per request (one member's recent items). Going through those areas'
services row by row would be orders of magnitude slower, so these few statements read the tables
directly; nothing here writes to them. Event item references are `properties.item_id` (an
integer items.id) or `properties.item_code` (a SKU code).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from domain import cache, db
from domain.recs.interactions import DEFAULT_RECENCY_FLOOR, Kind

VIEW_EVENT = "view_item"
CART_EVENT = "add_to_cart"
IMPRESSION_EVENT = "rec_impression"
CLICK_EVENT = "rec_click"

# The item an event refers to: properties.item_id when it is a plain integer, else by code.
_EVENT_ITEM = """COALESCE(
    CASE WHEN e.properties->>'item_id' ~ '^[0-9]{1,9}$' THEN (e.properties->>'item_id')::int END,
    (SELECT i.id FROM items i WHERE i.code = e.properties->>'item_code'))"""


@dataclass(frozen=True, slots=True)
class WeightedInteractions:
    """Summed, decayed weights per (member, item) as parallel arrays, with the epoch seconds of
    each pair's first and latest interaction (the validation split holds out discoveries)."""

    member_ids: np.ndarray
    item_ids: np.ndarray
    weights: np.ndarray
    last_seen: np.ndarray
    first_seen: np.ndarray


@dataclass(frozen=True, slots=True)
class ItemRow:
    """What serving needs to know about an item."""

    item_id: int
    name: str
    category: str | None
    category_name: str | None
    brand_name: str | None
    price_cents: int
    on_sale: bool


async def weighted_interactions(
    *,
    since: datetime,
    half_life_days: float,
    kind_weights: Mapping[Kind, float],
    floor: float = DEFAULT_RECENCY_FLOOR,
) -> WeightedInteractions:
    """Purchases, add-to-carts and item views since `since`, weighted and decayed in SQL.

    Age counts from each member's own latest interaction, and no interaction fades below
    `floor` of its weight (as interactions.interaction_weights does)."""
    rows = await db.fetch(
        f"""
        WITH raw AS (
            SELECT o.member_id, l.item_id, o.paid_at AS at, $3::float8 AS w
              FROM order_lines l JOIN orders o ON o.id = l.order_id
             WHERE o.member_id IS NOT NULL AND l.item_id IS NOT NULL AND o.paid_at >= $1
               AND l.quantity > l.refunded_quantity
            UNION ALL
            SELECT e.member_id, {_EVENT_ITEM} AS item_id, e.occurred_at,
                   CASE e.name WHEN '{CART_EVENT}' THEN $4::float8 ELSE $5::float8 END
              FROM events e
             WHERE e.name IN ('{CART_EVENT}', '{VIEW_EVENT}') AND e.member_id IS NOT NULL
               AND e.occurred_at >= $1
        ), aged AS (
            SELECT r.member_id, r.item_id, r.w, extract(epoch FROM r.at) AS at,
                   extract(epoch FROM max(r.at) OVER (PARTITION BY r.member_id) - r.at) AS age
              FROM raw r JOIN items it ON it.id = r.item_id
        )
        SELECT member_id, item_id, max(at)::float8 AS last_seen, min(at)::float8 AS first_seen,
               SUM(w * GREATEST($6::float8, power(0.5, age / 86400.0 / $2))) AS weight
          FROM aged
         GROUP BY member_id, item_id
        """,
        since,
        float(half_life_days),
        float(kind_weights[Kind.PURCHASE]),
        float(kind_weights[Kind.CART]),
        float(kind_weights[Kind.VIEW]),
        float(floor),
    )
    return WeightedInteractions(
        member_ids=np.fromiter((r["member_id"] for r in rows), dtype=np.int64, count=len(rows)),
        item_ids=np.fromiter((r["item_id"] for r in rows), dtype=np.int64, count=len(rows)),
        weights=np.fromiter((r["weight"] for r in rows), dtype=np.float64, count=len(rows)),
        last_seen=np.fromiter((r["last_seen"] for r in rows), dtype=np.float64, count=len(rows)),
        first_seen=np.fromiter((r["first_seen"] for r in rows), dtype=np.float64, count=len(rows)),
    )


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


async def catalogue_attributes() -> list[dict[str, Any]]:
    """Every item's id with its category and brand display names (for interest scores)."""
    return await db.fetch(
        """
        SELECT i.id, c.name AS category, b.name AS brand
          FROM items i LEFT JOIN categories c ON c.id = i.category_id
          LEFT JOIN brands b ON b.id = i.brand_id
        """
    )


ITEM_CACHE_SECONDS = 30.0
_item_cache: dict[int, tuple[float, ItemRow]] = {}
cache.register_local_cache(_item_cache.clear)


async def item_rows(item_ids: Sequence[int]) -> dict[int, ItemRow]:
    """Known items among `item_ids` with category, brand, price and sale state. Rows are kept
    for ITEM_CACHE_SECONDS per process: serving reads the same popular items on every request,
    and a change of price or sale state may take that long to show in recommendations."""
    if not item_ids:
        return {}
    now = time.monotonic()
    wanted = {int(i) for i in item_ids}
    found = {i: hit[1] for i in wanted if (hit := _item_cache.get(i)) and hit[0] > now}
    missing = wanted - found.keys()
    if missing:
        fetched = await _item_rows_from_db(missing)
        for item_id, row in fetched.items():
            _item_cache[item_id] = (now + ITEM_CACHE_SECONDS, row)
        found.update(fetched)
    return found


async def _item_rows_from_db(item_ids: set[int]) -> dict[int, ItemRow]:
    rows = await db.fetch(
        """
        SELECT i.id, i.name, i.price_cents, i.on_sale, c.code AS category,
               c.name AS category_name, b.name AS brand_name
          FROM items i LEFT JOIN categories c ON c.id = i.category_id
          LEFT JOIN brands b ON b.id = i.brand_id
         WHERE i.id = ANY($1::int[])
        """,
        list(item_ids),
    )
    return {
        r["id"]: ItemRow(
            item_id=r["id"],
            name=r["name"],
            category=r["category"],
            category_name=r["category_name"],
            brand_name=r["brand_name"],
            price_cents=int(r["price_cents"]),
            on_sale=bool(r["on_sale"]),
        )
        for r in rows
    }


async def recent_items(
    member_id: int, *, bought_since: datetime, clicked_since: datetime, shown_since: datetime
) -> dict[str, set[int]]:
    """Items the member bought, clicked in a slot, or was shown, each since its own instant."""
    rows = await db.fetch(
        f"""
        SELECT 'bought' AS kind, l.item_id
          FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE o.member_id = $1 AND o.paid_at >= $2 AND l.item_id IS NOT NULL
        UNION
        SELECT CASE e.name WHEN '{CLICK_EVENT}' THEN 'clicked' ELSE 'shown' END, {_EVENT_ITEM}
          FROM events e
         WHERE e.member_id = $1 AND e.name IN ('{CLICK_EVENT}', '{IMPRESSION_EVENT}')
           AND e.occurred_at >= CASE e.name WHEN '{CLICK_EVENT}' THEN $3::timestamptz
                                           ELSE $4::timestamptz END
        """,
        member_id,
        bought_since,
        clicked_since,
        shown_since,
    )
    found: dict[str, set[int]] = {"bought": set(), "clicked": set(), "shown": set()}
    for row in rows:
        if row["item_id"] is not None:
            found[row["kind"]].add(int(row["item_id"]))
    return found


async def member_history(member_id: int, *, limit: int = 50) -> list[dict[str, Any]]:
    """The member's latest distinct items from orders and cart/view events, newest first."""
    return await db.fetch(
        f"""
        SELECT item_id, max(at) AS at, bool_or(bought) AS bought,
               max(price_cents) AS price_cents
          FROM (
            SELECT l.item_id, o.paid_at AS at, true AS bought, l.unit_price_cents AS price_cents
              FROM order_lines l JOIN orders o ON o.id = l.order_id
             WHERE o.member_id = $1 AND l.item_id IS NOT NULL
            UNION ALL
            SELECT {_EVENT_ITEM}, e.occurred_at, false, NULL
              FROM events e
             WHERE e.member_id = $1 AND e.name IN ('{CART_EVENT}', '{VIEW_EVENT}')
          ) h
         WHERE item_id IS NOT NULL
         GROUP BY item_id ORDER BY max(at) DESC LIMIT $2
        """,
        member_id,
        limit,
    )


async def anonymous_history(anonymous_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """A device's latest distinct items from its cart/view events, newest first."""
    return await db.fetch(
        f"""
        SELECT item_id, max(at) AS at, false AS bought, NULL::bigint AS price_cents
          FROM (
            SELECT {_EVENT_ITEM} AS item_id, e.occurred_at AS at
              FROM events e
             WHERE e.anonymous_id = $1 AND e.name IN ('{CART_EVENT}', '{VIEW_EVENT}')
          ) h
         WHERE item_id IS NOT NULL
         GROUP BY item_id ORDER BY max(at) DESC LIMIT $2
        """,
        anonymous_id,
        limit,
    )


async def purchase_cycles(member_id: int) -> list[dict[str, Any]]:
    """Items the member bought on at least two days: count of days, first and last purchase."""
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


async def member_place(member_id: int) -> tuple[str | None, str | None, int]:
    """(city, region, number of orders) of a member."""
    row = await db.fetch_one(
        """
        SELECT m.city, m.region, (SELECT count(*) FROM orders o WHERE o.member_id = m.id) AS n
          FROM members m WHERE m.id = $1
        """,
        member_id,
    )
    if row is None:
        return None, None, 0
    return row["city"], row["region"], int(row["n"])


async def popular_items(
    *, since: datetime, city: str | None = None, region: str | None = None, limit: int = 100
) -> list[tuple[int, int]]:
    """(item id, distinct buyers) since `since`, among members of a city or region if given."""
    rows = await db.fetch(
        """
        SELECT l.item_id, count(DISTINCT o.member_id) AS buyers
          FROM order_lines l JOIN orders o ON o.id = l.order_id
          LEFT JOIN members m ON m.id = o.member_id
         WHERE l.item_id IS NOT NULL AND o.paid_at >= $1
           AND ($2::text IS NULL OR m.city = $2) AND ($3::text IS NULL OR m.region = $3)
         GROUP BY l.item_id ORDER BY buyers DESC, l.item_id LIMIT $4
        """,
        since,
        city,
        region,
        limit,
    )
    return [(int(r["item_id"]), int(r["buyers"])) for r in rows]


async def slot_event_counts(*, since: datetime, slot: str | None) -> list[dict[str, Any]]:
    """Impressions and clicks per (slot, strategy) since an instant."""
    return await db.fetch(
        f"""
        SELECT e.properties->>'slot' AS slot, COALESCE(e.properties->>'strategy', '') AS strategy,
               count(*) FILTER (WHERE e.name = '{IMPRESSION_EVENT}') AS impressions,
               count(*) FILTER (WHERE e.name = '{CLICK_EVENT}') AS clicks
          FROM events e
         WHERE e.name IN ('{IMPRESSION_EVENT}', '{CLICK_EVENT}') AND e.occurred_at >= $1
           AND ($2::text IS NULL OR e.properties->>'slot' = $2)
           AND e.properties ? 'slot'
         GROUP BY 1, 2 ORDER BY 1, 2
        """,
        since,
        slot,
    )
