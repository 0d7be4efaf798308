"""Mall goods and members with points to exchange."""

from __future__ import annotations

import itertools
from typing import Any

from domain.engagement import mall_goods
from domain.engagement.mall_models import GoodsKind, MallGoods
from tests.factories.points import make_point_types

_numbers = itertools.count(1)


async def make_goods(**overrides: Any) -> MallGoods:
    """Physical goods for 100 points of a new point type (lots live ten years), stock 10,
    with keyword overrides."""
    if "point_type" not in overrides:
        (overrides["point_type"],) = await make_point_types(1, expiry_days=3650)
    values: dict[str, Any] = {
        "code": f"G{next(_numbers)}",
        "name": "Mug",
        "kind": GoodsKind.GOODS,
        "points_price": 100,
        "stock": 10,
        **overrides,
    }
    return await mall_goods.define_goods(mall_goods.GoodsInput(**values))
