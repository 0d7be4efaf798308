"""Catalogue upserts for staff and the brand's systems.

A batch is validated whole first and every problem is reported with its row
(`items[3].priceCents`); only a clean batch is written, in one transaction, with one
INSERT ... ON CONFLICT (code) DO UPDATE per table, so a bad row writes nothing of the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from domain import db
from domain.catalog.batches import Problems, by_code, columns, start_batch
from domain.catalog.lookup import items_by_codes as items_by_codes  # re-exported
from domain.catalog.lookup import stores_by_codes as stores_by_codes  # re-exported
from domain.catalog.models import Brand, Category, Item, Store
from domain.errors import ErrorCode

MAX_ATTRIBUTES_BYTES = 4096


MAX_PRICE_CENTS = 2**63 - 1  # the bigint column


CATEGORY_TREE_LOCK = 7_310_001  # advisory lock serialising category tree changes


@dataclass(frozen=True)
class StoreInput:
    code: str
    name: str
    region: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class BrandInput:
    code: str
    name: str


@dataclass(frozen=True)
class CategoryInput:
    code: str
    name: str
    parent_code: str | None = None


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    price_cents: int
    category_code: str | None = None
    brand_code: str | None = None
    on_sale: bool = True
    attributes: Any = field(default_factory=dict)
    cost_cents: int | None = None  # None keeps the item's cost as it is


async def upsert_stores(rows: Sequence[StoreInput]) -> list[Store]:
    """Create or change up to 500 stores by code; all or nothing."""
    rows, problems = start_batch(rows, "stores", Store)
    for i, row in enumerate(rows):
        problems.text(i, "region", row.region, Store)
        problems.text(i, "city", row.city, Store)
    problems.raise_if_any()
    codes = [r.code for r in rows]
    rows = sorted(rows, key=lambda r: r.code)  # one lock order for concurrent batches
    async with db.transaction() as conn:
        await db.execute(
            """INSERT INTO stores (code, name, region, city, updated_at)
               SELECT t.*, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region,
                   city = EXCLUDED.city, updated_at = now()
               WHERE (stores.name, stores.region, stores.city)
                     IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.region, EXCLUDED.city)""",
            *columns(rows, "code", "name", "region", "city"),
            conn=conn,
        )
    return await by_code(Store, codes)


async def upsert_brands(rows: Sequence[BrandInput]) -> list[Brand]:
    """Create or change up to 500 brands by code; all or nothing."""
    rows, problems = start_batch(rows, "brands", Brand)
    problems.raise_if_any()
    codes = [r.code for r in rows]
    rows = sorted(rows, key=lambda r: r.code)  # one lock order for concurrent batches
    async with db.transaction() as conn:
        await db.execute(
            """INSERT INTO brands (code, name) SELECT * FROM unnest($1::text[], $2::text[])
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name
               WHERE brands.name IS DISTINCT FROM EXCLUDED.name""",
            *columns(rows, "code", "name"),
            conn=conn,
        )
    return await by_code(Brand, codes)


async def upsert_categories(rows: Sequence[CategoryInput]) -> list[Category]:
    """Create or change up to 500 categories by code with their parent (by code, in the batch
    or existing); refuses unknown parents and cycles; all or nothing."""
    rows, problems = start_batch(rows, "categories", Category)
    async with db.transaction() as conn:
        # validation reads the tree, so tree changes take turns: no two batches can each
        # pass the cycle check and together make a cycle
        await db.execute("SELECT pg_advisory_xact_lock($1)", CATEGORY_TREE_LOCK, conn=conn)
        known = await db.fetch(
            """WITH RECURSIVE up AS (
                   SELECT id, code, parent_id FROM categories WHERE code = ANY($1::text[])
                   UNION SELECT c.id, c.code, c.parent_id FROM categories c JOIN up
                   ON c.id = up.parent_id)
               SELECT up.code, p.code AS parent_code FROM up
               LEFT JOIN categories p ON p.id = up.parent_id""",
            [r.code for r in rows] + [r.parent_code for r in rows if r.parent_code],
            conn=conn,
        )
        parents = {r["code"]: r["parent_code"] for r in known}
        parents.update({r.code: r.parent_code for r in rows})
        _check_tree(rows, parents, problems)
        problems.raise_if_any()
        codes = [r.code for r in rows]
        rows = sorted(rows, key=lambda r: r.code)  # one lock order for concurrent batches
        await db.execute(
            """INSERT INTO categories (code, name) SELECT * FROM unnest($1::text[], $2::text[])
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name
               WHERE categories.name IS DISTINCT FROM EXCLUDED.name""",
            *columns(rows, "code", "name"),
            conn=conn,
        )
        await db.execute(
            """UPDATE categories c SET parent_id = p.id
                 FROM unnest($1::text[], $2::text[]) AS t(code, parent_code)
                 LEFT JOIN categories p ON p.code = t.parent_code
                WHERE c.code = t.code AND c.parent_id IS DISTINCT FROM p.id""",
            [r.code for r in rows],
            [r.parent_code for r in rows],
            conn=conn,
        )
        return await by_code(Category, codes)


def _check_tree(
    rows: list[CategoryInput], parents: dict[str, str | None], problems: Problems
) -> None:
    """Unknown parents (NOT_FOUND) and parents that would close a cycle (INVALID)."""
    for i, row in enumerate(rows):
        if not row.parent_code:
            continue
        if row.parent_code not in parents:
            problems.add(
                i, "parentCode", f"Unknown parent '{row.parent_code}'.", ErrorCode.NOT_FOUND
            )
            continue
        seen = {row.code}
        node: str | None = row.parent_code
        while node and node not in seen:
            seen.add(node)
            node = parents.get(node)
        if node == row.code:
            problems.add(i, "parentCode", f"'{row.parent_code}' would make a cycle.")


async def upsert_items(rows: Sequence[ItemInput]) -> list[Item]:
    """Create or change up to 500 items by code (category and brand by code, price in cents
    >= 0); all or nothing."""
    rows, problems = start_batch(rows, "items", Item)
    found = await db.fetch(
        """SELECT 'category' AS kind, code, id FROM categories WHERE code = ANY($1::text[])
           UNION ALL SELECT 'brand', code, id FROM brands WHERE code = ANY($2::text[])""",
        [r.category_code for r in rows if r.category_code],
        [r.brand_code for r in rows if r.brand_code],
    )
    ids = {(r["kind"], r["code"]): r["id"] for r in found}
    attributes = [_check_item(i, row, ids, problems) for i, row in enumerate(rows)]
    problems.raise_if_any()
    codes = [r.code for r in rows]
    order = sorted(range(len(rows)), key=lambda i: rows[i].code)  # one lock order
    rows, attributes = [rows[i] for i in order], [attributes[i] for i in order]
    async with db.transaction() as conn:
        await db.execute(
            """INSERT INTO items (code, name, category_id, brand_id, price_cents, attributes,
                                  on_sale, cost_cents, updated_at)
               SELECT t.code, t.name, t.category_id, t.brand_id, t.price, t.attributes::jsonb,
                      t.on_sale, t.cost, now()
                 FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::bigint[],
                             $6::text[], $7::bool[], $8::bigint[])
                      AS t(code, name, category_id, brand_id, price, attributes, on_sale, cost)
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,
                   category_id = EXCLUDED.category_id, brand_id = EXCLUDED.brand_id,
                   price_cents = EXCLUDED.price_cents, attributes = EXCLUDED.attributes,
                   on_sale = EXCLUDED.on_sale,
                   cost_cents = COALESCE(EXCLUDED.cost_cents, items.cost_cents), updated_at = now()
               WHERE (items.name, items.category_id, items.brand_id, items.price_cents,
                      items.attributes, items.on_sale, items.cost_cents)
                     IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category_id, EXCLUDED.brand_id,
                      EXCLUDED.price_cents, EXCLUDED.attributes, EXCLUDED.on_sale,
                      COALESCE(EXCLUDED.cost_cents, items.cost_cents))""",
            *columns(rows, "code", "name"),
            [ids.get(("category", r.category_code)) for r in rows],
            [ids.get(("brand", r.brand_code)) for r in rows],
            [r.price_cents for r in rows],
            attributes,
            [r.on_sale for r in rows],
            [r.cost_cents for r in rows],
            conn=conn,
        )
    return await by_code(Item, codes)


def _check_item(i: int, row: ItemInput, ids: dict[tuple[str, str], int], problems: Problems) -> str:
    """Record the item's problems; return its attributes as JSON text."""
    price = row.price_cents
    if isinstance(price, bool) or not isinstance(price, int) or not 0 <= price <= MAX_PRICE_CENTS:
        problems.add(
            i, "priceCents", "priceCents must be a whole number >= 0.", ErrorCode.INVALID_AMOUNT
        )
    cost = row.cost_cents
    if cost is not None and (
        isinstance(cost, bool) or not isinstance(cost, int) or not 0 <= cost <= MAX_PRICE_CENTS
    ):
        problems.add(
            i, "costCents", "costCents must be a whole number >= 0.", ErrorCode.INVALID_AMOUNT
        )
    for kind, name, code in (
        ("category", "categoryCode", row.category_code),
        ("brand", "brandCode", row.brand_code),
    ):
        if code and (kind, code) not in ids:
            problems.add(i, name, f"Unknown {kind} '{code}'.", ErrorCode.NOT_FOUND)
    if not isinstance(row.on_sale, bool):
        problems.add(i, "onSale", "onSale must be true or false.")
    try:
        if not isinstance(row.attributes, dict):
            raise TypeError
        text = orjson.dumps(row.attributes).decode()
    except TypeError:
        problems.add(i, "attributes", "attributes must be a JSON object with text keys.")
        return "{}"
    if len(text.encode()) > MAX_ATTRIBUTES_BYTES:
        problems.add(
            i,
            "attributes",
            f"attributes must be at most {MAX_ATTRIBUTES_BYTES} bytes of JSON.",
            ErrorCode.TOO_LARGE,
        )
    return text
