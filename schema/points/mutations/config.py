"""Point configuration: point types, earning rules, promotions, event bonuses."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.access import Scope
from domain.points import config as points_config
from domain.points.models import EarnPeriod, PointKind, Rounding
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff
from schema.points.config_types import EarningRuleType, EventBonusType, PromotionType
from schema.points.expiry import ExpiryPolicyInput
from schema.points.types import (
    ChannelReturnWindowInput,
    EarnLimitInput,
    PointKindEnum,
    PointTypeType,
)
from schema.relay import decode_id, encode_id, optional_id
from schema.segments.inputs import DefinitionInput

RoundingEnum: TypeAlias = Rounding
strawberry.enum(Rounding, name="Rounding")


@strawberry.type
class ConfigPayload:
    id: strawberry.ID | None
    errors: list[UserError]


@strawberry.input(description="A point type, created or changed by its code.")
class DefinePointTypeInput:
    code: str
    name: str
    kind: PointKindEnum
    expiry_policy: ExpiryPolicyInput | None = strawberry.field(
        default=None, description="When its points expire; omitted or null means never."
    )
    allow_negative: bool = False
    cents_per_point_numerator: int = 1
    cents_per_point_denominator: int = 1
    earn_limit: EarnLimitInput | None = None
    pending_days: int = 0
    pending_days_by_channel: list[ChannelReturnWindowInput] | None = None


@strawberry.input
class DefineEarningRuleInput:
    point_type: str
    name: str
    points: int
    per_cents: int
    id: strawberry.ID | None = None
    channel: str | None = None
    store_code: str | None = None
    category_id: strawberry.ID | None = None
    brand_id: strawberry.ID | None = None
    priority: int = 0
    rounding: RoundingEnum = Rounding.FLOOR
    per_order_cap: int | None = None
    per_day_cap: int | None = None
    budget: int | None = None
    audience: DefinitionInput | None = strawberry.field(
        default=None,
        description="Only members in this audience earn by the rule (lifecycle, RFM class, "
        "saved segments ...); checked when each order settles.",
    )
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    active: bool = True


@strawberry.input
class DefinePromotionInput:
    point_type: str
    name: str
    numerator: int
    starts_at: datetime
    ends_at: datetime
    denominator: int = 1
    days_of_month: list[int] = strawberry.field(default_factory=list)
    weekdays: list[int] = strawberry.field(default_factory=list)
    budget: int | None = None


@strawberry.input
class DefineEventBonusInput:
    point_type: str
    event_name: str
    points: int
    daily_limit: int = 1


@strawberry.type(description="What definePointType returns.")
class DefinePointTypePayload(ConfigPayload):
    point_type: PointTypeType | None = strawberry.field(description="The point type as defined.")


@strawberry.type(description="What defineEarningRule returns.")
class DefineEarningRulePayload(ConfigPayload):
    earning_rule: EarningRuleType | None = strawberry.field(
        default=None, description="The rule as defined."
    )


@strawberry.type(description="What definePromotion returns.")
class DefinePromotionPayload(ConfigPayload):
    promotion: PromotionType | None = strawberry.field(
        default=None, description="The promotion as defined."
    )


@strawberry.type(description="What defineEventBonus returns.")
class DefineEventBonusPayload(ConfigPayload):
    event_bonus: EventBonusType | None = strawberry.field(
        default=None, description="The bonus rule as defined."
    )


@strawberry.type
class PointConfigMutation:
    @strawberry.mutation(
        description="Create or change a point type. Errors: INVALID, "
        "INVALID_WINDOW (expiryPolicy.relative.days), INVALID_PERCENTAGE, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    @returns_errors
    async def define_point_type(self, input: DefinePointTypeInput) -> DefinePointTypePayload:
        point_type = await points_config.define_type(
            code=input.code,
            name=input.name,
            kind=PointKind(input.kind),
            expiry_policy=(
                input.expiry_policy.to_domain() if input.expiry_policy else {"kind": "NEVER"}
            ),
            allow_negative=input.allow_negative,
            cents_per_point=(
                input.cents_per_point_numerator,
                input.cents_per_point_denominator,
            ),
            earn_limit=(
                (input.earn_limit.points, EarnPeriod(input.earn_limit.period))
                if input.earn_limit
                else None
            ),
            pending_days=input.pending_days,
            pending_days_by_channel={
                str(w.channel): w.days for w in input.pending_days_by_channel or []
            },
        )
        return DefinePointTypePayload(
            id=strawberry.ID(str(point_type.id)),
            point_type=PointTypeType.from_model(point_type),
            errors=[],
        )

    @strawberry.mutation(
        description="Create or change an earning rule. Errors: UNKNOWN_POINT_TYPE, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    @returns_errors
    async def define_earning_rule(self, input: DefineEarningRuleInput) -> DefineEarningRulePayload:
        values = {
            k: getattr(input, k)
            for k in (
                "name",
                "points",
                "per_cents",
                "channel",
                "store_code",
                "priority",
                "per_order_cap",
                "per_day_cap",
                "budget",
                "starts_at",
                "ends_at",
                "active",
            )
        }
        values["rounding"] = Rounding(input.rounding)
        values["audience"] = input.audience.to_dict("audience") if input.audience else None
        values["category_id"] = optional_id(input.category_id, "Category", "categoryId")
        values["brand_id"] = optional_id(input.brand_id, "Brand", "brandId")
        if input.id:
            values["id"] = decode_id(input.id, "EarningRule", "id")
        rule = await points_config.define_rule(input.point_type, **values)
        return DefineEarningRulePayload(
            id=strawberry.ID(encode_id("EarningRule", rule.id)),
            earning_rule=EarningRuleType.from_model(rule),
            errors=[],
        )

    @strawberry.mutation(
        description="A time-boxed multiplier (member days). Errors: "
        "UNKNOWN_POINT_TYPE, INVALID_WINDOW, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    @returns_errors
    async def define_promotion(self, input: DefinePromotionInput) -> DefinePromotionPayload:
        promotion = await points_config.define_promotion(
            input.point_type,
            name=input.name,
            numerator=input.numerator,
            denominator=input.denominator,
            starts_at=input.starts_at,
            ends_at=input.ends_at,
            days_of_month=input.days_of_month,
            weekdays=input.weekdays,
            budget=input.budget,
        )
        return DefinePromotionPayload(
            id=strawberry.ID(encode_id("Promotion", promotion.id)),
            promotion=PromotionType.from_model(promotion),
            errors=[],
        )

    @strawberry.mutation(
        description="Bonus points for an event with a daily limit. Errors: "
        "UNKNOWN_POINT_TYPE, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    @returns_errors
    async def define_event_bonus(self, input: DefineEventBonusInput) -> DefineEventBonusPayload:
        rule = await points_config.define_event_bonus(
            input.point_type,
            event_name=input.event_name,
            points=input.points,
            daily_limit=input.daily_limit,
        )
        return DefineEventBonusPayload(
            id=strawberry.ID(encode_id("EventBonus", rule.id)),
            event_bonus=EventBonusType.from_model(rule),
            errors=[],
        )
