"""Referrals: invite codes, the reward rule, referrals and the rewards each stage paid."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class InviteCode(Model):
    """A member's invite code: made once on first use, then stable."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(unique=True)
    code = fields.CharField(max_length=16, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "invite_codes"


class ReferralRule(Model):
    """How referrals are rewarded. The newest active rule applies.

    `rewards` maps a stage (REGISTERED, FIRST_ORDER) and a party (REFERRER, INVITEE) to
    `{"points": n, "growth": n, "coupon": template code or null}`; `monthly_cap` limits the
    referrals a referrer is rewarded for per business month (the invitee is rewarded anyway);
    `prefix_limit` is how many invitees of one referrer may share a 7-digit phone prefix per day.
    """

    id = fields.BigIntField(primary_key=True)
    point_type = fields.CharField(max_length=32)
    growth_point_type = fields.CharField(max_length=32, null=True)
    rewards: dict[str, dict[str, dict[str, object]]] = fields.JSONField(default=dict)
    monthly_cap = fields.IntField(default=0)
    prefix_limit = fields.IntField(default=3)
    active = fields.BooleanField(default=True)
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "referral_rules"


class Referral(Model):
    """An invitee registered with a referrer's code; one per invitee, ever."""

    id = fields.BigIntField(primary_key=True)
    referrer_id = fields.BigIntField()
    invitee_id = fields.BigIntField(unique=True)
    code = fields.CharField(max_length=16)
    phone_prefix = fields.CharField(max_length=7, null=True)
    registered_on = fields.DateField()
    registered_at = fields.DatetimeField()
    first_order_id = fields.BigIntField(null=True)
    first_order_at = fields.DatetimeField(null=True)

    class Meta:
        table = "referrals"
        indexes = (("referrer_id", "registered_on"),)


class ReferralReward(Model):
    """What one party got for one stage of a referral; unique per (referral, stage, party),
    which is what pays a stage once whatever the retries."""

    id = fields.BigIntField(primary_key=True)
    referral_id = fields.BigIntField()
    stage = fields.CharField(max_length=12)
    party = fields.CharField(max_length=8)
    member_id = fields.BigIntField()
    month = fields.DateField()
    capped = fields.BooleanField(default=False)
    points = fields.BigIntField(default=0)
    growth = fields.BigIntField(default=0)
    coupon_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "referral_rewards"
        unique_together = (("referral_id", "stage", "party"),)
        indexes = (("member_id", "month"),)
