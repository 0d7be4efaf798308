"""Coupon templates, coupons, quotes and reports."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TypeAlias

import strawberry

from domain.coupons import reports
from domain.coupons.models import Coupon, CouponKind, CouponState, CouponTemplate, TemplateState
from domain.coupons.reports import DIMENSIONS
from schema.coupons.rules import CostShareType, CouponRulesType
from schema.node import Node
from schema.relay import encode_id

CouponKindEnum: TypeAlias = CouponKind
strawberry.enum(CouponKind, name="CouponKind")
CouponStateEnum: TypeAlias = CouponState
strawberry.enum(CouponState, name="CouponState")
TemplateStateEnum: TypeAlias = TemplateState
strawberry.enum(TemplateState, name="CouponTemplateState")


@strawberry.type(name="CouponTemplate")
class TemplateType:
    code: str
    name: str
    kind: CouponKindEnum
    amount_off_cents: int
    threshold_cents: int
    percent_off: int
    cap_cents: int | None
    state: TemplateStateEnum
    total_stock: int
    issued: int
    per_member_limit: int
    points_price: int | None
    rules: CouponRulesType = strawberry.field(description="Where and when it applies.")
    stackable: bool
    stack_group: str
    cost_share: CostShareType = strawberry.field(
        description="Percent funded by platform, merchant, brand."
    )
    per_day_limit: int | None
    price_cents: int | None = strawberry.field(description="Set when the coupon is bought.")
    point_type_code: str
    fixed_starts_at: datetime | None
    fixed_ends_at: datetime | None
    valid_days: int | None
    start_after_days: int
    claim_starts_at: datetime | None
    claim_ends_at: datetime | None
    refund_restores: bool = strawberry.field(description="A full refund gives the coupon back.")

    @classmethod
    def from_model(cls, t: CouponTemplate) -> TemplateType:
        return cls(
            cost_share=CostShareType.from_json(t.cost_share),
            per_day_limit=t.per_day_limit,
            price_cents=t.price_cents,
            point_type_code=t.point_type_code,
            fixed_starts_at=t.fixed_starts_at,
            fixed_ends_at=t.fixed_ends_at,
            valid_days=t.valid_days,
            start_after_days=t.start_after_days,
            claim_starts_at=t.claim_starts_at,
            claim_ends_at=t.claim_ends_at,
            refund_restores=t.refund_restores,
            code=t.code,
            name=t.name,
            kind=CouponKind(t.kind),
            amount_off_cents=t.amount_off_cents,
            threshold_cents=t.threshold_cents,
            percent_off=t.percent_off,
            cap_cents=t.cap_cents,
            state=TemplateState(t.state),
            total_stock=t.total_stock,
            issued=t.issued,
            per_member_limit=t.per_member_limit,
            points_price=t.points_price,
            rules=CouponRulesType.from_json(t.rules),
            stackable=t.stackable,
            stack_group=t.stack_group,
        )


@strawberry.type(name="Coupon")
class CouponType(Node):
    code: str
    template_code: str
    name: str
    kind: CouponKindEnum
    state: CouponStateEnum
    valid_from: datetime
    valid_until: datetime
    source: str
    order_ref: str | None
    discount_cents: int | None = strawberry.field(description="Its discount on the order.")
    used_at: datetime | None
    void_reason: str | None

    @classmethod
    def from_models(cls, c: Coupon, t: CouponTemplate) -> CouponType:
        return cls(
            id=strawberry.ID(encode_id("Coupon", c.id)),
            discount_cents=c.discount_cents,
            used_at=c.used_at,
            void_reason=c.void_reason,
            code=c.code,
            template_code=t.code,
            name=t.name,
            kind=CouponKind(t.kind),
            state=CouponState(c.state),
            valid_from=c.valid_from,
            valid_until=c.valid_until,
            source=c.source,
            order_ref=c.order_ref,
        )


@strawberry.type(name="QuotedLine")
class QuotedLineType:
    line_id: str
    discount_cents: int


@strawberry.type(name="QuotedCoupon")
class QuotedCouponType:
    coupon: CouponType
    applicable: bool
    reason: str | None
    standalone_discount_cents: int
    chosen: bool
    discount_cents: int = strawberry.field(description="Its discount in the best combination.")
    lines: list[QuotedLineType] = strawberry.field(
        description="Its discount apportioned to cart lines (sums to discountCents)."
    )


@strawberry.type(name="CouponQuote")
class QuoteType:
    total_discount_cents: int
    coupons: list[QuotedCouponType]
    lines: list[QuotedLineType]


@strawberry.type(name="CouponSettlementLine")
class SettlementType:
    store_code: str
    template: str
    used: int
    discount_cents: int
    platform_cents: int
    merchant_cents: int
    brand_cents: int

    @classmethod
    def from_line(cls, r: reports.SettlementLine) -> SettlementType:
        return cls(
            store_code=r.store_code,
            template=r.template,
            used=r.used,
            discount_cents=r.discount_cents,
            platform_cents=r.platform_cents,
            merchant_cents=r.merchant_cents,
            brand_cents=r.brand_cents,
        )


AnalyticsDimension = strawberry.enum(  # type: ignore[call-overload]  # a functional Enum: Any
    Enum("CouponAnalyticsDimension", {k: k for k in DIMENSIONS}),
    name="CouponAnalyticsDimension",
    description="What the rows group by; STORE is the store of use.",
)


@strawberry.type(name="CouponAnalyticsRow")
class AnalyticsType:
    key: str = strawberry.field(description="Template code, kind, face value or store code.")
    issued: int | None = strawberry.field(description="Null for stores: issue has no store.")
    claimed: int | None
    used: int
    expired: int | None
    claim_rate: float | None = strawberry.field(description="Claimed over the stock offered.")
    use_rate: float | None = strawberry.field(description="Used over issued.")
    sales_cents: int = strawberry.field(description="Order totals of the coupons' orders.")
    average_order_cents: int
    repeat_rate: float = strawberry.field(description="Users with 2+ orders in the period.")
    new_member_share: float = strawberry.field(description="Users who registered in the period.")


@strawberry.type(name="CouponAnalytics", description="Coupons issued in a period and their effect.")
class AnalyticsReportType:
    rows: list[AnalyticsType]
    average_order_with_coupon_cents: int
    average_order_without_coupon_cents: int
    repeat_rate_with_coupon: float
    repeat_rate_without_coupon: float
