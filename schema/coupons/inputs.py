"""Coupon inputs and their conversion to the domain's plain values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from domain.coupons.models import CouponKind, TemplateState
from domain.coupons.redemption import LineInput
from domain.errors import ErrorCode
from schema.coupons.rules import CostShareInput, CouponRulesInput, CouponScene
from schema.coupons.types import CouponKindEnum, TemplateStateEnum
from schema.errors import InputError
from schema.relay import decode_id

MAX_IDS = 100


@strawberry.input(description="One cart line.")
class CartLineInput:
    line_id: str = strawberry.field(description="Unique within the cart.")
    item_code: str
    quantity: int = strawberry.field(description="Positive.")
    unit_price_cents: int = strawberry.field(description="Non-negative.")
    category_code: str | None = strawberry.field(
        default=None, description="Defaults to the catalogue's."
    )
    brand_code: str | None = strawberry.field(
        default=None, description="Defaults to the catalogue's."
    )


@strawberry.input(description="A cart at checkout.")
class CartInput:
    lines: list[CartLineInput] = strawberry.field(description="1..200 lines.")
    channel: str = strawberry.field(default="MINI_PROGRAM", description="Sales channel.")
    scene: CouponScene = strawberry.field(
        default=CouponScene.ONLINE, description="Where the order is fulfilled."
    )
    store_code: str | None = strawberry.field(default=None, description="Store of the order.")

    def domain_lines(self) -> list[LineInput]:
        """The lines as the domain takes them."""
        return [
            LineInput(
                x.line_id,
                x.item_code,
                x.quantity,
                x.unit_price_cents,
                x.category_code,
                x.brand_code,
            )
            for x in self.lines
        ]


@strawberry.input(description="A coupon template; changing one keeps its value once issued.")
class DefineCouponTemplateInput:
    code: str
    name: str
    kind: CouponKindEnum
    total_stock: int
    amount_off_cents: int = 0
    threshold_cents: int = 0
    percent_off: int = strawberry.field(default=0, description="1..99 for PERCENT_OFF.")
    cap_cents: int | None = strawberry.field(default=None, description="Upper bound of a discount.")
    exchange_item_code: str | None = None
    fixed_starts_at: datetime | None = None
    fixed_ends_at: datetime | None = None
    valid_days: int | None = strawberry.field(default=None, description="Days from claiming.")
    start_after_days: int = 0
    rules: CouponRulesInput | None = strawberry.field(
        default=None, description="Where and when it applies; omitted or null: anywhere."
    )
    stackable: bool = False
    stack_group: str = strawberry.field(default="", description="At most one coupon per group.")
    cost_share: CostShareInput | None = strawberry.field(
        default=None, description="Who funds the discounts; omitted or null: the platform alone."
    )
    per_member_limit: int = 1
    per_day_limit: int | None = None
    claim_starts_at: datetime | None = None
    claim_ends_at: datetime | None = None
    points_price: int | None = strawberry.field(default=None, description="Exchanged for points.")
    point_type_code: str = "POINTS"
    price_cents: int | None = strawberry.field(default=None, description="Bought at this price.")
    refund_restores: bool = True
    state: TemplateStateEnum | None = strawberry.field(
        default=None, description="Initial state (DRAFT); change it with setCouponTemplateState."
    )

    def values(self) -> dict[str, Any]:
        """Keyword arguments of define_template."""
        values = {k: v for k, v in vars(self).items() if k not in ("kind", "state")}
        values["rules"] = self.rules.to_domain() if self.rules else {}
        values["cost_share"] = self.cost_share.to_domain() if self.cost_share else {"platform": 100}
        values["kind"] = CouponKind(self.kind)
        if self.state is not None:
            values["state"] = TemplateState(self.state)
        return values


@strawberry.input
class ClaimCouponInput:
    template_code: str
    idempotency_key: str = strawberry.field(description="Repeat it to retry safely.")


@strawberry.input
class PurchaseCouponInput:
    member_id: strawberry.ID
    template_code: str
    payment_no: str = strawberry.field(description="The payment; the purchase is idempotent on it.")
    paid_cents: int


@strawberry.input
class IssueCouponsInput:
    template_code: str
    member_ids: list[strawberry.ID] = strawberry.field(description="1..1,000 members.")
    idempotency_key: str
    source: str = strawberry.field(default="ISSUE", description="ISSUE, SERVICE, COMPENSATION ...")


@strawberry.input
class ReserveCouponsInput:
    coupon_ids: list[strawberry.ID] = strawberry.field(description="1..3 coupons.")
    order_ref: str = strawberry.field(description="The order's external number.")
    cart: CartInput
    member_id: strawberry.ID | None = strawberry.field(default=None, description="For service.")


@strawberry.input
class ConfirmCouponsInput:
    order_ref: str
    member_id: strawberry.ID | None = None
    store_code: str | None = None
    order_total_cents: int | None = None


@strawberry.input
class OrderCouponsInput:
    order_ref: str
    member_id: strawberry.ID | None = strawberry.field(default=None, description="For service.")


@strawberry.input
class SetCouponTemplateStateInput:
    code: str
    state: TemplateStateEnum


@strawberry.input
class VoidCouponInput:
    coupon_id: strawberry.ID
    reason: str


def coupon_ids(values: list[strawberry.ID], field: str = "couponIds") -> list[int]:
    """Decode coupon global ids (plain integers accepted)."""
    if len(values) > MAX_IDS:
        raise InputError(f"At most {MAX_IDS} ids.", field=field, code=ErrorCode.TOO_MANY)
    return [decode_id(v, "Coupon", f"{field}[{i}]") for i, v in enumerate(values)]
