"""Recommendation slots and the per-version derived tables of a rebuild (rebuildable)."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class RecSlot(Model):
    """A front-end slot: which strategies fill it, how many items, and the rules applied."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    title = fields.CharField(max_length=200)
    strategies: list[Any] = fields.JSONField(default=list)
    size = fields.IntField(default=20)
    rules: dict[str, Any] = fields.JSONField(default=dict)
    enabled = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "rec_slots"


class ItemAssociation(Model):
    """One rule item -> other_item from co-purchases, written by the rebuild of `version`."""

    id = fields.BigIntField(primary_key=True)
    version = fields.BigIntField()
    item_id = fields.IntField()
    other_item_id = fields.IntField()
    pair_count = fields.BigIntField()
    support = fields.FloatField()
    confidence = fields.FloatField()
    lift = fields.FloatField()

    class Meta:
        table = "rec_item_associations"
        indexes = (("version", "item_id"),)


class MemberInterest(Model):
    """A member's decayed shares per dimension ({"brand": {"SHISEIDO": 0.6}, ...})."""

    member_id = fields.BigIntField(primary_key=True)
    version = fields.BigIntField()
    scores: dict[str, Any] = fields.JSONField(default=dict)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "rec_member_interests"
