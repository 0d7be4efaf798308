"""Refunds go back the way the money came: to the wallet (principal and bonus in proportion),
to the points account, or as an external refund the payment system executes. Never more than
was paid."""

from __future__ import annotations

from domain import db
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound
from domain.payments.models import ExternalRefund, PaymentMethod, Purchase, PurchaseStatus
from domain.points import movements as points_movements
from domain.wallet import service as wallet_service


def paid_amount(purchase: Purchase) -> int:
    """What was paid, in the purchase's unit (points for POINTS, else cents)."""
    result: int = (
        purchase.points if purchase.method == PaymentMethod.POINTS else purchase.amount_cents
    )
    return result


async def refund(
    *, purchase_id: int, amount: int, key: str, reason: str, operator: str
) -> Purchase:
    """Give `amount` (in the purchase's unit) back the way it was paid: to the wallet, to the
    points account, or as an external refund for the payment system. REFUND_EXCEEDS_PAID
    beyond what was paid. Usable inside the caller's transaction."""
    if amount < 0:
        raise DomainError(
            "A refund is not negative.", field="amount", code=ErrorCode.INVALID_AMOUNT
        )
    async with db.transaction():
        purchase = await Purchase.filter(id=purchase_id).select_for_update().first()
        if purchase is None:
            raise NotFound("No such purchase.", field="purchaseId")
        if purchase.status not in (PurchaseStatus.PAID, PurchaseStatus.REFUNDED):
            raise InvalidState(f"The purchase is {purchase.status}.", field="purchaseId")
        points = purchase.method == PaymentMethod.POINTS
        refunded = purchase.refunded_points if points else purchase.refunded_cents
        if refunded + amount > paid_amount(purchase):
            raise DomainError(
                f"At most {paid_amount(purchase) - refunded} can be refunded.",
                field="amount",
                code=ErrorCode.REFUND_EXCEEDS_PAID,
            )
        if amount:
            await _give_back(purchase, amount, key, reason, operator)
        await Purchase.filter(id=purchase.id).update(
            status=PurchaseStatus.REFUNDED,
            refunded_points=purchase.refunded_points + (amount if points else 0),
            refunded_cents=purchase.refunded_cents + (0 if points else amount),
        )
    return await Purchase.get(id=purchase_id)


async def _give_back(purchase: Purchase, amount: int, key: str, reason: str, operator: str) -> None:
    if purchase.method == PaymentMethod.WALLET:
        assert purchase.wallet_payment_id is not None
        await wallet_service.refund_payment(
            payment_id=purchase.wallet_payment_id,
            amount_cents=amount,
            key=f"purchase:{purchase.id}:{key}",
            operator=operator,
        )
    elif purchase.method == PaymentMethod.POINTS:
        await points_movements.credit_points(
            member_id=purchase.member_id,
            point_type_code=purchase.point_type_code or "POINTS",
            points=amount,
            key=f"purchase-refund:{purchase.id}:{key}",
            reason=reason,
            operator=operator,
        )
    else:
        await record_external(purchase, amount, key, reason)


async def record_external(purchase: Purchase, amount: int, key: str, reason: str) -> None:
    """Record money the payment system is to give back on an external payment."""
    await ExternalRefund.create(
        purchase_id=purchase.id,
        payment_no=purchase.payment_no or "",
        amount_cents=amount,
        idempotency_key=f"{purchase.id}:{key}"[:200],
        reason=reason[:200],
    )


async def external_refunds(*, before_id: int | None, limit: int) -> list[ExternalRefund]:
    """External refunds for the payment system to execute, newest first."""
    query = ExternalRefund.all()
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return list(await query.order_by("-id").limit(limit))
