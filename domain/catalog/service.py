"""Catalogue upserts for staff and the brand's systems, and the reads other areas use.

A batch is validated whole first and every problem is reported with its row
(`items[3].priceCents`); only a clean batch is written, in one transaction, with one
INSERT ... ON CONFLICT (code) DO UPDATE per table, so a bad row writes nothing of the batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson
from tortoise.expressions import Q, Subquery
from tortoise.models import Model

from domain import db
from domain.catalog.lookup import items_by_codes as items_by_codes  # re-exported
from domain.catalog.lookup import stores_by_codes as stores_by_codes  # re-exported
from domain.catalog.models import Brand, Category, Item, Store
from domain.errors import DomainError, ErrorCode, InvalidInput

MAX_BATCH = 500
MAX_ATTRIBUTES_BYTES = 4096
MAX_PRICE_CENTS = 2**63 - 1  # the bigint column
CATEGORY_TREE_LOCK = 7_310_001  # advisory lock serialising category tree changes

M = TypeVar("M", bound=Model)


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


class InvalidBatch(InvalidInput):
    """Some rows of a batch are bad; `errors` holds every problem, the first is the headline."""


class _Problems:
    """Collects the problems of a batch, each under `<batch>[<row>].<field>`."""

    def __init__(self, batch: str) -> None:
        self.batch = batch
        self.errors: list[tuple[int, DomainError]] = []

    def add(self, row: int, name: str, message: str, code: ErrorCode = ErrorCode.INVALID) -> None:
        error = DomainError(message, field=f"{self.batch}[{row}].{name}", code=code)
        self.errors.append((row, error))

    def text(self, row: int, name: str, value: str | None, model: type[Model]) -> None:
        """A required (code, name) or optional text value within its column's length."""
        column = model._meta.fields_map[name]
        limit = column.max_length  # type: ignore[attr-defined]  # the text columns are CharFields
        if value is None and name not in ("code", "name"):
            return
        if not value:
            self.add(row, name, f"{name} is required.", ErrorCode.REQUIRED)
        elif len(value) > limit:
            self.add(row, name, f"{name} is longer than {limit}.", ErrorCode.TOO_LARGE)

    def raise_if_any(self) -> None:
        if self.errors:
            self.errors.sort(key=lambda entry: entry[0])  # by row, each row's in check order
            raise InvalidBatch([error for _, error in self.errors])


def _start(rows: Sequence[Any], batch: str, model: type[Model]) -> tuple[list[Any], _Problems]:
    """Trimmed rows and the problems every batch can have: size, code, name, repeated codes."""
    if not rows:
        raise DomainError("Nothing to upsert.", field=batch, code=ErrorCode.REQUIRED)
    if len(rows) > MAX_BATCH:
        raise DomainError(
            f"At most {MAX_BATCH} rows per batch, got {len(rows)}.",
            field=batch,
            code=ErrorCode.TOO_MANY,
        )
    problems = _Problems(batch)
    cleaned, seen = [], set()
    for i, row in enumerate(rows):
        row = dataclasses.replace(row, **_trimmed(row))
        problems.text(i, "code", row.code, model)
        problems.text(i, "name", row.name, model)
        if row.code and row.code in seen:
            problems.add(i, "code", f"Code '{row.code}' appears twice.", ErrorCode.DUPLICATE)
        seen.add(row.code)
        cleaned.append(row)
    return cleaned, problems


def _trimmed(row: Any) -> dict[str, str | None]:
    """Text fields without surrounding blanks; a blank optional field is absent."""
    values = {}
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        if isinstance(value, str):
            value = value.strip()
            values[f.name] = value if value or f.name in ("code", "name") else None
    return values


async def _by_code(model: type[M], codes: list[str]) -> list[M]:
    """Rows in the order of `codes`."""
    rows = await model.filter(code__in=codes)
    found = {row.code: row for row in rows}  # type: ignore[attr-defined]  # every M has a code
    return [found[code] for code in codes]


async def upsert_stores(rows: Sequence[StoreInput]) -> list[Store]:
    """Create or change up to 500 stores by code; all or nothing."""
    rows, problems = _start(rows, "stores", Store)
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
            *_columns(rows, "code", "name", "region", "city"),
            conn=conn,
        )
    return await _by_code(Store, codes)


async def upsert_brands(rows: Sequence[BrandInput]) -> list[Brand]:
    """Create or change up to 500 brands by code; all or nothing."""
    rows, problems = _start(rows, "brands", Brand)
    problems.raise_if_any()
    codes = [r.code for r in rows]
    rows = sorted(rows, key=lambda r: r.code)  # one lock order for concurrent batches
    async with db.transaction() as conn:
        await db.execute(
            """INSERT INTO brands (code, name) SELECT * FROM unnest($1::text[], $2::text[])
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name
               WHERE brands.name IS DISTINCT FROM EXCLUDED.name""",
            *_columns(rows, "code", "name"),
            conn=conn,
        )
    return await _by_code(Brand, codes)


async def upsert_categories(rows: Sequence[CategoryInput]) -> list[Category]:
    """Create or change up to 500 categories by code with their parent (by code, in the batch
    or existing); refuses unknown parents and cycles; all or nothing."""
    rows, problems = _start(rows, "categories", Category)
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
            *_columns(rows, "code", "name"),
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
        return await _by_code(Category, codes)


def _check_tree(
    rows: list[CategoryInput], parents: dict[str, str | None], problems: _Problems
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
    rows, problems = _start(rows, "items", Item)
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
                                  on_sale, updated_at)
               SELECT t.code, t.name, t.category_id, t.brand_id, t.price, t.attributes::jsonb,
                      t.on_sale, now()
                 FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::bigint[],
                             $6::text[], $7::bool[])
                      AS t(code, name, category_id, brand_id, price, attributes, on_sale)
               ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,
                   category_id = EXCLUDED.category_id, brand_id = EXCLUDED.brand_id,
                   price_cents = EXCLUDED.price_cents, attributes = EXCLUDED.attributes,
                   on_sale = EXCLUDED.on_sale, updated_at = now()
               WHERE (items.name, items.category_id, items.brand_id, items.price_cents,
                      items.attributes, items.on_sale)
                     IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category_id, EXCLUDED.brand_id,
                      EXCLUDED.price_cents, EXCLUDED.attributes, EXCLUDED.on_sale)""",
            *_columns(rows, "code", "name"),
            [ids.get(("category", r.category_code)) for r in rows],
            [ids.get(("brand", r.brand_code)) for r in rows],
            [r.price_cents for r in rows],
            attributes,
            [r.on_sale for r in rows],
            conn=conn,
        )
    return await _by_code(Item, codes)


def _check_item(
    i: int, row: ItemInput, ids: dict[tuple[str, str], int], problems: _Problems
) -> str:
    """Record the item's problems; return its attributes as JSON text."""
    price = row.price_cents
    if isinstance(price, bool) or not isinstance(price, int) or not 0 <= price <= MAX_PRICE_CENTS:
        problems.add(
            i, "priceCents", "priceCents must be a whole number >= 0.", ErrorCode.INVALID_AMOUNT
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


def _columns(rows: Sequence[Any], *names: str) -> list[list[Any]]:
    return [[getattr(row, name) for row in rows] for name in names]


_SUBTREE = """WITH RECURSIVE tree AS (SELECT id FROM categories WHERE {column} = $1
                                    UNION SELECT c.id FROM categories c JOIN tree t
                                    ON c.parent_id = t.id)
               SELECT id FROM tree"""


async def category_descendants(category_id: int) -> list[int]:
    """The ids of a category and of every category below it (empty if it does not exist)."""
    return [int(r["id"]) for r in await db.fetch(_SUBTREE.format(column="id"), category_id)]


async def _descendants_of_code(code: str) -> list[int]:
    return [int(r["id"]) for r in await db.fetch(_SUBTREE.format(column="code"), code)]


@dataclass(frozen=True)
class ItemFilter:
    category_code: str | None = None
    brand_code: str | None = None
    on_sale: bool | None = None
    search: str | None = None


@dataclass(frozen=True)
class StoreFilter:
    city: str | None = None
    region: str | None = None


async def items_page(filter_: ItemFilter, *, after: int | None, limit: int) -> list[Item]:
    """Items in id order after `after`; a category includes its descendants, search matches
    the name anywhere or the code's start."""
    query = Item.all()
    if filter_.category_code:
        category_ids = await _descendants_of_code(filter_.category_code)
        if not category_ids:
            return []
        query = query.filter(category_id__in=category_ids)
    if filter_.brand_code:
        brand_ids = Brand.filter(code=filter_.brand_code).values("id")
        query = query.filter(brand_id__in=Subquery(brand_ids))
    if filter_.on_sale is not None:
        query = query.filter(on_sale=filter_.on_sale)
    if filter_.search and filter_.search.strip():
        text = filter_.search.strip()
        query = query.filter(Q(name__icontains=text) | Q(code__istartswith=text))
    if after is not None:
        query = query.filter(id__gt=after)
    return list(await query.order_by("id").limit(limit))


async def stores_page(filter_: StoreFilter, *, after: int | None, limit: int) -> list[Store]:
    """Stores in id order after `after`, optionally of a city and/or region."""
    query = Store.all()
    if filter_.city:
        query = query.filter(city=filter_.city)
    if filter_.region:
        query = query.filter(region=filter_.region)
    if after is not None:
        query = query.filter(id__gt=after)
    return list(await query.order_by("id").limit(limit))


async def _by_ids(model: type[M], ids: Sequence[int]) -> list[M | None]:
    found = await model.in_bulk(list(set(ids)), "id")
    return [found.get(i) for i in ids]


async def items_by_ids(ids: Sequence[int]) -> list[Item | None]:
    """Items aligned to ids (None where unknown)."""
    return await _by_ids(Item, ids)


async def categories_by_ids(ids: Sequence[int]) -> list[Category | None]:
    """Categories aligned to ids (None where unknown)."""
    return await _by_ids(Category, ids)


async def brands_by_ids(ids: Sequence[int]) -> list[Brand | None]:
    """Brands aligned to ids (None where unknown)."""
    return await _by_ids(Brand, ids)


async def category_children(parent_ids: Sequence[int]) -> list[list[Category]]:
    """The direct children of each category, by code, aligned to the parent ids."""
    children: dict[int, list[Category]] = {i: [] for i in parent_ids}
    for child in await Category.filter(parent_id__in=list(set(parent_ids))).order_by("code"):
        children[child.parent_id].append(child)  # type: ignore[index]  # filtered to non-null ids
    return [children[i] for i in parent_ids]
