"""Outbound domain events: subscriptions, the outbox of events, one delivery per subscriber."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"  # gave up after the last attempt; replayable


class WebhookSubscription(Model):
    """An endpoint of the brand's that receives some event types, signed with its secret."""

    id = fields.BigIntField(primary_key=True)
    url = fields.CharField(max_length=500)
    secret = fields.CharField(max_length=100)
    events: list[Any] = fields.JSONField(default=list)
    active = fields.BooleanField(default=True)
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_subscriptions"


class WebhookEvent(Model):
    """One domain event, written in the transaction that made it happen."""

    id = fields.BigIntField(primary_key=True)
    type = fields.CharField(max_length=40)
    payload: dict[str, Any] = fields.JSONField()
    occurred_at = fields.DatetimeField()

    class Meta:
        table = "webhook_events"


class WebhookDelivery(Model):
    """An event on its way to one subscriber: attempts, the next one, the outcome."""

    id = fields.BigIntField(primary_key=True)
    subscription_id = fields.BigIntField()
    event_id = fields.BigIntField()
    status = fields.CharEnumField(DeliveryStatus, max_length=10, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.CharField(max_length=300, default="")
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_deliveries"
        unique_together = (("subscription_id", "event_id"),)
        indexes = (("status", "next_attempt_at"),)
