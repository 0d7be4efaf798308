"""Notification channels behind one interface (send, status, retry, rate limit): SMS, app
push, in-app inbox and WeChat template messages go to their providers' HTTP endpoints; a
webhook adapter posts to a configured URL; the log adapter is for development. Endpoints come
from CAMPAIGN_<CHANNEL>_URL; a channel without one logs."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

from domain import cache, config, db, metrics
from domain.clock import utc_now

log = logging.getLogger("crm.notify")
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Outcome:
    ok: bool
    error: str | None = None


class Adapter:
    """Sends one message; raises nothing, reports the outcome."""

    async def send(self, channel: str, member_id: int, body: str) -> Outcome:
        raise NotImplementedError


class LogAdapter(Adapter):
    async def send(self, channel: str, member_id: int, body: str) -> Outcome:
        log.info("[%s] to member %s: %s", channel, member_id, body)
        return Outcome(True)


class WebhookAdapter(Adapter):
    """POSTs {channel, memberId, body} as JSON; any 2xx is delivered."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = url
        self.timeout = timeout

    async def send(self, channel: str, member_id: int, body: str) -> Outcome:
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as http:
                response = await http.post(
                    self.url, json={"channel": channel, "memberId": member_id, "body": body}
                )
        except httpx.HTTPError as exc:
            return Outcome(False, f"{type(exc).__name__}: {exc}")
        if 200 <= response.status_code < 300:
            return Outcome(True)
        return Outcome(False, f"HTTP {response.status_code}")


def adapter_for(channel: str) -> Adapter:
    """The configured adapter of a channel."""
    url = config.channel_url(channel)
    return WebhookAdapter(url) if url else LogAdapter()


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
        "RETURNING id, channel, member_id, body, attempts",
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
        outcome = await adapter_for(row["channel"]).send(
            row["channel"], row["member_id"], row["body"]
        )
        if outcome.ok:
            await db.execute(
                "UPDATE campaign_notifications SET status = 'SENT', sent_at = $2, "
                "last_error = NULL WHERE id = $1",
                row["id"],
                utc_now(),
            )
            counts["sent"] += 1
            metrics.CAMPAIGN_MESSAGES.labels(channel=row["channel"], outcome="sent").inc()
        elif row["attempts"] >= MAX_ATTEMPTS:
            await db.execute(
                "UPDATE campaign_notifications SET status = 'FAILED', "
                "last_error = $2 WHERE id = $1",
                row["id"],
                outcome.error,
            )
            counts["failed"] += 1
            metrics.CAMPAIGN_MESSAGES.labels(channel=row["channel"], outcome="failed").inc()
        else:
            back_off = now + timedelta(seconds=2 ** row["attempts"])
            await db.execute(
                "UPDATE campaign_notifications SET send_after = $2, last_error = $3 WHERE id = $1",
                row["id"],
                back_off,
                outcome.error,
            )
            counts["deferred"] += 1
    return counts
