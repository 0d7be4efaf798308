"""Points mall changes: staff define and retire goods, ship, deliver and cancel exchanges;
members exchange and cancel their own."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from domain import clock
from domain.access import Scope
from domain.engagement import mall, mall_fulfilment, mall_goods, mall_reads
from domain.engagement.mall_models import GoodsKind, LimitPeriod, MallOrder
from domain.errors import NotFound
from schema.access import actor, target_member
from schema.config_history import RetireArgument
from schema.context import Info
from schema.engagement.mall_types import (
    DefineMallGoodsPayload,
    MallGoodsType,
    MallOrderPayload,
    MallOrderType,
    RetireMallGoodsPayload,
)
from schema.errors import returns_errors
from schema.idempotency import Replay, run_once
from schema.permissions import IsMember, IsMemberOrStaff, IsStaff
from schema.relay import decode_id

CONFIG = IsStaff.with_scope(Scope.POINTS_CONFIG)
WRITE = IsStaff.with_scope(Scope.POINTS_WRITE)

OrderId = Annotated[strawberry.ID, strawberry.argument(description="The exchange's global id.")]


@strawberry.input(description="A mall goods, defined or changed by its code.")
class DefineMallGoodsInput:
    code: str = strawberry.field(
        description="Stable code (1 to 50 characters); an existing code changes that goods."
    )
    name: str = strawberry.field(description="Name shown to members (1 to 100 characters).")
    kind: GoodsKind = strawberry.field(description="GOODS, COUPON or BENEFIT (kept once set).")
    points_price: int = strawberry.field(description="Points per unit (1 or more).")
    stock: int = strawberry.field(description="Units ever for sale (not below those sold).")
    point_type: str = strawberry.field(default="POINTS", description="Point type of the price.")
    cash_cents: int = strawberry.field(default=0, description="Cash per unit in cents.")
    target_code: str | None = strawberry.field(
        default=None, description="Coupon template (COUPON) or benefit (BENEFIT) code."
    )
    limit_total: int | None = strawberry.field(default=None, description="Units per member.")
    limit_per_period: int | None = strawberry.field(
        default=None, description="Units per member per limitPeriod."
    )
    limit_period: LimitPeriod | None = strawberry.field(
        default=None, description="DAY, WEEK (from Monday) or MONTH, in the business time zone."
    )
    sale_starts_at: datetime | None = strawberry.field(default=None, description="Sale start.")
    sale_ends_at: datetime | None = strawberry.field(default=None, description="Sale end.")
    segment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="Only members of one of these saved segments (global ids, or plain numbers).",
    )
    levels: list[str] = strawberry.field(
        default_factory=list, description="Only members at one of these level codes."
    )

    def to_domain(self) -> mall_goods.GoodsInput:
        return mall_goods.GoodsInput(
            code=self.code,
            name=self.name,
            kind=GoodsKind(self.kind),
            points_price=self.points_price,
            stock=self.stock,
            point_type=self.point_type,
            cash_cents=self.cash_cents,
            target_code=self.target_code,
            limit_total=self.limit_total,
            limit_per_period=self.limit_per_period,
            limit_period=LimitPeriod(self.limit_period) if self.limit_period else None,
            sale_starts_at=self.sale_starts_at,
            sale_ends_at=self.sale_ends_at,
            segment_ids=[
                decode_id(s, "Segment", f"segmentIds[{i}]") for i, s in enumerate(self.segment_ids)
            ],
            levels=list(self.levels),
        )


@strawberry.type(description="What exchangeMallGoods returns.")
class ExchangeMallGoodsPayload(MallOrderPayload):
    pass


@strawberry.type(description="What cancelMallOrder returns.")
class CancelMallOrderPayload(MallOrderPayload):
    pass


@strawberry.type(description="What shipMallOrder returns.")
class ShipMallOrderPayload(MallOrderPayload):
    pass


@strawberry.type(description="What deliverMallOrder returns.")
class DeliverMallOrderPayload(MallOrderPayload):
    pass


async def _recall(stored: dict[str, int]) -> MallOrder:
    found = await mall_reads.get_order(stored["id"])
    if found is None:
        raise NotFound("No such exchange.", field="idempotencyKey")
    return found


REPLAY: Replay[MallOrder] = Replay(remember=lambda order: {"id": order.id}, recall=_recall)


@strawberry.type
class MallMutation:
    @strawberry.mutation(
        description="Define a mall goods or change the one with this code; recorded in the "
        "configuration history. Errors: INVALID, REQUIRED, INVALID_AMOUNT, INVALID_WINDOW, "
        "TOO_MANY, NOT_FOUND, UNKNOWN_POINT_TYPE, INVALID_STATE (every problem at once).",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def define_mall_goods(self, input: DefineMallGoodsInput) -> DefineMallGoodsPayload:
        goods = await mall_goods.define_goods(input.to_domain())
        return DefineMallGoodsPayload(goods=MallGoodsType.from_model(goods))

    @strawberry.mutation(
        description="Take a goods off sale for good; exchanges already placed go on. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_mall_goods(self, input: RetireArgument) -> RetireMallGoodsPayload:
        goods = await mall_goods.retire_goods(decode_id(input.id, "MallGoods", "id"))
        return RetireMallGoodsPayload(goods=MallGoodsType.from_model(goods))

    @strawberry.mutation(
        description="Exchange points (and cash) for goods: the points are frozen and the stock "
        "taken at once; a cash part is a PENDING purchase (confirmPayment) and nothing is "
        "granted before it is paid. Coupons and benefits are then granted and the points "
        "consumed; physical goods wait for shipment. Idempotent on idempotencyKey. Errors: "
        "NOT_FOUND, INVALID_ID, INVALID_AMOUNT, NOT_ON_SALE, NOT_ELIGIBLE, "
        "PURCHASE_LIMIT_REACHED, INSUFFICIENT_POINTS, OUT_OF_STOCK, COUPON_LIMIT_REACHED, "
        "COUPON_PAUSED (points-only coupons are issued at once), CONFLICT, "
        "IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def exchange_mall_goods(
        self,
        info: Info,
        goods_id: Annotated[strawberry.ID, strawberry.argument(description="The goods.")],
        idempotency_key: Annotated[
            str, strawberry.argument(description="The caller's key for this exchange.")
        ],
        quantity: Annotated[int, strawberry.argument(description="Units, 1 to 99.")] = 1,
    ) -> ExchangeMallGoodsPayload:
        member = await target_member(info, None)
        goods = decode_id(goods_id, "MallGoods", "goodsId")
        mall.check_quantity(quantity)
        order = await run_once(
            info,
            "exchangeMallGoods",
            idempotency_key,
            {"goods": goods, "quantity": quantity},
            lambda key: mall.exchange(
                member_id=member, goods_id=goods, quantity=quantity, key=key, now=clock.utc_now()
            ),
            REPLAY,
        )
        return ExchangeMallGoodsPayload(order=MallOrderType.from_model(order))

    @strawberry.mutation(
        description="Cancel an exchange: members their own before shipment, staff any time "
        "before delivery. Points, stock and paid cash go back once; a repeat changes nothing. "
        "Errors: NOT_FOUND, INVALID_ID, INVALID_STATE.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.POINTS_WRITE)],
    )
    @returns_errors
    async def cancel_mall_order(self, info: Info, order_id: OrderId) -> CancelMallOrderPayload:
        principal = info.context.principal
        member = (
            await target_member(info, None)
            if principal is not None and principal.is_member
            else None
        )
        order = await mall_fulfilment.cancel(
            order_id=decode_id(order_id, "MallOrder", "orderId"),
            member_id=member,
            operator=actor(info),
            now=clock.utc_now(),
        )
        return CancelMallOrderPayload(order=MallOrderType.from_model(order))

    @strawberry.mutation(
        description="Ship physical goods with the parcel's tracking number: the frozen points "
        "are consumed. Errors: NOT_FOUND, INVALID_ID, INVALID, INVALID_STATE.",
        permission_classes=[WRITE],
    )
    @returns_errors
    async def ship_mall_order(
        self,
        order_id: OrderId,
        tracking_no: Annotated[
            str, strawberry.argument(description="Tracking number, 1 to 64 characters.")
        ],
    ) -> ShipMallOrderPayload:
        order = await mall_fulfilment.ship(
            order_id=decode_id(order_id, "MallOrder", "orderId"),
            tracking_no=tracking_no,
            now=clock.utc_now(),
        )
        return ShipMallOrderPayload(order=MallOrderType.from_model(order))

    @strawberry.mutation(
        description="Record that shipped goods arrived (final). Errors: NOT_FOUND, "
        "INVALID_ID, INVALID_STATE.",
        permission_classes=[WRITE],
    )
    @returns_errors
    async def deliver_mall_order(self, order_id: OrderId) -> DeliverMallOrderPayload:
        order = await mall_fulfilment.deliver(
            order_id=decode_id(order_id, "MallOrder", "orderId"), now=clock.utc_now()
        )
        return DeliverMallOrderPayload(order=MallOrderType.from_model(order))
