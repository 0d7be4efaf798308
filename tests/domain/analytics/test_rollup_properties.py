"""Property test: random streams of orders, refunds, merges, registrations, point movements and
events, each through its real writer. After a refresh of the dirty partitions every rollup equals
plain SQL over the raw tables at its grain (EXCEPT both ways = 0 rows); so it does after refreshing
again, and after rebuilding every partition in a random order.

The examples of one run accumulate in the same database, so each comparison covers every earlier
stream too.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import db, jobs
from domain.analytics import refresh
from domain.analytics.rollups import ROLLUPS
from domain.catalog.models import Category, Item, Store
from domain.clock import business_zone
from domain.errors import DomainError
from domain.members import merging
from domain.members.models import Channel
from domain.orders import events as orders_events
from domain.orders import recording, refunds
from domain.orders.rules import RefundLineRequest
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from tests.domain.analytics.raw import all_mismatches
from tests.factories import make_member

pytestmark = pytest.mark.slow

# 23:30 on 31 January on the Shanghai wall clock: +-50 hours spans two months and four days
BASE = datetime(2026, 1, 31, 15, 30, tzinfo=UTC)
_serial = itertools.count(1)

member_slot = st.integers(0, 5)
operation = st.one_of(
    st.tuples(
        st.just("order"),
        st.one_of(st.none(), member_slot),
        st.integers(-3000, 3000),
        st.sampled_from([None, "S1", "S2"]),
        st.sampled_from([Channel.POS, Channel.APP]),
        st.booleans(),
        st.lists(st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(1, 3)), min_size=1),
    ),
    st.tuples(st.just("refund"), st.integers(0, 40), st.booleans()),
    st.tuples(st.just("merge"), member_slot, member_slot),
    st.tuples(st.just("register"), st.sampled_from([Channel.POS, Channel.WEB])),
    st.tuples(st.just("credit"), member_slot, st.integers(1, 80)),
    st.tuples(st.just("redeem"), member_slot, st.integers(1, 80)),
    st.tuples(st.just("event"), st.integers(0, 3000), st.sampled_from([None, "APP", "WEB"])),
)


@pytest.fixture
async def loop(database: str) -> AsyncIterator[asyncio.AbstractEventLoop]:
    yield asyncio.get_running_loop()


class Stream:
    """The live state a stream of operations refers to by slot."""

    def __init__(self) -> None:
        self.members: list[int] = []
        self.orders: list[tuple[Channel, str]] = []

    def member(self, slot: int) -> int:
        return self.members[slot % len(self.members)]


async def _catalogue(stream: Stream) -> None:
    category = await Category.create(code="C1", name="C1")
    for code in ("A", "B"):
        await Item.create(code=code, name=code, category_id=category.id, price_cents=1000)
    await Item.create(code="C", name="C", price_cents=700)  # no category
    for code in ("S1", "S2"):
        await Store.create(code=code, name=code)
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},
        cents_per_point=(1, 1),
    )
    await orders_events.define_event(name="visit", description="", properties_schema={})
    for _ in range(3):
        stream.members.append((await make_member()).id)


async def _order(stream: Stream, op: tuple) -> None:
    _, slot, minutes, store, channel, coupon, lines = op
    number = f"O-{next(_serial)}"
    recorded = await recording.record_order(
        recording.OrderInput(
            channel=channel,
            external_no=number,
            paid_at=BASE + timedelta(minutes=minutes),
            lines=[recording.LineInput(code, quantity, 1000) for code, quantity in lines],
            member_id=None if slot is None else stream.member(slot),
            store_code=store,
            coupon_used=coupon,
        )
    )
    stream.orders.append((channel, number))
    assert recorded.created


async def _refund(stream: Stream, op: tuple) -> None:
    _, index, full = op
    channel, number = stream.orders[index % len(stream.orders)]
    await refunds.refund_order(
        channel=channel,
        external_no=number,
        refund_no=f"R-{next(_serial)}",
        refunded_at=BASE + timedelta(days=3),
        lines=None if full else [RefundLineRequest(line_no=1, quantity=1)],
    )


async def _apply(stream: Stream, op: tuple) -> None:
    kind = op[0]
    if kind == "order":
        await _order(stream, op)
    elif kind == "refund" and stream.orders:
        await _refund(stream, op)
    elif kind == "merge":
        survivor, absorbed = stream.member(op[1]), stream.member(op[2])
        if survivor != absorbed and len(stream.members) > 1:
            await merging.merge_members(
                survivor_id=survivor, absorbed_id=absorbed, reason="test", operator="test"
            )
            stream.members.remove(absorbed)
    elif kind == "register":
        stream.members.append((await make_member(channel=op[1])).id)
    elif kind in ("credit", "redeem"):
        await _points(stream, op)
    elif kind == "event":
        await orders_events.track_events(
            [
                orders_events.EventInput(
                    event_id=f"E-{next(_serial)}",
                    name="visit",
                    occurred_at=datetime.now(UTC) - timedelta(minutes=op[1]),
                    properties={"channel": op[2]} if op[2] else {},
                )
            ],
            forced_member_id=None,
        )


async def _points(stream: Stream, op: tuple) -> None:
    kind, slot, points = op
    key = f"P-{next(_serial)}"
    if kind == "credit":
        await points_movements.credit_points(
            member_id=stream.member(slot),
            point_type_code="POINTS",
            points=points,
            key=key,
            reason="test",
            operator="test",
        )
    else:
        await points_movements.redeem(
            member_id=stream.member(slot),
            point_type_code="POINTS",
            points=points,
            key=key,
            purpose="test",
            operator="test",
        )


async def _all_partitions_in_random_order(rng: random.Random) -> None:
    days = await db.fetch(
        "SELECT DISTINCT business_day AS d FROM order_lines UNION "
        "SELECT DISTINCT (created_at AT TIME ZONE $1)::date FROM ledger_entries",
        business_zone().key,
    )
    keys = [
        (rollup, part)
        for rollup in ROLLUPS.values()
        for part in {refresh.partitions(rollup, row["d"], row["d"])[0] for row in days}
    ]
    rng.shuffle(keys)
    for rollup, part in keys:
        await refresh.rebuild_partition(rollup, part)


async def _run(stream: Stream, ops: list, seed: int) -> None:
    if not stream.members:
        await _catalogue(stream)
    async with jobs.deferred_scope():
        for op in ops:
            # refused input (nothing left to refund, too few points) writes nothing
            with contextlib.suppress(DomainError):
                await _apply(stream, op)
    now = datetime.now(UTC)
    await refresh.refresh_dirty(now=now)
    assert await all_mismatches() == {}
    assert [s.dirty_partitions for s in await refresh.freshness()] == [0] * len(ROLLUPS)

    await refresh.refresh_dirty(now=now)  # nothing dirty: a second run changes nothing
    assert await all_mismatches() == {}

    await _all_partitions_in_random_order(random.Random(seed))
    assert await all_mismatches() == {}


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(operation, min_size=1, max_size=25), seed=st.integers(0, 2**16))
def test_rollups_equal_plain_sql_over_the_raw_tables(
    loop: asyncio.AbstractEventLoop, stream: Stream, ops: list, seed: int
) -> None:
    loop.run_until_complete(_run(stream, ops, seed))


@pytest.fixture
def stream(loop: asyncio.AbstractEventLoop) -> Stream:
    return Stream()
