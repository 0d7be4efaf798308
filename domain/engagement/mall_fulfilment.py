"""After an exchange: shipping and delivering physical goods, cancelling (points and stock go
back exactly once), and releasing exchanges whose cash was never paid."""

from __future__ import annotations

from datetime import datetime

from domain import db
from domain.engagement import mall_rules
from domain.engagement.mall import order_ref, return_stock
from domain.engagement.mall_models import MallOrder, MallOrderStatus
from domain.errors import DomainError, InvalidState, NotFound
from domain.payments import refunds
from domain.payments import service as payments
from domain.payments.models import PurchaseStatus
from domain.points import movements

UNPAID = frozenset({MallOrderStatus.PENDING_PAYMENT})


async def _locked(order_id: int, member_id: int | None) -> MallOrder:
    order = await MallOrder.filter(id=order_id).select_for_update().first()
    if order is None or (member_id is not None and order.member_id != member_id):
        raise NotFound("No such exchange.", field="orderId")
    return order


def _check_tracking(tracking_no: str) -> str:
    if not tracking_no.strip() or len(tracking_no) > 64 or not tracking_no.isprintable():
        raise DomainError("trackingNo is 1 to 64 printable characters.", field="trackingNo")
    return tracking_no.strip()


async def ship(*, order_id: int, tracking_no: str, now: datetime) -> MallOrder:
    """Physical goods leave the warehouse: the frozen points are consumed. Shipping again with
    the same tracking number changes nothing; INVALID_STATE otherwise."""
    tracking_no = _check_tracking(tracking_no)
    async with db.transaction():
        order = await _locked(order_id, None)
        if order.status == MallOrderStatus.SHIPPED and order.tracking_no == tracking_no:
            return order
        if order.status != MallOrderStatus.PENDING_SHIPMENT:
            raise InvalidState(f"The exchange is {order.status}.", field="orderId")
        await movements.unfreeze(
            member_id=order.member_id,
            point_type_code=order.point_type,
            order_ref=order_ref(order.id),
            consume=True,
            operator="mall",
        )
        await MallOrder.filter(id=order.id).update(
            status=MallOrderStatus.SHIPPED, tracking_no=tracking_no, shipped_at=now
        )
        return await MallOrder.get(id=order.id)


async def deliver(*, order_id: int, now: datetime) -> MallOrder:
    """The parcel arrived (final). Idempotent; INVALID_STATE before shipment."""
    async with db.transaction():
        order = await _locked(order_id, None)
        if order.status == MallOrderStatus.DELIVERED:
            return order
        if order.status != MallOrderStatus.SHIPPED:
            raise InvalidState(f"The exchange is {order.status}.", field="orderId")
        await MallOrder.filter(id=order.id).update(
            status=MallOrderStatus.DELIVERED, delivered_at=now
        )
        return await MallOrder.get(id=order.id)


async def _give_back(order: MallOrder, operator: str) -> None:
    """Points, stock and paid cash of an order being cancelled."""
    if order.status == MallOrderStatus.SHIPPED:  # its points were consumed: credit them back
        await movements.credit_points(
            member_id=order.member_id,
            point_type_code=order.point_type,
            points=order.points,
            key=f"{order_ref(order.id)}:returned",
            reason="mall exchange cancelled after shipment",
            operator=operator,
        )
    else:
        await movements.unfreeze(
            member_id=order.member_id,
            point_type_code=order.point_type,
            order_ref=order_ref(order.id),
            consume=False,
            operator=operator,
        )
    await return_stock(order.goods_id, order.quantity)
    if order.cash_cents and order.paid_at is not None and order.purchase_id is not None:
        await refunds.refund(
            purchase_id=order.purchase_id,
            amount=order.cash_cents,
            key=f"{order_ref(order.id)}:cancelled",
            reason="mall exchange cancelled",
            operator=operator,
        )


async def cancel(
    *, order_id: int, member_id: int | None, operator: str, now: datetime
) -> MallOrder:
    """Cancel an exchange: a member before shipment (`member_id` names them), staff any time
    before delivery. Points, stock and any paid cash go back once; cancelling a cancelled
    exchange changes nothing. INVALID_STATE after that point, NOT_FOUND for another's order."""
    allowed = (
        mall_rules.MEMBER_CANCELLABLE if member_id is not None else mall_rules.STAFF_CANCELLABLE
    )
    return await _cancel(order_id, member_id, allowed, operator, now)


async def _cancel(
    order_id: int,
    member_id: int | None,
    allowed: frozenset[MallOrderStatus],
    operator: str,
    now: datetime,
) -> MallOrder:
    async with db.transaction():
        order = await _locked(order_id, member_id)
        if order.status == MallOrderStatus.CANCELLED:
            return order
        if order.status not in allowed:
            raise InvalidState(f"A {order.status} exchange cannot be cancelled.", field="orderId")
        await _give_back(order, operator)
        await MallOrder.filter(id=order.id).update(
            status=MallOrderStatus.CANCELLED, cancelled_at=now, cancelled_by=operator[:100]
        )
        return await MallOrder.get(id=order.id)


async def release_unpaid(now: datetime, *, batch: int = 500) -> int:
    """Cancel exchanges whose cash part can no longer be paid (its time passed, or the payment
    was refunded because the order could not be settled). State-driven, safe to repeat."""
    waiting = (
        await MallOrder.filter(status=MallOrderStatus.PENDING_PAYMENT).order_by("id").limit(batch)
    )
    purchase_ids = [o.purchase_id for o in waiting if o.purchase_id is not None]
    purchases = {p.id: p for p in await payments.purchases_by_ids(purchase_ids) if p is not None}
    released = 0
    for order in waiting:
        purchase = purchases.get(order.purchase_id or 0)
        dead = purchase is None or purchase.status in (
            PurchaseStatus.EXPIRED,
            PurchaseStatus.REFUNDED,
        )
        if dead or (order.pay_by is not None and order.pay_by <= now):
            try:
                await _cancel(order.id, None, UNPAID, "system", now)
            except InvalidState:  # paid meanwhile
                continue
            released += 1
    return released
