"""Fact conditions through GraphQL: an operator's audience against plain SQL, and bad values."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from domain import db
from domain.campaigns.models import Campaign, Delivery
from domain.catalog.models import Store
from domain.clock import business_day_start, business_today
from domain.ledger.models import Account
from domain.levels.models import Level, MemberLevel
from domain.orders.models import Order
from domain.segments.models import Segment
from schema.relay import encode_id
from tests.factories import insert_members
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

PREVIEW = """
query($definition: SegmentDefinitionInput!) {
  segmentPreview(definition: $definition, sampleSize: 100) {
    count members { id } errors { code field message }
  }
}"""
SAVE = """
mutation($input: SaveSegmentInput!) {
  saveSegment(input: $input) {
    segment { definition { ... on DefinitionAnd { items { ... on FactCondition {
      kind codes campaign windowDays withinDays factOp: op factValue: value } } } } }
    errors { code field message }
  }
}"""


def example(campaign_id: str) -> dict[str, Any]:
    """Gold members in East China with over 5,000 points who got last week's campaign and did
    not buy within its attribution days."""
    campaign = {"campaign": campaign_id}
    return {
        "and": [
            {"fact": {"kind": "LEVEL", "codes": ["GOLD"]}},
            {"fact": {"kind": "STORE_REGION", "codes": ["East China"]}},
            {"fact": {"kind": "POINTS_BALANCE", "op": "GTE", "value": 5001}},
            {"fact": {"kind": "CAMPAIGN_RECEIVED", "windowDays": 7, **campaign}},
            {"not": {"fact": {"kind": "CAMPAIGN_CONVERTED", **campaign}}},
        ]
    }


PLAIN_SQL = """
SELECT m.id FROM members m
  JOIN stores s ON s.code = m.source_store AND s.region = 'East China'
  JOIN member_levels ml ON ml.member_id = m.id JOIN levels l ON l.rank = ml.rank AND l.code = 'GOLD'
  JOIN ledger_accounts a ON a.member_id = m.id AND a.asset = 'POINTS:POINTS' AND a.available > 5000
 WHERE m.status = 'ACTIVE'
   AND EXISTS (SELECT 1 FROM campaign_deliveries d WHERE d.member_id = m.id AND d.campaign_id = $1
                AND d.status = 'REWARDED' AND d.delivered_at >= $2)
   AND NOT EXISTS (SELECT 1 FROM campaign_deliveries d JOIN orders o ON o.member_id = d.member_id
                    WHERE d.member_id = m.id AND d.campaign_id = $1 AND d.status = 'REWARDED'
                      AND o.paid_at > d.delivered_at
                      AND o.paid_at <= d.delivered_at + interval '7 days')
 ORDER BY m.id
"""


async def _seed(campaign: Campaign) -> None:
    today = business_today()
    start = business_day_start(today)
    await Store.create(code="S1", name="Jing'an", region="East China", city="Shanghai")
    await Store.create(code="S2", name="Sanlitun", region="North China", city="Beijing")
    for rank, code in ((1, "BASIC"), (2, "GOLD")):
        await Level.create(
            rank=rank, code=code, name=code, reach_growth=rank, keep_growth=0, validity_months=12
        )
    ids = await insert_members(16)
    for index, member in enumerate(ids):
        store = "S2" if index % 8 == 7 else "S1"
        await db.execute("UPDATE members SET source_store = $2 WHERE id = $1", member, store)
        if index % 4 != 3:
            await MemberLevel.create(
                member_id=member, rank=2, reached_on=today, period_started_on=today
            )
        points = 5000 if index % 5 == 4 else 5001 + index
        await Account.create(member_id=member, asset="POINTS:POINTS", available=points)
        age = 6 if index % 3 else 7  # the window's first day, or the day before it
        delivered = start - timedelta(days=age) + timedelta(hours=index)
        await Delivery.create(
            campaign_id=campaign.id,
            member_id=member,
            occurrence="1",
            arm="A",
            status="REWARDED",
            delivered_at=delivered,
        )
        if index % 2:
            await Order.create(
                channel="POS",
                external_no=f"o{index}",
                member_id=member,
                total_cents=100,
                paid_at=delivered + timedelta(hours=1 + index),
            )


async def test_operator_audience_of_facts_equals_plain_sql() -> None:
    # given members on both sides of every condition
    campaign = await Campaign.create(
        name="Last week",
        owner="test",
        starts_at=business_day_start(business_today()) - timedelta(days=10),
        ends_at=business_day_start(business_today()),
        audience={"kind": "EVERYONE"},
        mode="ONE_SHOT",
    )
    await _seed(campaign)
    campaign_id = encode_id("Campaign", campaign.id)
    # when the audience is previewed
    result = await gql(PREVIEW, {"definition": example(campaign_id)}, STAFF)
    # then it holds exactly the members the plain query returns
    assert result.errors is None, result.errors
    preview = result.data["segmentPreview"]
    since = business_day_start(business_today() - timedelta(days=6))
    expected = [encode_id("Member", r["id"]) for r in await db.fetch(PLAIN_SQL, campaign.id, since)]
    assert preview["errors"] == []
    assert 0 < preview["count"] == len(expected) < 16
    assert [m["id"] for m in preview["members"]] == expected
    # and a saved segment gives the facts back as it was given them
    saved = await gql(
        SAVE, {"input": {"name": "win-back", "definition": example(campaign_id)}}, STAFF
    )
    assert saved.errors is None, saved.errors
    items = saved.data["saveSegment"]["segment"]["definition"]["items"]
    assert items[0] == {
        "kind": "LEVEL",
        "codes": ["GOLD"],
        "campaign": None,
        "windowDays": None,
        "withinDays": None,
        "factOp": None,
        "factValue": None,
    }
    assert {"kind": "CAMPAIGN_RECEIVED", "campaign": campaign_id, "windowDays": 7}.items() <= (
        next(i for i in items if i and i["kind"] == "CAMPAIGN_RECEIVED").items()
    )


def _fact(**body: Any) -> dict[str, Any]:
    return {"and": [{"fact": {"kind": "LEVEL", "codes": ["GOLD"]}}, {"fact": body}]}


PATH = "definition.and[1].fact"


@pytest.mark.parametrize(
    ("_case", "definition", "code", "field"),
    [
        (
            "negative window",
            _fact(kind="COUPON_USED", windowDays=-1),
            "INVALID_WINDOW",
            f"{PATH}.windowDays",
        ),
        (
            "window too long",
            _fact(kind="BENEFIT_USED", windowDays=3661),
            "INVALID_WINDOW",
            f"{PATH}.windowDays",
        ),
        (
            "negative days ago",
            _fact(kind="TAG_AT", tagCode="rfm", codes=["A"], daysAgo=-2),
            "INVALID_WINDOW",
            f"{PATH}.daysAgo",
        ),
        (
            "zero days ahead",
            _fact(kind="POINTS_EXPIRING", op="GTE", value=1, withinDays=0),
            "INVALID_WINDOW",
            f"{PATH}.withinDays",
        ),
        ("op on a holding", _fact(kind="PAID_PLAN", op="GTE", value=1), "INVALID", f"{PATH}.op"),
        (
            "EQ on a share",
            _fact(kind="PURCHASE_PROBABILITY", op="EQ", value=0.5),
            "INVALID",
            f"{PATH}.op",
        ),
        (
            "share above 1",
            _fact(kind="PURCHASE_PROBABILITY", op="GTE", value=1.5),
            "INVALID",
            f"{PATH}.value",
        ),
        (
            "fractional points",
            _fact(kind="POINTS_BALANCE", op="GTE", value=1.5),
            "INVALID",
            f"{PATH}.value",
        ),
        (
            "negative balance bound",
            _fact(kind="WALLET_BALANCE", op="LTE", value=-1),
            "INVALID",
            f"{PATH}.value",
        ),
        (
            "BETWEEN without valueTo",
            _fact(kind="TENURE_DAYS", op="BETWEEN", value=1),
            "REQUIRED",
            f"{PATH}.valueTo",
        ),
        ("missing value", _fact(kind="REC_CLICKS", windowDays=7), "REQUIRED", f"{PATH}.op"),
        ("missing campaign", _fact(kind="CAMPAIGN_RECEIVED"), "REQUIRED", f"{PATH}.campaign"),
        (
            "bad campaign id",
            _fact(kind="CAMPAIGN_RECEIVED", campaign="nope"),
            "INVALID_ID",
            f"{PATH}.campaign",
        ),
        (
            "field of another kind",
            _fact(kind="CONSENT", codes=["SMS"], pointType="POINTS"),
            "INVALID",
            f"{PATH}.pointType",
        ),
        (
            "unknown channel",
            _fact(kind="CONSENT", codes=["SMS", "FAX"]),
            "INVALID",
            f"{PATH}.codes[1]",
        ),
        (
            "too many codes",
            _fact(kind="SOURCE_STORE", codes=[f"S{i}" for i in range(101)]),
            "TOO_MANY",
            f"{PATH}.codes",
        ),
        (
            "dates reversed",
            _fact(kind="JOINED", dateFrom="2026-03-02", dateTo="2026-03-01"),
            "INVALID",
            f"{PATH}.dateTo",
        ),
    ],
)
async def test_bad_fact_values_name_code_and_path_and_save_nothing(
    _case: str, definition: dict[str, Any], code: str, field: str
) -> None:
    # when the definition is previewed and saved
    preview = await gql(PREVIEW, {"definition": definition}, STAFF)
    saved = await gql(SAVE, {"input": {"name": "x", "definition": definition}}, STAFF)
    # then both report the code and path, and nothing is saved
    assert preview.errors is None, preview.errors
    errors = preview.data["segmentPreview"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [(code, field)]
    assert [(e["code"], e["field"]) for e in saved.data["saveSegment"]["errors"]] == [(code, field)]
    assert await Segment.all().count() == 0


async def test_a_fact_zero_satisfies_counts_members_without_rows() -> None:
    # given members with and without points accounts, and one merged away
    ids = await insert_members(6)
    for member, points in zip(ids, [0, 100, 101, 5000], strict=False):
        await Account.create(member_id=member, asset="POINTS:POINTS", available=points)
    await db.execute("UPDATE members SET status = 'MERGED' WHERE id = $1", ids[5])
    # when members with at most 100 points are previewed
    definition = {"fact": {"kind": "POINTS_BALANCE", "op": "LTE", "value": 100}}
    result = await gql(PREVIEW, {"definition": definition}, STAFF)
    # then those without an account count as 0 points, and only live members are in it
    assert result.errors is None, result.errors
    expected = [encode_id("Member", i) for i in (ids[0], ids[1], ids[4])]
    assert [m["id"] for m in result.data["segmentPreview"]["members"]] == expected
