"""Batch functions for order relations."""

from __future__ import annotations

from typing import Any

from domain.orders import service as orders_service
from schema.loaders import register_loader


@register_loader("lines_by_order")
async def lines_by_order(ids: list[int]) -> list[Any]:
    return await orders_service.lines_of(ids)
