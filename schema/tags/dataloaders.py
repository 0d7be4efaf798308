"""Loaders of tag relations."""

from __future__ import annotations

from domain.tags import definitions as tags_definitions
from domain.tags import service as tags_service
from domain.tags.models import TagCategory
from domain.tags.service import MemberTagValue
from schema.loaders import BatchLoader


class TagCategoryById(BatchLoader[int, TagCategory | None]):
    """Tag categories by id."""

    async def fetch(self, keys: list[int]) -> list[TagCategory | None]:
        return await tags_definitions.categories_by_ids(keys)


class TagValuesByMember(BatchLoader[int, list[MemberTagValue]]):
    """Each member's tag values."""

    async def fetch(self, keys: list[int]) -> list[list[MemberTagValue]]:
        return await tags_service.member_tag_values_of(keys)
