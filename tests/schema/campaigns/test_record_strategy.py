"""recordStrategy and campaignStrategies name campaigns and segments by global id."""

from __future__ import annotations

import pytest

from domain.campaigns.models import StrategyNote
from schema.relay import encode_id
from tests.factories.nodes import make_shared
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

RECORD = """
mutation($campaignId: ID, $segmentId: ID, $strategy: String!, $outcome: String!) {
  recordStrategy(campaignId: $campaignId, segmentId: $segmentId, strategy: $strategy,
                 outcome: $outcome, uplift: 1.5) {
    strategyNote { id campaignId segmentId strategy }
    errors { code field }
  }
}"""
LIBRARY = """query($segmentId: ID) {
  campaignStrategies(segmentId: $segmentId) { nodes { id segmentId } }
}"""


def _ask(campaign: str | None, segment: str | None, strategy: str = "Member day") -> dict:
    return {"campaignId": campaign, "segmentId": segment, "strategy": strategy, "outcome": "ok"}


async def test_a_note_names_its_campaign_and_segment_by_global_id() -> None:
    # given a campaign and a segment
    shared = await make_shared()
    campaign = encode_id("Campaign", shared["Campaign"])
    segment = encode_id("Segment", shared["Segment"])
    # when a note is recorded naming them, and the library is filtered by the segment
    result = await gql(RECORD, _ask(campaign, segment), STAFF)
    listed = await gql(LIBRARY, {"segmentId": segment}, STAFF)
    # then the payload returns the note with global ids, and the library finds it
    assert result.errors is None, result.errors
    note = await StrategyNote.get(strategy="Member day")
    assert result.data["recordStrategy"] == {
        "strategyNote": {
            "id": encode_id("StrategyNote", note.id),
            "campaignId": campaign,
            "segmentId": segment,
            "strategy": "Member day",
        },
        "errors": [],
    }
    assert (note.campaign_id, note.segment_id) == (shared["Campaign"], shared["Segment"])
    assert listed.data["campaignStrategies"]["nodes"] == [
        {"id": encode_id("StrategyNote", note.id), "segmentId": segment}
    ]


async def test_the_plain_number_still_names_the_object() -> None:
    # given a segment
    shared = await make_shared()
    # when a note names it by its plain number
    result = await gql(RECORD, _ask(None, str(shared["Segment"])), STAFF)
    # then it is recorded against that segment
    assert result.data["recordStrategy"]["errors"] == []
    assert (await StrategyNote.get(strategy="Member day")).segment_id == shared["Segment"]


@pytest.mark.parametrize(
    ("_case", "campaign", "segment", "strategy", "expected"),
    [
        (
            "missing campaign",
            encode_id("Campaign", 999_999),
            None,
            "x",
            [("NOT_FOUND", "campaignId")],
        ),
        (
            "segment id of another type",
            None,
            encode_id("Campaign", 1),
            "x",
            [("INVALID_ID", "segmentId")],
        ),
        (
            "every problem at once",
            encode_id("Campaign", 999_999),
            encode_id("Segment", 999_999),
            " ",
            [("REQUIRED", "strategy"), ("NOT_FOUND", "campaignId"), ("NOT_FOUND", "segmentId")],
        ),
    ],
)
async def test_a_bad_reference_records_nothing(
    _case: str, campaign: str | None, segment: str | None, strategy: str, expected: list
) -> None:
    # when a note names what does not exist, or the wrong type
    result = await gql(RECORD, _ask(campaign, segment, strategy), STAFF)
    # then each problem is reported with its field and nothing is recorded
    assert result.errors is None, result.errors
    payload = result.data["recordStrategy"]
    assert payload["strategyNote"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == expected
    assert not await StrategyNote.filter(outcome="ok").exists()
