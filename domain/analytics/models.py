"""Rollup tables: plain tables of integer sums, rebuilt one partition (day or month) at a time.

Every row carries its partition key `day` (a business day, or a month's first day for monthly
rollups), first in the unique key. Text dimensions use '' and ids 0 for "none", so that the
unique keys hold. Read by BI through the views of the `analytics` schema.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class RollupState(Model):
    """Freshness of one rollup: everything written before `watermark` is in it."""

    rollup = fields.CharField(max_length=40, primary_key=True)
    watermark = fields.DatetimeField(null=True)
    refreshed_at = fields.DatetimeField(null=True)
    partitions_rebuilt = fields.BigIntField(default=0)

    class Meta:
        table = "analytics_rollups"


class SalesDaily(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    store_code = fields.CharField(max_length=50)
    channel = fields.CharField(max_length=20)
    is_member = fields.BooleanField()
    coupon_used = fields.BooleanField()
    orders = fields.BigIntField()
    lines = fields.BigIntField()
    quantity = fields.BigIntField()
    amount_cents = fields.BigIntField()
    refunded_cents = fields.BigIntField()
    net_cents = fields.BigIntField()

    class Meta:
        table = "analytics_sales_daily"
        unique_together = (("day", "store_code", "channel", "is_member", "coupon_used"),)


class CategoryDaily(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    category_id = fields.IntField()
    lines = fields.BigIntField()
    quantity = fields.BigIntField()
    amount_cents = fields.BigIntField()
    refunded_cents = fields.BigIntField()
    net_cents = fields.BigIntField()

    class Meta:
        table = "analytics_category_daily"
        unique_together = (("day", "category_id"),)


class ItemMonthly(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    item_id = fields.IntField()
    lines = fields.BigIntField()
    quantity = fields.BigIntField()
    amount_cents = fields.BigIntField()
    refunded_cents = fields.BigIntField()
    net_cents = fields.BigIntField()
    refunded_quantity = fields.BigIntField(default=0)

    class Meta:
        table = "analytics_item_monthly"
        unique_together = (("day", "item_id"),)


class MembersDaily(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    channel = fields.CharField(max_length=20)
    source_store = fields.CharField(max_length=50)
    new_members = fields.BigIntField()

    class Meta:
        table = "analytics_members_daily"
        unique_together = (("day", "channel", "source_store"),)


class MemberMonthly(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    member_id = fields.BigIntField()
    orders = fields.BigIntField()
    amount_cents = fields.BigIntField()
    refunded_cents = fields.BigIntField()
    net_cents = fields.BigIntField()

    class Meta:
        table = "analytics_member_monthly"
        unique_together = (("day", "member_id"),)


class PointsDaily(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    point_type = fields.CharField(max_length=40)
    kind = fields.CharField(max_length=20)
    entries = fields.BigIntField()
    amount = fields.BigIntField()
    frozen_delta = fields.BigIntField()

    class Meta:
        table = "analytics_points_daily"
        unique_together = (("day", "point_type", "kind"),)


class CouponDaily(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    template_id = fields.IntField()
    store_code = fields.CharField(max_length=50)
    issued = fields.BigIntField()
    claimed = fields.BigIntField()
    used = fields.BigIntField()
    expired = fields.BigIntField()
    discount_cents = fields.BigIntField()

    class Meta:
        table = "analytics_coupon_daily"
        unique_together = (("day", "template_id", "store_code"),)


class EventDaily(Model):
    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    name = fields.CharField(max_length=64)
    channel = fields.CharField(max_length=64)
    events = fields.BigIntField()

    class Meta:
        table = "analytics_event_daily"
        unique_together = (("day", "name", "channel"),)
