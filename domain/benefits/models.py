"""The benefit catalogue, grants to members, redemptions, appointments and benefit cards."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class BenefitKind(StrEnum):
    COUPON = "COUPON"
    POINTS = "POINTS"
    GROWTH = "GROWTH"
    SERVICE = "SERVICE"
    CUSTOM = "CUSTOM"
    THIRD_PARTY = "THIRD_PARTY"


class RedeemMethod(StrEnum):
    AUTO = "AUTO"
    SCAN = "SCAN"
    APPOINTMENT = "APPOINTMENT"
    HANDOUT = "HANDOUT"
    IDENTITY_CHECK = "IDENTITY_CHECK"


class GrantStatus(StrEnum):
    ACTIVE = "ACTIVE"
    VOID = "VOID"


class CardStatus(StrEnum):
    ACTIVE = "ACTIVE"
    PENDING = "PENDING"
    REFUNDED = "REFUNDED"


class Benefit(Model):
    """Something the platform can grant: built-in (coupon, points, growth, service), custom
    (parking hours, lounge booking) or third-party (partner codes)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(BenefitKind, max_length=20)
    redeem_method = fields.CharEnumField(RedeemMethod, max_length=20, default=RedeemMethod.SCAN)
    funding_party = fields.CharField(max_length=100, default="platform")
    config: dict[str, Any] = fields.JSONField(
        default=dict, description="e.g. points amount, coupon code"
    )
    unit_cost_cents = fields.BigIntField(default=0)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "benefits"


class BenefitGrant(Model):
    """A quantity of a benefit granted to a member, valid in a window."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    benefit_id = fields.IntField()
    quantity = fields.BigIntField()
    used = fields.BigIntField(default=0)
    source = fields.CharField(max_length=100)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    starts_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(GrantStatus, max_length=10, default=GrantStatus.ACTIVE)
    void_reason = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "benefit_grants"


class BenefitRedemption(Model):
    id = fields.BigIntField(primary_key=True)
    grant_id = fields.BigIntField(db_index=True)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    count = fields.BigIntField()
    store_code = fields.CharField(max_length=50, null=True)
    operator = fields.CharField(max_length=100)
    redeemed_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "benefit_redemptions"


class Appointment(Model):
    id = fields.BigIntField(primary_key=True)
    grant_id = fields.BigIntField(db_index=True)
    slot_at = fields.DatetimeField()
    store_code = fields.CharField(max_length=50, null=True)
    status = fields.CharField(max_length=10, default="BOOKED")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "benefit_appointments"


class CardTemplate(Model):
    """A benefit card for sale: price, validity, periodic drops and running privileges."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=100)
    price_cents = fields.BigIntField()
    validity_months = fields.IntField()
    every = fields.CharField(max_length=10, default="MONTH")
    drops: list[Any] = fields.JSONField(
        default=list, description='[{"benefit": code, "quantity": n}]'
    )
    discount_percent = fields.IntField(default=0)
    multiplier_percent = fields.IntField(default=100)
    refundable = fields.BooleanField(default=True)
    active = fields.BooleanField(default=True)
    points_price = fields.BigIntField(null=True, description="Also sold for these points.")
    point_type_code = fields.CharField(max_length=50, default="POINTS")

    class Meta:
        table = "benefit_card_templates"


class MemberCard(Model):
    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    template_id = fields.IntField()
    idempotency_key = fields.CharField(max_length=200, unique=True)
    channel = fields.CharField(max_length=20)
    price_cents = fields.BigIntField()
    status = fields.CharEnumField(CardStatus, max_length=10)
    activated_on = fields.DateField(null=True)
    ends_on = fields.DateField(null=True)
    refunded_cents = fields.BigIntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_cards"


class CardDrop(Model):
    """One periodic distribution of a card, exactly once per period."""

    id = fields.BigIntField(primary_key=True)
    card_id = fields.BigIntField()
    period_key = fields.CharField(max_length=20)
    distributed_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "benefit_card_drops"
        unique_together = (("card_id", "period_key"),)
