"""previewLevels tries a proposed ladder without writing; defineLevels then upgrades at once."""

from __future__ import annotations

from datetime import date

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitGrant, BenefitKind, RedeemMethod
from domain.levels.models import Level, LevelChange, MemberLevel
from domain.members.models import Channel, Member
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from tests.factories import make_member
from tests.helpers import STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineLevelsInput!) { defineLevels(input: $i) {
  levels { rank } reevaluation { id status } errors { code field } } }"""
PREVIEW = """query($i: DefineLevelsInput!) { previewLevels(input: $i) {
  members up down stay moves { fromRank toRank members }
  byStore { key up down stay } byChannel { key up down stay }
  gifts { benefit quantity costCents } giftCostCents } }"""


def _ladder(reach2: int, reach3: int) -> dict:
    def level(rank: int, code: str, reach: int, **extra: object) -> dict:
        return {
            "rank": rank,
            "code": code,
            "name": code.title(),
            "reachGrowth": reach,
            "keepGrowth": 0,
            "validityMonths": 0,
            **extra,
        }

    return {
        "i": {
            "growthPointType": "GROWTH",
            "growthPolicy": "RESET",
            "levels": [
                level(1, "SILVER", 0),
                level(2, "GOLD", reach2, upgradeGifts=[{"benefit": "GIFT", "quantity": 2}]),
                level(3, "DIAMOND", reach3),
            ],
        }
    }


async def _member(growth: int, rank: int, store: str, channel: Channel) -> int:
    m = (await make_member(channel=channel)).id
    await Member.filter(id=m).update(source_store=store)
    await points_movements.credit_points(
        member_id=m, point_type_code="GROWTH", points=growth, key=f"g:{m}", reason="t", operator="t"
    )
    # the level period began long ago, so all of the growth counts whatever the clock says
    long_ago = date(2020, 1, 1)
    await MemberLevel.create(
        member_id=m, rank=rank, reached_on=long_ago, period_started_on=long_ago
    )
    return m


async def _world() -> tuple[int, int, int]:
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    await benefits_service.define_benefit(
        code="GIFT",
        name="Gift",
        kind=BenefitKind.CUSTOM,
        redeem_method=RedeemMethod.SCAN,
        unit_cost_cents=500,
    )
    defined = await gql(DEFINE, _ladder(1000, 5000), STAFF)
    assert defined.data["defineLevels"]["errors"] == []
    low = await _member(300, 1, "SH01", Channel.APP)
    mid = await _member(1200, 2, "SH01", Channel.POS)
    high = await _member(6000, 3, "BJ01", Channel.POS)
    return low, mid, high


async def _counts() -> tuple[int, ...]:
    return (
        await MemberLevel.all().count(),
        await LevelChange.all().count(),
        await BenefitGrant.all().count(),
        await Level.filter(reach_growth=200).count(),
    )


async def test_a_preview_counts_moves_and_gift_costs_and_writes_nothing() -> None:
    await _world()
    before = await _counts()

    result = await gql(PREVIEW, _ladder(200, 7000), STAFF)

    assert result.errors is None
    assert result.data["previewLevels"] == {
        "members": 3,
        "up": 1,
        "down": 1,
        "stay": 1,
        "moves": [
            {"fromRank": 1, "toRank": 2, "members": 1},
            {"fromRank": 2, "toRank": 2, "members": 1},
            {"fromRank": 3, "toRank": 2, "members": 1},
        ],
        "byStore": [
            {"key": "BJ01", "up": 0, "down": 1, "stay": 0},
            {"key": "SH01", "up": 1, "down": 0, "stay": 1},
        ],
        "byChannel": [
            {"key": "APP", "up": 1, "down": 0, "stay": 0},
            {"key": "POS", "up": 0, "down": 1, "stay": 1},
        ],
        "gifts": [{"benefit": "GIFT", "quantity": 2, "costCents": 1000}],
        "giftCostCents": 1000,
    }
    assert await _counts() == before


async def test_a_bad_ladder_is_refused_with_its_field_and_members_may_not_preview() -> None:
    await _world()

    bad = await gql(PREVIEW, _ladder(2000, 1500), STAFF)
    forbidden = await gql(PREVIEW, _ladder(200, 7000), member(1))

    assert bad.errors is not None
    assert bad.errors[0].extensions["code"] == "INVALID_LADDER"
    assert bad.errors[0].extensions["field"] == "levels[2].reachGrowth"
    assert forbidden.errors is not None and forbidden.data is None


async def test_applying_a_ladder_upgrades_at_once_those_it_places_higher(redis_client) -> None:
    low, mid, high = await _world()

    applied = await gql(DEFINE, _ladder(200, 7000), STAFF)
    await run_jobs(redis_client)

    assert applied.data["defineLevels"]["reevaluation"]["status"] == "PENDING"
    ranks = {r.member_id: r.rank for r in await MemberLevel.all()}
    assert (ranks[low], ranks[mid], ranks[high]) == (2, 2, 3)  # high drops at its review
    assert await BenefitGrant.filter(member_id=low).count() == 1
    again = await gql(DEFINE, _ladder(200, 7000), STAFF)
    await run_jobs(redis_client)
    assert again.data["defineLevels"]["errors"] == []
    assert await BenefitGrant.filter(member_id=low).count() == 1
