"""Delivering outbox events: signed POSTs, retried with back-off, at least once.

Each round leases due deliveries (their next attempt moves a minute ahead in the same
statement that picks them, skipping rows another worker holds), posts them outside any
transaction, then records the outcome. A worker that dies mid-round leaves the lease to run out
and the delivery is tried again; receivers de-duplicate on `X-CRM-Delivery`.

Signature: `X-CRM-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the
subscription's secret>`, with `X-CRM-Timestamp` the Unix seconds of the attempt.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Any

import httpx
import orjson

from domain import db
from domain.webhooks.models import DeliveryStatus

BACKOFF_SECONDS = (60, 300, 1800, 7200, 43200)
MAX_ATTEMPTS = 8
LEASE_SECONDS = 60
TIMEOUT_SECONDS = 5.0


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value for a body sent at `timestamp`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def next_delay(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failure."""
    return timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


async def _lease(now: datetime, limit: int) -> list[dict[str, Any]]:
    rows = await db.fetch(
        """UPDATE webhook_deliveries d SET next_attempt_at = $2
             FROM (SELECT id FROM webhook_deliveries
                    WHERE status = 'PENDING' AND next_attempt_at <= $1
                    ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) due,
                  webhook_subscriptions s, webhook_events e
            WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id AND s.active
           RETURNING d.id, d.attempts, s.url, s.secret, e.id AS event_id, e.type, e.payload,
                     e.occurred_at""",
        now,
        now + timedelta(seconds=LEASE_SECONDS),
        limit,
    )
    return [dict(r) for r in rows]


def _body(row: dict[str, Any]) -> bytes:
    payload = row["payload"]
    data = orjson.loads(payload) if isinstance(payload, str | bytes) else payload
    return orjson.dumps(
        {
            "id": row["event_id"],
            "type": row["type"],
            "occurredAt": row["occurred_at"].isoformat(),
            "data": data,
        }
    )


async def _post(client: httpx.AsyncClient, row: dict[str, Any], now: datetime) -> str | None:
    """Send one delivery; None when the endpoint accepted it (2xx), else why not."""
    body = _body(row)
    timestamp = int(now.timestamp())
    try:
        response = await client.post(
            row["url"],
            content=body,
            headers={
                "Content-Type": "application/json",
                "X-CRM-Event": row["type"],
                "X-CRM-Delivery": str(row["id"]),
                "X-CRM-Timestamp": str(timestamp),
                "X-CRM-Signature": signature(row["secret"], timestamp, body),
            },
        )
    except httpx.HTTPError as error:
        return f"{type(error).__name__}: {error}"[:300]
    return None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"


async def deliver_due(
    now: datetime, *, client: httpx.AsyncClient | None = None, limit: int = 200
) -> dict[str, int]:
    """One round: post every due delivery; returns how many were delivered, retried, failed."""
    rows = await _lease(now, limit)
    totals = {"delivered": 0, "retrying": 0, "failed": 0}
    if not rows:
        return totals
    own = client is None
    http = client or httpx.AsyncClient(timeout=TIMEOUT_SECONDS, follow_redirects=False)
    try:
        for row in rows:
            error = await _post(http, row, now)
            attempts = int(row["attempts"]) + 1
            if error is None:
                status, when, totals["delivered"] = (
                    DeliveryStatus.DELIVERED,
                    now,
                    totals["delivered"] + 1,
                )
            elif attempts >= MAX_ATTEMPTS:
                status, when, totals["failed"] = DeliveryStatus.FAILED, now, totals["failed"] + 1
            else:
                status, when = DeliveryStatus.PENDING, now + next_delay(attempts)
                totals["retrying"] += 1
            await db.execute(
                """UPDATE webhook_deliveries
                      SET status = $2::text, attempts = $3, next_attempt_at = $4,
                          last_error = $5,
                          delivered_at = CASE WHEN $2::text = 'DELIVERED' THEN $6
                                              ELSE delivered_at END
                    WHERE id = $1""",
                row["id"],
                status.value,
                attempts,
                when,
                error or "",
                now,
            )
    finally:
        if own:
            await http.aclose()
    return totals
