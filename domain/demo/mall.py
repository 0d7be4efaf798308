"""The demo's points mall: one goods of each kind, on sale from now."""

from __future__ import annotations

from domain.engagement import mall_goods
from domain.engagement.mall_models import GoodsKind, LimitPeriod


async def configure_mall() -> str:
    """A mug to ship, a coupon and a parking benefit for points (the benefit with cash)."""
    for goods in (
        mall_goods.GoodsInput(
            code="MUG",
            name="Brand mug",
            kind=GoodsKind.GOODS,
            points_price=800,
            stock=200,
            limit_total=2,
        ),
        mall_goods.GoodsInput(
            code="COUPON_NEW_50",
            name="50 off 300 coupon",
            kind=GoodsKind.COUPON,
            target_code="NEW_50",
            points_price=500,
            stock=1_000,
            limit_per_period=1,
            limit_period=LimitPeriod.MONTH,
        ),
        mall_goods.GoodsInput(
            code="PARKING",
            name="Free parking hour",
            kind=GoodsKind.BENEFIT,
            target_code="PARKING_HOUR",
            points_price=200,
            cash_cents=500,
            stock=500,
            levels=["GOLD", "DIAMOND"],
        ),
    ):
        await mall_goods.define_goods(goods)
    return "points mall goods MUG, COUPON_NEW_50 and PARKING"
