"""Refunds of recorded orders: idempotent on the refund number, never more than was paid."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain import db, dirty, jobs
from domain.errors import DomainError, ErrorCode
from domain.members.models import Channel
from domain.orders.models import Order, OrderLine, OrderStatus, Refund
from domain.orders.rules import LineState, RefundLineRequest, refund_amounts


async def refund_order(
    *,
    channel: Channel,
    external_no: str,
    refund_no: str,
    refunded_at: datetime,
    lines: list[RefundLineRequest] | None,
) -> tuple[Refund, bool]:
    """Refund some lines or all of an order. Idempotent on the refund number; never refunds more
    than was paid. Returns (refund, created)."""
    if not refund_no or len(refund_no) > 64:
        raise DomainError("Refund number is required (at most 64).", field="refundNo")
    async with db.transaction():
        order = (
            await Order.filter(channel=channel.value, external_no=external_no)
            .select_for_update()
            .first()
        )
        if order is None:
            raise DomainError("No such order.", field="externalNo", code=ErrorCode.ORDER_NOT_FOUND)
        # Looked up under the order's lock, so a concurrent copy finds the first one's refund.
        existing = await Refund.get_or_none(order_id=order.id, refund_no=refund_no)
        if existing is not None:
            return existing, False
        order_lines = await OrderLine.filter(order_id=order.id).order_by("line_no")
        plan = refund_amounts(
            [
                LineState(
                    li.line_no,
                    li.quantity,
                    li.amount_cents,
                    li.refunded_quantity,
                    li.refunded_cents,
                )
                for li in order_lines
            ],
            lines,
        )
        total = sum(cents for _, _, cents in plan)
        refund = await Refund.create(
            order_id=order.id,
            refund_no=refund_no,
            amount_cents=total,
            refunded_at=refunded_at,
            lines=[{"lineNo": n, "quantity": q, "amountCents": c} for n, q, c in plan],
            using_db=db.connection(),
        )
        for line_no, quantity, cents in plan:
            await db.execute(
                "UPDATE order_lines SET refunded_quantity = refunded_quantity + $3, "
                "refunded_cents = refunded_cents + $4 WHERE order_id = $1 AND line_no = $2",
                order.id,
                line_no,
                quantity,
                cents,
            )
        refunded = order.refunded_cents + total
        status = (
            OrderStatus.REFUNDED
            if refunded >= order.total_cents
            else OrderStatus.PARTIALLY_REFUNDED
        )
        await Order.filter(id=order.id).update(refunded_cents=refunded, status=status)
        await dirty.mark("orders", [order_lines[0].business_day])  # net falls on the sale day
        if order.member_id is not None:
            await jobs.defer(
                "orders.process_refund", key=f"refund:{refund.id}", refund_id=refund.id
            )
        return refund, True


async def replayed_refund(stored: dict[str, Any]) -> tuple[Refund, bool]:
    """The refund a resend names, as recorded the first time."""
    return await Refund.get(id=stored["id"]), False
