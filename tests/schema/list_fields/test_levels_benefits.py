"""Levels, paid memberships, benefits and cards: statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, CardStatus, MemberCard, RedeemMethod
from domain.clock import business_today, utc_now
from domain.levels import paid as paid_service
from domain.levels.models import Level, LevelChange, MemberLevel, PaidMembership, PlanStatus
from schema.build import schema
from schema.relay import encode_id
from tests.factories import make_member
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
        )


@pytest.mark.list_fields(
    "Query.levels", "Query.levelDistribution", "Query.levelTrend", "LevelTrendPoint.counts"
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
    today = business_today()

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await benefits_service.define_benefit(
                code=f"B{n}",
                name="Parking",
                kind=BenefitKind.SERVICE,
                redeem_method=RedeemMethod.SCAN,
            )
            await benefits_service.grant(
                member_id=holder.id, benefit_code=f"B{n}", quantity=2, source="test", key=f"g{n}"
            )
            template = await cards_service.define_template(
                code=f"CARD{n}",
                name="Card",
                price_cents=100,
                validity_months=3,
                every="MONTH",
                drops=[{"benefit": f"B{n}", "quantity": 1}],
            )
            await MemberCard.create(
                member_id=holder.id,
                template_id=template.id,
                idempotency_key=f"card{n}",
                channel="APP",
                price_cents=100,
                status=CardStatus.ACTIVE,
                activated_on=today,
                ends_on=today + timedelta(days=90),
            )

    holder_id = f'memberId: "{encode_id("Member", holder.id)}"'
    for field in ("memberBenefits", "memberCards"):
        await list_fields.assert_flat(root_query(GRAPH, field, holder_id), add, principal=STAFF)
