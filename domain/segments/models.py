"""Saved segments, their size history, frozen snapshots and uploaded identity lists."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from domain.tags.models import RefreshSchedule


class Segment(Model):
    """A saved audience definition (dsl JSON form) refreshed on its schedule."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    definition: dict[str, Any] = fields.JSONField()
    refresh = fields.CharEnumField(RefreshSchedule, max_length=10, default=RefreshSchedule.DAILY)
    last_size = fields.BigIntField(null=True)
    last_evaluated_at = fields.DatetimeField(null=True)
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    archived_at = fields.DatetimeField(
        null=True, description="Set once archived: no longer refreshed or targeted."
    )

    class Meta:
        table = "segments"


class SegmentSize(Model):
    """One evaluation of a saved segment: its size on that day."""

    id = fields.BigIntField(primary_key=True)
    segment_id = fields.BigIntField()
    size = fields.BigIntField()
    as_of = fields.DateField()
    evaluated_at = fields.DatetimeField()

    class Meta:
        table = "segment_sizes"
        indexes = (("segment_id", "evaluated_at"),)


class SegmentSnapshot(Model):
    """A frozen member list of a segment (a bitmap, bit = member id) for a campaign."""

    id = fields.BigIntField(primary_key=True)
    segment_id = fields.BigIntField(db_index=True)
    name = fields.CharField(max_length=200, default="")
    definition: dict[str, Any] = fields.JSONField()
    size = fields.BigIntField()
    bitmap = fields.BinaryField()
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "segment_snapshots"


class IdentityList(Model):
    """An uploaded list of identities resolved to members (a bitmap) with its unmatched rows."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=200)
    row_count = fields.BigIntField()
    member_count = fields.BigIntField()
    unmatched: list[Any] = fields.JSONField(default=list)
    bitmap = fields.BinaryField()
    uploaded_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity_lists"
