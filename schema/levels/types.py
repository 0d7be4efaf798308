"""Level, member level, distribution, privileges and paid-plan types."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeAlias

import strawberry

from domain.levels import service as levels_service
from domain.levels.basis import TierBasis
from domain.levels.models import Level, PaidMembership
from domain.levels.paid import Action
from domain.levels.rules import GrowthPolicy
from schema.benefits.quantities import BenefitQuantityType, quantity_types
from schema.node import Node
from schema.relay import encode_id

strawberry.enum(TierBasis, name="TierBasis")
GrowthPolicyEnum: TypeAlias = GrowthPolicy
strawberry.enum(GrowthPolicy, name="GrowthPolicy")
PaidPlanActionEnum: TypeAlias = Action
strawberry.enum(Action, name="PaidPlanAction")


@strawberry.type(name="Level", description="A rung of the ladder and what it gives.")
class LevelType:
    rank: int
    code: str
    name: str
    reach_growth: int
    keep_growth: int
    validity_months: int = strawberry.field(description="0: never expires.")
    downgrade_to_rank: int | None
    multiplier_percent: int
    discount_percent: int
    free_shipping: bool
    upgrade_gifts: list[BenefitQuantityType] = strawberry.field(
        description="Granted once on reaching the level."
    )
    monthly_benefits: list[BenefitQuantityType] = strawberry.field(
        description="Granted every calendar month at the level."
    )
    birthday_benefits: list[BenefitQuantityType] = strawberry.field(
        description="Granted on the member's birthday."
    )

    @classmethod
    def from_model(cls, level: Level) -> LevelType:
        return cls(
            rank=level.rank,
            code=level.code,
            name=level.name,
            reach_growth=level.reach_growth,
            keep_growth=level.keep_growth,
            validity_months=level.validity_months,
            downgrade_to_rank=level.downgrade_to_rank,
            multiplier_percent=level.multiplier_percent,
            discount_percent=level.discount_percent,
            free_shipping=level.free_shipping,
            upgrade_gifts=quantity_types(level.upgrade_gifts),
            monthly_benefits=quantity_types(level.monthly_benefits),
            birthday_benefits=quantity_types(level.birthday_benefits),
        )


@strawberry.type(name="LevelChange")
class LevelChangeType:
    from_rank: int
    to_rank: int
    kind: str
    reason: str
    changed_at: datetime

    @classmethod
    def from_change(cls, c: levels_service.LevelHistoryEntry) -> LevelChangeType:
        return cls(
            from_rank=c.from_rank,
            to_rank=c.to_rank,
            kind=c.kind,
            reason=c.reason,
            changed_at=c.changed_at,
        )


@strawberry.type(name="MemberLevel")
class MemberLevelType:
    level: LevelType | None
    reached_on: date | None
    period_ends_on: date | None
    history: list[LevelChangeType]


@strawberry.type(name="LevelCount")
class LevelCountType:
    rank: int
    members: int


@strawberry.type(name="LevelTrendPoint")
class LevelTrendPointType:
    day: date
    counts: list[LevelCountType]


@strawberry.type(name="MemberPrivileges", description="What applies at checkout now.")
class PrivilegesType:
    level_code: str | None
    discount_percent: int
    free_shipping: bool
    points_multiplier: str


@strawberry.type(name="PaidMembership")
class PaidMembershipType(Node):
    plan_code: str
    starts_on: date
    ends_on: date
    price_cents: int
    paid_cents: int
    refunded_cents: int
    status: str

    @classmethod
    def from_membership(cls, m: PaidMembership, plan_code: str) -> PaidMembershipType:
        return cls(
            id=strawberry.ID(encode_id("PaidMembership", m.id)),
            plan_code=plan_code,
            starts_on=m.starts_on,
            ends_on=m.ends_on,
            price_cents=m.price_cents,
            paid_cents=m.paid_cents,
            refunded_cents=m.refunded_cents,
            status=str(m.status),
        )
