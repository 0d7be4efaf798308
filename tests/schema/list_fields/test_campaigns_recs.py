"""Campaigns, strategy notes and recommendations: statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain.campaigns import service as campaigns_service
from domain.campaigns.models import CampaignMode, StrategyNote
from domain.catalog.models import Category, Item
from domain.clock import utc_now
from domain.orders.models import Event
from domain.recs.slots import Pin
from domain.recs.sources import CLICK_EVENT, IMPRESSION_EVENT
from schema.build import schema
from tests.factories import insert_orders, make_items, make_member, make_point_types, make_slot
from tests.helpers import STAFF, member
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
SETTINGS = """{ campaigns(first: 20) { nodes {
  rewards { __typename ... on PointsReward { points pointType } }
  variants { code percent rewards { __typename ... on PointsReward { points } } }
} } }"""
_numbers = itertools.count(1)


@pytest.mark.list_fields(
    "Query.campaigns",
    "Campaign.effect",
    "Query.campaignStrategies",
    "Campaign.rewards",
    "Campaign.variants",
    "CampaignVariant.rewards",
)
async def test_campaigns_with_effect_and_strategy_notes(list_fields: ListFieldCheck) -> None:
    (points,) = await make_point_types(1)
    now = utc_now()

    async def add(count: int) -> None:
        for _ in range(count):
            campaign = await campaigns_service.create(
                campaigns_service.CampaignInput(
                    name=f"Campaign {next(_numbers)}",
                    owner="test",
                    starts_at=now - timedelta(hours=1),
                    ends_at=now + timedelta(days=7),
                    mode=CampaignMode.ONE_SHOT,
                    audience={"kind": "EVERYONE"},
                    rewards=[{"kind": "POINTS", "points": 100, "pointType": points}],
                    control_percent=10,
                    variants=[
                        {
                            "code": "a",
                            "percent": 90,
                            "rewards": [{"kind": "POINTS", "points": 5, "pointType": points}],
                        }
                    ],
                )
            )
            await StrategyNote.create(
                campaign_id=campaign.id, strategy="points", outcome="ok", created_by="test"
            )

    await list_fields.assert_flat(root_query(GRAPH, "campaigns", "first: 20"), add, principal=STAFF)
    await list_fields.assert_flat(SETTINGS, add, principal=STAFF)
    await list_fields.assert_flat(
        root_query(GRAPH, "campaignStrategies", "first: 20"), add, principal=STAFF
    )


@pytest.mark.list_fields(
    "Query.recommendationSlots", "RecommendationSlot.strategies", "SlotRules.pins"
)
async def test_recommendation_slots(list_fields: ListFieldCheck) -> None:
    items = await make_items(clusters=1, per_cluster=10)

    async def add(count: int) -> None:
        for _ in range(count):
            await make_slot(
                f"slot{next(_numbers)}",
                "POPULAR",
                "FOR_YOU",
                pins=(Pin(1, items[0][0]), Pin(2, items[0][1])),
            )

    await list_fields.assert_flat(root_query(GRAPH, "recommendationSlots"), add, principal=STAFF)


@pytest.mark.list_fields("Query.recommendationStats")
async def test_recommendation_stats(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            for name in (IMPRESSION_EVENT, IMPRESSION_EVENT, CLICK_EVENT):
                await Event.create(
                    event_id=f"e{n}-{next(_numbers)}",
                    name=name,
                    occurred_at=utc_now(),
                    properties={"slot": f"slot{n}", "strategy": "POPULAR"},
                )

    query = root_query(GRAPH, "recommendationStats", "days: 7")
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("RecommendationList.items")
async def test_recommendations(list_fields: ListFieldCheck, redis_client) -> None:
    viewer = await make_member()
    await make_slot("home", "POPULAR", size=20)
    buyers = [(await make_member()).id for _ in range(3)]
    category = await Category.create(code="ALL", name="All")

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            item = await Item.create(
                code=f"SKU{n}", name=f"Item {n}", category_id=category.id, price_cents=100
            )
            await insert_orders([(b, [item.id], 1.0) for b in buyers])
        # the popular lists are cached for a while; these new purchases should show at once
        stale = [key async for key in redis_client.scan_iter("recs:popular:*")]
        if stale:
            await redis_client.delete(*stale)

    query = root_query(GRAPH, "recommendations", 'slot: "home", first: 20')
    await list_fields.assert_flat(query, add, principal=member(viewer.id))
