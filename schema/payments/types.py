"""Purchases and external refunds as the API shows them."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.payments.models import (
    ExternalRefund,
    PaymentMethod,
    ProductKind,
    Purchase,
    PurchaseStatus,
)
from schema.node import Node
from schema.relay import encode_id

PaymentMethodEnum: TypeAlias = PaymentMethod
strawberry.enum(PaymentMethod, name="PaymentMethod", description="How a priced product is paid.")
PurchaseStatusEnum: TypeAlias = PurchaseStatus
strawberry.enum(PurchaseStatus, name="PurchaseStatus")
ProductKindEnum: TypeAlias = ProductKind
strawberry.enum(ProductKind, name="ProductKind")


@strawberry.type(name="Purchase", description="One purchase of a priced product.")
class PurchaseType(Node):
    id: strawberry.ID = strawberry.field(description="Global id; confirmPayment names it.")
    product_kind: ProductKindEnum
    product_code: str = strawberry.field(description="The plan, card or coupon template code.")
    method: PaymentMethodEnum
    status: PurchaseStatusEnum
    amount_cents: int = strawberry.field(description="The money due (0 when paid in points).")
    points: int = strawberry.field(description="The points due (POINTS only).")
    payment_no: str | None = strawberry.field(description="The payment system's number.")
    expires_at: datetime | None = strawberry.field(description="A PENDING purchase's deadline.")
    refunded_cents: int = strawberry.field(description="Money given back.")
    refunded_points: int = strawberry.field(description="Points given back.")

    @classmethod
    def from_model(cls, p: Purchase) -> PurchaseType:
        return cls(
            id=strawberry.ID(encode_id("Purchase", p.id)),
            product_kind=ProductKind(p.product_kind),
            product_code=p.product_code,
            method=PaymentMethod(p.method),
            status=PurchaseStatus(p.status),
            amount_cents=p.amount_cents,
            points=p.points,
            payment_no=p.payment_no,
            expires_at=p.expires_at,
            refunded_cents=p.refunded_cents,
            refunded_points=p.refunded_points,
        )


@strawberry.type(
    name="ExternalRefund", description="Money the payment system is to give back on a payment."
)
class ExternalRefundType(Node):
    purchase_id: strawberry.ID = strawberry.field(description="The purchase's global id.")
    payment_no: str = strawberry.field(description="The payment to refund.")
    amount_cents: int = strawberry.field(description="How much to give back.")
    reason: str = strawberry.field(description="Why.")
    created_at: datetime = strawberry.field(description="When it was recorded.")

    @classmethod
    def from_model(cls, r: ExternalRefund) -> ExternalRefundType:
        return cls(
            id=strawberry.ID(encode_id("ExternalRefund", r.id)),
            purchase_id=strawberry.ID(encode_id("Purchase", r.purchase_id)),
            payment_no=r.payment_no,
            amount_cents=r.amount_cents,
            reason=r.reason,
            created_at=r.created_at,
        )
