"""The one payment rule for everything with a price.

A priced product is bought from the wallet or with points inside the caller's transaction
(PAID at once), or created PENDING and activated only when the brand's payment system confirms
the captured amount (`confirm`). Product areas register how a paid purchase is fulfilled; this
module never imports them. Refunds go back the way the money came and never exceed what was paid.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError

from domain import config, db
from domain.clock import utc_now
from domain.errors import Conflict, DomainError, ErrorCode, InvalidState, NotFound
from domain.payments import refunds
from domain.payments.models import (
    ExternalRefund,
    PaymentMethod,
    ProductKind,
    Purchase,
    PurchaseStatus,
)
from domain.points import movements as points_movements
from domain.wallet import service as wallet_service

Fulfil = Callable[[Purchase], Awaitable[int]]
_fulfillers: dict[ProductKind, Fulfil] = {}


@dataclass(frozen=True)
class Price:
    """What a product costs: cents, and optionally points of a type instead."""

    cents: int
    points: int | None = None
    point_type_code: str = "POINTS"


def register_fulfiller(kind: ProductKind, fulfil: Fulfil) -> None:
    """A product area tells how a confirmed purchase becomes its product (returns its id)."""
    _fulfillers[kind] = fulfil


def pending_ttl() -> timedelta:
    """How long a PENDING purchase waits for its payment (PAYMENT_PENDING_MINUTES, default 30)."""
    return timedelta(minutes=config.PAYMENT_PENDING_MINUTES.get())


def _charge(price: Price, method: PaymentMethod) -> tuple[int, int]:
    """(cents, points) the method takes, or PAYMENT_METHOD_NOT_ACCEPTED."""
    if method == PaymentMethod.POINTS:
        if price.points and price.points > 0:
            return 0, price.points
        raise DomainError(
            "This product cannot be paid with points.",
            field="paymentMethod",
            code=ErrorCode.PAYMENT_METHOD_NOT_ACCEPTED,
        )
    if price.cents <= 0:
        raise DomainError(
            "This product has no price to pay.",
            field="paymentMethod",
            code=ErrorCode.PAYMENT_METHOD_NOT_ACCEPTED,
        )
    return price.cents, 0


async def pay(
    *,
    member_id: int,
    kind: ProductKind,
    product_code: str,
    price: Price,
    method: PaymentMethod,
    key: str,
    operator: str,
    details: dict[str, Any] | None = None,
    now: datetime | None = None,
    captured_payment_no: str | None = None,
) -> Purchase:
    """Pay for a product: WALLET and POINTS are taken in the caller's transaction (PAID);
    EXTERNAL waits PENDING for `confirm`, unless the payment system itself reports the money
    captured under `captured_payment_no`. Idempotent on `key`."""
    cents, points = _charge(price, method)
    now = now or utc_now()
    async with db.transaction():
        existing = await find_purchase(member_id, key)
        if existing is not None:
            return existing
        if captured_payment_no is not None:
            await _check_unused(captured_payment_no)
        try:
            async with db.transaction():
                purchase = await Purchase.create(
                    member_id=member_id,
                    product_kind=kind,
                    product_code=product_code,
                    details=details or {},
                    method=method,
                    status=PurchaseStatus.PENDING,
                    amount_cents=cents,
                    points=points,
                    point_type_code=price.point_type_code if points else None,
                    idempotency_key=key[:200],
                    expires_at=now + pending_ttl() if method == PaymentMethod.EXTERNAL else None,
                )
        except IntegrityError as error:
            raise Conflict("This request is already being paid.", field="idempotencyKey") from error
        if method == PaymentMethod.EXTERNAL and captured_payment_no is None:
            return purchase
        wallet_payment_id = None
        if method == PaymentMethod.EXTERNAL:
            pass  # captured by the payment system that reports it
        elif method == PaymentMethod.WALLET:
            payment = await wallet_service.pay(
                member_id=member_id,
                amount_cents=cents,
                order_ref=f"purchase:{purchase.id}",
                key=f"purchase:{purchase.id}",
                operator=operator,
            )
            wallet_payment_id = payment.id
        else:
            await points_movements.redeem(
                member_id=member_id,
                point_type_code=price.point_type_code,
                points=points,
                key=f"purchase:{purchase.id}",
                purpose=f"{kind.value.lower()} {product_code}",
                operator=operator,
            )
        await Purchase.filter(id=purchase.id).update(
            status=PurchaseStatus.PAID,
            paid_at=now,
            wallet_payment_id=wallet_payment_id,
            payment_no=captured_payment_no,
            expires_at=None,
        )
        return await Purchase.get(id=purchase.id)


async def set_fulfilment(purchase_id: int, fulfilment_id: int) -> None:
    """Record what a paid purchase became (the product's id)."""
    await Purchase.filter(id=purchase_id).update(fulfilment_id=fulfilment_id)


def _check_payment_no(payment_no: str) -> None:
    if not payment_no or len(payment_no) > 64 or not payment_no.isprintable():
        raise DomainError("paymentNo is 1..64 printable characters.", field="paymentNo")


async def _check_unused(payment_no: str) -> None:
    _check_payment_no(payment_no)
    if await Purchase.filter(payment_no=payment_no).exists():
        raise DomainError(
            "This payment number paid another purchase.",
            field="paymentNo",
            code=ErrorCode.PAYMENT_NO_USED,
        )


async def confirm(
    *, purchase_id: int, payment_no: str, amount_cents: int, now: datetime | None = None
) -> Purchase:
    """The payment system captured `amount_cents` for a PENDING purchase: mark it PAID and
    fulfil it once. PAYMENT_AMOUNT_MISMATCH unless the amount is exact; EXPIRED after its time;
    PAYMENT_NO_USED when the number paid another purchase. A repeat of the confirmation that
    succeeded returns the purchase unchanged."""
    _check_payment_no(payment_no)
    now = now or utc_now()
    async with db.transaction():
        purchase = await Purchase.filter(id=purchase_id).select_for_update().first()
        if purchase is None:
            raise NotFound("No such purchase.", field="purchaseId")
        if purchase.payment_no == payment_no and amount_cents == purchase.amount_cents:
            return purchase
        expired = purchase.expires_at is not None and purchase.expires_at <= now
        if purchase.status == PurchaseStatus.EXPIRED or (
            purchase.status == PurchaseStatus.PENDING and expired
        ):
            raise DomainError(
                "The purchase expired before it was paid.",
                field="purchaseId",
                code=ErrorCode.EXPIRED,
            )
        if purchase.method != PaymentMethod.EXTERNAL or purchase.status != PurchaseStatus.PENDING:
            raise InvalidState(f"The purchase is {purchase.status}.", field="purchaseId")
        if amount_cents != purchase.amount_cents:
            raise DomainError(
                f"The purchase costs {purchase.amount_cents} cents.",
                field="amountCents",
                code=ErrorCode.PAYMENT_AMOUNT_MISMATCH,
            )
        await _check_unused(payment_no)
        await Purchase.filter(id=purchase.id).update(
            status=PurchaseStatus.PAID, payment_no=payment_no, paid_at=now
        )
        await _fulfil(await Purchase.get(id=purchase.id))
    return await Purchase.get(id=purchase_id)


async def _fulfil(purchase: Purchase) -> None:
    try:
        async with db.transaction():  # a savepoint: a product that cannot be made leaves nothing
            fulfilment_id = await _fulfillers[purchase.product_kind](purchase)
    except DomainError as error:
        # The money is captured but the product can no longer be had (e.g. a plan bought
        # meanwhile): all of it goes back to the payer.
        await refunds.record_external(
            purchase, purchase.amount_cents, "undeliverable", error.message
        )
        await Purchase.filter(id=purchase.id).update(
            status=PurchaseStatus.REFUNDED,
            refunded_cents=purchase.amount_cents,
            failure=error.message[:200],
        )
        return
    await set_fulfilment(purchase.id, fulfilment_id)


async def find_purchase(member_id: int, key: str) -> Purchase | None:
    """The member's purchase made under an idempotency key, if any; CONFLICT when the key
    was another member's."""
    found = await Purchase.get_or_none(idempotency_key=key[:200])
    if found is not None and found.member_id != member_id:
        raise Conflict("This request key was already used.", field="idempotencyKey")
    return found


async def purchase_by_payment_no(payment_no: str) -> Purchase | None:
    """The purchase a payment number paid, if any."""
    return await Purchase.get_or_none(payment_no=payment_no)


async def get_purchase(purchase_id: int) -> Purchase | None:
    """A purchase by id."""
    return await Purchase.get_or_none(id=purchase_id)


async def purchase_of(kind: ProductKind, fulfilment_id: int) -> Purchase | None:
    """The purchase that paid for a product (a membership, card or coupon), if one did."""
    return await Purchase.get_or_none(product_kind=kind, fulfilment_id=fulfilment_id)


async def expire_pending(now: datetime) -> int:
    """Mark PENDING purchases past their time as EXPIRED (state-driven, safe to repeat)."""
    return await db.execute(
        "UPDATE purchases SET status = 'EXPIRED' WHERE status = 'PENDING' AND expires_at <= $1",
        now,
    )


async def purchases_by_ids(ids: Sequence[int]) -> list[Purchase | None]:
    """Purchases aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Purchase, ids)


async def external_refunds_by_ids(ids: Sequence[int]) -> list[ExternalRefund | None]:
    """External refunds aligned to ids (None where unknown)."""
    return await db.rows_by_ids(ExternalRefund, ids)
