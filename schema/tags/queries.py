"""The tag catalogue."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.tags import definitions as tags_definitions
from domain.tags.models import TagDefinition, TagStatus
from schema.args import After, First
from schema.permissions import IsStaffOrBI
from schema.relay import Connection, keyset_page
from schema.tags.types import TagStatusEnum, TagType


@strawberry.type
class TagsQuery:
    @strawberry.field(
        description="The tag catalogue by id (built-ins included), optionally by lifecycle.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.TAGS_READ)],
    )
    async def tags(
        self, status: TagStatusEnum | None = None, first: First = None, after: After = None
    ) -> Connection[TagType]:
        async def fetch(after_id: int | None, limit: int) -> list[TagDefinition]:
            wanted = TagStatus(status) if status else None
            return await tags_definitions.tags_page(status=wanted, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda t: t.id, wrap=TagType.from_model
        )
