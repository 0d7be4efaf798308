"""Loaders of order relations."""

from __future__ import annotations

from domain.orders import service as orders_service
from domain.orders.models import OrderLine
from schema.loaders import BatchLoader


class LinesByOrder(BatchLoader[int, list[OrderLine]]):
    """Each order's lines."""

    async def fetch(self, keys: list[int]) -> list[list[OrderLine]]:
        return await orders_service.lines_of(keys)
