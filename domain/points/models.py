"""Point types, earning rules, promotions, event bonuses, earnings and receipts."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class PointKind(StrEnum):
    SPENDABLE = "SPENDABLE"
    GROWTH = "GROWTH"
    OTHER = "OTHER"


class Rounding(StrEnum):
    FLOOR = "FLOOR"
    HALF_UP = "HALF_UP"
    CEIL = "CEIL"


class EarnPeriod(StrEnum):
    """The business-calendar period a member's earn limit counts over."""

    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    YEAR = "YEAR"


class ReceiptStatus(StrEnum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"


class PointType(Model):
    """A kind of points with its own expiry policy (JSON, see domain/points/policy.py)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=30, unique=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(PointKind, max_length=10)
    expiry_policy: dict[str, Any] = fields.JSONField(default=dict)
    allow_negative = fields.BooleanField(default=False)
    cents_per_point_num = fields.IntField(default=1)
    cents_per_point_den = fields.IntField(default=1)
    earn_limit = fields.BigIntField(
        null=True, description="Most points a member earns a period, across all rules."
    )
    earn_limit_period = fields.CharEnumField(EarnPeriod, max_length=5, null=True)
    pending_days = fields.IntField(
        default=0, description="Days order points stay pending (the return window); 0: none."
    )
    pending_days_by_channel: dict[str, Any] = fields.JSONField(
        default=dict, description="Return windows of channels that differ, in days."
    )
    active = fields.BooleanField(default=True)

    class Meta:
        table = "point_types"


class EarningRule(Model):
    """Points per spend, optionally only for a channel, store, category or brand."""

    id = fields.IntField(primary_key=True)
    point_type_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=100)
    points = fields.BigIntField(description="Points earned per `per_cents` spent.")
    per_cents = fields.BigIntField()
    channel = fields.CharField(max_length=20, null=True)
    store_code = fields.CharField(max_length=50, null=True)
    category_id = fields.IntField(null=True)
    brand_id = fields.IntField(null=True)
    priority = fields.IntField(default=0)
    rounding = fields.CharEnumField(Rounding, max_length=10, default=Rounding.FLOOR)
    per_order_cap = fields.BigIntField(null=True)
    per_day_cap = fields.BigIntField(null=True)
    audience: dict[str, Any] | None = fields.JSONField(
        null=True, description="Only members in this audience definition earn by the rule."
    )
    budget = fields.BigIntField(null=True, description="Most points the rule gives in all.")
    budget_used = fields.BigIntField(default=0, description="Points the rule has given.")
    starts_at = fields.DatetimeField(null=True)
    ends_at = fields.DatetimeField(null=True)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "point_earning_rules"


class Promotion(Model):
    """A time-boxed multiplier, e.g. double points on the 8th of every month."""

    id = fields.IntField(primary_key=True)
    point_type_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=100)
    numerator = fields.IntField()
    denominator = fields.IntField(default=1)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    days_of_month: list[Any] = fields.JSONField(default=list)
    weekdays: list[Any] = fields.JSONField(default=list, description="ISO weekdays 1-7.")
    budget = fields.BigIntField(null=True, description="Most extra points it gives in all.")
    budget_used = fields.BigIntField(default=0, description="Extra points it has given.")
    active = fields.BooleanField(default=True)

    class Meta:
        table = "point_promotions"


class EventBonusRule(Model):
    """Bonus points for a behaviour event (sign-in, review, share) with a daily limit."""

    id = fields.IntField(primary_key=True)
    point_type_id = fields.IntField()
    event_name = fields.CharField(max_length=64, db_index=True)
    points = fields.BigIntField()
    daily_limit = fields.BigIntField(default=1)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "point_event_bonus_rules"


class Earning(Model):
    """Which rule produced how many points for which order, event or receipt."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    point_type_id = fields.IntField()
    source = fields.CharField(max_length=100)
    rule_id = fields.IntField(null=True)
    rule_kind = fields.CharField(max_length=20)
    points = fields.BigIntField()
    business_day = fields.DateField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "point_earnings"
        unique_together = (("source", "point_type_id", "rule_kind", "rule_id"),)
        indexes = (("member_id", "point_type_id", "business_day"),)


class PendingStatus(StrEnum):
    PENDING = "PENDING"
    RELEASED = "RELEASED"
    CANCELLED = "CANCELLED"


class PendingCredit(Model):
    """Points an order earned that become spendable when its return window ends."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    point_type_id = fields.IntField()
    order_id = fields.BigIntField()
    source = fields.CharField(max_length=100, description="The ledger key on release.")
    points = fields.BigIntField(description="Points earned.")
    cancelled = fields.BigIntField(default=0, description="Points refunds took back.")
    earned_at = fields.DatetimeField()
    releases_at = fields.DatetimeField()
    status = fields.CharEnumField(PendingStatus, max_length=10, default=PendingStatus.PENDING)
    entry_id = fields.BigIntField(null=True, description="The ledger credit on release.")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "point_pending"
        unique_together = (("point_type_id", "source"),)
        indexes = (("status", "releases_at"),)


class PendingCancellation(Model):
    """What one refund took from a pending credit (once per refund)."""

    id = fields.BigIntField(primary_key=True)
    pending_id = fields.BigIntField()
    refund_id = fields.BigIntField()
    points = fields.BigIntField()

    class Meta:
        table = "point_pending_cancellations"
        unique_together = (("pending_id", "refund_id"),)


class Receipt(Model):
    """A receipt a member submitted for points, reviewed by staff."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    store_code = fields.CharField(max_length=50)
    receipt_no = fields.CharField(max_length=64)
    amount_cents = fields.BigIntField()
    purchased_at = fields.DatetimeField()
    image_ref = fields.CharField(max_length=500, default="")
    fingerprint = fields.CharField(max_length=64, unique=True)
    status = fields.CharEnumField(ReceiptStatus, max_length=10, default=ReceiptStatus.PENDING)
    reviewed_by = fields.CharField(max_length=100, null=True)
    reviewed_at = fields.DatetimeField(null=True)
    review_reason = fields.CharField(max_length=200, null=True)
    points = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "point_receipts"
