"""Tags, the computation job, manual tagging and the portraits through GraphQL."""

from __future__ import annotations

import pytest

from domain.tags.models import TagDefinition
from schema.relay import encode_id
from tests.factories import make_catalogue, make_member, make_order
from tests.helpers import BI, STAFF, gql, run_jobs

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """
mutation($input: DefineTagInput!) {
  defineTag(input: $input) { tag { code kind status category { code } } errors { code field } }
}"""
COMPUTE = "mutation { computeTags { job { id status } errors { code } } }"
JOB = "query($id: ID!) { job(id: $id) { status progress result } }"
TAG_MEMBERS = """
mutation($input: TagMembersInput!) {
  tagMembers(input: $input) { changed tag { code } errors { code field } } }
"""
PORTRAIT = """
query($id: ID!) {
  memberPortrait(memberId: $id) {
    member { id city } identities { kind value } stats { orderCount }
    tags { tagCode value number } rfm { rfmClass frequency monetaryCents } lifecycle
    purchaseOutlook { probabilityAlive expectedPurchases30d } segments { name }
    timeline(first: 5) { kind }
  }
}"""
SEGMENT = """
query($id: ID!) {
  segment(id: $id) {
    name size lastSize history { size }
    portrait(tagCodes: ["city", "gender"]) {
      size universe tags { tagCode distinctiveness values { label segmentShare overallShare lift } }
    }
  }
}"""


async def test_tags_are_computed_by_a_job_and_tagged_by_hand() -> None:
    # given members, orders, and a manual and a computed tag defined by staff
    await make_catalogue()
    buyer = await make_member(city="Beijing", phone="13700000001")
    other = await make_member(city="Shanghai")
    await make_order(buyer.id, days_ago=3, cents=25000)
    manual = await gql(
        DEFINE,
        {
            "input": {
                "code": "vip",
                "name": "VIP",
                "kind": "MANUAL",
                "owner": "ops",
                "status": "ONLINE",
                "valueLabels": ["GOLD", "SILVER"],
                "category": ["Service", "VIP"],
            }
        },
        STAFF,
    )
    computed = await gql(
        DEFINE,
        {
            "input": {
                "code": "recent_buyer",
                "name": "Bought in 7 days",
                "kind": "COMPUTED",
                "owner": "ops",
                "status": "ONLINE",
                "rule": {
                    "computed": {
                        "source": "ORDER",
                        "metric": "COUNT",
                        "op": "GTE",
                        "value": 1,
                        "windowDays": 7,
                    }
                },
            }
        },
        STAFF,
    )
    assert manual.data["defineTag"]["tag"]["category"] == {"code": "service/vip"}
    assert computed.data["defineTag"]["errors"] == []
    # when the computation runs as a job and staff tag the buyer
    started = await gql(COMPUTE, None, STAFF)
    job_id = started.data["computeTags"]["job"]["id"]
    await run_jobs_redis()
    job = await gql(JOB, {"id": job_id}, STAFF)
    tagged = await gql(
        TAG_MEMBERS,
        {
            "input": {
                "tagCode": "vip",
                "value": "GOLD",
                "memberIds": [encode_id("Member", buyer.id)],
            }
        },
        STAFF,
    )
    # then the job reports its result, and the portrait shows every part
    assert job.data["job"]["status"] == "DONE" and job.data["job"]["result"]["members"] == 2
    assert tagged.data["tagMembers"] == {"changed": 1, "tag": {"code": "vip"}, "errors": []}
    portrait = (await gql(PORTRAIT, {"id": encode_id("Member", buyer.id)}, STAFF)).data
    found = portrait["memberPortrait"]
    values = {t["tagCode"]: t["value"] for t in found["tags"]}
    assert (
        values["vip"] == "GOLD" and values["recent_buyer"] == "YES" and values["city"] == "Beijing"
    )
    assert found["rfm"]["frequency"] == 1 and found["lifecycle"] == "NEW"
    assert found["identities"] == [{"kind": "PHONE", "value": "13700000001"}]
    assert found["purchaseOutlook"]["probabilityAlive"] is not None
    assert found["timeline"] == [{"kind": "ORDER"}]
    other_values = await gql(PORTRAIT, {"id": encode_id("Member", other.id)}, STAFF)
    other_tags = {t["tagCode"]: t["value"] for t in other_values.data["memberPortrait"]["tags"]}
    assert other_tags["vip"] is None and other_tags["recent_buyer"] == "NO"


async def run_jobs_redis() -> None:
    from domain import cache

    await run_jobs(cache.redis())


@pytest.mark.parametrize(
    ("_case", "payload", "code", "field"),
    [
        ("bad code", {"code": "Bad Code", "kind": "MANUAL"}, "INVALID", "code"),
        (
            "zero window",
            {
                "kind": "COMPUTED",
                "rule": {
                    "computed": {
                        "source": "ORDER",
                        "metric": "COUNT",
                        "op": "GTE",
                        "value": 1,
                        "windowDays": 0,
                    }
                },
            },
            "INVALID_WINDOW",
            "rule.computed.windowDays",
        ),
        (
            "unknown event",
            {
                "kind": "TIERED",
                "rule": {
                    "tiered": {
                        "measure": {
                            "behaviour": {
                                "source": "EVENT",
                                "eventName": "nope",
                                "metric": "COUNT",
                                "windowDays": 7,
                            }
                        },
                        "thresholds": [1, 5],
                    }
                },
            },
            "UNKNOWN_EVENT",
            "rule.tiered.measure.behaviour.eventName",
        ),
        (
            "bad tiers",
            {
                "kind": "TIERED",
                "rule": {"tiered": {"measure": {"field": "ORDER_COUNT"}, "thresholds": [5, 1]}},
            },
            "INVALID",
            "rule.tiered.thresholds",
        ),
        (
            "rule of another kind",
            {"kind": "TIERED", "rule": {"model": {"model": "RFM"}}},
            "INVALID",
            "rule",
        ),
        (
            "settings of another model",
            {"kind": "MODEL", "rule": {"model": {"model": "RFM", "lifecycle": {}}}},
            "INVALID",
            "rule.model.lifecycle",
        ),
        (
            "quantiles out of range",
            {
                "kind": "TIERED",
                "rule": {"tiered": {"measure": {"field": "AGE"}, "quantiles": [0.5, 1.5]}},
            },
            "INVALID",
            "rule.tiered.quantiles",
        ),
        (
            "horizon of a model without one",
            {"kind": "MODEL", "rule": {"model": {"model": "LIFECYCLE", "days": 30}}},
            "INVALID",
            "rule.model.days",
        ),
        (
            "built-in",
            {"code": "rfm", "kind": "MODEL", "rule": {"model": {"model": "RFM"}}},
            "CONFLICT",
            "code",
        ),
    ],
)
async def test_bad_tag_definitions_are_refused(
    _case: str, payload: dict, code: str, field: str
) -> None:
    # given the built-in catalogue
    await gql("query { tags { nodes { code } } }", None, STAFF)
    before = await TagDefinition.all().count()
    # when a bad definition is sent
    result = await gql(
        DEFINE, {"input": {"code": "new_tag", "name": "N", "owner": "ops", **payload}}, STAFF
    )
    # then it is refused with its code and path, and nothing is written
    assert result.data["defineTag"] == {"tag": None, "errors": [{"code": code, "field": field}]}
    assert await TagDefinition.all().count() == before


async def test_saved_segment_has_size_history_portrait_and_snapshot() -> None:
    # given computed tags and a saved segment of Beijing members
    from domain.segments import service as segments_service
    from domain.tags import runs as tags_runs

    beijing = [await make_member(city="Beijing") for _ in range(3)]
    await make_member(city="Shanghai")
    await tags_runs.compute_all()
    saved = await gql(
        """mutation($input: SaveSegmentInput!) { saveSegment(input: $input) {
             segment { id lastSize } errors { code } } }""",
        {
            "input": {
                "name": "Beijing",
                "definition": {"tag": {"tagCode": "city", "op": "IN", "values": ["Beijing"]}},
            }
        },
        STAFF,
    )
    segment_id = saved.data["saveSegment"]["segment"]["id"]
    # when it is read, snapshotted and refreshed
    found = (await gql(SEGMENT, {"id": segment_id}, BI)).data["segment"]
    snap = await gql(
        """mutation($input: SnapshotSegmentInput!) { snapshotSegment(input: $input) {
             snapshot { id size } errors { code } } }""",
        {"input": {"segmentId": segment_id, "name": "campaign 1"}},
        STAFF,
    )
    await segments_service.refresh_segment(1)
    # then size, history, portrait with lift and the frozen members agree
    assert found["size"] == 3 and found["lastSize"] == 3 and found["history"] == [{"size": 3}]
    city = next(t for t in found["portrait"]["tags"] if t["tagCode"] == "city")
    assert city["values"][0] == {
        "label": "Beijing",
        "segmentShare": 1.0,
        "overallShare": 0.75,
        "lift": pytest.approx(4 / 3),
    }
    assert found["portrait"]["tags"][0]["tagCode"] == "city"
    assert snap.data["snapshotSegment"]["snapshot"]["size"] == 3
    ids = await segments_service.snapshot_member_ids(1)
    assert ids.tolist() == [m.id for m in beijing]
    assert (await segments_service.segment_member_ids(1)).tolist() == [m.id for m in beijing]
    portrait = await gql(PORTRAIT, {"id": encode_id("Member", beijing[0].id)}, STAFF)
    assert portrait.data["memberPortrait"]["segments"] == [{"name": "Beijing"}]
    assert (await gql(PORTRAIT, {"id": encode_id("Member", beijing[0].id)}, BI)).errors


async def test_compare_segments_side_by_side() -> None:
    # given two saved segments
    from domain.tags import runs as tags_runs

    for city in ("Beijing", "Beijing", "Shanghai"):
        await make_member(city=city)
    await tags_runs.compute_all()
    ids = []
    for city in ("Beijing", "Shanghai"):
        saved = await gql(
            """mutation($input: SaveSegmentInput!) { saveSegment(input: $input) {
                 segment { id } } }""",
            {
                "input": {
                    "name": city,
                    "definition": {"tag": {"tagCode": "city", "op": "EQUALS", "values": [city]}},
                }
            },
            STAFF,
        )
        ids.append(saved.data["saveSegment"]["segment"]["id"])
    # when they are compared on city
    result = await gql(
        """query($a: ID!, $b: ID!) { compareSegments(a: $a, b: $b, tagCodes: ["city"]) {
             sizeA sizeB tags { tagCode distance values { label shareA shareB } } } }""",
        {"a": ids[0], "b": ids[1]},
        STAFF,
    )
    # then each city's share is shown for both
    found = result.data["compareSegments"]
    assert (found["sizeA"], found["sizeB"]) == (2, 1)
    assert found["tags"][0]["distance"] == 1.0
    shares = {v["label"]: (v["shareA"], v["shareB"]) for v in found["tags"][0]["values"]}
    assert shares["Beijing"] == (1.0, 0.0) and shares["Shanghai"] == (0.0, 1.0)


RULE_FIELDS = """
  __typename
  ... on AttributeRule { field edges }
  ... on ComputedRule { behaviour { source metric op value valueTo windowDays eventName } }
  ... on TieredRule {
    measure { field behaviour { source metric windowDays eventName } }
    thresholds quantiles labels
  }
  ... on ModelRule {
    model days thresholds labels
    rfm { recency { statistic value } frequency { statistic value } monetary { statistic value } }
    lifecycle { newWithinDays loyalMinOrders dormantAfterDays lostAfterDays }
    promotion { minOrders }
  }
"""
DEFINE_RULE = (
    "mutation($input: DefineTagInput!) { defineTag(input: $input) { tag { code rule { "
    + RULE_FIELDS
    + " } } errors { code field } } }"
)


@pytest.mark.parametrize(
    ("kind", "rule", "shown"),
    [
        (
            "ATTRIBUTE",
            {"attribute": {"field": "AGE_BAND", "edges": [20, 40]}},
            {"__typename": "AttributeRule", "field": "AGE_BAND", "edges": [20.0, 40.0]},
        ),
        (
            "COMPUTED",
            {
                "computed": {
                    "source": "ORDER",
                    "metric": "AMOUNT",
                    "op": "GTE",
                    "value": 10000,
                    "windowDays": 30,
                }
            },
            {
                "__typename": "ComputedRule",
                "behaviour": {
                    "source": "ORDER",
                    "metric": "AMOUNT",
                    "op": "GTE",
                    "value": 10000.0,
                    "valueTo": None,
                    "windowDays": 30,
                    "eventName": None,
                },
            },
        ),
        (
            "TIERED",
            {
                "tiered": {
                    "measure": {
                        "behaviour": {"source": "ORDER", "metric": "COUNT", "windowDays": 90}
                    },
                    "quantiles": [0.5, 0.9],
                    "labels": ["LOW", "MID", "TOP"],
                }
            },
            {
                "__typename": "TieredRule",
                "measure": {
                    "field": None,
                    "behaviour": {
                        "source": "ORDER",
                        "metric": "COUNT",
                        "windowDays": 90,
                        "eventName": None,
                    },
                },
                "thresholds": None,
                "quantiles": [0.5, 0.9],
                "labels": ["LOW", "MID", "TOP"],
            },
        ),
        (
            "MODEL",
            {
                "model": {
                    "model": "RFM",
                    "rfm": {"recency": {"statistic": "MEDIAN"}, "monetary": {"value": 5000}},
                }
            },
            {
                "__typename": "ModelRule",
                "model": "RFM",
                "days": None,
                "thresholds": None,
                "labels": None,
                "rfm": {
                    "recency": {"statistic": "MEDIAN", "value": None},
                    "frequency": {"statistic": "MEAN", "value": None},
                    "monetary": {"statistic": None, "value": 5000.0},
                },
                "lifecycle": None,
                "promotion": None,
            },
        ),
        (
            "MODEL",
            {"model": {"model": "EXPECTED_PURCHASES", "days": 60, "thresholds": [1, 3]}},
            {
                "__typename": "ModelRule",
                "model": "EXPECTED_PURCHASES",
                "days": 60,
                "thresholds": [1.0, 3.0],
                "labels": None,
                "rfm": None,
                "lifecycle": None,
                "promotion": None,
            },
        ),
    ],
)
async def test_a_typed_rule_reads_back_as_given(kind: str, rule: dict, shown: dict) -> None:
    # when a tag is defined with a typed rule
    result = await gql(
        DEFINE_RULE,
        {"input": {"code": "typed", "name": "T", "owner": "ops", "kind": kind, "rule": rule}},
        STAFF,
    )
    # then it is saved and shown in the rule's output type, here and in the catalogue
    assert result.errors is None, result.errors
    assert result.data["defineTag"]["errors"] == []
    assert result.data["defineTag"]["tag"]["rule"] == shown
    listed = await gql(
        "query { tags(first: 100) { nodes { code rule { " + RULE_FIELDS + " } } } }", None, STAFF
    )
    rules = {t["code"]: t["rule"] for t in listed.data["tags"]["nodes"]}
    assert rules["typed"] == shown
    assert rules["city"] == {"__typename": "AttributeRule", "field": "CITY", "edges": None}


async def test_the_old_json_rule_is_refused_by_the_schema() -> None:
    result = await gql(
        DEFINE_RULE,
        {
            "input": {
                "code": "old",
                "name": "O",
                "owner": "ops",
                "kind": "ATTRIBUTE",
                "rule": {"field": "city"},
            }
        },
        STAFF,
    )
    assert result.errors and result.data is None
