"""Campaigns, their deliveries (one per member and occurrence), notifications and the
strategy library."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class CampaignMode(StrEnum):
    ONE_SHOT = "ONE_SHOT"
    TRIGGERED = "TRIGGERED"
    RECURRING = "RECURRING"


class CampaignStatus(StrEnum):
    DRAFT = "DRAFT"
    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED"
    PARTIAL = "PARTIAL"


class Campaign(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    goal = fields.CharField(max_length=200, default="")
    owner = fields.CharField(max_length=100)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    audience: dict[str, Any] = fields.JSONField(
        description='{"kind": EVERYONE|SEGMENT|SNAPSHOT, "id"}'
    )
    mode = fields.CharEnumField(CampaignMode, max_length=10)
    trigger: dict[str, Any] = fields.JSONField(default=dict)
    rewards: list[Any] = fields.JSONField(default=list)
    message: dict[str, Any] = fields.JSONField(default=dict, description='{"channel", "body"}')
    frequency: dict[str, Any] = fields.JSONField(
        default=dict, description='{"cap": ONCE|EVERY_N_DAYS}'
    )
    control_percent = fields.DecimalField(max_digits=5, decimal_places=2, default=0)
    variants: list[Any] = fields.JSONField(default=list)
    budget_points = fields.BigIntField(null=True)
    budget_coupons = fields.BigIntField(null=True)
    budget_cost_cents = fields.BigIntField(null=True)
    spent_points = fields.BigIntField(default=0)
    spent_coupons = fields.BigIntField(default=0)
    spent_cost_cents = fields.BigIntField(default=0)
    quiet_start = fields.CharField(max_length=5, default="21:00")
    quiet_end = fields.CharField(max_length=5, default="09:00")
    attribution_days = fields.IntField(default=7)
    recurring_days: list[Any] = fields.JSONField(default=list, description="days of month")
    status = fields.CharEnumField(CampaignStatus, max_length=20, default=CampaignStatus.DRAFT)
    processed = fields.BigIntField(default=0)
    audience_size = fields.BigIntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaigns"


class Delivery(Model):
    """A member's turn in a campaign: rewarded, control, or skipped — at most one per
    occurrence."""

    id = fields.BigIntField(primary_key=True)
    campaign_id = fields.IntField()
    member_id = fields.BigIntField()
    occurrence = fields.CharField(max_length=60)
    arm = fields.CharField(max_length=30)
    status = fields.CharField(max_length=20)
    cost_cents = fields.BigIntField(default=0)
    points = fields.BigIntField(default=0)
    coupons = fields.BigIntField(default=0)
    failure_code = fields.CharField(max_length=40, null=True)
    delivered_at = fields.DatetimeField()

    class Meta:
        table = "campaign_deliveries"
        unique_together = (("campaign_id", "member_id", "occurrence"),)
        indexes = (("campaign_id", "arm"), ("member_id", "delivered_at"))


class Notification(Model):
    id = fields.BigIntField(primary_key=True)
    campaign_id = fields.IntField(db_index=True)
    member_id = fields.BigIntField()
    occurrence = fields.CharField(max_length=60)
    channel = fields.CharField(max_length=20)
    body = fields.TextField()
    payload: dict[str, Any] | None = fields.JSONField(
        null=True, description="the request for the channel's provider"
    )
    status = fields.CharField(max_length=12, default="PENDING")
    send_after = fields.DatetimeField()
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)
    sent_at = fields.DatetimeField(null=True)
    queued_at = fields.DatetimeField(null=True)
    provider = fields.CharField(max_length=40, null=True)
    receipt_at = fields.DatetimeField(null=True)

    class Meta:
        table = "campaign_notifications"
        unique_together = (("campaign_id", "member_id", "occurrence"),)
        indexes = (("status", "send_after"), ("member_id", "queued_at"))


class OutboundRequest(Model):
    """A request the recording provider would have sent to a channel's provider (development
    and tests): the exact payload, kept instead of calling out."""

    id = fields.BigIntField(primary_key=True)
    notification_id = fields.BigIntField(db_index=True)
    channel = fields.CharField(max_length=20)
    request: dict[str, Any] = fields.JSONField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "campaign_outbound_requests"


class InboxMessage(Model):
    """A message in a member's in-app inbox, read in the graph."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    campaign_id = fields.IntField(null=True)
    notification_id = fields.BigIntField(null=True, unique=True)
    title = fields.CharField(max_length=200, default="")
    body = fields.TextField()
    link = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField()
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "member_inbox_messages"
        indexes = (("member_id", "id"),)


class StrategyNote(Model):
    """What an operator learned: this strategy, for this segment, gave this outcome."""

    id = fields.IntField(primary_key=True)
    campaign_id = fields.IntField(null=True)
    segment_id = fields.IntField(null=True)
    strategy = fields.CharField(max_length=200)
    outcome = fields.TextField()
    uplift = fields.FloatField(null=True)
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaign_strategies"
