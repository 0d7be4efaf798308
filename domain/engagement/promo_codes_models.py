"""Promo codes: campaigns of codes that unlock a coupon template, the codes, the redemptions."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class PromoKind(StrEnum):
    """SHARED: one code many members redeem; UNIQUE: many codes, each redeemable once."""

    SHARED = "SHARED"
    UNIQUE = "UNIQUE"


class PromoCampaign(Model):
    """A campaign of promo codes: the coupon template it unlocks, its window and limits."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(PromoKind, max_length=8)
    coupon_template = fields.CharField(max_length=50)
    per_member_limit = fields.IntField(default=1)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    retired = fields.BooleanField(default=False)
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "promo_campaigns"


class PromoCode(Model):
    """A code of a campaign; `used` counts redemptions, never past `max_uses`."""

    id = fields.BigIntField(primary_key=True)
    campaign_id = fields.BigIntField(db_index=True)
    code = fields.CharField(max_length=32, unique=True)
    max_uses = fields.IntField()
    used = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "promo_codes"


class PromoRedemption(Model):
    """A member redeemed a code and got the coupon it unlocks; one per request key."""

    id = fields.BigIntField(primary_key=True)
    campaign_id = fields.BigIntField()
    code_id = fields.BigIntField()
    member_id = fields.BigIntField()
    coupon_id = fields.BigIntField()
    key = fields.CharField(max_length=200, unique=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "promo_redemptions"
        indexes = (("campaign_id", "member_id"),)
