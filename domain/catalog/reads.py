"""Catalogue reads for other areas' batch jobs and serving, kept here because they name our tables.

Besides rows, this module publishes SQL fragments (subqueries with the caller's placeholders) so a
set-based statement of another area can filter by or resolve items without a round trip and
without naming the catalogue tables itself.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain import cache, db


def category_subtree_sql(ids_placeholder: str) -> str:
    """A subquery of the ids of the categories in `ids_placeholder` (an int[] parameter) and
    all their descendants."""
    return (
        "WITH RECURSIVE t AS (SELECT id FROM categories WHERE id = ANY("
        f"{ids_placeholder}::int[]) UNION SELECT c.id FROM categories c "
        "JOIN t ON c.parent_id = t.id) SELECT id FROM t"
    )


def item_id_by_code_sql(code_expression: str) -> str:
    """A scalar subquery: the id of the item whose code is `code_expression` (or NULL)."""
    return f"(SELECT i.id FROM items i WHERE i.code = {code_expression})"


def store_place_sql(code_expression: str) -> tuple[str, str]:
    """Scalar subqueries: the city and the region of the store whose code is `code_expression`
    (NULL for an unknown store)."""
    store = f"FROM stores s WHERE s.code = {code_expression}"
    return f"(SELECT s.city {store})", f"(SELECT s.region {store})"


def item_ids_sql() -> str:
    """A subquery of every item id (to keep only references to known items)."""
    return "SELECT id FROM items"


async def catalogue_attributes() -> list[dict[str, Any]]:
    """Every item's id with its category and brand display names (`id`, `category`, `brand`)."""
    return await db.fetch(
        """
        SELECT i.id, c.name AS category, b.name AS brand
          FROM items i LEFT JOIN categories c ON c.id = i.category_id
          LEFT JOIN brands b ON b.id = i.brand_id
        """
    )


@dataclass(frozen=True, slots=True)
class ItemRow:
    """What serving a recommendation needs to know about an item."""

    item_id: int
    name: str
    category: str | None
    category_name: str | None
    brand_name: str | None
    price_cents: int
    on_sale: bool
    code: str = ""
    category_id: int | None = None
    brand_id: int | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None


ITEM_CACHE_SECONDS = 30.0
_item_cache: dict[int, tuple[float, ItemRow]] = {}
cache.register_local_cache(_item_cache.clear)


async def item_rows(item_ids: Sequence[int]) -> dict[int, ItemRow]:
    """Known items among `item_ids` with category, brand, price and sale state. Rows are kept
    for ITEM_CACHE_SECONDS per process: serving reads the same popular items on every request,
    and a change of price or sale state may take that long to show."""
    if not item_ids:
        return {}
    now = time.monotonic()
    wanted = {int(i) for i in item_ids}
    found = {i: hit[1] for i in wanted if (hit := _item_cache.get(i)) and hit[0] > now}
    missing = wanted - found.keys()
    if missing:
        fetched = await fetch_item_rows(missing)
        for item_id, row in fetched.items():
            _item_cache[item_id] = (now + ITEM_CACHE_SECONDS, row)
        found.update(fetched)
    return found


async def fetch_item_rows(item_ids: set[int]) -> dict[int, ItemRow]:
    """Item rows read now, bypassing the cache (a rebuild snapshots its items)."""
    rows = await db.fetch(
        """
        SELECT i.id, i.name, i.price_cents, i.on_sale, i.code, i.category_id, i.brand_id,
               i.attributes, i.updated_at, c.code AS category,
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
            code=r["code"],
            category_id=r["category_id"],
            brand_id=r["brand_id"],
            attributes=_json_object(r["attributes"]),
            updated_at=r["updated_at"],
        )
        for r in rows
    }


def _json_object(raw: Any) -> dict[str, Any]:
    return json.loads(raw) if isinstance(raw, str) else dict(raw or {})


async def items_updated_since(since: datetime) -> list[int]:
    """Ids of the items changed after an instant (price, sale state, attributes)."""
    rows = await db.fetch("SELECT id FROM items WHERE updated_at > $1", since)
    return [int(r["id"]) for r in rows]


def store_codes_sql(column: str, values_placeholder: str) -> str:
    """A subquery of the codes of the stores whose `column` ("region" or "city") is one of the
    text[] parameter `values_placeholder`."""
    name = {"region": "region", "city": "city"}[column]
    return f"SELECT code FROM stores WHERE {name} = ANY({values_placeholder}::text[])"
