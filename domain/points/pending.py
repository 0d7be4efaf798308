"""Pending points: what an order earns is held for its return window, then credited.

A refund inside the window takes its share from the held points instead of the balance. On
release the credit is written under the same ledger key an immediate credit would have, so
refunds after the window reverse it as usual, counted on the points the order first earned.
Every step locks the member's account first, then the held row, like settlement does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from domain import db
from domain.ledger import service as ledger
from domain.ledger.service import Meta
from domain.points import earning
from domain.points.config import account_for
from domain.points.models import PendingCancellation, PendingCredit, PendingStatus, PointType
from domain.points.policy import ExpiryPolicy
from domain.webhooks import outbox


def window_days(point_type: PointType, channel: str) -> int:
    """The return window of a channel's orders for a point type, in days (0: none)."""
    by_channel = point_type.pending_days_by_channel or {}
    return int(by_channel.get(str(channel), point_type.pending_days or 0))


async def held(point_type_id: int, key: str) -> bool:
    """Whether an order's points of this type are (or were) held."""
    return await PendingCredit.filter(point_type_id=point_type_id, source=key).exists()


async def hold(
    *,
    member_id: int,
    point_type: PointType,
    order_id: int,
    key: str,
    points: int,
    earned_at: datetime,
    days: int,
) -> None:
    """Hold an order's points until `earned_at` + `days`. Call under the account lock."""
    await PendingCredit.create(
        member_id=member_id,
        point_type_id=point_type.id,
        order_id=order_id,
        source=key,
        points=points,
        earned_at=earned_at,
        releases_at=earned_at + timedelta(days=days),
    )


async def for_order(member_ids: list[int], point_type_id: int, key: str) -> PendingCredit | None:
    """The held points of an order, on the member or a member it absorbed."""
    return await PendingCredit.get_or_none(
        point_type_id=point_type_id, source=key, member_id__in=member_ids
    )


async def cancel_for_refund(
    pending_id: int,
    point_type: PointType,
    refund_id: int,
    paid_cents: int,
    refunded_before: int,
    refund_cents: int,
) -> int | None:
    """Take a refund's share from held points (once per refund). None when the points were
    released meanwhile: the caller reverses the ledger credit instead."""
    async with db.transaction():
        row = await PendingCredit.get(id=pending_id)
        account = await account_for(row.member_id, point_type)
        await ledger.lock_account(account.id)
        row = await PendingCredit.select_for_update().get(id=pending_id)
        # A refund taken from the held points before their release stays taken from them.
        if await PendingCancellation.exists(pending_id=pending_id, refund_id=refund_id):
            return 0
        if row.status == PendingStatus.RELEASED:
            return None
        points = earning.reversal_for_refund(row.points, paid_cents, refunded_before, refund_cents)
        applied = await db.fetch_one(
            "INSERT INTO point_pending_cancellations (pending_id, refund_id, points) "
            "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id",
            pending_id,
            refund_id,
            points,
        )
        if applied is None:
            return 0
        cancelled = row.cancelled + points
        await PendingCredit.filter(id=pending_id).update(
            cancelled=cancelled,
            status=PendingStatus.CANCELLED if cancelled >= row.points else PendingStatus.PENDING,
        )
        return points


async def release(pending_id: int, now: datetime) -> int:
    """Credit what is left of held points whose window has ended; returns the points credited
    (0 when nothing is left, not yet due or already released)."""
    async with db.transaction():
        row = await PendingCredit.get(id=pending_id)
        point_type = await PointType.get(id=row.point_type_id)
        account = await account_for(row.member_id, point_type)
        await ledger.lock_account(account.id)
        row = await PendingCredit.select_for_update().get(id=pending_id)
        if row.status != PendingStatus.PENDING or row.releases_at > now:
            return 0
        left = row.points - row.cancelled
        policy = ExpiryPolicy.from_json(point_type.expiry_policy)
        expires = policy.expires_at(now)
        movement = await ledger.credit(
            account.id,
            left,
            row.source,
            Meta(source=row.source, reason="return window ended", operator="settlement"),
            expires_at=expires,
            earned_at=row.earned_at,
            carry_percent=policy.carry_percent,
            carry_expires_at=policy.carry_expires_at(expires),
        )
        await PendingCredit.filter(id=pending_id).update(
            status=PendingStatus.RELEASED, entry_id=movement.entry.id
        )
        await outbox.emit(
            "points.earned",
            {
                "memberId": row.member_id,
                "pointType": point_type.code,
                "points": int(left),
                "orderId": row.order_id,
            },
            at=now,
        )
        return int(left)


async def release_due(
    now: datetime,
    progress: Callable[[int, str], Awaitable[None]] | None = None,
    batch: int = 500,
) -> dict[str, int]:
    """Release every held credit due at `now`, one transaction each (safe to run twice)."""
    after, released, points = 0, 0, 0
    while True:
        ids = (
            await PendingCredit.filter(
                status=PendingStatus.PENDING, releases_at__lte=now, id__gt=after
            )
            .order_by("id")
            .limit(batch)
            .values_list("id", flat=True)
        )
        if not ids:
            break
        for pending_id in ids:
            credited = await release(int(pending_id), now)  # type: ignore[call-overload]
            released += credited > 0
            points += credited
        after = int(ids[-1])  # type: ignore[call-overload]
        if progress:
            await progress(50, f"{released} credits released")
    return {"released": released, "points": points}


@dataclass(frozen=True)
class Pending:
    """Points of one order a member will be able to spend once its return window ends."""

    id: int
    point_type: str
    order_id: int
    points: int
    earned_at: datetime
    releases_at: datetime


async def pending_of(member_id: int) -> list[Pending]:
    """The member's held points, soonest release first."""
    rows: list[Any] = await db.fetch(
        """SELECT p.id, t.code, p.order_id, p.points - p.cancelled AS points, p.earned_at,
                  p.releases_at
             FROM point_pending p JOIN point_types t ON t.id = p.point_type_id
            WHERE p.member_id = $1 AND p.status = 'PENDING' AND p.points > p.cancelled
            ORDER BY p.releases_at, p.id""",
        member_id,
    )
    return [
        Pending(
            int(r["id"]),
            r["code"],
            int(r["order_id"]),
            int(r["points"]),
            r["earned_at"],
            r["releases_at"],
        )
        for r in rows
    ]
