"""Tasks and badges: staff define tasks; members read their tasks with progress and badges."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain import clock
from domain.access import Scope
from domain.engagement import tasks
from domain.engagement.models import MemberBadge, Task, TaskPeriod, TaskTrigger
from schema.access import target_member
from schema.args import After, First
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.paging import page_by_position
from schema.permissions import IsMemberOrStaff, IsStaff
from schema.relay import Connection, encode_id, keyset_page
from schema.segments import definition
from schema.segments.definition import SegmentDefinition
from schema.segments.inputs import DefinitionInput

strawberry.enum(TaskTrigger, name="TaskTrigger")
strawberry.enum(TaskPeriod, name="TaskPeriod")


@strawberry.type(name="Task")
class TaskType:
    id: strawberry.ID
    code: str
    name: str
    trigger: TaskTrigger
    event_name: str | None
    period: TaskPeriod
    target: int
    starts_at: datetime | None
    ends_at: datetime | None
    audience: SegmentDefinition | None
    reward_point_type: str | None
    reward_points: int
    reward_coupon: str | None
    reward_benefit: str | None
    badge: str | None
    active: bool

    @classmethod
    def from_model(cls, t: Task) -> TaskType:
        return cls(
            id=strawberry.ID(encode_id("Task", t.id)),
            code=t.code,
            name=t.name,
            trigger=TaskTrigger(t.trigger),
            event_name=t.event_name,
            period=TaskPeriod(t.period),
            target=t.target,
            starts_at=t.starts_at,
            ends_at=t.ends_at,
            audience=definition.from_json(t.audience) if t.audience else None,
            reward_point_type=t.reward_point_type,
            reward_points=t.reward_points,
            reward_coupon=t.reward_coupon,
            reward_benefit=t.reward_benefit,
            badge=t.badge,
            active=t.active,
        )


@strawberry.type(name="MemberTask")
class MemberTaskType:
    task: TaskType
    period_key: str
    progress: int
    completed: bool
    completed_at: datetime | None

    @classmethod
    def from_member_task(cls, m: tasks.MemberTask) -> MemberTaskType:
        return cls(
            task=TaskType.from_model(m.task),
            period_key=m.period_key,
            progress=m.count,
            completed=m.completed_at is not None,
            completed_at=m.completed_at,
        )


@strawberry.type(name="Badge")
class BadgeType:
    badge: str
    earned_at: datetime

    @classmethod
    def from_model(cls, b: MemberBadge) -> BadgeType:
        return cls(badge=b.badge, earned_at=b.earned_at)


@strawberry.input
class DefineTaskInput:
    code: str
    name: str
    trigger: TaskTrigger
    event_name: str | None = None
    period: TaskPeriod = TaskPeriod.NONE
    target: int = 1
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    audience: DefinitionInput | None = None
    reward_point_type: str | None = None
    reward_points: int = 0
    reward_coupon: str | None = None
    reward_benefit: str | None = None
    badge: str | None = None
    active: bool = True


@strawberry.type(description="What defineTask returns.")
class DefineTaskPayload:
    task: TaskType | None
    errors: list[UserError]


@strawberry.type
class TasksQuery:
    @strawberry.field(
        description="The tasks open to a member now (window and audience), with progress in "
        "the current period; members read their own.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.POINTS_READ)],
    )
    async def my_tasks(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[MemberTaskType]:
        member = await target_member(info, member_id)
        rows = await tasks.tasks_of(member, clock.utc_now())
        return await page_by_position(
            rows, first=first, after=after, wrap=MemberTaskType.from_member_task
        )

    @strawberry.field(
        description="A member's badges, earliest first; members read their own.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.POINTS_READ)],
    )
    async def my_badges(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[BadgeType]:
        member = await target_member(info, member_id)
        return await page_by_position(
            await tasks.badges_of(member), first=first, after=after, wrap=BadgeType.from_model
        )

    @strawberry.field(
        description="Every task by id, for staff.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    async def tasks(self, first: First = None, after: After = None) -> Connection[TaskType]:
        return await keyset_page(
            lambda after_id, limit: tasks.tasks_page(after_id=after_id, limit=limit),
            first=first,
            after=after,
            key=lambda t: t.id,
            wrap=TaskType.from_model,
        )


@strawberry.type
class TasksMutation:
    @strawberry.mutation(
        description="Create or change a task by code: what counts (an event by name or paid "
        "orders), how many in which period, its window and audience, and the reward (points, "
        "a coupon, a benefit, a badge) paid once per member and period. Errors: REQUIRED "
        "(eventName), INVALID_AMOUNT (target 1..1000, rewardPoints), INVALID_WINDOW, "
        "UNKNOWN_POINT_TYPE, NOT_FOUND (coupon template, benefit), audience errors.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    @returns_errors
    async def define_task(self, input: DefineTaskInput) -> DefineTaskPayload:
        task = await tasks.define_task(
            code=input.code,
            name=input.name,
            trigger=TaskTrigger(input.trigger),
            event_name=input.event_name,
            period=TaskPeriod(input.period),
            target=input.target,
            starts_at=input.starts_at,
            ends_at=input.ends_at,
            audience=input.audience.to_dict("audience") if input.audience else None,
            reward_point_type=input.reward_point_type,
            reward_points=input.reward_points,
            reward_coupon=input.reward_coupon,
            reward_benefit=input.reward_benefit,
            badge=input.badge,
            active=input.active,
        )
        return DefineTaskPayload(task=TaskType.from_model(task), errors=[])
