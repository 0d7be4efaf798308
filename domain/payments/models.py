"""Purchases of priced products and the refunds the brand's payment system must execute."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class ProductKind(StrEnum):
    PLAN = "PLAN"
    CARD = "CARD"
    COUPON = "COUPON"
    MALL = "MALL"


class PaymentMethod(StrEnum):
    WALLET = "WALLET"
    POINTS = "POINTS"
    EXTERNAL = "EXTERNAL"


class PurchaseStatus(StrEnum):
    PENDING = "PENDING"
    PAID = "PAID"
    EXPIRED = "EXPIRED"
    REFUNDED = "REFUNDED"


class Purchase(Model):
    """One purchase of a priced product: what, for how much, paid how, and what it became.

    A POINTS purchase is priced in `points`, the others in `amount_cents`. `fulfilment_id` is
    the id of what the product area made of it (membership, card, coupon) once paid."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    product_kind = fields.CharEnumField(ProductKind, max_length=10)
    product_code = fields.CharField(max_length=50)
    details: dict[str, Any] = fields.JSONField(
        default=dict, description="What the product area needs."
    )
    method = fields.CharEnumField(PaymentMethod, max_length=10)
    status = fields.CharEnumField(PurchaseStatus, max_length=10)
    amount_cents = fields.BigIntField(default=0)
    points = fields.BigIntField(default=0)
    point_type_code = fields.CharField(max_length=50, null=True)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    payment_no = fields.CharField(max_length=64, null=True, unique=True)
    wallet_payment_id = fields.BigIntField(null=True)
    expires_at = fields.DatetimeField(null=True)
    paid_at = fields.DatetimeField(null=True)
    refunded_cents = fields.BigIntField(default=0)
    refunded_points = fields.BigIntField(default=0)
    fulfilment_id = fields.BigIntField(null=True)
    failure = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "purchases"
        indexes = (("product_kind", "fulfilment_id"), ("status", "expires_at"))


class ExternalRefund(Model):
    """Money the brand's payment system owes back on an external payment (it executes it)."""

    id = fields.BigIntField(primary_key=True)
    purchase_id = fields.BigIntField(db_index=True)
    payment_no = fields.CharField(max_length=64)
    amount_cents = fields.BigIntField()
    idempotency_key = fields.CharField(max_length=200, unique=True)
    reason = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "payment_external_refunds"
