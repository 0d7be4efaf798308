"""cohortRetention, funnel (now, as a job, saved), savedFunnels, saveFunnel, userPaths and
attribution through the schema: answers, refused input with code and field, role gates."""

from __future__ import annotations

import asyncio
from typing import Any

from domain import db
from domain.access import Principal, Role
from tests.domain.analytics.behaviour_data import seed
from tests.helpers import BI, STAFF, gql, member, run_jobs

ANALYST = Principal(role=Role.STAFF, scopes=frozenset({"analytics:read"}), subject="analyst")
COHORTS = """query($m: CohortMeasure!, $from: Date!, $to: Date!) {
  cohortRetention(cohort: FIRST_ORDER, activity: {kind: ORDER}, grain: MONTH, measure: $m,
                  from: $from, to: $to) { rows { cohort size values ratios } periods source } }"""
FUNNEL = """query($steps: [FunnelStepInput!], $from: Date!, $to: Date!, $saved: ID,
                  $refresh: Boolean! = false, $minutes: BigInt! = 1440) {
  funnel(steps: $steps, windowMinutes: $minutes, from: $from, to: $to, breakdown: CHANNEL,
         savedFunnelId: $saved, refresh: $refresh) {
    cached result { from to steps { event members conversion stepConversion }
                    groups { value steps { members } } }
    job { id status } } }"""
STEPS = [{"event": "view"}, {"event": "cart"}, {"event": "pay"}]


def _codes(result: Any) -> list[tuple[str, str]]:
    return [(e.extensions["code"], e.extensions.get("field")) for e in result.errors or []]


async def test_cohort_retention_for_bi_and_analysts_only(database: str) -> None:
    # given
    await seed()
    variables = {"m": "CUMULATIVE_NET", "from": "2026-01-01", "to": "2026-03-31"}
    # when
    answers = [await gql(COHORTS, variables, principal=p) for p in (BI, ANALYST)]
    forbidden = [
        await gql(COHORTS, variables, principal=p)
        for p in (member(1), Principal(role=Role.STAFF, subject="x"), None)
    ]
    refused = await gql(COHORTS, {**variables, "from": "2026-04-01"}, principal=BI)
    # then
    for answer in answers:
        assert answer.errors is None
        assert answer.data["cohortRetention"] == {
            "rows": [
                {
                    "cohort": "2026-01-01",
                    "size": 1,
                    "values": [1700, 2200, 2600],
                    "ratios": [1700.0, 2200.0, 2600.0],
                },
                {
                    "cohort": "2026-02-01",
                    "size": 1,
                    "values": [2000, 2300],
                    "ratios": [2000.0, 2300.0],
                },
            ],
            "periods": 3,
            "source": "member_monthly",
        }
    assert [r.errors[0].extensions["code"] for r in forbidden] == [
        "FORBIDDEN",
        "FORBIDDEN",
        "UNAUTHENTICATED",
    ]
    assert _codes(refused) == [("INVALID_WINDOW", "from")]


async def test_funnel_now_and_bad_input(database: str) -> None:
    # given
    await seed()
    base = {"steps": STEPS, "from": "2026-03-01", "to": "2026-03-02"}
    # when
    result = await gql(FUNNEL, base, principal=BI)
    too_many = await gql(FUNNEL, {**base, "steps": STEPS * 4}, principal=BI)
    window = await gql(FUNNEL, {**base, "minutes": 0}, principal=BI)
    backwards = await gql(FUNNEL, {**base, "from": "2026-03-03"}, principal=BI)
    # then
    assert result.errors is None, result.errors
    answer = result.data["funnel"]
    assert answer["job"] is None and answer["cached"] is False
    assert [s["members"] for s in answer["result"]["steps"]] == [3, 1, 1]
    assert [
        (g["value"], [s["members"] for s in g["steps"]]) for g in answer["result"]["groups"]
    ] == [
        ("APP", [1, 1, 1]),
        ("POS", [1, 0, 0]),
        ("WEB", [1, 0, 0]),
    ]
    assert _codes(too_many) == [("TOO_MANY", "steps")]
    assert _codes(window) == [("INVALID_WINDOW", "windowMinutes")]
    assert _codes(backwards) == [("INVALID_WINDOW", "from")]


async def test_a_long_funnel_runs_as_a_job_with_the_same_answer(
    database: str, redis_client: Any
) -> None:
    # given
    await seed()
    long = {"steps": STEPS, "from": "2026-02-01", "to": "2026-03-31"}
    # when
    started = await gql(FUNNEL, long, principal=STAFF)
    again = await gql(FUNNEL, long, principal=STAFF)
    await run_jobs(redis_client)
    job_id = started.data["funnel"]["job"]["id"]
    done = await gql(
        "query($id: ID!) { job(id: $id) { status result } }", {"id": job_id}, principal=STAFF
    )
    polled = await gql(FUNNEL, long, principal=BI)
    # then the same question within the hour shares the job, and its result is the funnel
    assert started.data["funnel"]["result"] is None
    assert again.data["funnel"]["job"]["id"] == job_id
    job = done.data["job"]
    assert job["status"] == "DONE"
    assert [s["members"] for s in job["result"]["steps"]] == [3, 1, 1]
    assert [g["value"] for g in job["result"]["groups"]] == ["APP", "POS", "WEB"]
    # and asking again (as BI, who cannot read jobs) returns the job with its counts
    assert polled.data["funnel"]["job"] == {"id": job_id, "status": "DONE"}
    assert [s["members"] for s in polled.data["funnel"]["result"]["steps"]] == [3, 1, 1]


SAVE = """mutation($name: String!, $steps: [FunnelStepInput!]!) {
  saveFunnel(name: $name, steps: $steps, windowMinutes: 1440, breakdown: CHANNEL) {
    funnel { id name definition } errors { code field } } }"""


async def test_saved_funnels_keep_their_last_result_per_range(database: str) -> None:
    # given a saved funnel
    await seed()
    saved = await gql(SAVE, {"name": "checkout", "steps": STEPS}, principal=STAFF)
    duplicate = await gql(SAVE, {"name": "checkout", "steps": STEPS}, principal=STAFF)
    by_bi = await gql(SAVE, {"name": "other", "steps": STEPS}, principal=BI)
    reader = await gql(SAVE, {"name": "x", "steps": STEPS}, principal=ANALYST)
    funnel_id = saved.data["saveFunnel"]["funnel"]["id"]
    ask = {"from": "2026-03-01", "to": "2026-03-02", "saved": funnel_id}
    # when asked, then a new event arrives, then asked again and refreshed
    first = await gql(FUNNEL, ask, principal=BI)
    await db.execute(
        "INSERT INTO events (event_id, name, occurred_at, member_id, properties, received_at)"
        " SELECT 'late', 'cart', '2026-03-01T06:00Z', id, '{}', now() FROM members"
        " WHERE status = 'ACTIVE' AND channel = 'WEB'"
    )
    cached = await gql(FUNNEL, ask, principal=BI)
    refreshed = await gql(FUNNEL, {**ask, "refresh": True}, principal=BI)
    listed = await gql("{ savedFunnels { id name } }", principal=BI)
    # then
    assert saved.data["saveFunnel"]["errors"] == []
    assert duplicate.data["saveFunnel"] == {
        "funnel": None,
        "errors": [{"code": "DUPLICATE", "field": "name"}],
    }
    assert by_bi.data["saveFunnel"]["errors"] == []
    assert reader.errors[0].extensions["code"] == "FORBIDDEN"
    assert first.data["funnel"]["cached"] is False
    assert cached.data["funnel"]["cached"] is True
    assert cached.data["funnel"]["result"] == first.data["funnel"]["result"]
    assert refreshed.data["funnel"]["cached"] is False
    assert [s["members"] for s in first.data["funnel"]["result"]["steps"]] == [3, 1, 1]
    assert [s["members"] for s in refreshed.data["funnel"]["result"]["steps"]] == [3, 2, 1]
    assert [n["name"] for n in listed.data["savedFunnels"]] == ["other", "checkout"]


PATHS = """query($depth: BigInt!) { userPaths(anchor: "view", direction: FROM, depth: $depth,
  from: "2026-03-01", to: "2026-03-31") { events paths members } }"""
ATTRIBUTION = """query($events: [String!]!, $days: BigInt!) {
  attribution(model: POSITION_BASED, touchEvents: $events, windowDays: $days, from: "2026-03-01",
              to: "2026-03-31", sourceProperty: "utm") {
    sources { source creditCents orders } attributedOrders attributedNetCents
    unattributedOrders unattributedNetCents } }"""


async def test_user_paths_and_attribution(database: str) -> None:
    # given
    await seed()
    # when
    found = await gql(PATHS, {"depth": 1}, principal=BI)
    too_deep = await gql(PATHS, {"depth": 6}, principal=BI)
    credited = await gql(ATTRIBUTION, {"events": ["ad"], "days": 7}, principal=BI)
    unknown = await gql(ATTRIBUTION, {"events": ["nothing"], "days": 7}, principal=BI)
    too_long = await gql(ATTRIBUTION, {"events": ["ad"], "days": 91}, principal=BI)
    too_many = await gql(ATTRIBUTION, {"events": ["ad"] * 11, "days": 7}, principal=BI)
    # then
    assert found.errors is None, found.errors
    assert found.data["userPaths"] == [
        {"events": ["cart"], "paths": 2, "members": 2},
        {"events": ["pay"], "paths": 1, "members": 1},
    ]
    assert _codes(too_deep) == [("TOO_MANY", "depth")]
    assert credited.data["attribution"] == {
        "sources": [
            {"source": "ad:wx", "creditCents": 550, "orders": 2},
            {"source": "ad:dy", "creditCents": 150, "orders": 1},
        ],
        "attributedOrders": 2,
        "attributedNetCents": 700,
        "unattributedOrders": 0,
        "unattributedNetCents": 0,
    }
    assert unknown.data["attribution"]["attributedOrders"] == 0
    assert unknown.data["attribution"]["unattributedNetCents"] == 700
    assert _codes(too_long) == [("INVALID_WINDOW", "windowDays")]
    assert _codes(too_many) == [("TOO_MANY", "touchEvents")]


async def test_one_name_saved_once_under_concurrent_saves(database: str) -> None:
    # when twenty saves of one name race
    results = await asyncio.gather(
        *(gql(SAVE, {"name": "race", "steps": STEPS}, principal=BI) for _ in range(20))
    )
    # then one is saved and the others are told the name is taken
    errors = [r.data["saveFunnel"]["errors"] for r in results]
    assert errors.count([]) == 1
    assert errors.count([{"code": "DUPLICATE", "field": "name"}]) == 19
    row = await db.fetch_one("SELECT count(*) AS n FROM analytics_saved_funnels")
    assert row is not None and row["n"] == 1


SEGMENT = """mutation($input: SaveSegmentInput!) {
  saveSegment(input: $input) { segment { id } errors { code field } } }"""
BUYERS = {
    "behaviour": {"source": "ORDER", "metric": "COUNT", "op": "GTE", "value": 1, "windowDays": 3660}
}
SEGMENT_FUNNEL = """query($segment: ID) { funnel(steps: [{event: "view"}, {event: "cart"}],
  from: "2026-03-01", to: "2026-03-02", segmentId: $segment) { result { steps { members } } } }"""


async def test_a_funnel_of_a_segment_counts_its_members_only(database: str) -> None:
    # given a segment of buyers (a and b; d never ordered)
    await seed()
    saved = await gql(SEGMENT, {"input": {"name": "buyers", "definition": BUYERS}}, STAFF)
    segment_id = saved.data["saveSegment"]["segment"]["id"]
    # when
    everyone = await gql(SEGMENT_FUNNEL, {"segment": None}, principal=BI)
    buyers = await gql(SEGMENT_FUNNEL, {"segment": segment_id}, principal=BI)
    unknown = await gql(SEGMENT_FUNNEL, {"segment": "999999"}, principal=BI)
    # then
    assert [s["members"] for s in everyone.data["funnel"]["result"]["steps"]] == [3, 1]
    assert [s["members"] for s in buyers.data["funnel"]["result"]["steps"]] == [2, 1]
    assert _codes(unknown) == [("NOT_FOUND", "segmentId")]
