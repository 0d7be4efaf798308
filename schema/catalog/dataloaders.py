"""Batch functions for catalogue relations, each aligned to its keys."""

from __future__ import annotations

from typing import Any

from domain.catalog import lookup as catalog_lookup
from domain.catalog import service as catalog_service
from schema.loaders import register_loader


@register_loader("item_by_id")
async def item_by_id(ids: list[int]) -> list[Any]:
    return await catalog_service.items_by_ids(ids)


@register_loader("category_by_id")
async def category_by_id(ids: list[int]) -> list[Any]:
    return await catalog_service.categories_by_ids(ids)


@register_loader("categories_by_parent")
async def categories_by_parent(ids: list[int]) -> list[Any]:
    return await catalog_service.category_children(ids)


@register_loader("brand_by_id")
async def brand_by_id(ids: list[int]) -> list[Any]:
    return await catalog_service.brands_by_ids(ids)


@register_loader("store_by_code")
async def store_by_code(codes: list[str]) -> list[Any]:
    return await catalog_lookup.stores_by_codes(codes)
