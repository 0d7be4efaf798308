"""Batch functions for member relations."""

from __future__ import annotations

from typing import Any

from domain.members import service as members_service
from domain.orders import stats as order_stats
from schema.loaders import register_loader


@register_loader("member_by_id")
async def member_by_id(ids: list[int]) -> list[Any]:
    return await members_service.members_by_ids(ids)


@register_loader("identities_by_member")
async def identities_by_member(ids: list[int]) -> list[Any]:
    return await members_service.identities_of(ids)


@register_loader("stats_by_member")
async def stats_by_member(ids: list[int]) -> list[Any]:
    return await order_stats.stats_of(ids)
