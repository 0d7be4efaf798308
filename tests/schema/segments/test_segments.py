"""Audiences through GraphQL: the issue's example against plain SQL, bad input, saved segments."""

from __future__ import annotations

import random

import pytest

from domain import db
from domain.segments.models import IdentityList, Segment
from domain.tags import runs as tags_runs
from schema.relay import encode_id
from tests.factories import make_catalogue, make_events, make_member, make_order
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

PREVIEW = """
query($definition: SegmentDefinitionInput!, $sample: BigInt!) {
  segmentPreview(definition: $definition, sampleSize: $sample) {
    count elapsedMs members { id } errors { code field message }
  }
}"""
SAVE = """
mutation($input: SaveSegmentInput!) {
  saveSegment(input: $input) { segment { id name lastSize } errors { code field message } }
}"""
UPLOAD = """
mutation($input: UploadIdentityListInput!) {
  uploadIdentityList(input: $input) {
    list { id rowCount memberCount unmatched { index value } } errors { code field message }
  }
}"""


def example_audience(shiseido: int) -> dict:
    """Registered in Beijing, >= 3 visits in 90 days, bought >= 1, no Shiseido in 7 days."""
    return {
        "and": [
            {"tag": {"tagCode": "city", "op": "EQUALS", "values": ["Beijing"]}},
            {
                "behaviour": {
                    "source": "EVENT",
                    "eventName": "visit",
                    "metric": "COUNT",
                    "op": "GTE",
                    "value": 3,
                    "windowDays": 90,
                }
            },
            {
                "behaviour": {
                    "source": "ORDER",
                    "metric": "COUNT",
                    "op": "GTE",
                    "value": 1,
                    "windowDays": 3660,
                }
            },
            {
                "not": {
                    "behaviour": {
                        "source": "ORDER",
                        "metric": "COUNT",
                        "op": "GTE",
                        "value": 1,
                        "windowDays": 7,
                        "filters": {"brandIds": [shiseido]},
                    }
                }
            },
        ]
    }


PLAIN_SQL = """
SELECT m.id FROM members m
 WHERE m.status = 'ACTIVE' AND m.city = 'Beijing'
   AND (SELECT count(*) FROM events e WHERE e.member_id = m.id AND e.name = 'visit'
         AND e.occurred_at >= $1) >= 3
   AND EXISTS (SELECT 1 FROM orders o WHERE o.member_id = m.id AND o.status <> 'REFUNDED')
   AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id
                    WHERE o.member_id = m.id AND o.status <> 'REFUNDED' AND l.brand_id = $2
                      AND o.paid_at >= $3)
 ORDER BY m.id
"""


async def _seed(rng: random.Random, brands: dict[str, int], members: int) -> None:
    for _ in range(members):
        member = await make_member(city=rng.choice(["Beijing", "Beijing", "Shanghai", None]))
        visits = [rng.uniform(0, 120) for _ in range(rng.randint(0, 6))]
        if visits:
            await make_events(member.id, "visit", visits)
        for _ in range(rng.randint(0, 3)):
            brand = rng.choice(["SHISEIDO", "OTHER"])
            await make_order(member.id, days_ago=rng.uniform(0, 30), brand=brand)


@pytest.mark.slow
async def test_example_audience_equals_plain_sql() -> None:
    # given seeded members, visits and orders, and computed tags
    from datetime import timedelta

    from domain.clock import business_day_start, business_today

    brands = await make_catalogue()
    await _seed(random.Random(11), brands, 60)
    await tags_runs.compute_all()
    # when the audience is previewed through GraphQL
    result = await gql(
        PREVIEW, {"definition": example_audience(brands["SHISEIDO"]), "sample": 100}, STAFF
    )
    # then it holds exactly the members the plain SQL query returns
    assert result.errors is None, result.errors
    preview = result.data["segmentPreview"]
    today = business_today()
    rows = await db.fetch(
        PLAIN_SQL,
        business_day_start(today - timedelta(days=89)),
        brands["SHISEIDO"],
        business_day_start(today - timedelta(days=6)),
    )
    expected = [encode_id("Member", r["id"]) for r in rows]
    assert preview["errors"] == []
    assert preview["count"] == len(expected) > 0
    assert [m["id"] for m in preview["members"]] == expected
    assert preview["elapsedMs"] > 0


def _behaviour(**overrides) -> dict:
    body = {"source": "ORDER", "metric": "COUNT", "op": "GTE", "value": 1, "windowDays": 30}
    return {"behaviour": {**body, **overrides}}


def _nested(depth: int) -> dict:
    node = _behaviour()
    for _ in range(depth):
        node = {"not": node}
    return node


@pytest.mark.parametrize(
    ("_case", "definition", "code", "field"),
    [
        (
            "unknown tag",
            {"and": [_behaviour(), {"tag": {"tagCode": "nope", "op": "EQUALS", "values": ["x"]}}]},
            "UNKNOWN_TAG",
            "definition.and[1].tag.tagCode",
        ),
        (
            "unknown tag value",
            {"tag": {"tagCode": "city", "op": "IN", "values": ["Beijing", "Atlantis"]}},
            "INVALID",
            "definition.tag.values[1]",
        ),
        (
            "unknown event",
            {"or": [_behaviour(source="EVENT", eventName="teleport")]},
            "UNKNOWN_EVENT",
            "definition.or[0].behaviour.eventName",
        ),
        (
            "zero-day window",
            _behaviour(windowDays=0),
            "INVALID_WINDOW",
            "definition.behaviour.windowDays",
        ),
        ("too deep", _nested(7), "DEFINITION_TOO_COMPLEX", "definition" + ".not" * 6),
        (
            "too large",
            {"or": [_behaviour(value=i) for i in range(60)]},
            "DEFINITION_TOO_COMPLEX",
            "definition",
        ),
        ("empty and", {"and": []}, "INVALID", "definition.and"),
        (
            "missing segment",
            {"segment": encode_id("Segment", 99)},
            "NOT_FOUND",
            "definition.segment",
        ),
        ("bad id", {"list": "not-an-id"}, "INVALID_ID", "definition.list"),
    ],
)
async def test_bad_definitions_name_code_and_path_and_save_nothing(
    _case: str, definition: dict, code: str, field: str
) -> None:
    # given computed tags and a defined event
    await make_catalogue()
    await make_member(city="Beijing")
    await tags_runs.compute_all()
    # when the definition is previewed and saved
    preview = await gql(PREVIEW, {"definition": definition, "sample": 5}, STAFF)
    saved = await gql(SAVE, {"input": {"name": "x", "definition": definition}}, STAFF)
    # then both report the code and path, and nothing is saved
    assert preview.errors is None, preview.errors
    errors = preview.data["segmentPreview"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [(code, field)]
    assert preview.data["segmentPreview"]["count"] is None
    assert [(e["code"], e["field"]) for e in saved.data["saveSegment"]["errors"]] == [(code, field)]
    assert await Segment.all().count() == 0


async def test_segment_cycles_are_refused() -> None:
    # given segment A, and B made of A
    await make_member()
    a = await gql(SAVE, {"input": {"name": "A", "definition": _behaviour()}}, STAFF)
    a_id = a.data["saveSegment"]["segment"]["id"]
    b = await gql(SAVE, {"input": {"name": "B", "definition": {"segment": a_id}}}, STAFF)
    b_id = b.data["saveSegment"]["segment"]["id"]
    # when A is changed to include B
    changed = await gql(
        SAVE,
        {
            "input": {
                "id": a_id,
                "name": "A",
                "definition": {"and": [_behaviour(), {"segment": b_id}]},
            }
        },
        STAFF,
    )
    # then the cycle is refused with its path and A keeps its definition
    errors = changed.data["saveSegment"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [
        ("SEGMENT_CYCLE", "definition.and[1].segment")
    ]
    stored = await Segment.get(id=1)
    assert "segment" not in str(stored.definition)


async def test_uploaded_list_reports_unmatched_rows_and_refuses_bad_rows() -> None:
    # given two members with phones
    first = await make_member(phone="13900000001")
    await make_member(phone="13900000002")
    rows = [
        {"kind": "PHONE", "value": "13900000001"},
        {"kind": "PHONE", "value": "13900000009"},
        {"kind": "PHONE", "value": "13900000002"},
    ]
    # when a good list and a list with a malformed row are uploaded
    good = await gql(UPLOAD, {"input": {"name": "vip", "rows": rows}}, STAFF)
    bad_rows = [*rows, {"kind": "PHONE", "value": "12"}]
    bad = await gql(UPLOAD, {"input": {"name": "bad", "rows": bad_rows}}, STAFF)
    # then the good one reports its unmatched row, the bad one names the row and saves nothing
    uploaded = good.data["uploadIdentityList"]
    assert uploaded["errors"] == []
    assert uploaded["list"]["memberCount"] == 2
    assert uploaded["list"]["unmatched"] == [{"index": 1, "value": "13900000009"}]
    errors = bad.data["uploadIdentityList"]["errors"]
    assert len(errors) == 1 and errors[0]["field"] == "rows[3].value"
    assert await IdentityList.all().count() == 1
    # and the list works in a definition
    preview = await gql(
        PREVIEW, {"definition": {"list": uploaded["list"]["id"]}, "sample": 5}, STAFF
    )
    members = preview.data["segmentPreview"]["members"]
    assert preview.data["segmentPreview"]["count"] == 2
    assert members[0]["id"] == encode_id("Member", first.id)
