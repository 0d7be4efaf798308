"""Catalogue upserts for staff and the brand's systems, and the reads other areas use.

A batch is validated whole first (every error names its row, e.g. `items[3].priceCents`), then
written in one transaction with INSERT ... ON CONFLICT (code) DO UPDATE: a bad row writes
nothing of the batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from domain import db
from domain.catalog.models import Brand, Category, Item, Store
from domain.errors import DomainError, ErrorCode

MAX_BATCH = 500
MAX_ATTRIBUTES_BYTES = 2048


@dataclass(frozen=True)
class StoreInput:
    code: str
    name: str
    region: str | None = None
    city: str | None = None


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
    attributes: dict[str, Any] = field(default_factory=dict)


def _check_batch(rows: list[Any], name: str) -> None:
    if not rows:
        raise DomainError("Nothing to upsert.", field=name, code=ErrorCode.REQUIRED)
    if len(rows) > MAX_BATCH:
        raise DomainError(
            f"At most {MAX_BATCH} rows per batch.", field=name, code=ErrorCode.TOO_MANY
        )
    seen: set[str] = set()
    for i, row in enumerate(rows):
        code = (row.code or "").strip()
        if not code or len(code) > 64:
            raise DomainError("code is required (at most 64).", field=f"{name}[{i}].code")
        if code in seen:
            raise DomainError(
                f"Code '{code}' appears twice.", field=f"{name}[{i}].code", code=ErrorCode.DUPLICATE
            )
        seen.add(code)
        if not (row.name or "").strip() or len(row.name) > 200:
            raise DomainError("name is required (at most 200).", field=f"{name}[{i}].name")


async def upsert_stores(rows: list[StoreInput]) -> list[Store]:
    """Create or change stores by code."""
    _check_batch(rows, "stores")
    async with db.transaction():
        await db.execute(
            """INSERT INTO stores (code, name, region, city, updated_at)
               SELECT * , now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region,
                   city = EXCLUDED.city, updated_at = now()""",
            [r.code for r in rows],
            [r.name for r in rows],
            [r.region for r in rows],
            [r.city for r in rows],
        )
    return list(await Store.filter(code__in=[r.code for r in rows]).order_by("code"))


async def upsert_brands(codes_and_names: list[tuple[str, str]]) -> list[Brand]:
    """Create or change brands by code."""
    if len(codes_and_names) > MAX_BATCH:
        raise DomainError(
            f"At most {MAX_BATCH} rows per batch.", field="brands", code=ErrorCode.TOO_MANY
        )
    await db.execute(
        """INSERT INTO brands (code, name) SELECT * FROM unnest($1::text[], $2::text[])
           ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name""",
        [c for c, _ in codes_and_names],
        [n for _, n in codes_and_names],
    )
    return list(await Brand.filter(code__in=[c for c, _ in codes_and_names]))


async def upsert_categories(rows: list[CategoryInput]) -> list[Category]:
    """Create or change categories by code; parents by code (in the batch or existing); the
    tree may not get a cycle."""
    _check_batch(rows, "categories")
    existing = {c.code: c for c in await Category.all()}
    parent_of = {code: c.parent_id for code, c in existing.items()}
    ids = {code: c.id for code, c in existing.items()}
    codes_by_id = {c.id: code for code, c in existing.items()}
    batch = {r.code: r for r in rows}
    for i, row in enumerate(rows):
        if row.parent_code and row.parent_code not in batch and row.parent_code not in existing:
            raise DomainError(
                f"Unknown parent '{row.parent_code}'.",
                field=f"categories[{i}].parentCode",
                code=ErrorCode.NOT_FOUND,
            )
    # the tree as it would be after the batch, by code
    parents = {code: codes_by_id.get(pid) if pid else None for code, pid in parent_of.items()}
    parents.update({r.code: r.parent_code for r in rows})
    for i, row in enumerate(rows):
        seen, node = {row.code}, parents.get(row.code)
        while node:
            if node in seen:
                raise DomainError(
                    "This parent would make a cycle.",
                    field=f"categories[{i}].parentCode",
                    code=ErrorCode.INVALID,
                )
            seen.add(node)
            node = parents.get(node)
    async with db.transaction():
        await db.execute(
            """INSERT INTO categories (code, name) SELECT * FROM unnest($1::text[], $2::text[])
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name""",
            [r.code for r in rows],
            [r.name for r in rows],
        )
        ids.update({c.code: c.id for c in await Category.filter(code__in=list(batch))})
        await db.execute(
            """UPDATE categories c SET parent_id = t.parent
                 FROM unnest($1::text[], $2::int[]) AS t(code, parent) WHERE c.code = t.code""",
            [r.code for r in rows],
            [ids.get(r.parent_code) if r.parent_code else None for r in rows],
        )
    return list(await Category.filter(code__in=list(batch)).order_by("code"))


async def upsert_items(rows: list[ItemInput]) -> list[Item]:
    """Create or change items by code (category and brand by code, price in cents >= 0)."""
    _check_batch(rows, "items")
    categories = {
        c.code: c.id
        for c in await Category.filter(code__in=[r.category_code for r in rows if r.category_code])
    }
    brands = {
        b.code: b.id
        for b in await Brand.filter(code__in=[r.brand_code for r in rows if r.brand_code])
    }
    for i, row in enumerate(rows):
        if (
            isinstance(row.price_cents, bool)
            or not isinstance(row.price_cents, int)
            or row.price_cents < 0
        ):
            raise DomainError(
                "priceCents must be a whole number >= 0.",
                field=f"items[{i}].priceCents",
                code=ErrorCode.INVALID_AMOUNT,
            )
        if row.category_code and row.category_code not in categories:
            raise DomainError(
                f"Unknown category '{row.category_code}'.",
                field=f"items[{i}].categoryCode",
                code=ErrorCode.NOT_FOUND,
            )
        if row.brand_code and row.brand_code not in brands:
            raise DomainError(
                f"Unknown brand '{row.brand_code}'.",
                field=f"items[{i}].brandCode",
                code=ErrorCode.NOT_FOUND,
            )
        if (
            not isinstance(row.attributes, dict)
            or len(orjson.dumps(row.attributes)) > MAX_ATTRIBUTES_BYTES
        ):
            raise DomainError(
                f"attributes must be an object under {MAX_ATTRIBUTES_BYTES} bytes.",
                field=f"items[{i}].attributes",
                code=ErrorCode.TOO_LARGE,
            )
    async with db.transaction():
        await db.execute(
            """INSERT INTO items (code, name, category_id, brand_id, price_cents, attributes,
                                  on_sale, updated_at)
               SELECT t.code, t.name, t.category_id, t.brand_id, t.price, t.attributes::jsonb,
                      t.on_sale, now()
                 FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::bigint[],
                             $6::text[], $7::bool[])
                      AS t(code, name, category_id, brand_id, price, attributes, on_sale)
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,
                   category_id = EXCLUDED.category_id, brand_id = EXCLUDED.brand_id,
                   price_cents = EXCLUDED.price_cents, attributes = EXCLUDED.attributes,
                   on_sale = EXCLUDED.on_sale, updated_at = now()""",
            [r.code for r in rows],
            [r.name for r in rows],
            [categories.get(r.category_code) if r.category_code else None for r in rows],
            [brands.get(r.brand_code) if r.brand_code else None for r in rows],
            [r.price_cents for r in rows],
            [orjson.dumps(r.attributes).decode() for r in rows],
            [r.on_sale for r in rows],
        )
    return list(await Item.filter(code__in=[r.code for r in rows]).order_by("code"))


async def category_descendants(category_id: int) -> list[int]:
    """A category and every category below it."""
    rows = await db.fetch(
        """WITH RECURSIVE tree AS (SELECT id FROM categories WHERE id = $1
                                   UNION SELECT c.id FROM categories c JOIN tree t
                                   ON c.parent_id = t.id)
           SELECT id FROM tree""",
        category_id,
    )
    return [int(r["id"]) for r in rows]


@dataclass(frozen=True)
class ItemFilter:
    category_code: str | None = None
    brand_code: str | None = None
    on_sale: bool | None = None
    search: str | None = None


async def items_page(filter_: ItemFilter, *, after: int | None, limit: int) -> list[Item]:
    """Items in id order with filters (a category includes its descendants)."""
    query = Item.all()
    if filter_.category_code:
        category = await Category.get_or_none(code=filter_.category_code)
        query = query.filter(
            category_id__in=await category_descendants(category.id) if category else []
        )
    if filter_.brand_code:
        brand = await Brand.get_or_none(code=filter_.brand_code)
        query = query.filter(brand_id=brand.id if brand else -1)
    if filter_.on_sale is not None:
        query = query.filter(on_sale=filter_.on_sale)
    if filter_.search:
        from tortoise.expressions import Q

        query = query.filter(
            Q(name__icontains=filter_.search) | Q(code__istartswith=filter_.search)
        )
    if after is not None:
        query = query.filter(id__gt=after)
    return list(await query.order_by("id").limit(limit))


async def stores_page(
    *, city: str | None, region: str | None, after: int | None, limit: int
) -> list[Store]:
    """Stores in id order, optionally of a city or region."""
    query = Store.all()
    if city:
        query = query.filter(city=city)
    if region:
        query = query.filter(region=region)
    if after is not None:
        query = query.filter(id__gt=after)
    return list(await query.order_by("id").limit(limit))


async def categories_by_ids(ids: list[int]) -> list[Category | None]:
    """Categories aligned to ids."""
    found = await Category.in_bulk(list(set(ids)), "id")
    return [found.get(i) for i in ids]


async def brands_by_ids(ids: list[int]) -> list[Brand | None]:
    """Brands aligned to ids."""
    found = await Brand.in_bulk(list(set(ids)), "id")
    return [found.get(i) for i in ids]
