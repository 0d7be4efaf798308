"""Level and paid-plan mutation inputs."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from schema.json_defaults import JsonDefaults, optional_json
from schema.payments.types import PaymentMethodEnum


@strawberry.input
class LevelInput(JsonDefaults):
    rank: int
    code: str
    name: str
    reach_growth: int
    keep_growth: int
    validity_months: int
    downgrade_to_rank: int | None = None
    multiplier_percent: int = 100
    discount_percent: int = 0
    free_shipping: bool = False
    upgrade_gifts: JSON | None = optional_json(list)
    monthly_benefits: JSON | None = optional_json(list)
    birthday_benefits: JSON | None = optional_json(list)


@strawberry.input
class DefineLevelsInput:
    levels: list[LevelInput]
    growth_point_type: str = "GROWTH"
    growth_policy: str = strawberry.field(default="RESET", description="RESET or CARRY.")


@strawberry.input
class PurchasePaidPlanInput:
    plan_code: str
    idempotency_key: str
    payment_method: PaymentMethodEnum = strawberry.field(
        description="WALLET or POINTS pay now; EXTERNAL waits for confirmPayment."
    )
    member_id: strawberry.ID | None = None
    action: str = strawberry.field(default="PURCHASE", description="PURCHASE, RENEW or UPGRADE.")


@strawberry.input
class RefundPaidPlanInput:
    membership_id: strawberry.ID


@strawberry.input
class DefinePaidPlanInput(JsonDefaults):
    code: str
    name: str
    audience: str
    price_cents: int
    validity_days: int
    tier: int = 1
    multiplier_percent: int = 100
    discount_percent: int = 0
    benefits: JSON | None = optional_json(list)
    points_price: int | None = strawberry.field(default=None, description="Also sold for points.")
    point_type_code: str = "POINTS"
