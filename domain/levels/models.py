"""The level ladder, members' levels and their history, and paid membership."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class PlanStatus(StrEnum):
    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"
    REFUNDED = "REFUNDED"
    UPGRADED = "UPGRADED"


class Level(Model):
    """One rung of the ladder with its thresholds, validity and benefits."""

    id = fields.IntField(primary_key=True)
    rank = fields.IntField(unique=True)
    code = fields.CharField(max_length=30, unique=True)
    name = fields.CharField(max_length=100)
    reach_growth = fields.BigIntField()
    keep_growth = fields.BigIntField()
    validity_months = fields.IntField()
    downgrade_to_rank = fields.IntField(null=True)
    multiplier_percent = fields.IntField(default=100, description="Points multiplier.")
    discount_percent = fields.IntField(default=0, description="Member price discount.")
    free_shipping = fields.BooleanField(default=False)
    upgrade_gifts: list[Any] = fields.JSONField(
        default=list, description='[{"benefit", "quantity"}]'
    )
    monthly_benefits: list[Any] = fields.JSONField(default=list)
    birthday_benefits: list[Any] = fields.JSONField(default=list)

    class Meta:
        table = "levels"


class LevelSettings(Model):
    """Ladder-wide settings: which point type is growth, and what happens to it at period end."""

    id = fields.IntField(primary_key=True)
    growth_point_type = fields.CharField(max_length=30, default="GROWTH")
    growth_policy = fields.CharField(max_length=10, default="RESET")
    basis = fields.CharField(
        max_length=10,
        default="GROWTH",
        description="What thresholds count: GROWTH, SPEND, ORDERS, TENURE.",
    )

    class Meta:
        table = "level_settings"


class MemberLevel(Model):
    """A member's current level and its period; members without a row hold rank 1."""

    member_id = fields.BigIntField(primary_key=True)
    rank = fields.IntField()
    reached_on = fields.DateField()
    period_started_on = fields.DateField()
    period_ends_on = fields.DateField(null=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "member_levels"


class LevelChange(Model):
    """Every change of level with its reason (the history and the source of past
    distributions)."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    from_rank = fields.IntField()
    to_rank = fields.IntField()
    kind = fields.CharField(max_length=10, description="UPGRADE, KEEP or DOWNGRADE")
    reason = fields.CharField(max_length=200)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    changed_at = fields.DatetimeField()

    class Meta:
        table = "level_changes"
        indexes = (("member_id", "changed_at"), ("changed_at",))


class PaidPlan(Model):
    """A paid membership plan for an audience, at a tier, with price, validity and benefits."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=100)
    audience = fields.CharField(max_length=50)
    tier = fields.IntField(default=1)
    price_cents = fields.BigIntField()
    validity_days = fields.IntField()
    multiplier_percent = fields.IntField(default=100)
    discount_percent = fields.IntField(default=0)
    benefits: list[Any] = fields.JSONField(default=list, description='[{"benefit", "quantity"}]')
    active = fields.BooleanField(default=True)
    points_price = fields.BigIntField(null=True, description="Also sold for these points.")
    point_type_code = fields.CharField(max_length=50, default="POINTS")

    class Meta:
        table = "paid_plans"


class PaidMembership(Model):
    """One purchase of a plan: its period, price and what happened to it."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    plan_id = fields.IntField()
    idempotency_key = fields.CharField(max_length=200, unique=True)
    starts_on = fields.DateField()
    ends_on = fields.DateField()
    price_cents = fields.BigIntField()
    paid_cents = fields.BigIntField()
    refunded_cents = fields.BigIntField(default=0)
    status = fields.CharEnumField(PlanStatus, max_length=10)
    previous_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "paid_memberships"
