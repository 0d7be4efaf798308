"""Earn limits per member and period, budgets per earning rule and promotion: exact under
concurrency, on the business calendar."""

from __future__ import annotations

import asyncio
import itertools
from datetime import date, datetime

import pytest

from domain import jobs
from domain.catalog.models import Item
from domain.clock import business_day_start
from domain.ledger.models import Account
from domain.members.models import Channel
from domain.orders import events as events_service
from domain.orders import recording as orders_recording
from domain.orders.models import Event
from domain.points import bonuses as points_bonuses
from domain.points import config as points_config
from domain.points import settlement as points_settlement
from domain.points.limits import cut_to, period_bounds
from domain.points.models import EarningRule, EarnPeriod, PointKind, Promotion
from tests.factories import make_member
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

_numbers = itertools.count(1)
# 10:00 in the business zone on a Tuesday; a fixed calendar, whatever day the tests run
MARCH_10 = business_day_start(date(2026, 3, 10))
MARCH_31_LATE = business_day_start(date(2026, 3, 31)).replace(hour=15, minute=30)  # 23:30 local
APRIL_1 = business_day_start(date(2026, 4, 1))


async def _setup(*, earn_limit: tuple[int, EarnPeriod] | None = None, budget: int | None = None):
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},
        earn_limit=earn_limit,
    )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100, budget=budget)
    await Item.create(code="SKU-1", name="Essence", price_cents=10000)


async def _order(member_id: int, paid_at: datetime, cents: int = 10000) -> int:
    async with jobs.deferred_scope():
        recorded = await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.POS,
                external_no=f"L-{next(_numbers)}",
                paid_at=paid_at,
                lines=[orders_recording.LineInput("SKU-1", 1, cents)],
                member_id=member_id,
            )
        )
    return recorded.order.id


async def _settle(order_id: int) -> int:
    settled = await points_settlement.earn_for_order(order_id)
    return sum(s.points for s in settled)


async def _available(member_id: int) -> int:
    account = await Account.get_or_none(member_id=member_id, asset="POINTS:POINTS")
    return account.available if account else 0


def test_periods_follow_the_business_calendar() -> None:
    assert period_bounds(EarnPeriod.WEEK, date(2026, 3, 10)) == (
        date(2026, 3, 9),
        date(2026, 3, 16),
    )
    assert period_bounds(EarnPeriod.MONTH, date(2026, 12, 31)) == (
        date(2026, 12, 1),
        date(2027, 1, 1),
    )
    assert period_bounds(EarnPeriod.YEAR, date(2028, 2, 29)) == (date(2028, 1, 1), date(2029, 1, 1))
    assert cut_to([50, 80, 10], 100) == [50, 50, 0]
    assert cut_to([5], None) == [5]


async def test_a_member_earns_at_most_the_limit_a_month_across_orders_and_event_bonuses() -> None:
    await _setup(earn_limit=(150, EarnPeriod.MONTH))
    await points_config.define_event_bonus("POINTS", event_name="review", points=30, daily_limit=5)
    await events_service.define_event(name="review", description="", properties_schema={})
    m = (await make_member()).id

    first = await _settle(await _order(m, MARCH_10))
    second = await _settle(await _order(m, MARCH_31_LATE))  # still March in Shanghai
    async with jobs.deferred_scope():
        await events_service.track_events(
            [
                events_service.EventInput(
                    event_id="R-1", name="review", occurred_at=MARCH_10, member_id=m
                )
            ],
            forced_member_id=None,
        )
    event_ids = [e.id for e in await Event.filter(member_id=m)]
    bonus = await points_bonuses.bonus_for_events(event_ids)
    april = await _settle(await _order(m, APRIL_1))

    assert (first, second, bonus.get(m, 0), april) == (100, 50, 0, 100)
    assert await _available(m) == 250


async def test_a_rule_budget_is_never_overspent_by_concurrent_settlements() -> None:
    await _setup(budget=250)
    members = [(await make_member()).id for _ in range(5)]
    orders = [await _order(m, MARCH_10) for m in members]

    credited = await asyncio.gather(*(_settle(o) for o in orders))

    assert sum(credited) == 250
    assert sorted(credited) == [0, 0, 50, 100, 100]
    rule = await EarningRule.get(name="base")
    assert rule.budget_used == 250
    assert sum([await _available(m) for m in members]) == 250
    # settling again changes nothing
    assert [await _settle(o) for o in orders] == [0] * 5
    assert (await EarningRule.get(name="base")).budget_used == 250


async def test_a_promotion_budget_pays_only_the_extra_points_and_runs_out() -> None:
    await _setup()
    await points_config.define_promotion(
        "POINTS",
        name="double",
        numerator=2,
        denominator=1,
        starts_at=business_day_start(date(2026, 3, 1)),
        ends_at=business_day_start(date(2026, 4, 1)),
        budget=150,
    )
    members = [(await make_member()).id for _ in range(3)]
    orders = [await _order(m, MARCH_10) for m in members]

    credited = await asyncio.gather(*(_settle(o) for o in orders))

    # each order earns 100 without the promotion; the 150 extra go to the first ones settled
    assert sum(credited) == 300 + 150
    assert sorted(credited) == [100, 150, 200]
    assert (await Promotion.get(name="double")).budget_used == 150


DEFINE_TYPE = """mutation($i: DefinePointTypeInput!) { definePointType(input: $i) {
  pointType { earnLimit { points period } } errors { code field } } }"""
DEFINE_RULE = """mutation($i: DefineEarningRuleInput!) { defineEarningRule(input: $i) {
  earningRule { budget budgetUsed } errors { code field } } }"""


async def test_staff_set_limits_and_budgets_and_bad_values_are_refused() -> None:
    limit = {"points": 500, "period": "WEEK"}
    defined = await gql(
        DEFINE_TYPE,
        {"i": {"code": "POINTS", "name": "Points", "kind": "SPENDABLE", "earnLimit": limit}},
        STAFF,
    )
    assert defined.data["definePointType"] == {"pointType": {"earnLimit": limit}, "errors": []}
    negative = await gql(
        DEFINE_TYPE,
        {
            "i": {
                "code": "POINTS",
                "name": "Points",
                "kind": "SPENDABLE",
                "earnLimit": {"points": -1, "period": "DAY"},
            }
        },
        STAFF,
    )
    assert negative.data["definePointType"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "earnLimit.points"}
    ]
    rule = {"pointType": "POINTS", "name": "r", "points": 1, "perCents": 100}
    good = await gql(DEFINE_RULE, {"i": {**rule, "budget": 1000}}, STAFF)
    assert good.data["defineEarningRule"]["earningRule"] == {"budget": 1000, "budgetUsed": 0}
    bad = await gql(DEFINE_RULE, {"i": {**rule, "budget": -5}}, STAFF)
    assert bad.data["defineEarningRule"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "budget"}
    ]
    assert await EarningRule.filter(budget=-5).count() == 0
