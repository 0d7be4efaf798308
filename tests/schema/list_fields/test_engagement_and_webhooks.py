"""Lists of pending points, ladder previews, tasks, badges, gift cards and webhooks: statements
flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain import jobs
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.catalog.models import Item
from domain.clock import utc_now
from domain.engagement import tasks
from domain.engagement.models import MemberBadge, TaskTrigger
from domain.members.models import Channel, Member
from domain.orders import recording as orders_recording
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points import settlement as points_settlement
from domain.points.models import PointKind
from domain.wallet import gift_cards
from domain.webhooks import outbox
from schema.build import schema
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import STAFF, member
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)
CHANNELS = ["APP", "POS", "WEB", "MINI_PROGRAM", "PARTNER"]


@pytest.mark.list_fields("Query.pendingPoints", "PointType.pendingDaysByChannel")
async def test_pending_points_and_return_windows(list_fields: ListFieldCheck) -> None:
    await Item.create(code="SKU-1", name="Essence", price_cents=1000)
    holder = (await make_member()).id
    windows: dict[str, int] = {}

    async def define(by_channel: dict[str, int]) -> None:
        await points_config.define_type(
            code="POINTS",
            name="Points",
            kind=PointKind.SPENDABLE,
            expiry_policy={"kind": "NEVER"},
            pending_days=7,
            pending_days_by_channel=by_channel,
        )

    await define({})
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)

    async def add_orders(count: int) -> None:
        for _ in range(count):
            async with jobs.deferred_scope():
                recorded = await orders_recording.record_order(
                    orders_recording.OrderInput(
                        channel=Channel.APP,
                        external_no=f"LP-{next(_numbers)}",
                        paid_at=utc_now() - timedelta(hours=1),
                        lines=[orders_recording.LineInput("SKU-1", 1, 1000)],
                        member_id=holder,
                    )
                )
            await points_settlement.earn_for_order(recorded.order.id)

    async def add_windows(count: int) -> None:
        for _ in range(count):
            windows[CHANNELS[len(windows)]] = 3
        await define(windows)

    await list_fields.assert_flat(
        root_query(GRAPH, "pendingPoints", f'memberId: "{encode_id("Member", holder)}"'),
        add_orders,
        principal=STAFF,
    )
    await list_fields.assert_flat(root_query(GRAPH, "pointTypes"), add_windows, principal=STAFF)


def _ladder(gifts: list[str]) -> dict[str, Any]:
    return {
        "i": {
            "levels": [
                {
                    "rank": 1,
                    "code": "S",
                    "name": "S",
                    "reachGrowth": 0,
                    "keepGrowth": 0,
                    "validityMonths": 0,
                },
                {
                    "rank": 2,
                    "code": "G",
                    "name": "G",
                    "reachGrowth": 10,
                    "keepGrowth": 0,
                    "validityMonths": 0,
                    "upgradeGifts": [{"benefit": code, "quantity": 1} for code in gifts],
                },
            ]
        }
    }


@pytest.mark.list_fields(
    "LevelPreview.moves", "LevelPreview.byStore", "LevelPreview.byChannel", "LevelPreview.gifts"
)
async def test_level_preview(list_fields: ListFieldCheck) -> None:
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    gifts: list[str] = []

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            m = (await make_member(channel=Channel(CHANNELS[n % len(CHANNELS)]))).id
            await Member.filter(id=m).update(source_store=f"S{n}")
            code = f"GIFT{n}"
            await benefits_service.define_benefit(
                code=code, name=code, kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
            )
            gifts.append(code)
            if n % 2:  # half the members reach the second level
                await points_movements.credit_points(
                    member_id=m,
                    point_type_code="GROWTH",
                    points=20,
                    key=f"g{n}",
                    reason="t",
                    operator="t",
                )

    query = root_query(GRAPH, "previewLevels", "input: $i", declare="$i: DefineLevelsInput!")
    await list_fields.assert_flat(query, add, principal=STAFF, variables=lambda: _ladder(gifts))


@pytest.mark.list_fields("Query.myTasks", "Query.tasks", "Query.myBadges")
async def test_tasks_and_badges(list_fields: ListFieldCheck) -> None:
    holder = (await make_member()).id

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await tasks.define_task(
                code=f"T{n}", name=f"T{n}", trigger=TaskTrigger.ORDER, badge=f"B{n}"
            )
            await MemberBadge.create(
                member_id=holder,
                badge=f"B{n}",
                task_id=1,
                earned_at=datetime(2026, 3, 1, tzinfo=UTC),
            )

    for field in ("myTasks", "myBadges"):
        await list_fields.assert_flat(root_query(GRAPH, field), add, principal=member(holder))
    await list_fields.assert_flat(root_query(GRAPH, "tasks"), add, principal=STAFF)


@pytest.mark.list_fields("Query.giftCards")
async def test_gift_cards(list_fields: ListFieldCheck) -> None:
    holder = (await make_member()).id

    async def add(count: int) -> None:
        now = utc_now()
        for issued in await gift_cards.issue(
            count=count, face_cents=100, expires_at=now + timedelta(days=30), batch="", now=now
        ):
            await gift_cards.activate(member_id=holder, code=issued.code, now=now)

    await list_fields.assert_flat(root_query(GRAPH, "giftCards"), add, principal=member(holder))


@pytest.mark.list_fields("Query.webhooks", "Query.webhookDeliveries")
async def test_webhooks(list_fields: ListFieldCheck) -> None:
    first = await outbox.subscribe(
        url="https://example.com/hook", events=["member.registered"], operator="t"
    )

    async def add(count: int) -> None:
        for _ in range(count):
            await outbox.subscribe(
                url=f"https://example.com/{next(_numbers)}",
                events=list(outbox.EVENT_TYPES),
                operator="t",
            )
            await make_member()  # one more member.registered for the first subscription

    await list_fields.assert_flat(root_query(GRAPH, "webhooks"), add, principal=STAFF)
    deliveries = root_query(
        GRAPH,
        "webhookDeliveries",
        f'subscriptionId: "{encode_id("WebhookSubscription", first.id)}"',
    )
    await list_fields.assert_flat(deliveries, add, principal=STAFF)
