"""Coupon templates, coupons, quotes and reports."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from domain.coupons.models import Coupon, CouponKind, CouponState, CouponTemplate, TemplateState

CouponKindEnum = strawberry.enum(CouponKind, name="CouponKind")
CouponStateEnum = strawberry.enum(CouponState, name="CouponState")
TemplateStateEnum = strawberry.enum(TemplateState, name="CouponTemplateState")


@strawberry.type(name="CouponTemplate")
class TemplateType:
    code: str
    name: str
    kind: CouponKindEnum  # type: ignore[valid-type]
    amount_off_cents: int
    threshold_cents: int
    percent_off: int
    cap_cents: int | None
    state: TemplateStateEnum  # type: ignore[valid-type]
    total_stock: int
    issued: int
    per_member_limit: int
    points_price: int | None
    rules: JSON
    stackable: bool
    stack_group: str

    @classmethod
    def from_model(cls, t: CouponTemplate) -> TemplateType:
        return cls(
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
            rules=t.rules,
            stackable=t.stackable,
            stack_group=t.stack_group,
        )


@strawberry.type(name="Coupon")
class CouponType:
    id: strawberry.ID
    code: str
    template_code: str
    name: str
    kind: CouponKindEnum  # type: ignore[valid-type]
    state: CouponStateEnum  # type: ignore[valid-type]
    valid_from: datetime
    valid_until: datetime
    source: str
    order_ref: str | None

    @classmethod
    def from_models(cls, c: Coupon, t: CouponTemplate) -> CouponType:
        return cls(
            id=strawberry.ID(str(c.id)),
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


@strawberry.type(name="QuotedCoupon")
class QuotedCouponType:
    coupon: CouponType
    applicable: bool
    reason: str | None
    standalone_discount_cents: int
    chosen: bool
    discount_cents: int = strawberry.field(description="Its share in the best combination.")


@strawberry.type(name="QuotedLine")
class QuotedLineType:
    line_id: str
    discount_cents: int


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


@strawberry.type(name="CouponTemplateAnalytics")
class AnalyticsType:
    template: str
    kind: str
    face_value_cents: int
    issued: int
    claimed: int
    used: int
    expired: int
    claim_rate: float
    use_rate: float
    sales_cents: int
    average_order_cents: int
    repeat_rate: float
    new_member_share: float


@strawberry.type(name="CouponAnalytics")
class AnalyticsReportType:
    templates: list[AnalyticsType]
    average_order_with_coupon_cents: int
    average_order_without_coupon_cents: int
    repeat_rate_with_coupon: float
    repeat_rate_without_coupon: float
