"""Staff read one tag by id and retire tags."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.tags import catalogue as tags_catalogue
from schema.args import ObjectId
from schema.config_history import RetireArgument
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff, IsStaffOrBI
from schema.relay import decode_id
from schema.tags.types import TagType


@strawberry.type(description="What retireTag returns.")
class RetireTagPayload:
    tag: TagType | None = strawberry.field(description="The retired tag.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class TagConfigQuery:
    @strawberry.field(
        description="One tag by id, or null.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.TAGS_READ)],
    )
    async def tag(self, id: ObjectId) -> TagType | None:
        found = await tags_catalogue.tag(decode_id(id, "Tag", "id"))
        return TagType.from_model(found) if found else None


@strawberry.type
class TagRetireMutation:
    @strawberry.mutation(
        description="Retire a tag for good: it is computed and applied no more; its history "
        "stays. Errors: NOT_FOUND, CONFLICT (a built-in tag), INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.TAGS_WRITE)],
    )
    @returns_errors
    async def retire_tag(self, input: RetireArgument) -> RetireTagPayload:
        found = await tags_catalogue.retire_tag(decode_id(input.id, "Tag", "id"))
        return RetireTagPayload(tag=TagType.from_model(found), errors=[])
