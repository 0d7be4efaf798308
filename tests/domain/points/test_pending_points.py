"""Pending points: held for the return window, released once, cancelled by refunds inside it."""

from __future__ import annotations

import asyncio
import itertools
from datetime import date, datetime, timedelta

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.clock import business_day_start
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.orders import refunds as orders_refunds
from domain.orders.rules import RefundLineRequest
from domain.points import config as points_config
from domain.points import pending as points_pending
from domain.points import settlement as points_settlement
from domain.points.models import PendingCredit, PendingStatus, PointKind
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

_numbers = itertools.count(1)
PAID = business_day_start(date(2026, 3, 10)) + timedelta(hours=3)
WEEK = timedelta(days=7)


async def _setup(pending_days: int = 7, by_channel: dict[str, int] | None = None) -> None:
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},  # a reversal expires due lots by the running clock
        pending_days=pending_days,
        pending_days_by_channel=by_channel,
    )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)
    await Item.create(code="SKU-1", name="Essence", price_cents=5000)


async def _order(member_id: int, channel: Channel = Channel.APP) -> tuple[int, str]:
    """A paid order of two lines of 50.00 (100 points); returns its id and number."""
    number = f"PP-{next(_numbers)}"
    async with jobs.deferred_scope():
        recorded = await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=channel,
                external_no=number,
                paid_at=PAID,
                lines=[
                    orders_recording.LineInput("SKU-1", 1, 5000),
                    orders_recording.LineInput("SKU-1", 1, 5000),
                ],
                member_id=member_id,
            )
        )
    await points_settlement.earn_for_order(recorded.order.id)
    return recorded.order.id, number


async def _refund(number: str, refund_no: str, at: datetime, line: int | None) -> int:
    async with jobs.deferred_scope():
        refund, _ = await orders_refunds.refund_order(
            channel=Channel.APP,
            external_no=number,
            refund_no=refund_no,
            refunded_at=at,
            lines=[RefundLineRequest(line, 1)] if line else None,
        )
    return refund.id


async def _available(member_id: int) -> int:
    account = await Account.get_or_none(member_id=member_id, asset="POINTS:POINTS")
    return account.available if account else 0


async def test_points_are_held_for_the_window_then_released_once() -> None:
    await _setup()
    m = (await make_member()).id
    await _order(m)

    assert await _available(m) == 0
    [held] = await points_pending.pending_of(m)
    assert (held.points, held.releases_at) == (100, PAID + WEEK)

    early = await points_pending.release_due(PAID + WEEK - timedelta(seconds=1))
    due = await points_pending.release_due(PAID + WEEK)
    again = await points_pending.release_due(PAID + WEEK + timedelta(days=1))

    assert (early, due, again) == (
        {"released": 0, "points": 0},
        {"released": 1, "points": 100},
        {"released": 0, "points": 0},
    )
    assert await _available(m) == 100
    assert await points_pending.pending_of(m) == []
    assert await ledger.verify() == []


async def test_a_refund_inside_the_window_takes_from_the_held_points_and_one_after_it_reverses() -> (
    None
):
    await _setup()
    m = (await make_member()).id
    _order_id, number = await _order(m)

    inside = await _refund(number, "R-1", PAID + timedelta(days=2), line=1)
    assert await points_settlement.reverse_for_refund(inside) == [
        points_settlement.Settled("POINTS", -50)
    ]
    assert await points_settlement.reverse_for_refund(inside) == [
        points_settlement.Settled("POINTS", 0)
    ]  # retried: nothing more
    assert [p.points for p in await points_pending.pending_of(m)] == [50]

    await points_pending.release_due(PAID + WEEK)
    assert await _available(m) == 50

    after = await _refund(number, "R-2", PAID + WEEK + timedelta(days=1), line=2)
    await points_settlement.reverse_for_refund(after)
    assert await _available(m) == 0
    assert await ledger.verify() == []


async def test_a_full_refund_inside_the_window_cancels_everything() -> None:
    await _setup()
    m = (await make_member()).id
    order_id, number = await _order(m)

    await points_settlement.reverse_for_refund(await _refund(number, "R-1", PAID, line=None))
    released = await points_pending.release_due(PAID + WEEK)

    assert released == {"released": 0, "points": 0}
    row = await PendingCredit.get(order_id=order_id)
    assert (row.status, row.cancelled) == (PendingStatus.CANCELLED, 100)
    assert await _available(m) == 0


async def test_release_racing_a_refund_ends_with_the_same_balance_either_way() -> None:
    await _setup()
    members = [(await make_member()).id for _ in range(4)]
    refunds = []
    for m in members:
        _, number = await _order(m)
        refunds.append(await _refund(number, f"R-{m}", PAID + timedelta(days=1), line=1))

    await asyncio.gather(
        *(points_pending.release_due(PAID + WEEK) for _ in range(3)),
        *(points_settlement.reverse_for_refund(r) for r in refunds for _ in range(2)),
    )
    await points_pending.release_due(PAID + WEEK)

    assert [await _available(m) for m in members] == [50] * 4
    assert await ledger.verify() == []


async def test_a_channel_with_no_window_credits_at_once() -> None:
    await _setup(pending_days=7, by_channel={"POS": 0})
    m = (await make_member()).id
    await _order(m, Channel.POS)
    assert await _available(m) == 100
    assert await points_pending.pending_of(m) == []


PENDING = (
    """query($m: ID) { pendingPoints(memberId: $m) { nodes { pointType points releasesAt } } }"""
)
DEFINE = """mutation($i: DefinePointTypeInput!) { definePointType(input: $i) {
  pointType { pendingDays pendingDaysByChannel { channel days } } errors { code field } } }"""


async def test_members_see_their_own_pending_points_and_bad_windows_are_refused() -> None:
    await _setup()
    m = (await make_member()).id
    other = (await make_member()).id
    await _order(m)

    mine = await gql(PENDING, {}, member(m))
    theirs = await gql(PENDING, {}, member(other))

    assert mine.data["pendingPoints"]["nodes"] == [
        {"pointType": "POINTS", "points": 100, "releasesAt": (PAID + WEEK).isoformat()}
    ]
    assert theirs.data["pendingPoints"]["nodes"] == []
    base = {"code": "POINTS", "name": "Points", "kind": "SPENDABLE"}
    good = await gql(
        DEFINE,
        {"i": {**base, "pendingDays": 7, "pendingDaysByChannel": [{"channel": "POS", "days": 0}]}},
        STAFF,
    )
    assert good.data["definePointType"]["pointType"] == {
        "pendingDays": 7,
        "pendingDaysByChannel": [{"channel": "POS", "days": 0}],
    }
    bad = await gql(DEFINE, {"i": {**base, "pendingDays": 400}}, STAFF)
    assert bad.data["definePointType"]["errors"] == [
        {"code": "INVALID_WINDOW", "field": "pendingDays"}
    ]
