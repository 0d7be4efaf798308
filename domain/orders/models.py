"""Orders, refunds and behaviour events recorded from the brand's systems and front-ends."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class OrderStatus(StrEnum):
    PAID = "PAID"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    REFUNDED = "REFUNDED"


class Order(Model):
    """A paid order, unique per (channel, external number)."""

    id = fields.BigIntField(primary_key=True)
    channel = fields.CharField(max_length=20)
    external_no = fields.CharField(max_length=64)
    member_id = fields.BigIntField(null=True, db_index=True)
    identity_kind = fields.CharField(max_length=20, null=True)
    identity_namespace = fields.CharField(max_length=64, default="")
    identity_value = fields.CharField(max_length=128, null=True)
    store_code = fields.CharField(max_length=50, null=True)
    status = fields.CharEnumField(OrderStatus, max_length=20, default=OrderStatus.PAID)
    total_cents = fields.BigIntField()
    refunded_cents = fields.BigIntField(default=0)
    coupon_used = fields.BooleanField(default=False)
    paid_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "orders"
        unique_together = (("channel", "external_no"),)
        indexes = (("identity_kind", "identity_namespace", "identity_value"), ("paid_at",))


class OrderLine(Model):
    id = fields.BigIntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="lines", on_delete=fields.CASCADE
    )
    order_id: int  # the foreign key's column, set by Tortoise
    line_no = fields.IntField()
    item_id = fields.IntField(null=True, db_index=True)
    item_code = fields.CharField(max_length=64)
    category_id = fields.IntField(null=True)
    brand_id = fields.IntField(null=True)
    quantity = fields.BigIntField()
    unit_price_cents = fields.BigIntField()
    amount_cents = fields.BigIntField()
    refunded_quantity = fields.BigIntField(default=0)
    refunded_cents = fields.BigIntField(default=0)
    business_day = fields.DateField(
        db_index=True,
        description="Business day of the sale: the order's paid_at in the business time zone.",
    )

    class Meta:
        table = "order_lines"
        unique_together = (("order", "line_no"),)


class Refund(Model):
    """A refund of some or all of an order, unique per order and refund number."""

    id = fields.BigIntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="refunds", on_delete=fields.CASCADE
    )
    order_id: int  # the foreign key's column, set by Tortoise
    refund_no = fields.CharField(max_length=64)
    amount_cents = fields.BigIntField()
    lines: list[Any] = fields.JSONField(default=list)
    refunded_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "refunds"
        unique_together = (("order_id", "refund_no"),)


class EventDefinition(Model):
    """A behaviour event name staff allow, with the schema of its properties."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)
    description = fields.TextField(default="")
    properties_schema: dict[str, Any] = fields.JSONField(default=dict)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "event_definitions"


class Event(Model):
    """One behaviour event, deduplicated by the sender's event id."""

    id = fields.BigIntField(primary_key=True)
    event_id = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=64)
    occurred_at = fields.DatetimeField()
    member_id = fields.BigIntField(null=True)
    anonymous_id = fields.CharField(max_length=64, null=True, db_index=True)
    properties: dict[str, Any] = fields.JSONField(default=dict)
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events"
        indexes = (("member_id", "occurred_at"), ("name", "occurred_at"))


class AnonymousBinding(Model):
    """An anonymous device/visitor id known to belong to a member."""

    anonymous_id = fields.CharField(max_length=64, primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    bound_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "anonymous_bindings"


class MemberStats(Model):
    """Per-member purchase statistics kept by the order job; always rebuildable from orders."""

    member_id = fields.BigIntField(primary_key=True)
    first_order_at = fields.DatetimeField(null=True)
    last_order_at = fields.DatetimeField(null=True)
    order_count = fields.BigIntField(default=0)
    total_spend_cents = fields.BigIntField(default=0)
    refunded_cents = fields.BigIntField(default=0)
    category_spend: dict[str, Any] = fields.JSONField(default=dict)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "member_stats"
