"""Hooks are registered by one explicit call at start-up, and a second call registers none twice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.clock import business_today, utc_now
from domain.hooks_setup import register_hooks
from domain.levels import ladder as levels_ladder
from domain.levels import rules as level_rules
from domain.levels.models import MemberLevel
from domain.members import hooks
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.points import config as points_config
from domain.points import settlement as points_settlement
from domain.points.models import PointKind
from tests.factories import make_member

pytestmark = pytest.mark.usefixtures("database")


async def test_registering_again_leaves_the_member_hooks_as_they_were() -> None:
    # given the hooks the test session registered at start-up
    names, rules = hooks.merge_hook_names(), hooks.merge_rules()
    assert names and rules
    # when start-up code registers them again
    register_hooks()
    # then every area still has one merge hook and one set of rules
    assert hooks.merge_hook_names() == names
    assert hooks.merge_rules() == rules


async def test_registering_again_multiplies_a_levels_earnings_once() -> None:
    # given a GOLD level that earns 1.5 times the points, and a member holding it
    for code, kind in (("POINTS", PointKind.SPENDABLE), ("GROWTH", PointKind.GROWTH)):
        await points_config.define_type(
            code=code, name=code, kind=kind, expiry_policy={"kind": "NEVER"}
        )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)
    await levels_ladder.define_levels(
        [
            levels_ladder.LevelInput(level_rules.LevelSpec(1, "SILVER", "Silver", 0, 0, 0)),
            levels_ladder.LevelInput(
                level_rules.LevelSpec(2, "GOLD", "Gold", 1000, 500, 12), multiplier_percent=150
            ),
        ],
        growth_point_type="GROWTH",
        growth_policy="RESET",
    )
    member = await make_member()
    today = business_today()
    await MemberLevel.create(member_id=member.id, rank=2, reached_on=today, period_started_on=today)
    # when the hooks are registered a second time and the member's 100.00 order earns
    register_hooks()
    await Item.create(code="SKU", name="Thing", price_cents=10_000)
    async with jobs.deferred_scope():
        recorded = await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.APP,
                external_no="H-1",
                paid_at=utc_now() - timedelta(minutes=5),
                lines=[orders_recording.LineInput("SKU", 1, 10_000)],
                member_id=member.id,
            )
        )
    settled = await points_settlement.earn_for_order(recorded.order.id)
    # then the level's multiplier applied once: 100 x 1.5, not 100 x 1.5 x 1.5
    assert [(s.point_type, s.points) for s in settled] == [("POINTS", 150)]
