"""Staff list, read and retire paid plans; the ladder keeps its history of definitions."""

from __future__ import annotations

import pytest

from domain.errors import NotFound
from domain.levels import paid as paid_service
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEFINE_PLAN = """mutation($i: DefinePaidPlanInput!) { definePaidPlan(input: $i) {
  errors { code field } } }"""
PLANS = "{ paidPlans { nodes { id code active } } }"
RETIRE = """mutation($i: RetireInput!) { retirePaidPlan(input: $i) {
  paidPlan { code active } errors { code field } } }"""
LADDER = (
    """mutation($i: DefineLevelsInput!) { defineLevels(input: $i) { errors { code field } } }"""
)
HISTORY = """{ configHistory(objectType: LEVEL_LADDER, objectId: "default") {
  nodes { action actor before after } } }"""


async def test_a_retired_plan_is_sold_no_more() -> None:
    # given a plan
    plan = {
        "code": "FAMILY",
        "name": "Family",
        "audience": "family",
        "priceCents": 100,
        "validityDays": 365,
    }
    assert (await gql(DEFINE_PLAN, {"i": plan}, STAFF)).data["definePaidPlan"]["errors"] == []
    plans = await gql(PLANS, principal=STAFF)
    plan_id = plans.data["paidPlans"]["nodes"][0]["id"]
    # when staff retire it
    retired = await gql(RETIRE, {"i": {"id": plan_id}}, STAFF)
    # then it is shown retired and cannot be bought
    assert retired.data["retirePaidPlan"] == {
        "paidPlan": {"code": "FAMILY", "active": False},
        "errors": [],
    }
    m = await make_member()
    with pytest.raises(NotFound):
        await paid_service._plan("FAMILY")
    forbidden = await gql(PLANS, principal=member(m.id))
    assert [e.extensions["code"] for e in forbidden.errors] == ["FORBIDDEN"]


async def test_the_ladder_history_keeps_each_definition() -> None:
    # given the growth point type
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )

    def ladder(silver_reach: int) -> dict:
        return {
            "i": {
                "growthPointType": "GROWTH",
                "levels": [
                    {
                        "rank": 1,
                        "code": "L1",
                        "name": "Member",
                        "reachGrowth": 0,
                        "keepGrowth": 0,
                        "validityMonths": 12,
                    },
                    {
                        "rank": 2,
                        "code": "L2",
                        "name": "Silver",
                        "reachGrowth": silver_reach,
                        "keepGrowth": 100,
                        "validityMonths": 12,
                    },
                ],
            }
        }

    # when staff define the ladder, then raise a threshold, then send the same ladder again
    for reach in (1000, 2000, 2000):
        result = await gql(LADDER, ladder(reach), STAFF)
        assert result.errors is None, result.errors
        assert result.data["defineLevels"]["errors"] == []
    # then the history has the definition and the one real change
    nodes = (await gql(HISTORY, principal=STAFF)).data["configHistory"]["nodes"]
    assert [n["action"] for n in nodes] == ["DEFINE", "UPDATE"]
    assert nodes[0]["before"] is None
    assert [lv["reach_growth"] for lv in nodes[1]["before"]["levels"]] == [0, 1000]
    assert [lv["reach_growth"] for lv in nodes[1]["after"]["levels"]] == [0, 2000]
    assert nodes[1]["actor"] == "staff-test"
