"""The points mall: goods staff put on sale and the exchange orders members place."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class GoodsKind(StrEnum):
    GOODS = "GOODS"
    COUPON = "COUPON"
    BENEFIT = "BENEFIT"


class LimitPeriod(StrEnum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class MallOrderStatus(StrEnum):
    PENDING_PAYMENT = "PENDING_PAYMENT"
    PENDING_SHIPMENT = "PENDING_SHIPMENT"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class MallGoods(Model):
    """Something members exchange points (and maybe cash) for: physical goods, a coupon
    template or a benefit. `sold` counts the units of orders not cancelled; it never passes
    `stock`."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(GoodsKind, max_length=10)
    target_code = fields.CharField(max_length=50, null=True, description="Coupon or benefit.")
    point_type = fields.CharField(max_length=32)
    points_price = fields.BigIntField()
    cash_cents = fields.BigIntField(default=0)
    stock = fields.BigIntField()
    sold = fields.BigIntField(default=0)
    limit_total = fields.IntField(null=True, description="Units per member, ever.")
    limit_per_period = fields.IntField(null=True, description="Units per member per period.")
    limit_period = fields.CharEnumField(LimitPeriod, max_length=10, null=True)
    sale_starts_at = fields.DatetimeField(null=True)
    sale_ends_at = fields.DatetimeField(null=True)
    segment_ids: list[int] = fields.JSONField(default=list)
    levels: list[str] = fields.JSONField(default=list)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "mall_goods"


class MallOrder(Model):
    """One exchange: the points it froze (then consumed or released), the stock it took, the
    cash purchase that must be paid first, and where the goods are."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    goods_id = fields.BigIntField()
    quantity = fields.IntField()
    point_type = fields.CharField(max_length=32)
    points = fields.BigIntField()
    cash_cents = fields.BigIntField(default=0)
    status = fields.CharEnumField(MallOrderStatus, max_length=20)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    purchase_id = fields.BigIntField(null=True)
    pay_by = fields.DatetimeField(null=True)
    tracking_no = fields.CharField(max_length=64, null=True)
    granted: dict[str, Any] = fields.JSONField(default=dict, description="Coupons or grant.")
    day = fields.DateField(description="Business day of the exchange.")
    created_at = fields.DatetimeField()
    paid_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancelled_by = fields.CharField(max_length=100, null=True)

    class Meta:
        table = "mall_orders"
        indexes = (("member_id", "goods_id", "created_at"), ("goods_id", "day"), ("status",))
