"""Exchanging points (and maybe cash) for mall goods.

An exchange freezes the order's points on the ledger and takes its stock in one transaction;
a cash part becomes a PENDING purchase, and nothing is granted until it is paid. Coupon and
benefit goods are then granted and their points consumed at once; physical goods wait for
shipment, which consumes the points. A member's exchanges of one goods are serialised by an
advisory lock, so per-member limits hold under concurrent taps; stock is taken by a guarded
update, so it is never oversold. Locks are taken in one order everywhere (order row, points
account, goods row) so exchanges, payments and cancels cannot deadlock.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.exceptions import IntegrityError

from domain import db
from domain.benefits import service as benefits_service
from domain.clock import business_today, utc_now
from domain.coupons import issuing as coupon_issuing
from domain.engagement import mall_goods, mall_rules
from domain.engagement.mall_models import GoodsKind, MallGoods, MallOrder, MallOrderStatus
from domain.errors import Conflict, DomainError, ErrorCode, InvalidState, NotFound
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind, Purchase
from domain.points import movements


def order_ref(order_id: int) -> str:
    """The reference the order's points are frozen, consumed and released under."""
    return f"mall:{order_id}"


def check_quantity(quantity: int) -> int:
    """1 to MAX_QUANTITY units."""
    if isinstance(quantity, bool) or not 1 <= quantity <= mall_rules.MAX_QUANTITY:
        raise DomainError(
            f"quantity is 1 to {mall_rules.MAX_QUANTITY}.",
            field="quantity",
            code=ErrorCode.INVALID_AMOUNT,
        )
    return quantity


async def _earlier(member_id: int, key: str) -> MallOrder | None:
    found = await MallOrder.get_or_none(idempotency_key=key[:200])
    if found is not None and found.member_id != member_id:
        raise Conflict("This request key was already used.", field="idempotencyKey")
    return found


async def _check_terms(member_id: int, goods: MallGoods, quantity: int, now: datetime) -> None:
    terms = mall_goods.terms_of(goods)
    if not mall_rules.on_sale(terms, now):
        raise DomainError(
            "The goods is not on sale now.", field="goodsId", code=ErrorCode.NOT_ON_SALE
        )
    if not mall_rules.admits(terms, await mall_goods.audience_of(member_id)):
        raise DomainError(
            "The goods is not offered to this member.",
            field="goodsId",
            code=ErrorCode.NOT_ELIGIBLE,
        )
    left = mall_rules.remaining_limit(terms, *await mall_goods.bought_units(member_id, goods, now))
    if left is not None and quantity > left:
        raise DomainError(
            f"The member may take {left} more of this goods.",
            field="quantity",
            code=ErrorCode.PURCHASE_LIMIT_REACHED,
        )


async def _take_stock(goods_id: int, quantity: int) -> None:
    taken = await db.fetch_one(
        "UPDATE mall_goods SET sold = sold + $2, updated_at = now() "
        "WHERE id = $1 AND active AND sold + $2 <= stock RETURNING id",
        goods_id,
        quantity,
    )
    if taken is None:
        raise DomainError("Out of stock.", field="quantity", code=ErrorCode.OUT_OF_STOCK)


async def return_stock(goods_id: int, quantity: int) -> None:
    """Give a cancelled order's units back to the goods' stock."""
    await db.execute(
        "UPDATE mall_goods SET sold = sold - $2, updated_at = now() WHERE id = $1",
        goods_id,
        quantity,
    )


async def exchange(
    *, member_id: int, goods_id: int, quantity: int, key: str, now: datetime
) -> MallOrder:
    """Exchange points (and cash) for `quantity` units of a goods. Idempotent on `key`.
    NOT_ON_SALE, NOT_ELIGIBLE, PURCHASE_LIMIT_REACHED, INSUFFICIENT_POINTS, OUT_OF_STOCK."""
    check_quantity(quantity)
    async with db.transaction():
        if (earlier := await _earlier(member_id, key)) is not None:
            return earlier
        # Serialises one member's exchanges of one goods: the limit count below cannot race.
        await db.fetch(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", f"mall:{goods_id}:{member_id}"
        )
        if (earlier := await _earlier(member_id, key)) is not None:
            return earlier
        goods = await mall_goods.get_goods(goods_id)
        await _check_terms(member_id, goods, quantity, now)
        order = await _new_order(member_id, goods, quantity, key, now)
        await _freeze(order)
        await _take_stock(goods.id, quantity)
        if order.cash_cents:
            await _ask_payment(order, goods, now)
        else:
            await _settle_paid(order, goods, now)
        return await MallOrder.get(id=order.id)


async def _new_order(
    member_id: int, goods: MallGoods, quantity: int, key: str, now: datetime
) -> MallOrder:
    try:
        return await MallOrder.create(
            member_id=member_id,
            goods_id=goods.id,
            quantity=quantity,
            point_type=goods.point_type,
            points=goods.points_price * quantity,
            cash_cents=goods.cash_cents * quantity,
            status=MallOrderStatus.PENDING_PAYMENT,
            idempotency_key=key[:200],
            day=business_today(now),
            created_at=now,
        )
    except IntegrityError as error:  # another member's key: keys are scoped by the caller
        raise Conflict("This request key was already used.", field="idempotencyKey") from error


async def _freeze(order: MallOrder) -> None:
    """Hold the order's points on the ledger (INSUFFICIENT_POINTS when they are not there)."""
    try:
        await movements.freeze(
            member_id=order.member_id,
            point_type_code=order.point_type,
            points=order.points,
            order_ref=order_ref(order.id),
            operator="member",
        )
    except DomainError as error:
        error.field = "quantity"  # what the member chose; the price is the goods'
        raise


async def _ask_payment(order: MallOrder, goods: MallGoods, now: datetime) -> None:
    """A PENDING external purchase for the cash part; the order waits for it."""
    purchase = await payments.pay(
        member_id=order.member_id,
        kind=ProductKind.MALL,
        product_code=goods.code,
        price=payments.Price(cents=order.cash_cents),
        method=PaymentMethod.EXTERNAL,
        key=order_ref(order.id),
        operator="member",
        details={"order_id": order.id},
        now=now,
    )
    await MallOrder.filter(id=order.id).update(purchase_id=purchase.id, pay_by=purchase.expires_at)


async def _grant(order: MallOrder, goods: MallGoods) -> dict[str, object]:
    """Give the member what a coupon or benefit goods stands for; what it made."""
    assert goods.target_code is not None
    if goods.kind == GoodsKind.COUPON:
        coupons = [
            await coupon_issuing.issue_coupon(
                member_id=order.member_id,
                template_code=goods.target_code,
                key=f"{order_ref(order.id)}:{unit}",
                source="MALL",
                operator="mall",
            )
            for unit in range(order.quantity)
        ]
        return {"coupon_ids": [coupon.id for coupon in coupons]}
    grant = await benefits_service.grant(
        member_id=order.member_id,
        benefit_code=goods.target_code,
        quantity=order.quantity,
        source=order_ref(order.id),
        key=order_ref(order.id),
    )
    return {"benefit_grant_id": grant.id}


async def _settle_paid(order: MallOrder, goods: MallGoods, now: datetime) -> None:
    """The order is paid (or had nothing to pay): physical goods wait for shipment; coupons
    and benefits are granted and their points consumed now."""
    if goods.kind == GoodsKind.GOODS:
        await MallOrder.filter(id=order.id).update(
            status=MallOrderStatus.PENDING_SHIPMENT, paid_at=now
        )
        return
    granted = await _grant(order, goods)
    await movements.unfreeze(
        member_id=order.member_id,
        point_type_code=order.point_type,
        order_ref=order_ref(order.id),
        consume=True,
        operator="mall",
    )
    await MallOrder.filter(id=order.id).update(
        status=MallOrderStatus.COMPLETED, paid_at=now, granted=granted
    )


async def fulfil_purchase(purchase: Purchase) -> int:
    """The cash part of an exchange is paid: settle the order (INVALID_STATE when it was
    cancelled meanwhile, so the payment goes back)."""
    order_id = int(purchase.details["order_id"])
    order = await MallOrder.filter(id=order_id).select_for_update().first()
    if order is None:
        raise NotFound("No such exchange.", field="purchaseId")
    if order.status != MallOrderStatus.PENDING_PAYMENT:
        raise InvalidState(f"The exchange is {order.status}.", field="purchaseId")
    await _settle_paid(
        order, await mall_goods.get_goods(order.goods_id), purchase.paid_at or utc_now()
    )
    return order_id
