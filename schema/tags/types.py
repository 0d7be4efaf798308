"""Tag catalogue types and a member's tag values."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.tags.models import RefreshSchedule, TagCategory, TagDefinition, TagKind, TagStatus
from domain.tags.service import MemberTagValue
from schema.context import Info
from schema.node import Node
from schema.relay import encode_id
from schema.tags.dataloaders import TagCategoryById
from schema.tags.rule_types import TagRule, rule_from_setting

TagKindEnum: TypeAlias = TagKind
strawberry.enum(TagKind, name="TagKind")
TagStatusEnum: TypeAlias = TagStatus
strawberry.enum(TagStatus, name="TagStatus")
RefreshScheduleEnum: TypeAlias = RefreshSchedule
strawberry.enum(RefreshSchedule, name="RefreshSchedule")


@strawberry.type(name="TagCategory", description="A node of the tag category tree.")
class TagCategoryType(Node):
    code: str = strawberry.field(description="Path of lower-cased names joined by '/'.")
    name: str
    parent_id: strawberry.ID | None = strawberry.field(description="Parent category, if any.")

    @classmethod
    def from_model(cls, category: TagCategory) -> TagCategoryType:
        return cls(
            id=strawberry.ID(encode_id("TagCategory", category.id)),
            code=category.code,
            name=category.name,
            parent_id=(
                strawberry.ID(encode_id("TagCategory", category.parent_id))
                if category.parent_id
                else None
            ),
        )


@strawberry.type(name="Tag", description="A tag definition in the catalogue.")
class TagType(Node):
    category_pk: strawberry.Private[int | None]
    id: strawberry.ID = strawberry.field(description="Global id.")
    code: str = strawberry.field(description="Stable code used in segment definitions.")
    name: str
    kind: TagKindEnum
    owner: str
    description: str
    rule: TagRule | None = strawberry.field(description="How it is computed; MANUAL: null.")
    refresh: RefreshScheduleEnum
    status: TagStatusEnum = strawberry.field(description="Lifecycle.")
    value_labels: list[str] = strawberry.field(description="Declared labels (manual, tiered).")
    system: bool = strawberry.field(description="Built-in tags cannot be redefined.")
    updated_at: datetime

    @classmethod
    def from_model(cls, tag: TagDefinition) -> TagType:
        return cls(
            category_pk=tag.category_id,
            id=strawberry.ID(encode_id("Tag", tag.id)),
            code=tag.code,
            name=tag.name,
            kind=TagKind(tag.kind),
            owner=tag.owner,
            description=tag.description,
            rule=rule_from_setting(TagKind(tag.kind), tag.rule or {}),
            refresh=RefreshSchedule(tag.refresh),
            status=TagStatus(tag.status),
            value_labels=list(tag.value_labels or []),
            system=tag.system,
            updated_at=tag.updated_at,
        )

    @strawberry.field(description="The tag's category.")
    async def category(self, info: Info) -> TagCategoryType | None:
        if self.category_pk is None:
            return None
        found = await info.context.loaders.of(TagCategoryById).load(self.category_pk)
        if found is None:
            return None
        return TagCategoryType.from_model(found)


@strawberry.type(name="MemberTagValue", description="One tag value of a member.")
class MemberTagValueType:
    tag_code: str
    tag_name: str
    kind: TagKindEnum
    value: str | None = strawberry.field(description="The label, null when the tag has none.")
    number: float | None = strawberry.field(description="The number behind the label, if any.")

    @classmethod
    def from_domain(cls, value: MemberTagValue) -> MemberTagValueType:
        return cls(
            tag_code=value.tag.code,
            tag_name=value.tag.name,
            kind=TagKind(value.tag.kind),
            value=value.value,
            number=value.number,
        )
