"""Points mall types: goods as staff define them, offers as members see them, exchange
orders, and the daily report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import strawberry

from domain.engagement import mall_goods, mall_reads
from domain.engagement.mall_models import (
    GoodsKind,
    LimitPeriod,
    MallGoods,
    MallOrder,
    MallOrderStatus,
)
from schema.context import Info
from schema.errors import UserError
from schema.loaders import BatchLoader
from schema.node import Node
from schema.relay import encode_id

strawberry.enum(GoodsKind, name="MallGoodsKind", description="What a mall goods is.")
strawberry.enum(LimitPeriod, name="MallLimitPeriod", description="A per-member limit's period.")
strawberry.enum(MallOrderStatus, name="MallOrderStatus", description="Where an exchange stands.")


class GoodsLoader(BatchLoader[int, MallGoods | None]):
    async def fetch(self, keys: list[int]) -> Sequence[MallGoods | None]:
        return await mall_goods.goods_by_ids(keys)


@strawberry.type(name="MallGoods", description="Goods members exchange points (and cash) for.")
class MallGoodsType:
    id: strawberry.ID = strawberry.field(description="Global id of the goods.")
    code: str = strawberry.field(description="Stable code.")
    name: str = strawberry.field(description="Name shown to members.")
    kind: GoodsKind = strawberry.field(description="GOODS, COUPON or BENEFIT.")
    target_code: str | None = strawberry.field(
        description="The coupon template or benefit code (null for physical goods)."
    )
    point_type: str = strawberry.field(description="The point type the price is paid in.")
    points_price: int = strawberry.field(description="Points per unit.")
    cash_cents: int = strawberry.field(description="Cash per unit in cents (0: points only).")
    stock: int = strawberry.field(description="Units ever for sale.")
    sold: int = strawberry.field(description="Units in exchanges not cancelled.")
    limit_total: int | None = strawberry.field(description="Units per member ever, or null.")
    limit_per_period: int | None = strawberry.field(
        description="Units per member per limitPeriod, or null."
    )
    limit_period: LimitPeriod | None = strawberry.field(description="The period of the limit.")
    sale_starts_at: datetime | None = strawberry.field(description="On sale from (inclusive).")
    sale_ends_at: datetime | None = strawberry.field(description="On sale until (exclusive).")
    segment_ids: list[strawberry.ID] = strawberry.field(
        description="Offered only to members of one of these saved segments (global ids; "
        "empty: anyone)."
    )
    levels: list[str] = strawberry.field(
        description="Offered only to members at one of these level codes (empty: anyone)."
    )
    active: bool = strawberry.field(description="False once retired: no longer on sale.")

    @classmethod
    def from_model(cls, g: MallGoods) -> MallGoodsType:
        return cls(
            id=strawberry.ID(encode_id("MallGoods", g.id)),
            code=g.code,
            name=g.name,
            kind=GoodsKind(g.kind),
            target_code=g.target_code,
            point_type=g.point_type,
            points_price=g.points_price,
            cash_cents=g.cash_cents,
            stock=g.stock,
            sold=g.sold,
            limit_total=g.limit_total,
            limit_per_period=g.limit_per_period,
            limit_period=LimitPeriod(g.limit_period) if g.limit_period else None,
            sale_starts_at=g.sale_starts_at,
            sale_ends_at=g.sale_ends_at,
            segment_ids=[strawberry.ID(encode_id("Segment", s)) for s in g.segment_ids],
            levels=list(g.levels),
            active=g.active,
        )


@strawberry.type(name="MallOffer", description="A goods the member may exchange now.")
class MallOfferType:
    id: strawberry.ID = strawberry.field(description="Global id of the goods.")
    code: str = strawberry.field(description="Stable code.")
    name: str = strawberry.field(description="Name shown to members.")
    kind: GoodsKind = strawberry.field(description="GOODS, COUPON or BENEFIT.")
    point_type: str = strawberry.field(description="The point type the price is paid in.")
    points_price: int = strawberry.field(description="Points per unit.")
    cash_cents: int = strawberry.field(description="Cash per unit in cents (0: points only).")
    stock_left: int = strawberry.field(description="Units still in stock.")
    limit_left: int | None = strawberry.field(
        description="Units this member may still take (null: no limit)."
    )
    sale_ends_at: datetime | None = strawberry.field(description="On sale until (exclusive).")

    @classmethod
    def from_offer(cls, offer: mall_goods.Offer) -> MallOfferType:
        g = offer.goods
        return cls(
            id=strawberry.ID(encode_id("MallGoods", g.id)),
            code=g.code,
            name=g.name,
            kind=GoodsKind(g.kind),
            point_type=g.point_type,
            points_price=g.points_price,
            cash_cents=g.cash_cents,
            stock_left=offer.stock_left,
            limit_left=offer.limit_left,
            sale_ends_at=g.sale_ends_at,
        )


@strawberry.type(name="MallOrder", description="One exchange of points (and cash) for goods.")
class MallOrderType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the exchange.")
    member_id: strawberry.ID = strawberry.field(description="Global id of the member.")
    goods_id: strawberry.Private[int]
    quantity: int = strawberry.field(description="Units exchanged.")
    point_type: str = strawberry.field(description="The point type paid in.")
    points: int = strawberry.field(description="Points of the whole exchange.")
    cash_cents: int = strawberry.field(description="Cash of the whole exchange, in cents.")
    status: MallOrderStatus = strawberry.field(description="Where the exchange stands.")
    purchase_id: strawberry.ID | None = strawberry.field(
        description="Global id of the purchase to pay the cash part (confirmPayment names it)."
    )
    pay_by: datetime | None = strawberry.field(
        description="When an unpaid cash part lapses and the exchange is cancelled."
    )
    tracking_no: str | None = strawberry.field(description="The parcel's tracking number.")
    day: date = strawberry.field(description="Business day of the exchange.")
    created_at: datetime = strawberry.field(description="When the member exchanged.")
    shipped_at: datetime | None = strawberry.field(description="When it shipped.")
    delivered_at: datetime | None = strawberry.field(description="When it arrived.")
    cancelled_at: datetime | None = strawberry.field(description="When it was cancelled.")

    @strawberry.field(description="The goods exchanged.")
    async def goods(self, info: Info) -> MallGoodsType | None:
        found = await info.context.loaders.of(GoodsLoader).load(self.goods_id)
        return MallGoodsType.from_model(found) if found else None

    @classmethod
    def from_model(cls, o: MallOrder) -> MallOrderType:
        return cls(
            id=strawberry.ID(encode_id("MallOrder", o.id)),
            member_id=strawberry.ID(encode_id("Member", o.member_id)),
            goods_id=o.goods_id,
            quantity=o.quantity,
            point_type=o.point_type,
            points=o.points,
            cash_cents=o.cash_cents,
            status=MallOrderStatus(o.status),
            purchase_id=strawberry.ID(encode_id("Purchase", o.purchase_id))
            if o.purchase_id
            else None,
            pay_by=o.pay_by,
            tracking_no=o.tracking_no,
            day=o.day,
            created_at=o.created_at,
            shipped_at=o.shipped_at,
            delivered_at=o.delivered_at,
            cancelled_at=o.cancelled_at,
        )


@strawberry.type(name="MallReportLine", description="Exchanges of one goods on one day.")
class MallReportLineType:
    goods_id: strawberry.ID = strawberry.field(description="Global id of the goods.")
    day: date = strawberry.field(description="Business day the exchanges were placed.")
    orders: int = strawberry.field(description="Exchanges placed.")
    cancels: int = strawberry.field(description="Of those, cancelled.")
    points_consumed: int = strawberry.field(
        description="Points consumed (granted, shipped or delivered exchanges)."
    )
    cash_cents: int = strawberry.field(description="Cash paid by exchanges not cancelled.")

    @classmethod
    def from_line(cls, line: mall_reads.ReportLine) -> MallReportLineType:
        return cls(
            goods_id=strawberry.ID(encode_id("MallGoods", line.goods_id)),
            day=line.day,
            orders=line.orders,
            cancels=line.cancels,
            points_consumed=line.points_consumed,
            cash_cents=line.cash_cents,
        )


@strawberry.type(description="What defineMallGoods returns.")
class DefineMallGoodsPayload:
    goods: MallGoodsType | None = strawberry.field(default=None, description="The goods.")
    errors: list[UserError] = strawberry.field(default_factory=list, description="Problems.")


@strawberry.type(description="What retireMallGoods returns.")
class RetireMallGoodsPayload:
    goods: MallGoodsType | None = strawberry.field(default=None, description="The goods.")
    errors: list[UserError] = strawberry.field(default_factory=list, description="Problems.")


@strawberry.type(description="What the exchange and its state changes return.")
class MallOrderPayload:
    order: MallOrderType | None = strawberry.field(default=None, description="The exchange.")
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="Why nothing changed."
    )
