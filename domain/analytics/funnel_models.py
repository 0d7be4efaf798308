"""Saved funnel definitions and the last result of each definition over a range."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class SavedFunnel(Model):
    """A named funnel definition: steps, window, breakdown and segment."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100, unique=True)
    definition: dict[str, Any] = fields.JSONField()
    created_by = fields.CharField(max_length=100, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "analytics_saved_funnels"


class FunnelResultCache(Model):
    """The last result of a saved funnel's definition over one range of business days."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=64, unique=True)
    funnel_id = fields.BigIntField(null=True)
    result: dict[str, Any] = fields.JSONField()
    computed_at = fields.DatetimeField()

    class Meta:
        table = "analytics_funnel_results"
