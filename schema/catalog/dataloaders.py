"""Loaders of catalogue relations."""

from __future__ import annotations

from domain.catalog import service as catalog_service
from domain.catalog.models import Brand, Category, Item
from schema.loaders import BatchLoader


class ItemById(BatchLoader[int, Item | None]):
    """Items by id."""

    async def fetch(self, keys: list[int]) -> list[Item | None]:
        return await catalog_service.items_by_ids(keys)


class CategoryById(BatchLoader[int, Category | None]):
    """Categories by id."""

    async def fetch(self, keys: list[int]) -> list[Category | None]:
        return await catalog_service.categories_by_ids(keys)


class CategoriesByParent(BatchLoader[int, list[Category]]):
    """The direct children of each category."""

    async def fetch(self, keys: list[int]) -> list[list[Category]]:
        return await catalog_service.category_children(keys)


class BrandById(BatchLoader[int, Brand | None]):
    """Brands by id."""

    async def fetch(self, keys: list[int]) -> list[Brand | None]:
        return await catalog_service.brands_by_ids(keys)
