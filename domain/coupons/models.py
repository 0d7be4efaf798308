"""Coupon templates (kind, validity, usage rules, stacking, cost sharing, stock) and coupons."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class CouponKind(StrEnum):
    THRESHOLD_OFF = "THRESHOLD_OFF"  # 满减
    CASH = "CASH"  # 代金
    PERCENT_OFF = "PERCENT_OFF"  # 折扣
    FREE_ORDER = "FREE_ORDER"  # 免单
    EXCHANGE = "EXCHANGE"  # 兑换


class TemplateState(StrEnum):
    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    ENDED = "ENDED"


class CouponState(StrEnum):
    AVAILABLE = "AVAILABLE"
    LOCKED = "LOCKED"
    USED = "USED"
    EXPIRED = "EXPIRED"
    VOID = "VOID"


class CouponTemplate(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(CouponKind, max_length=20)
    amount_off_cents = fields.BigIntField(default=0)
    threshold_cents = fields.BigIntField(default=0)
    percent_off = fields.IntField(default=0)
    cap_cents = fields.BigIntField(null=True)
    exchange_item_code = fields.CharField(max_length=64, null=True)
    fixed_starts_at = fields.DatetimeField(null=True)
    fixed_ends_at = fields.DatetimeField(null=True)
    valid_days = fields.IntField(null=True)
    start_after_days = fields.IntField(default=0)
    rules: dict[str, Any] = fields.JSONField(default=dict)
    stackable = fields.BooleanField(default=False)
    stack_group = fields.CharField(max_length=30, default="")
    cost_share: dict[str, Any] = fields.JSONField(default=dict)
    total_stock = fields.BigIntField()
    issued = fields.BigIntField(default=0)
    per_member_limit = fields.BigIntField(default=1)
    per_day_limit = fields.BigIntField(null=True)
    issued_day = fields.DateField(null=True)
    day_issued = fields.BigIntField(default=0)
    state = fields.CharEnumField(TemplateState, max_length=10, default=TemplateState.DRAFT)
    claim_starts_at = fields.DatetimeField(null=True)
    claim_ends_at = fields.DatetimeField(null=True)
    points_price = fields.BigIntField(null=True)
    point_type_code = fields.CharField(max_length=50, default="POINTS")
    price_cents = fields.BigIntField(null=True)
    refund_restores = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "coupon_templates"


class Coupon(Model):
    id = fields.BigIntField(primary_key=True)
    template_id = fields.IntField(db_index=True)
    member_id = fields.BigIntField(db_index=True)
    code = fields.CharField(max_length=32, unique=True)
    state = fields.CharEnumField(CouponState, max_length=10, default=CouponState.AVAILABLE)
    valid_from = fields.DatetimeField()
    valid_until = fields.DatetimeField(db_index=True)
    source = fields.CharField(max_length=50)
    operator = fields.CharField(max_length=100, default="")
    idempotency_key = fields.CharField(max_length=200, unique=True)
    order_ref = fields.CharField(max_length=100, null=True, db_index=True)
    store_code = fields.CharField(max_length=50, null=True)
    discount_cents = fields.BigIntField(null=True)
    order_total_cents = fields.BigIntField(null=True)
    void_reason = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    used_at = fields.DatetimeField(null=True)
    reserved_at = fields.DatetimeField(null=True, description="When it was locked to an order.")

    class Meta:
        table = "coupons"
        indexes = (
            ("member_id", "template_id"),
            ("state", "valid_until"),
            ("used_at",),
            ("state", "reserved_at"),
        )
