"""Tasks and badges: members complete tasks by tracked events or paid orders and are rewarded
once per period.

A task counts `target` events of a name (profile completed, phone bound, official account
followed, review, share) or paid orders, within a period (once ever, a business day, week or
month) and its window, for the members of its audience. Each event or order counts once per
task whatever the retries (a unique credit row); the count is an upsert, and completion is a
guarded update, so the reward (points, a coupon, a benefit, a badge) is granted exactly once per
member, task and period even when the same member's events are processed concurrently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import config_history, db
from domain.audience import membership
from domain.benefits import service as benefits_service
from domain.clock import to_business
from domain.coupons import issuing as coupons_issuing
from domain.coupons.templates import template_by_code
from domain.engagement.models import MemberBadge, Task, TaskPeriod, TaskProgress, TaskTrigger
from domain.errors import DomainError, ErrorCode, InvalidAmount
from domain.orders import reads as orders_reads
from domain.orders import service as orders_service
from domain.points import config as points_config
from domain.points import movements as points_movements

MAX_TARGET = 1000


def period_key(period: TaskPeriod | str, at: datetime) -> str:
    """The business period an instant falls in: ALL, 2026-03-10, 2026-W11 or 2026-03."""
    local = to_business(at).date()
    if period == TaskPeriod.DAY:
        return local.isoformat()
    if period == TaskPeriod.WEEK:
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    if period == TaskPeriod.MONTH:
        return f"{local.year}-{local.month:02d}"
    return "ALL"


async def define_task(**values: Any) -> Task:
    """Create or change a task by code, checked whole (rewards must exist)."""
    code = str(values.get("code") or "")
    if not code or len(code) > 50:
        raise DomainError("code is 1..50 characters.", field="code")
    if not 1 <= int(values.get("target", 1)) <= MAX_TARGET:
        raise InvalidAmount(f"target is 1 to {MAX_TARGET}.", field="target")
    if values["trigger"] == TaskTrigger.EVENT and not values.get("event_name"):
        raise DomainError(
            "An event task names its event.", field="eventName", code=ErrorCode.REQUIRED
        )
    if (
        values.get("starts_at")
        and values.get("ends_at")
        and values["ends_at"] <= values["starts_at"]
    ):
        raise DomainError(
            "endsAt must be after startsAt.", field="endsAt", code=ErrorCode.INVALID_WINDOW
        )
    if int(values.get("reward_points") or 0) < 0:
        raise InvalidAmount("rewardPoints must not be negative.", field="rewardPoints")
    if values.get("reward_points"):
        await points_config.get_type(values.get("reward_point_type") or "", "rewardPointType")
    if values.get("reward_coupon"):
        await template_by_code(values["reward_coupon"], "rewardCoupon")
    if values.get("reward_benefit"):
        await benefits_service.get_benefit(values["reward_benefit"], "rewardBenefit")
    if values.get("audience"):
        values["audience"] = await membership.check(values["audience"], "audience")
    async with db.transaction():
        before = await Task.filter(code=code).select_for_update().first()
        task, _ = await Task.update_or_create(
            code=code, defaults={k: v for k, v in values.items() if k != "code"}
        )
        await config_history.record(
            "Task",
            task.code,
            before=config_history.snapshot(before),
            after=config_history.snapshot(task),
        )
    return task


def _open(task: Task, at: datetime) -> bool:
    """Whether an instant falls in the task's window."""
    return (task.starts_at is None or task.starts_at <= at) and (
        task.ends_at is None or at < task.ends_at
    )


async def _active(trigger: TaskTrigger) -> list[Task]:
    """The active tasks of a trigger, by id (one statement per job, not per event)."""
    return list(await Task.filter(active=True, trigger=trigger).order_by("id"))


@dataclass(frozen=True)
class Completed:
    task_code: str
    member_id: int
    period_key: str


async def _reward(task: Task, member_id: int, period: str, at: datetime) -> None:
    key = f"task:{task.id}:{member_id}:{period}"
    if task.reward_points and task.reward_point_type:
        await points_movements.credit_points(
            member_id=member_id,
            point_type_code=task.reward_point_type,
            points=int(task.reward_points),
            key=key,
            reason=f"task {task.code}",
            operator="tasks",
        )
    if task.reward_coupon:
        await coupons_issuing.issue_coupon(
            member_id=member_id,
            template_code=task.reward_coupon,
            key=key,
            source="TASK",
            operator="tasks",
        )
    if task.reward_benefit:
        await benefits_service.grant(
            member_id=member_id,
            benefit_code=task.reward_benefit,
            quantity=1,
            source="TASK",
            key=key,
        )
    if task.badge:
        await db.execute(
            "INSERT INTO member_badges (member_id, badge, task_id, earned_at) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            member_id,
            task.badge,
            task.id,
            at,
        )


async def _count(task: Task, member_id: int, source: str, at: datetime) -> Completed | None:
    """Count one source towards a task; reward when it completes the period's target."""
    period = period_key(task.period, at)
    async with db.transaction():
        credited = await db.fetch_one(
            "INSERT INTO task_credits (task_id, member_id, source) VALUES ($1, $2, $3) "
            "ON CONFLICT DO NOTHING RETURNING id",
            task.id,
            member_id,
            source[:100],
        )
        if credited is None:
            return None
        row = await db.fetch_one(
            """INSERT INTO task_progress (task_id, member_id, period_key, count)
               VALUES ($1, $2, $3, 1)
               ON CONFLICT (task_id, member_id, period_key)
               DO UPDATE SET count = task_progress.count + 1
               RETURNING id, count""",
            task.id,
            member_id,
            period,
        )
        assert row is not None
        if int(row["count"]) < task.target:
            return None
        done = await db.fetch_one(
            "UPDATE task_progress SET completed_at = $2 WHERE id = $1 AND completed_at IS NULL "
            "RETURNING id",
            row["id"],
            at,
        )
        if done is None:
            return None
        await _reward(task, member_id, period, at)
        return Completed(task.code, member_id, period)


async def _record(member_id: int, tasks: list[Task], source: str, at: datetime) -> list[Completed]:
    completed = []
    for task in tasks:
        if not _open(task, at):
            continue
        if task.audience and not await membership.includes(task.audience, member_id):
            continue
        done = await _count(task, member_id, source, at)
        if done is not None:
            completed.append(done)
    return completed


async def on_order(order_id: int) -> list[Completed]:
    """Count a paid order towards the order tasks of its member."""
    tasks = await _active(TaskTrigger.ORDER)
    if not tasks:
        return []
    order = await orders_service.get_order(order_id)
    if order is None or order.member_id is None:
        return []
    return await _record(order.member_id, tasks, f"order:{order.id}", order.paid_at)


async def on_events(event_ids: list[int]) -> list[Completed]:
    """Count members' tracked events towards the event tasks of their names."""
    tasks = await _active(TaskTrigger.EVENT)
    if not tasks:
        return []
    completed = []
    for event in await orders_reads.member_events_in_order(event_ids):
        named = [t for t in tasks if t.event_name == event.name]
        if named:
            completed += await _record(
                event.member_id, named, f"event:{event.id}", event.occurred_at
            )
    return completed


@dataclass(frozen=True)
class MemberTask:
    """A task as a member sees it now: progress in the current period."""

    task: Task
    period_key: str
    count: int
    completed_at: datetime | None


async def tasks_of(member_id: int, now: datetime) -> list[MemberTask]:
    """The active tasks open now for the member (audience included), with progress."""
    tasks = [t for t in await Task.filter(active=True).order_by("id") if _open(t, now)]
    tasks = [t for t in tasks if not t.audience or await membership.includes(t.audience, member_id)]
    keys = {t.id: period_key(t.period, now) for t in tasks}
    rows = {
        (p.task_id, p.period_key): p
        for p in await TaskProgress.filter(member_id=member_id, task_id__in=list(keys))
    }
    out = []
    for t in tasks:
        progress = rows.get((t.id, keys[t.id]))
        out.append(
            MemberTask(
                t,
                keys[t.id],
                min(progress.count, t.target) if progress else 0,
                progress.completed_at if progress else None,
            )
        )
    return out


async def badges_of(member_id: int) -> list[MemberBadge]:
    """The member's badges, earliest first."""
    return list(await MemberBadge.filter(member_id=member_id).order_by("earned_at", "id"))


async def tasks_page(*, after_id: int | None, limit: int) -> list[Task]:
    """Tasks by id, for staff."""
    query = Task.all()
    if after_id is not None:
        query = query.filter(id__gt=after_id)
    return list(await query.order_by("id").limit(limit))
