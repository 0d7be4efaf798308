"""Daily sign-in: the rule staff configure and one row per member and business day."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class SignInRule(Model):
    """How signing in is rewarded. The newest active rule applies.

    `rewards[i]` points go to the (i+1)-th consecutive day of a streak; days past the list get
    its last value. A missed day can be made up within `make_up_days`, for `make_up_cost`
    points of the same type (0 days: no make-up).
    """

    id = fields.BigIntField(primary_key=True)
    point_type = fields.CharField(max_length=32)
    rewards: list[int] = fields.JSONField(default=list)
    make_up_days = fields.IntField(default=0)
    make_up_cost = fields.BigIntField(default=0)
    active = fields.BooleanField(default=True)
    created_by = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "sign_in_rules"


class SignIn(Model):
    """A member signed in on a business day (or made it up later); unique per member and day,
    which is what makes a day's reward exactly once under concurrent taps."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    day = fields.DateField()
    streak = fields.IntField()
    points = fields.BigIntField()
    made_up = fields.BooleanField(default=False)
    rule_id = fields.BigIntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "sign_ins"
        unique_together = (("member_id", "day"),)
