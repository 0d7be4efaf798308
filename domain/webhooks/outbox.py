"""Emitting domain events to subscribed webhooks: a transactional outbox.

`emit` writes the event and one pending delivery per active subscriber in the caller's
transaction, so an event exists exactly when what it reports committed. Which types have
subscribers is kept a few seconds per process, so areas emit freely at no cost when nobody
listens (a new subscription starts receiving within that time).
"""

from __future__ import annotations

import secrets
import time
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import orjson

from domain import cache, config_history, db
from domain.errors import DomainError, ErrorCode, NotFound, Problems
from domain.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookSubscription

EVENT_TYPES = (
    "member.registered",
    "member.merged",
    "member.erased",
    "points.earned",
    "points.redeemed",
    "points.expired",
    "level.changed",
    "coupon.issued",
    "coupon.used",
)
MAX_SUBSCRIPTIONS = 50
_CACHE_SECONDS = 5.0
_subscribed: list[tuple[float, frozenset[str]]] = []
cache.register_local_cache(_subscribed.clear)


async def _subscribed_types() -> frozenset[str]:
    now = time.monotonic()
    if _subscribed and _subscribed[0][0] > now:
        return _subscribed[0][1]
    rows = await db.fetch("SELECT events FROM webhook_subscriptions WHERE active")
    types = frozenset(t for r in rows for t in orjson.loads(r["events"]) if isinstance(t, str))
    _subscribed[:] = [(now + _CACHE_SECONDS, types)]
    return types


async def emit(event_type: str, data: dict[str, Any], *, at: datetime) -> None:
    """Record an event for every active subscriber of its type (in the caller's transaction)."""
    if event_type not in await _subscribed_types():
        return
    await db.execute(
        """WITH e AS (INSERT INTO webhook_events (type, payload, occurred_at)
                      VALUES ($1, $2::jsonb, $3) RETURNING id)
           INSERT INTO webhook_deliveries (subscription_id, event_id, status, attempts,
                                           next_attempt_at, last_error)
           SELECT s.id, e.id, 'PENDING', 0, $3, '' FROM webhook_subscriptions s, e
            WHERE s.active AND s.events @> to_jsonb(ARRAY[$1::text])""",
        event_type,
        orjson.dumps(data).decode(),
        at,
    )


def _check(url: str, events: list[str]) -> None:
    problems = Problems()
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc or len(url) > 500:
        problems.add(
            DomainError("url must be an http(s) URL of at most 500 characters.", field="url")
        )
    if not events:
        problems.add(
            DomainError(
                "Subscribe to at least one event type.", field="events", code=ErrorCode.REQUIRED
            )
        )
    for i, name in enumerate(events):
        if name not in EVENT_TYPES:
            problems.add(DomainError(f"Unknown event type {name[:40]!r}.", field=f"events[{i}]"))
    problems.raise_if_any()


async def subscribe(*, url: str, events: list[str], operator: str) -> WebhookSubscription:
    """A new subscription with a fresh signing secret (shown to the caller once)."""
    _check(url, events)
    if await WebhookSubscription.filter(active=True).count() >= MAX_SUBSCRIPTIONS:
        raise DomainError(
            f"At most {MAX_SUBSCRIPTIONS} active subscriptions.",
            field="url",
            code=ErrorCode.TOO_MANY,
        )
    async with db.transaction():
        sub = await WebhookSubscription.create(
            url=url,
            secret=secrets.token_urlsafe(32),
            events=sorted(set(events)),
            created_by=operator[:100],
        )
        await config_history.record(
            "WebhookSubscription", sub.id, before=None, after={"url": url, "events": sub.events}
        )
    _subscribed.clear()
    return sub


async def retire(subscription_id: int) -> WebhookSubscription:
    """Stop a subscription; its pending deliveries are not attempted any more."""
    async with db.transaction():
        sub = await WebhookSubscription.filter(id=subscription_id).select_for_update().first()
        if sub is None:
            raise NotFound("No such webhook subscription.", field="id")
        sub.active = False
        await sub.save(update_fields=["active"])
        await config_history.record(
            "WebhookSubscription",
            sub.id,
            before={"active": True},
            after={"active": False},
            action=config_history.ConfigChangeAction.RETIRE,
        )
    _subscribed.clear()
    return sub


async def replay(subscription_id: int, *, since: datetime, now: datetime) -> int:
    """Send again every event of a subscription since an instant (delivered or failed);
    receivers de-duplicate by the delivery id. Returns the deliveries queued."""
    if await WebhookSubscription.get_or_none(id=subscription_id, active=True) is None:
        raise NotFound("No such active webhook subscription.", field="subscriptionId")
    rows = await db.fetch(
        """UPDATE webhook_deliveries d SET status = $3, attempts = 0, next_attempt_at = $4,
                  last_error = ''
             FROM webhook_events e
            WHERE d.event_id = e.id AND d.subscription_id = $1 AND e.occurred_at >= $2
           RETURNING d.id""",
        subscription_id,
        since,
        DeliveryStatus.PENDING.value,
        now,
    )
    return len(rows)


async def subscriptions_page(after_id: int | None, limit: int) -> list[WebhookSubscription]:
    """Subscriptions by id (keyset)."""
    query = WebhookSubscription.all()
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return list(await query.order_by("id").limit(limit))


async def deliveries_page(
    subscription_id: int, *, status: DeliveryStatus | None, before_id: int | None, limit: int
) -> list[WebhookDelivery]:
    """A subscription's deliveries, newest first (keyset on id)."""
    query = WebhookDelivery.filter(subscription_id=subscription_id)
    if status is not None:
        query = query.filter(status=status)
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    return list(await query.order_by("-id").limit(limit))
