"""Configuration lists staff read: statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain.benefits import card_templates
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.catalog.models import Store
from domain.clock import utc_now
from domain.levels import paid as paid_service
from domain.points import config as points_config
from domain.points import receipts as points_receipts
from domain.segments import service as segments_service
from domain.tags import runs as tags_runs
from domain.wallet import service as wallet_service
from schema.build import schema
from tests.factories import make_member, make_point_types
from tests.helpers import STAFF
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)


@pytest.mark.list_fields(
    "Query.earningRules", "Query.promotions", "Query.eventBonuses", "Query.configHistory"
)
async def test_point_configuration(list_fields: ListFieldCheck) -> None:
    (code,) = await make_point_types(1)
    first_rule = await points_config.define_rule(code, name="r0", points=1, per_cents=100)

    async def add(count: int) -> None:
        now = utc_now()
        for _ in range(count):
            n = next(_numbers)
            await points_config.define_rule(
                code, id=first_rule.id, name=f"r{n}", points=n, per_cents=100
            )
            await points_config.define_rule(code, name=f"new{n}", points=1, per_cents=100)
            await points_config.define_promotion(
                code, name=f"p{n}", numerator=2, starts_at=now, ends_at=now + timedelta(days=1)
            )
            await points_config.define_event_bonus(
                code, event_name=f"e{n}", points=1, daily_limit=1
            )

    history = f'objectType: EARNING_RULE, objectId: "{first_rule.id}", first: 50'
    for field, arguments in (
        ("earningRules", "first: 50"),
        ("promotions", "first: 50"),
        ("eventBonuses", "first: 50"),
        ("configHistory", history),
    ):
        await list_fields.assert_flat(root_query(GRAPH, field, arguments), add, principal=STAFF)


@pytest.mark.list_fields("Query.receipts")
async def test_receipts(list_fields: ListFieldCheck) -> None:
    await make_point_types(1)
    await Store.create(code="S1", name="Store")
    holder = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            await points_receipts.submit(
                holder.id,
                points_receipts.ReceiptInput(
                    store_code="S1",
                    receipt_no=f"R{next(_numbers)}",
                    amount_cents=100,
                    purchased_at=utc_now() - timedelta(hours=1),
                ),
            )

    await list_fields.assert_flat(root_query(GRAPH, "receipts", "first: 50"), add, principal=STAFF)


@pytest.mark.list_fields("Query.rechargeRules", "Query.paidPlans", "PaidPlan.benefits")
async def test_recharge_rules_and_paid_plans(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await wallet_service.define_recharge_rule(name=f"w{n}", pay_cents=100, bonus_cents=1)
            await paid_service.define_plan(
                code=f"P{n}", name="Plan", audience="all", tier=1, price_cents=1, validity_days=30
            )

    for field in ("rechargeRules", "paidPlans"):
        await list_fields.assert_flat(root_query(GRAPH, field, "first: 50"), add, principal=STAFF)


@pytest.mark.list_fields(
    "Query.benefits",
    "Query.benefitCardTemplates",
    "BenefitCardTemplate.drops",
    "Query.appointments",
)
async def test_benefits_cards_and_appointments(list_fields: ListFieldCheck) -> None:
    holder = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            code = f"B{n}"
            await benefits_service.define_benefit(
                code=code, name="Parking", kind=BenefitKind.SERVICE, redeem_method=RedeemMethod.SCAN
            )
            await card_templates.define_template(
                code=f"C{n}",
                name="Card",
                price_cents=1,
                validity_months=1,
                every="MONTH",
                drops=[{"benefit": code, "quantity": 1}],
            )
            grant = await benefits_service.grant(
                member_id=holder.id, benefit_code=code, quantity=1, source="t", key=f"g{n}"
            )
            await benefits_service.book(
                grant_id=grant.id,
                member_id=holder.id,
                slot_at=utc_now() + timedelta(days=1),
                store_code=None,
            )

    for field in ("benefits", "benefitCardTemplates", "appointments"):
        await list_fields.assert_flat(root_query(GRAPH, field, "first: 50"), add, principal=STAFF)


@pytest.mark.list_fields("Query.segments")
async def test_segments(list_fields: ListFieldCheck) -> None:
    await make_member(city="Beijing")
    await tags_runs.compute_all()
    definition = {"tag": {"tag_code": "city", "op": "IN", "values": ["Beijing"]}}

    async def add(count: int) -> None:
        for _ in range(count):
            await segments_service.save_segment(
                segments_service.SegmentInput(name=f"s{next(_numbers)}", definition=definition),
                operator="test",
            )

    query = """{ segments(first: 50) { edges { cursor node { id name description
      refresh lastSize lastEvaluatedAt createdBy createdAt archivedAt } } pageInfo {
      hasNextPage endCursor } } }"""
    await list_fields.assert_flat(query, add, principal=STAFF)
