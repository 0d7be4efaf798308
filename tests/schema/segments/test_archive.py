"""Staff list saved segments and archive them; an archived segment is refreshed and targeted
no more, and its history records the archive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.points import config as points_config
from domain.points.models import PointKind
from domain.segments import service as segments_service
from domain.segments.models import SegmentSize
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

SAVE = """mutation($input: SaveSegmentInput!) {
  saveSegment(input: $input) { segment { id } errors { code field } } }"""
ARCHIVE = """mutation($i: RetireInput!) { archiveSegment(input: $i) {
  segment { name archivedAt } errors { code field } } }"""
LIST = """query($archived: Boolean) { segments(archived: $archived, first: 10) {
  nodes { name archivedAt } pageInfo { hasNextPage } } }"""
CREATE = """mutation($i: CreateCampaignInput!) { createCampaign(input: $i) {
  errors { code field } } }"""
HISTORY = """query($id: ID!) { configHistory(objectType: SEGMENT, objectId: $id) {
  nodes { action before after } } }"""
BUYERS = {
    "behaviour": {"source": "ORDER", "metric": "COUNT", "op": "GTE", "value": 1, "windowDays": 30}
}


async def _save(name: str) -> str:
    result = await gql(SAVE, {"input": {"name": name, "definition": BUYERS}}, STAFF)
    assert result.data["saveSegment"]["errors"] == []
    return result.data["saveSegment"]["segment"]["id"]


async def test_an_archived_segment_is_listed_apart_refreshed_and_targeted_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given two saved segments and the points campaigns reward
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    kept = await _save("kept")
    gone = await _save("gone")
    # when staff archive one
    archived = await gql(ARCHIVE, {"i": {"id": gone}}, STAFF)
    # then it shows its archive instant and the lists keep them apart
    payload = archived.data["archiveSegment"]
    assert payload["errors"] == [] and payload["segment"]["archivedAt"] is not None
    live = await gql(LIST, {"archived": False}, STAFF)
    assert [n["name"] for n in live.data["segments"]["nodes"]] == ["kept"]
    every = await gql(LIST, {}, STAFF)
    assert [n["name"] for n in every.data["segments"]["nodes"]] == ["gone", "kept"]
    # and the scheduled refresh passes it by
    sizes_before = await SegmentSize.all().count()
    later = datetime.now(UTC) + timedelta(days=2)
    monkeypatch.setattr(segments_service, "utc_now", lambda: later)
    refreshed = await segments_service.refresh_due_segments()
    assert refreshed == 1
    assert await SegmentSize.all().count() == sizes_before + 1
    # and a new campaign cannot target it, while the live one still can
    base = {
        "name": "c",
        "startsAt": datetime.now(UTC).isoformat(),
        "endsAt": (datetime.now(UTC) + timedelta(days=1)).isoformat(),
        "mode": "ONE_SHOT",
        "rewards": [{"points": {"points": 1}}],
    }
    refused = await gql(CREATE, {"i": {**base, "audience": {"segment": gone}}}, STAFF)
    assert refused.data["createCampaign"]["errors"] == [
        {"code": "NOT_FOUND", "field": "audience.segment"}
    ]
    allowed = await gql(CREATE, {"i": {**base, "audience": {"segment": kept}}}, STAFF)
    assert allowed.data["createCampaign"]["errors"] == []
    # and its history holds the definition and the archive
    history = await gql(HISTORY, {"id": gone}, STAFF)
    nodes = history.data["configHistory"]["nodes"]
    assert [n["action"] for n in nodes] == ["DEFINE", "RETIRE"]
    assert nodes[1]["before"]["archived_at"] is None and nodes[1]["after"]["archived_at"]


async def test_members_may_not_list_or_archive_segments() -> None:
    gone = await _save("gone")
    for query, variables in [(LIST, {}), (ARCHIVE, {"i": {"id": gone}})]:
        result = await gql(query, variables, member(1))
        assert [e.extensions["code"] for e in result.errors] == ["FORBIDDEN"]
