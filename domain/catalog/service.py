"""Catalogue reads: pages of items and stores, rows by id, the category tree below a node."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model

from domain import db
from domain.catalog.models import Brand, Category, Item, Store

M = TypeVar("M", bound=Model)

_SUBTREE = """WITH RECURSIVE tree AS (SELECT id FROM categories WHERE code = $1
                                    UNION SELECT c.id FROM categories c JOIN tree t
                                    ON c.parent_id = t.id)
               SELECT id FROM tree"""


async def category_descendants(code: str) -> list[int]:
    """The ids of a category and of every category below it (empty if it does not exist)."""
    return [int(r["id"]) for r in await db.fetch(_SUBTREE, code)]


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
        category_ids = await category_descendants(filter_.category_code)
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


async def stores_by_ids(ids: Sequence[int]) -> list[Store | None]:
    """Stores aligned to ids (None where unknown)."""
    return await _by_ids(Store, ids)
