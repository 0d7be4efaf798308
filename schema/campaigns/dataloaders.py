"""Batch functions for campaign relations, each aligned to its keys."""

from __future__ import annotations

from typing import Any

from domain.campaigns import measure
from schema.loaders import register_loader


@register_loader("campaign_effect")
async def campaign_effect(ids: list[int]) -> list[Any]:
    """The per-arm reports of each campaign, measured in one statement for all of them."""
    reports = await measure.measure_many(ids)
    return [reports[i] for i in ids]
