"""One purchase earns once: the match window between a receipt and an order, the store's
purchase lock both checks hold, and whether an approved receipt already earned an order.
Settling an order (service) and reviewing a receipt (receipts) both use it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from domain import config, db


def match_window() -> timedelta:
    """How far apart a receipt's and an order's times may be for one purchase
    (RECEIPT_ORDER_MATCH_HOURS, 24)."""
    return timedelta(hours=config.RECEIPT_ORDER_MATCH_HOURS.get())


async def lock_store_purchases(store_code: str) -> None:
    """Hold the store's purchase lock until the transaction ends."""
    await db.fetch(
        "SELECT pg_advisory_xact_lock(hashtext($1))", f"purchases:{store_code.strip().upper()}"
    )


async def earned_by_receipt(order: Any) -> bool:
    """Whether an approved receipt already earned the points of this order's purchase.
    Call inside the transaction that settles the order: it takes the store's purchase lock."""
    if not order.store_code:
        return False
    await lock_store_purchases(order.store_code)
    window = match_window()
    row = await db.fetch_one(
        """SELECT id FROM point_receipts
            WHERE status = 'APPROVED' AND upper(store_code) = upper($1)
              AND purchased_at BETWEEN $2 AND $3
              AND (upper(receipt_no) = upper($4) OR (member_id = $5 AND amount_cents = $6))
            LIMIT 1""",
        order.store_code,
        order.paid_at - window,
        order.paid_at + window,
        order.external_no.strip(),
        order.member_id,
        order.total_cents,
    )
    return row is not None
