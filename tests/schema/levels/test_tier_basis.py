"""Ladders on spend, orders or tenure: upgrades, progress, the review and previews all count
the ladder's basis."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.levels import evaluation as levels_evaluation
from domain.levels import service as levels_service
from domain.levels.models import MemberLevel
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.orders import refunds as orders_refunds
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEFINE = (
    """mutation($i: DefineLevelsInput!) { defineLevels(input: $i) { errors { code field } } }"""
)
PREVIEW = """query($i: DefineLevelsInput!) { previewLevels(input: $i) { up down stay } }"""
PROGRESS = "{ me { level { basis growth growthToNextLevel level { code } } } }"
PAID = datetime(2020, 6, 1, 4, tzinfo=UTC)
_numbers = itertools.count(1)


def _ladder(basis: str, reach: int, keep: int = 0, validity: int = 0) -> dict:
    return {
        "i": {
            "basis": basis,
            "levels": [
                {
                    "rank": 1,
                    "code": "SILVER",
                    "name": "Silver",
                    "reachGrowth": 0,
                    "keepGrowth": 0,
                    "validityMonths": 0,
                },
                {
                    "rank": 2,
                    "code": "GOLD",
                    "name": "Gold",
                    "reachGrowth": reach,
                    "keepGrowth": keep,
                    "validityMonths": validity,
                },
            ],
        }
    }


async def _setup() -> None:
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    await Item.create(code="SKU-1", name="Essence", price_cents=10000)


async def _order(member_id: int, cents: int) -> str:
    number = f"TB-{next(_numbers)}"
    async with jobs.deferred_scope():
        await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.POS,
                external_no=number,
                paid_at=PAID,
                lines=[orders_recording.LineInput("SKU-1", 1, cents)],
                member_id=member_id,
            )
        )
    return number


async def _from_2020(member_id: int, rank: int = 1, ends: date | None = None) -> None:
    start = date(2020, 1, 1)
    await MemberLevel.create(
        member_id=member_id,
        rank=rank,
        reached_on=start,
        period_started_on=start,
        period_ends_on=ends,
    )


async def test_a_spend_ladder_upgrades_on_net_spend_and_shows_it_as_progress() -> None:
    await _setup()
    assert (await gql(DEFINE, _ladder("SPEND", 50000), STAFF)).data["defineLevels"]["errors"] == []
    big = (await make_member()).id
    small = (await make_member()).id
    for m in (big, small):
        await _from_2020(m)
    await _order(big, 40000)
    await _order(big, 20000)
    await _order(small, 30000)

    outcomes = [await levels_service.apply_growth(m) for m in (big, small)]
    progress = await gql(PROGRESS, principal=member(small))

    assert [o.rank for o in outcomes] == [2, 1]
    assert progress.data["me"]["level"] == {
        "basis": "SPEND",
        "growth": 30000,
        "growthToNextLevel": 20000,
        "level": {"code": "SILVER"},
    }


async def test_an_orders_ladder_ignores_orders_refunded_in_full() -> None:
    await _setup()
    await gql(DEFINE, _ladder("ORDERS", 3), STAFF)
    m = (await make_member()).id
    await _from_2020(m)
    numbers = [await _order(m, 10000) for _ in range(3)]
    async with jobs.deferred_scope():
        await orders_refunds.refund_order(
            channel=Channel.POS,
            external_no=numbers[0],
            refund_no="R-1",
            refunded_at=PAID,
            lines=None,
        )

    assert (await levels_service.apply_growth(m)).rank == 1
    preview = await gql(PREVIEW, _ladder("ORDERS", 2), STAFF)
    assert preview.data["previewLevels"] == {"up": 1, "down": 0, "stay": 0}


async def test_a_tenure_ladder_counts_days_since_registration() -> None:
    await _setup()
    await gql(DEFINE, _ladder("TENURE", 30), STAFF)
    old = (await make_member(registered_days_ago=40)).id
    new = (await make_member(registered_days_ago=10)).id

    ranks = [(await levels_service.apply_growth(m)).rank for m in (old, new)]

    assert ranks == [2, 1]


async def test_the_review_keeps_or_downgrades_on_the_spend_of_the_period() -> None:
    await _setup()
    await gql(DEFINE, _ladder("SPEND", 50000, keep=30000, validity=12), STAFF)
    keeper = (await make_member()).id
    dropper = (await make_member()).id
    for m in (keeper, dropper):
        await _from_2020(m, rank=2, ends=date(2020, 12, 31))
    await _order(keeper, 35000)
    await _order(dropper, 10000)

    totals = await levels_evaluation.evaluate_due(date(2021, 1, 1))

    assert (totals["kept"], totals["downgraded"]) == (1, 1)
    ranks = {r.member_id: r.rank for r in await MemberLevel.all()}
    assert (ranks[keeper], ranks[dropper]) == (2, 1)
