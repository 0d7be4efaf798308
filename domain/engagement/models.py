"""Engagement: the daily sign-in rule and sign-ins, tasks with their progress, and badges."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

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


class TaskTrigger(StrEnum):
    EVENT = "EVENT"  # a tracked event of a name (profile completed, phone bound, review, share)
    ORDER = "ORDER"  # a paid order


class TaskPeriod(StrEnum):
    NONE = "NONE"  # once ever
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class Task(Model):
    """Something members do for a reward: `target` events or orders within each period."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=50, unique=True)
    name = fields.CharField(max_length=100)
    trigger = fields.CharEnumField(TaskTrigger, max_length=10)
    event_name = fields.CharField(max_length=64, null=True)
    period = fields.CharEnumField(TaskPeriod, max_length=10, default=TaskPeriod.NONE)
    target = fields.IntField(default=1)
    starts_at = fields.DatetimeField(null=True)
    ends_at = fields.DatetimeField(null=True)
    audience: dict[str, Any] | None = fields.JSONField(null=True)
    reward_point_type = fields.CharField(max_length=30, null=True)
    reward_points = fields.BigIntField(default=0)
    reward_coupon = fields.CharField(max_length=50, null=True)
    reward_benefit = fields.CharField(max_length=50, null=True)
    badge = fields.CharField(max_length=50, null=True)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tasks"
        indexes = (("trigger", "event_name"),)


class TaskProgress(Model):
    """A member's count towards a task in one period, and when it was completed."""

    id = fields.BigIntField(primary_key=True)
    task_id = fields.BigIntField()
    member_id = fields.BigIntField(db_index=True)
    period_key = fields.CharField(max_length=10)
    count = fields.IntField(default=0)
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "task_progress"
        unique_together = (("task_id", "member_id", "period_key"),)


class TaskCredit(Model):
    """One event or order counted towards a task (each counts once, whatever the retries)."""

    id = fields.BigIntField(primary_key=True)
    task_id = fields.BigIntField()
    member_id = fields.BigIntField(db_index=True)
    source = fields.CharField(max_length=100)

    class Meta:
        table = "task_credits"
        unique_together = (("task_id", "source"),)


class MemberBadge(Model):
    """A badge a member earned by completing a task."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    badge = fields.CharField(max_length=50)
    task_id = fields.BigIntField()
    earned_at = fields.DatetimeField()

    class Meta:
        table = "member_badges"
        unique_together = (("member_id", "badge"),)
