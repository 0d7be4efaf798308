"""Earning rules, promotions and event bonuses as staff read them."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.points.models import EarningRule, EventBonusRule, Promotion
from schema.node import Node
from schema.relay import encode_id, optional_global_id
from schema.segments import definition
from schema.segments.definition import SegmentDefinition


@strawberry.type(name="EarningRule", description="Points earned per amount spent, with filters.")
class EarningRuleType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the rule.")
    point_type_id: int = strawberry.field(description="The point type the rule earns.")
    name: str = strawberry.field(description="Name shown to staff.")
    points: int = strawberry.field(description="Points earned per `perCents` spent.")
    per_cents: int = strawberry.field(description="Cents spent per `points` earned.")
    channel: str | None = strawberry.field(description="Only orders of this channel.")
    store_code: str | None = strawberry.field(description="Only orders of this store.")
    category_id: strawberry.ID | None = strawberry.field(
        description="Only lines of this category (global id)."
    )
    brand_id: strawberry.ID | None = strawberry.field(
        description="Only lines of this brand (global id)."
    )
    priority: int = strawberry.field(description="Higher priority rules are applied first.")
    rounding: str = strawberry.field(description="How fractional points round.")
    per_order_cap: int | None = strawberry.field(description="Most points one order earns.")
    per_day_cap: int | None = strawberry.field(description="Most points a member earns a day.")
    budget: int | None
    budget_used: int
    audience: SegmentDefinition | None = strawberry.field(
        description="Only members in this audience earn by the rule; null: everyone."
    )
    starts_at: datetime | None = strawberry.field(description="Earns from this instant.")
    ends_at: datetime | None = strawberry.field(description="Earns until this instant.")
    active: bool = strawberry.field(description="False once retired: the rule earns no more.")

    @classmethod
    def from_model(cls, r: EarningRule) -> EarningRuleType:
        return cls(
            id=strawberry.ID(encode_id("EarningRule", r.id)),
            point_type_id=r.point_type_id,
            name=r.name,
            points=r.points,
            per_cents=r.per_cents,
            channel=r.channel,
            store_code=r.store_code,
            category_id=optional_global_id("Category", r.category_id),
            brand_id=optional_global_id("Brand", r.brand_id),
            priority=r.priority,
            rounding=str(r.rounding),
            per_order_cap=r.per_order_cap,
            per_day_cap=r.per_day_cap,
            budget=r.budget,
            budget_used=r.budget_used,
            audience=definition.from_json(r.audience) if r.audience else None,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            active=r.active,
        )


@strawberry.type(name="Promotion", description="A time-boxed points multiplier (member days).")
class PromotionType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the promotion.")
    point_type_id: int = strawberry.field(description="The point type it multiplies.")
    name: str = strawberry.field(description="Name shown to staff.")
    numerator: int = strawberry.field(description="Multiplier numerator.")
    denominator: int = strawberry.field(description="Multiplier denominator.")
    starts_at: datetime = strawberry.field(description="Start of the window.")
    ends_at: datetime = strawberry.field(description="End of the window.")
    days_of_month: list[int] = strawberry.field(description="Only these days of the month.")
    weekdays: list[int] = strawberry.field(description="Only these ISO weekdays (1-7).")
    budget: int | None
    budget_used: int
    active: bool = strawberry.field(description="False once retired: it multiplies no more.")

    @classmethod
    def from_model(cls, p: Promotion) -> PromotionType:
        return cls(
            id=strawberry.ID(encode_id("Promotion", p.id)),
            point_type_id=p.point_type_id,
            name=p.name,
            numerator=p.numerator,
            denominator=p.denominator,
            starts_at=p.starts_at,
            ends_at=p.ends_at,
            days_of_month=[int(d) for d in p.days_of_month],
            weekdays=[int(d) for d in p.weekdays],
            budget=p.budget,
            budget_used=p.budget_used,
            active=p.active,
        )


@strawberry.type(name="EventBonus", description="Bonus points for a behaviour event.")
class EventBonusType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the bonus rule.")
    point_type_id: int = strawberry.field(description="The point type it awards.")
    event_name: str = strawberry.field(description="The event that earns the bonus.")
    points: int = strawberry.field(description="Points per qualifying event.")
    daily_limit: int = strawberry.field(description="Most awards per member and business day.")
    active: bool = strawberry.field(description="False once retired: it awards no more.")

    @classmethod
    def from_model(cls, r: EventBonusRule) -> EventBonusType:
        return cls(
            id=strawberry.ID(encode_id("EventBonus", r.id)),
            point_type_id=r.point_type_id,
            event_name=r.event_name,
            points=r.points,
            daily_limit=r.daily_limit,
            active=r.active,
        )
