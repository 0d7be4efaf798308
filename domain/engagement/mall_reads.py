"""Reading exchange orders: a member's own, staff lists, by id, and the daily report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from domain import db
from domain.engagement.mall_models import MallOrder, MallOrderStatus

MAX_REPORT_DAYS = 366


async def orders_page(
    *,
    member_id: int | None,
    statuses: Sequence[MallOrderStatus],
    goods_id: int | None,
    after_id: int | None,
    limit: int,
) -> list[MallOrder]:
    """Exchange orders newest first (keyset on id): one member's or everyone's, optionally
    in some statuses or of one goods."""
    query = MallOrder.all()
    if member_id is not None:
        query = query.filter(member_id=member_id)
    if statuses:
        query = query.filter(status__in=list(statuses))
    if goods_id is not None:
        query = query.filter(goods_id=goods_id)
    if after_id is not None:
        query = query.filter(id__lt=after_id)
    return list(await query.order_by("-id").limit(limit))


async def get_order(order_id: int) -> MallOrder | None:
    """An exchange order by id."""
    return await MallOrder.get_or_none(id=order_id)


async def orders_by_ids(ids: Sequence[int]) -> list[MallOrder | None]:
    """Exchange orders aligned to ids (None where unknown)."""
    return await db.rows_by_ids(MallOrder, ids)


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One goods on one business day: orders placed, how many were cancelled, the points
    consumed and the cash paid by those not cancelled."""

    goods_id: int
    day: date
    orders: int
    cancels: int
    points_consumed: int
    cash_cents: int


async def report(*, since: date, until: date, goods_id: int | None) -> list[ReportLine]:
    """Exchanges by goods and business day of the exchange, `since` to `until` inclusive."""
    rows = await db.fetch(
        """SELECT goods_id, day, count(*) AS orders,
                  count(*) FILTER (WHERE status = 'CANCELLED') AS cancels,
                  COALESCE(sum(points) FILTER (
                      WHERE status IN ('SHIPPED', 'DELIVERED', 'COMPLETED')), 0) AS points,
                  COALESCE(sum(cash_cents) FILTER (
                      WHERE paid_at IS NOT NULL AND status <> 'CANCELLED'), 0) AS cash
             FROM mall_orders
            WHERE day BETWEEN $1 AND $2 AND ($3::bigint IS NULL OR goods_id = $3)
            GROUP BY goods_id, day ORDER BY day, goods_id""",
        since,
        until,
        goods_id,
    )
    return [
        ReportLine(
            goods_id=int(r["goods_id"]),
            day=r["day"],
            orders=int(r["orders"]),
            cancels=int(r["cancels"]),
            points_consumed=int(r["points"]),
            cash_cents=int(r["cash"]),
        )
        for r in rows
    ]
