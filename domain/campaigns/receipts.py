"""Delivery receipts from channel providers: signed, fresh, and able to move a sent message
only once, to DELIVERED or to FAILED with the provider's reason.

A provider signs `<timestamp>.<body>` with HMAC-SHA256 under the channel's secret
(CAMPAIGN_<CHANNEL>_SECRET) and sends the hex digest; a timestamp further than
RECEIPT_WINDOW_SECONDS from our clock is refused, so a captured receipt cannot be replayed
later. The body is JSON `{"reference": <notification id>, "status": "DELIVERED" | "FAILED",
"reason": "..."}`. A replay inside the window changes nothing: only a SENT message moves."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import orjson

from domain import config, db
from domain.errors import DomainError, ErrorCode, NotFound


class ReceiptStatus(StrEnum):
    """What the provider reports."""

    DELIVERED = "DELIVERED"
    FAILED = "FAILED"


@dataclass(frozen=True)
class Receipt:
    """One provider report about one message."""

    reference: int
    status: ReceiptStatus
    reason: str


class BadSignature(DomainError):
    """The receipt is not signed with the channel's secret, or its timestamp is stale."""

    code = ErrorCode.FORBIDDEN


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The hex HMAC-SHA256 of `<timestamp>.<body>` under `secret`."""
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def verify(channel: str, timestamp: str, given: str, body: bytes, now: datetime) -> None:
    """Refuse a receipt without a configured secret, a fresh timestamp or a valid signature."""
    secret = config.channel_secret(channel)
    if not secret:
        raise BadSignature(f"No receipt secret is configured for {channel}.", field="channel")
    try:
        age = abs(now.timestamp() - int(timestamp))
    except ValueError:
        raise BadSignature("The timestamp is not whole seconds.", field="timestamp") from None
    if age > config.RECEIPT_WINDOW_SECONDS.get():
        raise BadSignature("The receipt's timestamp is outside the window.", field="timestamp")
    if not hmac.compare_digest(signature(secret, timestamp, body), given.lower()):
        raise BadSignature("The signature does not match.", field="signature")


def parse(body: bytes) -> Receipt:
    """The receipt in a body; INVALID with the field when it is not one."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise DomainError("The body is not JSON.", field="body") from None
    if not isinstance(data, dict):
        raise DomainError("The body is not an object.", field="body")
    reference = data.get("reference")
    if isinstance(reference, bool) or not isinstance(reference, int) or reference <= 0:
        raise DomainError("reference is the message's number.", field="reference")
    try:
        status = ReceiptStatus(str(data.get("status")))
    except ValueError:
        raise DomainError("status is DELIVERED or FAILED.", field="status") from None
    reason = data.get("reason") or ""
    if not isinstance(reason, str):
        raise DomainError("reason is text.", field="reason")
    return Receipt(reference, status, reason[:500])


async def record(channel: str, receipt: Receipt, now: datetime) -> str:
    """Apply a receipt to the channel's message; returns the message's status after it.
    NOT_FOUND when the channel sent no such message."""
    rows = await db.fetch(
        "UPDATE campaign_notifications SET status = $3, receipt_at = $4, "
        "last_error = CASE WHEN $6 THEN $5 ELSE last_error END "
        "WHERE id = $1 AND channel = $2 AND status = 'SENT' RETURNING status",
        receipt.reference,
        channel,
        receipt.status.value,
        now,
        receipt.reason,
        receipt.status is ReceiptStatus.FAILED,
    )
    if rows:
        return str(rows[0]["status"])
    current = await db.fetch_one(
        "SELECT status FROM campaign_notifications WHERE id = $1 AND channel = $2",
        receipt.reference,
        channel,
    )
    if current is None:
        raise NotFound("No such message on this channel.", field="reference")
    return str(current["status"])
