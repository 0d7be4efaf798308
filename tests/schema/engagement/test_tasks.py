"""Tasks: events and orders count once each, completion rewards once per period, badges."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.clock import utc_now
from domain.coupons.models import Coupon
from domain.engagement import tasks
from domain.engagement.models import MemberBadge, TaskPeriod, TaskTrigger
from domain.ledger.models import Account
from domain.members.models import Channel
from domain.orders import events as events_service
from domain.orders import recording as orders_recording
from domain.orders.models import Event
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member, make_template
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

_numbers = itertools.count(1)
DAY_ONE = datetime(2026, 3, 10, 2, tzinfo=UTC)  # 10:00 in Shanghai


async def _setup() -> None:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await events_service.define_event(name="review", description="", properties_schema={})


async def _events(member_id: int, at: list[datetime]) -> list[int]:
    names = [f"EV-{next(_numbers)}" for _ in at]
    async with jobs.deferred_scope():
        await events_service.track_events(
            [
                events_service.EventInput(
                    event_id=n, name="review", occurred_at=t, member_id=member_id
                )
                for n, t in zip(names, at, strict=True)
            ],
            forced_member_id=None,
        )
    return [e.id for e in await Event.filter(member_id=member_id, event_id__in=names)]


async def _points(member_id: int) -> int:
    account = await Account.get_or_none(member_id=member_id, asset="POINTS:POINTS")
    return account.available if account else 0


async def test_a_daily_event_task_rewards_once_a_day_and_counts_each_event_once() -> None:
    await _setup()
    await tasks.define_task(
        code="REVIEW2",
        name="Two reviews a day",
        trigger=TaskTrigger.EVENT,
        event_name="review",
        period=TaskPeriod.DAY,
        target=2,
        reward_point_type="POINTS",
        reward_points=10,
        badge="REVIEWER",
    )
    m = (await make_member()).id
    first_day = await _events(
        m, [DAY_ONE, DAY_ONE + timedelta(hours=1), DAY_ONE + timedelta(hours=2)]
    )

    done = await tasks.on_events(first_day)
    again = await tasks.on_events(first_day)  # a retried job
    next_day = await tasks.on_events(
        await _events(m, [DAY_ONE + timedelta(days=1), DAY_ONE + timedelta(days=1, hours=1)])
    )

    assert [c.period_key for c in done] == ["2026-03-10"]
    assert again == []
    assert [c.period_key for c in next_day] == ["2026-03-11"]
    assert await _points(m) == 20
    assert await MemberBadge.filter(member_id=m).count() == 1


async def test_a_first_order_task_gives_its_coupon_once() -> None:
    await _setup()
    await make_template("WELCOME")
    await tasks.define_task(
        code="FIRST",
        name="First order",
        trigger=TaskTrigger.ORDER,
        reward_coupon="WELCOME",
    )
    await Item.create(code="SKU-1", name="Essence", price_cents=10000)
    m = (await make_member()).id
    completed = []
    for _ in range(2):
        async with jobs.deferred_scope():
            recorded = await orders_recording.record_order(
                orders_recording.OrderInput(
                    channel=Channel.POS,
                    external_no=f"T-{next(_numbers)}",
                    paid_at=DAY_ONE,
                    lines=[orders_recording.LineInput("SKU-1", 1, 10000)],
                    member_id=m,
                )
            )
        completed += await tasks.on_order(recorded.order.id)

    assert [c.task_code for c in completed] == ["FIRST"]
    assert await Coupon.filter(member_id=m).count() == 1


async def test_concurrent_events_complete_a_task_exactly_once() -> None:
    await _setup()
    await tasks.define_task(
        code="FIVE",
        name="Five reviews",
        trigger=TaskTrigger.EVENT,
        event_name="review",
        target=5,
        reward_point_type="POINTS",
        reward_points=50,
    )
    m = (await make_member()).id
    ids = await _events(m, [DAY_ONE + timedelta(minutes=i) for i in range(20)])

    results = await asyncio.gather(*(tasks.on_events([i]) for i in ids))

    assert sum(len(r) for r in results) == 1
    assert await _points(m) == 50


MY_TASKS = "{ myTasks { nodes { task { code target } progress completed periodKey } } }"
DEFINE = """mutation($i: DefineTaskInput!) { defineTask(input: $i) {
  task { code period } errors { code field } } }"""


async def test_members_see_progress_and_bad_tasks_are_refused() -> None:
    await _setup()
    good = await gql(
        DEFINE,
        {
            "i": {
                "code": "R3",
                "name": "Three reviews this week",
                "trigger": "EVENT",
                "eventName": "review",
                "period": "WEEK",
                "target": 3,
            }
        },
        STAFF,
    )
    assert good.data["defineTask"] == {"task": {"code": "R3", "period": "WEEK"}, "errors": []}
    m = (await make_member()).id
    await tasks.on_events(await _events(m, [utc_now() - timedelta(seconds=5)]))

    mine = await gql(MY_TASKS, principal=member(m))

    [node] = mine.data["myTasks"]["nodes"]
    assert (node["task"]["code"], node["progress"], node["completed"]) == ("R3", 1, False)
    base = {"code": "BAD", "name": "Bad", "trigger": "EVENT", "eventName": "review"}
    cases = [
        ({**base, "eventName": None}, ("REQUIRED", "eventName")),
        ({**base, "target": 0}, ("INVALID_AMOUNT", "target")),
        ({**base, "rewardCoupon": "NOPE"}, ("NOT_FOUND", "rewardCoupon")),
        (
            {**base, "rewardPoints": 5, "rewardPointType": "NOPE"},
            ("UNKNOWN_POINT_TYPE", "rewardPointType"),
        ),
    ]
    for variables, expected in cases:
        result = await gql(DEFINE, {"i": variables}, STAFF)
        [error] = result.data["defineTask"]["errors"]
        assert (error["code"], error["field"]) == expected
