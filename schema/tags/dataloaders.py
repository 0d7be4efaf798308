"""Batch functions for tag relations."""

from __future__ import annotations

from typing import Any

from domain.tags import service as tags_service
from schema.loaders import register_loader


@register_loader("tag_category_by_id")
async def tag_category_by_id(ids: list[int]) -> list[Any]:
    return await tags_service.categories_by_ids(ids)


@register_loader("tag_values_by_member")
async def tag_values_by_member(ids: list[int]) -> list[Any]:
    return await tags_service.member_tag_values_of(ids)
