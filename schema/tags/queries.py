"""The tag catalogue."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.tags import definitions as tags_definitions
from domain.tags.models import TagStatus
from schema.permissions import IsStaffOrBI
from schema.tags.types import TagStatusEnum, TagType


@strawberry.type
class TagsQuery:
    @strawberry.field(
        description="The tag catalogue by code (built-ins included), optionally by lifecycle.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.TAGS_READ)],
    )
    async def tags(self, status: TagStatusEnum | None = None) -> list[TagType]:
        found = await tags_definitions.list_tags(TagStatus(status) if status else None)
        return [TagType.from_model(tag) for tag in found]
