"""Staff reads of one tag, and retiring a tag."""

from __future__ import annotations

from domain import config_history
from domain.errors import DomainError, ErrorCode
from domain.tags.models import TagDefinition, TagStatus


async def tag(tag_id: int) -> TagDefinition | None:
    """One tag definition, or None."""
    return await TagDefinition.get_or_none(id=tag_id)


async def retire_tag(tag_id: int) -> TagDefinition:
    """Retire a tag for good: it is computed and applied no more, and stays retired.

    Built-in tags cannot be retired (CONFLICT); an unknown id is NOT_FOUND.
    """
    found = await TagDefinition.get_or_none(id=tag_id)
    if found is not None and found.system:
        raise DomainError("Built-in tags cannot be retired.", field="id", code=ErrorCode.CONFLICT)
    return await config_history.retire_row(TagDefinition, tag_id, "Tag", status=TagStatus.RETIRED)
