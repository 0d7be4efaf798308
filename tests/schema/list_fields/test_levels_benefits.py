"""Levels, paid memberships, benefits and cards: statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain.clock import business_today, utc_now
from domain.levels import paid as paid_service
from domain.levels.models import Level, LevelChange, MemberLevel, PaidMembership, PlanStatus
from schema.build import schema
from schema.relay import encode_id
from tests.factories import grant_benefit_and_card, make_member
from tests.helpers import STAFF
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)


async def _levels(count: int) -> None:
    for _ in range(count):
        rank = next(_numbers)
        await Level.create(
            rank=rank,
            code=f"L{rank}",
            name=f"Level {rank}",
            reach_growth=100 * rank,
            keep_growth=0,
            validity_months=12,
            upgrade_gifts=[{"benefit": "GIFT", "quantity": 2}],
            monthly_benefits=[{"benefit": "GIFT", "quantity": 1}],
            birthday_benefits=[{"benefit": "GIFT", "quantity": 1}, {"benefit": "CAKE"}],
        )


@pytest.mark.list_fields(
    "Query.levels",
    "Query.levelDistribution",
    "Query.levelTrend",
    "LevelTrendPoint.counts",
    "Level.upgradeGifts",
    "Level.monthlyBenefits",
    "Level.birthdayBenefits",
)
async def test_levels_distribution_and_trend(list_fields: ListFieldCheck) -> None:
    today = business_today()

    async def add(count: int) -> None:
        before = await Level.all().count()
        await _levels(count)
        for level in await Level.all().order_by("rank").offset(before):
            holder = await make_member()
            await MemberLevel.create(
                member_id=holder.id,
                rank=level.rank,
                reached_on=today - timedelta(days=3),
                period_started_on=today - timedelta(days=3),
            )
            await LevelChange.create(
                member_id=holder.id,
                from_rank=0,
                to_rank=level.rank,
                kind="UPGRADE",
                reason="test",
                idempotency_key=f"c{next(_numbers)}",
                changed_at=utc_now() - timedelta(days=3),
            )

    window = f'since: "{today - timedelta(days=14)}", until: "{today}", stepDays: 7'
    for field, arguments in (("levels", ""), ("levelDistribution", ""), ("levelTrend", window)):
        await list_fields.assert_flat(root_query(GRAPH, field, arguments), add, principal=STAFF)


@pytest.mark.list_fields("MemberLevel.history")
async def test_member_level_history(list_fields: ListFieldCheck) -> None:
    await _levels(2)
    holder = await make_member()
    today = business_today()
    await MemberLevel.create(member_id=holder.id, rank=2, reached_on=today, period_started_on=today)

    async def add(count: int) -> None:
        for _ in range(count):
            await LevelChange.create(
                member_id=holder.id,
                from_rank=1,
                to_rank=2,
                kind="UPGRADE",
                reason="test",
                idempotency_key=f"c{next(_numbers)}",
                changed_at=utc_now(),
            )

    query = root_query(GRAPH, "memberLevel", f'memberId: "{encode_id("Member", holder.id)}"')
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("Query.paidMemberships")
async def test_paid_memberships(list_fields: ListFieldCheck) -> None:
    holder = await make_member()
    today = business_today()

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            plan = await paid_service.define_plan(
                code=f"PLAN{n}",
                name="Plan",
                audience="all",
                tier=1,
                price_cents=100,
                validity_days=30,
            )
            await PaidMembership.create(
                member_id=holder.id,
                plan_id=plan.id,
                idempotency_key=f"m{n}",
                starts_on=today + timedelta(days=30 * n),
                ends_on=today + timedelta(days=30 * n + 29),
                price_cents=100,
                paid_cents=100,
                status=PlanStatus.ACTIVE,
            )

    query = root_query(GRAPH, "paidMemberships", f'memberId: "{encode_id("Member", holder.id)}"')
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("Query.memberBenefits", "Query.memberCards")
async def test_member_benefits_and_cards(list_fields: ListFieldCheck) -> None:
    holder = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            await grant_benefit_and_card(holder.id)

    holder_id = f'memberId: "{encode_id("Member", holder.id)}"'
    for field in ("memberBenefits", "memberCards"):
        await list_fields.assert_flat(root_query(GRAPH, field, holder_id), add, principal=STAFF)
