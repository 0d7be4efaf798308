"""Tag catalogue (category tree, definitions), computation runs and member tag values."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.contrib.postgres.fields import ArrayField
from tortoise.models import Model


class TagKind(StrEnum):
    ATTRIBUTE = "ATTRIBUTE"
    COMPUTED = "COMPUTED"
    TIERED = "TIERED"
    MODEL = "MODEL"
    MANUAL = "MANUAL"


class TagStatus(StrEnum):
    DRAFT = "DRAFT"
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    RETIRED = "RETIRED"


class RefreshSchedule(StrEnum):
    DAILY = "DAILY"
    HOURLY = "HOURLY"
    MANUAL = "MANUAL"


class TagRunStatus(StrEnum):
    RUNNING = "RUNNING"
    PUBLISHED = "PUBLISHED"
    FAILED = "FAILED"


class TagCategory(Model):
    """A node of the tag category tree."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    parent_id = fields.IntField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tag_categories"


class TagDefinition(Model):
    """A tag: what it means, who owns it, how it is computed and whether it is in use."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    category_id = fields.IntField(null=True, db_index=True)
    owner = fields.CharField(max_length=100)
    description = fields.TextField(default="")
    kind = fields.CharEnumField(TagKind, max_length=12)
    rule: dict[str, Any] = fields.JSONField(default=dict)
    refresh = fields.CharEnumField(RefreshSchedule, max_length=10, default=RefreshSchedule.DAILY)
    status = fields.CharEnumField(TagStatus, max_length=10, default=TagStatus.DRAFT)
    value_labels: list[Any] = fields.JSONField(default=list)
    system = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "tag_definitions"


class TagRun(Model):
    """One full computation: its column layout (tags, labels, numbers) and model parameters."""

    id = fields.BigIntField(primary_key=True)
    job_id = fields.BigIntField(null=True)
    status = fields.CharEnumField(TagRunStatus, max_length=10, default=TagRunStatus.RUNNING)
    as_of = fields.DateField()
    columns: list[Any] = fields.JSONField(default=list)
    numbers: list[Any] = fields.JSONField(default=list)
    params: dict[str, Any] = fields.JSONField(default=dict)
    member_count = fields.BigIntField(default=0)
    started_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "tag_runs"


class MemberTags(Model):
    """A member's tag codes and model numbers, laid out as the run `run_id` describes."""

    member_id = fields.BigIntField(primary_key=True)
    run_id = fields.BigIntField()
    codes = ArrayField("smallint")
    numbers = ArrayField("float8")
    updated_at = fields.DatetimeField()

    class Meta:
        table = "member_tags"


class MemberTagHistory(Model):
    """A member's tag codes in one published run, kept TAG_HISTORY_DAYS for "value at a past
    day" audiences (member_tags holds the latest run only)."""

    id = fields.BigIntField(primary_key=True)
    run_id = fields.BigIntField()
    member_id = fields.BigIntField()
    codes = ArrayField("smallint")

    class Meta:
        table = "member_tag_history"
        unique_together = (("run_id", "member_id"),)


class ManualTag(Model):
    """A value of a MANUAL tag that staff gave a member."""

    id = fields.BigIntField(primary_key=True)
    tag_id = fields.IntField()
    member_id = fields.BigIntField(db_index=True)
    value = fields.CharField(max_length=64)
    tagged_by = fields.CharField(max_length=100)
    tagged_at = fields.DatetimeField()

    class Meta:
        table = "member_manual_tags"
        unique_together = (("tag_id", "member_id"),)
