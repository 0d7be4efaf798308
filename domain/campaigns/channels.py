"""Sending queued notifications through their channel's provider (domain/campaigns/providers):
due rows are claimed with SKIP LOCKED, a per-channel rate shared by every worker is kept,
failures are retried with back-off and given up after MAX_ATTEMPTS. A provider's acceptance
makes a notification SENT; its delivery receipt later makes it DELIVERED or FAILED (the inbox
is delivered at once)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import orjson

from domain import cache, config, db, metrics
from domain.campaigns import providers
from domain.clock import utc_now

MAX_ATTEMPTS = 5


async def _take_rate(channel: str) -> bool:
    """A per-second budget shared by every worker (Redis counter)."""
    key = f"campaign:rate:{channel}:{int(time.time())}"
    count = await cache.redis().incr(key)
    if count == 1:
        await cache.redis().expire(key, 2)
    return int(count) <= config.CAMPAIGN_RATE_PER_SECOND.get()


async def send_due(limit: int = 500, now: datetime | None = None) -> dict[str, int]:
    """Send notifications whose time has come by `now`; failures are retried with back-off and
    given up after MAX_ATTEMPTS; over the rate limit they wait for the next run."""
    now = now or utc_now()  # send_after is set from this clock (quiet hours), never the database's
    rows = await db.fetch(
        "UPDATE campaign_notifications SET attempts = attempts + 1, "
        "send_after = $2::timestamptz + interval '2 minutes' "
        "WHERE id IN (SELECT id FROM campaign_notifications WHERE status = 'PENDING' "
        "AND send_after <= $2 ORDER BY send_after LIMIT $1 FOR UPDATE SKIP LOCKED) "
        "RETURNING id, campaign_id, channel, member_id, payload, attempts",
        limit,
        now,
    )
    counts = {"sent": 0, "failed": 0, "deferred": 0}
    for row in rows:
        if not await _take_rate(row["channel"]):
            await db.execute(
                "UPDATE campaign_notifications SET attempts = attempts - 1, "
                "send_after = $2 WHERE id = $1",
                row["id"],
                now + timedelta(seconds=1),
            )
            counts["deferred"] += 1
            continue
        counts[await _send_one(row, now)] += 1
    return counts


async def _send_one(row: Mapping[str, Any], now: datetime) -> str:
    """Hand one claimed row to its provider and record the outcome; returns the count name."""
    provider = providers.provider_for(row["channel"])
    payload = row["payload"]
    payload = orjson.loads(payload) if isinstance(payload, str) else payload
    outcome = await provider.send(
        providers.Outbound(
            reference=int(row["id"]),
            campaign_id=int(row["campaign_id"]),
            member_id=int(row["member_id"]),
            channel=row["channel"],
            payload=payload if isinstance(payload, dict) else {},
        )
    )
    if outcome.ok:
        status = "DELIVERED" if outcome.delivered else "SENT"
        at = utc_now()
        await db.execute(
            "UPDATE campaign_notifications SET status = $2, sent_at = $3, provider = $4, "
            "receipt_at = $5, last_error = NULL WHERE id = $1",
            row["id"],
            status,
            at,
            provider.name,
            at if outcome.delivered else None,
        )
        metrics.CAMPAIGN_MESSAGES.labels(channel=row["channel"], outcome="sent").inc()
        return "sent"
    if row["attempts"] >= MAX_ATTEMPTS:
        await db.execute(
            "UPDATE campaign_notifications SET status = 'FAILED', provider = $3, "
            "last_error = $2 WHERE id = $1",
            row["id"],
            outcome.error,
            provider.name,
        )
        metrics.CAMPAIGN_MESSAGES.labels(channel=row["channel"], outcome="failed").inc()
        return "failed"
    back_off = now + timedelta(seconds=2 ** row["attempts"])
    await db.execute(
        "UPDATE campaign_notifications SET send_after = $2, last_error = $3 WHERE id = $1",
        row["id"],
        back_off,
        outcome.error,
    )
    return "deferred"
