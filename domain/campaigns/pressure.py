"""Contact pressure: at most MARKETING_CAP_MESSAGES marketing messages per member within
MARKETING_CAP_DAYS, across every campaign and channel. A message counts from when it is queued
unless it was never to be sent (no consent, no address, capped, merged away).

Queuing takes transaction-scoped advisory locks covering its members, in order, before
counting, so concurrent campaigns reaching the same member see each other's messages and cannot
both pass the cap."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from domain import config, db

COUNTED = ("PENDING", "SENT", "DELIVERED", "FAILED")
LOCK_BUCKETS = 256


def window() -> tuple[int, int]:
    """(messages, days) of the cap; 0 messages means no cap."""
    return config.MARKETING_CAP_MESSAGES.get(), config.MARKETING_CAP_DAYS.get()


def lock_buckets(member_ids: Sequence[int]) -> list[int]:
    """The lock buckets of these members, sorted. Members share LOCK_BUCKETS advisory locks,
    so a batch of thousands takes a bounded number (each is a slot of PostgreSQL's shared lock
    table)."""
    return sorted({m % LOCK_BUCKETS for m in member_ids})


async def lock(member_ids: Sequence[int]) -> None:
    """Serialise queuing for these members until the transaction ends (bucket order: no
    deadlock between two batches)."""
    await db.fetch(
        "SELECT pg_advisory_xact_lock(hashtextextended('campaign.contact:' || b::text, 11)) "
        "FROM unnest($1::int[]) AS t(b)",
        lock_buckets(member_ids),
    )


async def recent(member_ids: Sequence[int], now: datetime) -> dict[int, int]:
    """Marketing messages each member was queued within the window before `now`."""
    _, days = window()
    rows = await db.fetch(
        "SELECT member_id, count(*) AS n FROM campaign_notifications "
        "WHERE member_id = ANY($1::bigint[]) AND status = ANY($2::text[]) AND queued_at > $3 "
        "GROUP BY member_id",
        list(member_ids),
        list(COUNTED),
        now - timedelta(days=days),
    )
    return {int(r["member_id"]): int(r["n"]) for r in rows}


def allowed(counts: dict[int, int], member_id: int) -> bool:
    """Whether one more message to the member stays within the cap; counts it if so."""
    cap, _ = window()
    if cap <= 0:
        return True
    if counts.get(member_id, 0) >= cap:
        return False
    counts[member_id] = counts.get(member_id, 0) + 1
    return True
