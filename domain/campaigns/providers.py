"""Channel providers behind one interface: a provider takes one outbound message (the request
its channel's provider API takes) and reports whether it was accepted.

Which provider a channel uses is a setting (CAMPAIGN_PROVIDERS, e.g. `SMS=webhook`); unset, a
channel with CAMPAIGN_<CHANNEL>_URL posts there and any other records the request in a table
and sends nothing (development and tests). The inbox is our own channel: its provider writes
the member's inbox. Another provider is plugged in with `register`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx
import orjson

from domain import config, db
from domain.clock import utc_now

log = logging.getLogger("crm.notify")


@dataclass(frozen=True)
class Outbound:
    """One message for a provider; `reference` is the notification id receipts quote back."""

    reference: int
    campaign_id: int
    member_id: int
    channel: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    """Accepted (`ok`), or refused with `error`; `delivered` when acceptance is delivery."""

    ok: bool
    error: str | None = None
    delivered: bool = False


class Provider(Protocol):
    """Sends one message; raises nothing, reports the outcome."""

    name: str

    async def send(self, message: Outbound) -> Outcome: ...


class RecordingProvider:
    """Keeps the request it would send in campaign_outbound_requests (development, tests)."""

    name = "record"

    async def send(self, message: Outbound) -> Outcome:
        await db.execute(
            "INSERT INTO campaign_outbound_requests (notification_id, channel, request, "
            "created_at) VALUES ($1, $2, $3::jsonb, $4)",
            message.reference,
            message.channel,
            orjson.dumps({"reference": message.reference, **message.payload}).decode(),
            utc_now(),
        )
        return Outcome(True)


class LogProvider:
    """Writes the message to the log (the LOG channel)."""

    name = "log"

    async def send(self, message: Outbound) -> Outcome:
        log.info("[%s] to member %s: %s", message.channel, message.member_id, message.payload)
        return Outcome(True)


class WebhookProvider:
    """POSTs {reference, channel, ...request} as JSON to CAMPAIGN_<CHANNEL>_URL; a 2xx is
    accepted."""

    name = "webhook"

    def __init__(self, timeout: float = 5.0) -> None:
        self.timeout = timeout

    async def send(self, message: Outbound) -> Outcome:
        url = config.channel_url(message.channel)
        if not url:
            return Outcome(False, f"CAMPAIGN_{message.channel}_URL is not set")
        body = {"reference": message.reference, "channel": message.channel, **message.payload}
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as http:
                response = await http.post(url, json=body)
        except httpx.HTTPError as exc:
            return Outcome(False, f"{type(exc).__name__}: {exc}")
        if 200 <= response.status_code < 300:
            return Outcome(True)
        return Outcome(False, f"HTTP {response.status_code}")


class InboxProvider:
    """Puts the message in the member's inbox; once per notification."""

    name = "inbox"

    async def send(self, message: Outbound) -> Outcome:
        payload = message.payload
        await db.execute(
            "INSERT INTO member_inbox_messages (member_id, campaign_id, notification_id, title, "
            "body, link, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
            "ON CONFLICT (notification_id) DO NOTHING",
            message.member_id,
            message.campaign_id,
            message.reference,
            str(payload.get("title", ""))[:200],
            str(payload.get("body", "")),
            str(payload.get("link", ""))[:500],
            utc_now(),
        )
        return Outcome(True, delivered=True)


_FACTORIES: dict[str, Callable[[], Provider]] = {
    "record": RecordingProvider,
    "log": LogProvider,
    "webhook": WebhookProvider,
}


def register(name: str, factory: Callable[[], Provider]) -> None:
    """Make a provider available to CAMPAIGN_PROVIDERS under `name`."""
    _FACTORIES[name] = factory


def provider_for(channel: str) -> Provider:
    """The configured provider of a channel."""
    if channel == "INBOX":
        return InboxProvider()
    name = config.channel_providers().get(channel)
    if name is None:
        name = "webhook" if config.channel_url(channel) else "log" if channel == "LOG" else "record"
    factory = _FACTORIES.get(name)
    if factory is None:
        raise config.ConfigError(
            f"CAMPAIGN_PROVIDERS names {name!r} for {channel}; use one of "
            f"{', '.join(sorted(_FACTORIES))}"
        )
    return factory()
