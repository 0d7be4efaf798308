"""Self-service points: members submit receipts, staff approve (credits points) or reject.

One purchase earns once: a receipt that matches a recorded order (same store, paid within the
match window, and the same number, or the same member and amount) is refused, and an order
matching an approved receipt earns nothing. Both checks hold the store's purchase lock, so a
receipt approved while its order is being settled cannot slip past either.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from domain import db
from domain.catalog import lookup as catalog
from domain.clock import to_business, utc_now
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound
from domain.orders import service as orders_service
from domain.points import config as points_config
from domain.points import earning
from domain.points import movements as points_movements
from domain.points.models import EarningRule, PointKind, PointType, Receipt, ReceiptStatus
from domain.points.purchase_match import lock_store_purchases, match_window


@dataclass(frozen=True)
class ReceiptInput:
    store_code: str
    receipt_no: str
    amount_cents: int
    purchased_at: datetime
    image_ref: str = ""


def fingerprint(store_code: str, receipt_no: str, amount_cents: int, purchased_at: datetime) -> str:
    """One receipt, whoever submits it and however often."""
    day = to_business(purchased_at).date().isoformat()
    raw = f"{store_code.upper()}|{receipt_no.strip().upper()}|{amount_cents}|{day}"
    return hashlib.sha256(raw.encode()).hexdigest()


async def _refuse_if_ordered(
    member_id: int, store_code: str, receipt_no: str, amount_cents: int, purchased_at: datetime
) -> None:
    window = match_window()
    orders = await orders_service.orders_of_purchase(
        store_code=store_code,
        number=receipt_no,
        member_id=member_id,
        amount_cents=amount_cents,
        paid_from=purchased_at - window,
        paid_until=purchased_at + window,
    )
    if orders:
        raise DomainError(
            "This purchase was recorded as an order and earns its points there.",
            field="receiptNo",
            code=ErrorCode.RECEIPT_MATCHES_ORDER,
        )


async def submit(member_id: int, receipt: ReceiptInput) -> Receipt:
    """Record a receipt for review; DUPLICATE_RECEIPT when it was submitted before,
    RECEIPT_MATCHES_ORDER when the purchase was recorded as an order."""
    if isinstance(receipt.amount_cents, bool) or receipt.amount_cents <= 0:
        raise DomainError(
            "amountCents must be positive.", field="amountCents", code=ErrorCode.INVALID_AMOUNT
        )
    if receipt.purchased_at > utc_now():
        raise DomainError("purchasedAt is in the future.", field="purchasedAt")
    if not receipt.receipt_no.strip() or len(receipt.receipt_no) > 64:
        raise DomainError("receiptNo is required (at most 64).", field="receiptNo")
    if (await catalog.stores_by_codes([receipt.store_code]))[0] is None:
        raise DomainError(
            f"Unknown store '{receipt.store_code}'.",
            field="storeCode",
            code=ErrorCode.UNKNOWN_STORE,
        )
    await _refuse_if_ordered(
        member_id,
        receipt.store_code,
        receipt.receipt_no,
        receipt.amount_cents,
        receipt.purchased_at,
    )
    print_ = fingerprint(
        receipt.store_code, receipt.receipt_no, receipt.amount_cents, receipt.purchased_at
    )
    row = await db.fetch_one(
        """INSERT INTO point_receipts (member_id, store_code, receipt_no, amount_cents,
                                       purchased_at, image_ref, fingerprint, status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'PENDING', now())
           ON CONFLICT (fingerprint) DO NOTHING RETURNING id""",
        member_id,
        receipt.store_code,
        receipt.receipt_no.strip(),
        receipt.amount_cents,
        receipt.purchased_at,
        receipt.image_ref[:500],
        print_,
    )
    if row is None:
        raise DomainError(
            "This receipt was already submitted.",
            field="receiptNo",
            code=ErrorCode.DUPLICATE_RECEIPT,
        )
    return await Receipt.get(id=row["id"])


async def review(receipt_id: int, *, approve: bool, reason: str, operator: str) -> Receipt:
    """Approve (credit points like an in-store order) or reject a pending receipt;
    RECEIPT_MATCHES_ORDER when approving a purchase recorded as an order."""
    async with db.transaction():
        receipt = await Receipt.filter(id=receipt_id).select_for_update().first()
        if receipt is None:
            raise NotFound("No such receipt.", field="receiptId")
        if receipt.status != ReceiptStatus.PENDING:
            raise InvalidState(f"The receipt is already {receipt.status}.", field="receiptId")
        total = 0
        if approve:
            await lock_store_purchases(receipt.store_code)
            await _refuse_if_ordered(
                receipt.member_id,
                receipt.store_code,
                receipt.receipt_no,
                receipt.amount_cents,
                receipt.purchased_at,
            )
            for point_type in await PointType.filter(
                active=True, kind__in=[PointKind.SPENDABLE, PointKind.GROWTH]
            ):
                rules = [
                    points_config.rule_view(r)
                    for r in await EarningRule.filter(point_type_id=point_type.id, active=True)
                ]
                result = earning.compute_order_points(
                    rules,
                    [earning.Line(receipt.amount_cents, None, None)],
                    channel="POS",
                    store_code=receipt.store_code,
                    paid_at=receipt.purchased_at,
                )
                if result.total > 0:
                    await points_movements.credit_points(
                        member_id=receipt.member_id,
                        point_type_code=point_type.code,
                        points=result.total,
                        key=f"receipt:{receipt.id}",
                        reason=f"receipt {receipt.receipt_no}",
                        operator=operator,
                        funding_party=f"store:{receipt.store_code}",
                        earned_at=receipt.purchased_at,
                    )
                    if point_type.kind == PointKind.SPENDABLE:
                        total += result.total
        await Receipt.filter(id=receipt.id).update(
            status=ReceiptStatus.APPROVED if approve else ReceiptStatus.REJECTED,
            reviewed_by=operator[:100],
            reviewed_at=utc_now(),
            review_reason=reason[:200],
            points=total if approve else None,
        )
    return await Receipt.get(id=receipt.id)


async def receipts_by_ids(ids: Sequence[int]) -> list[Receipt | None]:
    """Receipts aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Receipt, ids)
