"""Lookups by business code that other areas use to validate what they receive."""

from __future__ import annotations

from domain import db
from domain.catalog.models import Item, Store


async def items_by_codes(codes: list[str]) -> list[Item | None]:
    """Items aligned to the codes (None for unknown codes)."""
    found = {item.code: item for item in await Item.filter(code__in=list(set(codes)))}
    return [found.get(code) for code in codes]


async def stores_by_codes(codes: list[str]) -> list[Store | None]:
    """Stores aligned to the codes (None for unknown codes)."""
    found = {store.code: store for store in await Store.filter(code__in=list(set(codes)))}
    return [found.get(code) for code in codes]


async def item_classes(codes: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """(category code, brand code) of each known item code, for coupon rules."""
    rows = await db.fetch(
        """SELECT i.code, c.code AS category, b.code AS brand FROM items i
             LEFT JOIN categories c ON c.id = i.category_id
             LEFT JOIN brands b ON b.id = i.brand_id
            WHERE i.code = ANY($1::text[])""",
        list(set(codes)),
    )
    return {r["code"]: (r["category"], r["brand"]) for r in rows}
