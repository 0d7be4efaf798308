"""Points mall reads: members see their offers and exchanges; staff list goods and read the
report."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from domain import clock
from domain.access import Scope
from domain.engagement import mall_goods, mall_reads
from domain.engagement.mall_models import MallOrderStatus
from domain.errors import DomainError, ErrorCode, NotFound
from schema.access import target_member
from schema.args import Active, After, First, ObjectId
from schema.context import Info
from schema.engagement.mall_types import (
    MallGoodsType,
    MallOfferType,
    MallOrderType,
    MallReportLineType,
)
from schema.paging import page_by_key
from schema.permissions import IsMember, IsMemberOrStaff, IsStaff
from schema.relay import Connection, decode_id, keyset_page

READ = IsStaff.with_scope(Scope.POINTS_READ, Scope.POINTS_CONFIG)


@strawberry.type
class MallQuery:
    @strawberry.field(
        description="The points mall: goods the member may exchange now (on sale, in their "
        "audience, in stock, limit not reached) with the stock left and their own remaining "
        "limit.",
        permission_classes=[IsMember],
    )
    async def mall_goods(
        self, info: Info, first: First = None, after: After = None
    ) -> Connection[MallOfferType]:
        member = await target_member(info, None)
        found = await mall_goods.offers(member, now=clock.utc_now())
        return await page_by_key(
            found, first=first, after=after, key=lambda o: o.goods.id, wrap=MallOfferType.from_offer
        )

    @strawberry.field(
        description="Mall goods as staff define them, newest first.", permission_classes=[READ]
    )
    async def mall_goods_catalogue(
        self, active: Active = None, first: First = None, after: After = None
    ) -> Connection[MallGoodsType]:
        async def fetch(after_id: int | None, limit: int) -> list[MallGoodsType]:
            rows = await mall_goods.goods_page(active=active, after_id=after_id, limit=limit)
            return [MallGoodsType.from_model(g) for g in rows]

        return await keyset_page(fetch, first=first, after=after, key=_goods_key, wrap=lambda g: g)

    @strawberry.field(description="One mall goods, or null.", permission_classes=[READ])
    async def mall_goods_item(self, id: ObjectId) -> MallGoodsType | None:
        try:
            found = await mall_goods.get_goods(decode_id(id, "MallGoods", "id"), field="id")
        except NotFound:
            return None
        return MallGoodsType.from_model(found)

    @strawberry.field(
        description="A member's exchanges, newest first. Members read their own; staff name "
        "the member, or none for everyone's. Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.POINTS_READ)],
    )
    async def my_mall_orders(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        statuses: Annotated[
            list[MallOrderStatus] | None, strawberry.argument(description="Only these states.")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[MallOrderType]:
        principal = info.context.principal
        member: int | None = None
        if member_id is not None or (principal is not None and principal.is_member):
            member = await target_member(info, member_id)
        wanted = [MallOrderStatus(s) for s in statuses or []]

        async def fetch(after_id: int | None, limit: int) -> list[MallOrderType]:
            rows = await mall_reads.orders_page(
                member_id=member, statuses=wanted, goods_id=None, after_id=after_id, limit=limit
            )
            return [MallOrderType.from_model(o) for o in rows]

        return await keyset_page(fetch, first=first, after=after, key=_order_key, wrap=lambda o: o)

    @strawberry.field(
        description="Exchanges by goods and business day of the exchange: orders, cancels, "
        "points consumed and cash paid. At most 366 days. Errors: INVALID_WINDOW.",
        permission_classes=[READ],
    )
    async def mall_report(
        self,
        since: Annotated[date, strawberry.argument(description="First business day.")],
        until: Annotated[date, strawberry.argument(description="Last business day (inclusive).")],
        goods_id: Annotated[
            strawberry.ID | None, strawberry.argument(description="Only this goods.")
        ] = None,
    ) -> list[MallReportLineType]:
        if until < since or (until - since).days >= mall_reads.MAX_REPORT_DAYS:
            raise DomainError(
                "until is on or after since, at most 366 days.",
                field="until",
                code=ErrorCode.INVALID_WINDOW,
            )
        goods = decode_id(goods_id, "MallGoods", "goodsId") if goods_id else None
        lines = await mall_reads.report(since=since, until=until, goods_id=goods)
        return [MallReportLineType.from_line(line) for line in lines]


def _goods_key(goods: MallGoodsType) -> int:
    return decode_id(goods.id, "MallGoods", "id")


def _order_key(order: MallOrderType) -> int:
    return decode_id(order.id, "MallOrder", "id")
