"""previewCampaign: figures after consent, addresses and caps, cost against the budget, the
first messages rendered; it writes nothing, for a saved campaign or a definition."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import db
from domain.campaigns import fanout
from domain.clock import utc_now
from schema.relay import encode_id
from tests.domain.campaigns.support import AT, points_type, running
from tests.factories import give_addresses, insert_members
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")


async def _row_counts() -> dict[str, int]:
    """Rows of every table of the database."""
    tables = await db.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
    )
    counts = {}
    for row in tables:
        found = await db.fetch_one(f'SELECT count(*) AS n FROM "{row["tablename"]}"')
        counts[row["tablename"]] = int(found["n"]) if found else 0
    return counts


PREVIEW = """mutation($i: PreviewCampaignInput!) { previewCampaign(input: $i) {
  preview { audienceSize controlSize treatedSize reachableSize
            notReached { reason members } expectedPoints expectedCostCents budgetCostCents
            budgetCovers withinBudget messages { channel body } }
  errors { code field } } }"""


async def test_a_saved_campaign_previews_without_writing(monkeypatch) -> None:
    # given 6 consenting members (4 with a phone), 2 without consent, a cap of 1 already
    # used by one of them, and an SMS campaign with a budget for 3
    monkeypatch.setenv("MARKETING_CAP_MESSAGES", "1")
    members = await insert_members(6, consent=True)
    await insert_members(2, consent=False)
    await give_addresses(members[:4])
    earlier = await running(name="Earlier", message={"channel": "INBOX", "body": "x"})
    yesterday = utc_now() - timedelta(days=1)  # the clock the preview runs on
    await fanout.reward_batch(earlier.id, [members[0]], "once", now=yesterday)
    campaign = await running(
        message={"channel": "SMS", "body": "Hi {name}, {points} points", "templateCode": "T"},
        budget_points=300,
    )
    before = await _row_counts()
    # when it is previewed
    result = await gql(PREVIEW, {"i": {"id": encode_id("Campaign", campaign.id)}}, STAFF)
    # then
    assert result.data["previewCampaign"]["errors"] == []
    shown = result.data["previewCampaign"]["preview"]
    assert shown == {
        "audienceSize": 8,
        "controlSize": 0,
        "treatedSize": 8,
        "reachableSize": 3,
        "notReached": [
            {"reason": "CAPPED", "members": 1},
            {"reason": "NO_ADDRESS", "members": 2},
            {"reason": "NO_CONSENT", "members": 2},
        ],
        "expectedPoints": 800,
        "expectedCostCents": shown["expectedCostCents"],
        "budgetCostCents": None,
        "budgetCovers": 3,
        "withinBudget": False,
        "messages": [{"channel": "SMS", "body": f"Hi M{n}, 100 points"} for n in (2, 3, 4)],
    }
    assert await _row_counts() == before


async def test_a_definition_previews_with_its_control_group_and_saves_nothing() -> None:
    await insert_members(10, consent=True)
    definition = {
        "name": "Try",
        "startsAt": AT.isoformat(),
        "endsAt": (AT + timedelta(days=3)).isoformat(),
        "mode": "ONE_SHOT",
        "audience": {"everyone": True},
        "rewards": [{"points": {"points": 10}}],
        "controlPercent": 50,
        "message": {"channel": "INBOX", "body": "{name}: {points}"},
    }
    await points_type()
    before = await _row_counts()
    shown = (await gql(PREVIEW, {"i": {"definition": definition}}, STAFF)).data["previewCampaign"][
        "preview"
    ]
    assert shown["audienceSize"] == 10
    assert shown["controlSize"] + shown["treatedSize"] == 10
    assert 0 < shown["controlSize"] < 10
    assert shown["reachableSize"] == shown["treatedSize"]
    assert len(shown["messages"]) == min(5, shown["treatedSize"])
    assert all(m["body"].endswith(": 10") for m in shown["messages"])
    assert await _row_counts() == before


async def test_a_bad_definition_is_refused_at_its_path() -> None:
    definition = {
        "name": "Bad",
        "startsAt": AT.isoformat(),
        "endsAt": AT.isoformat(),
        "mode": "ONE_SHOT",
        "audience": {"everyone": True},
        "message": {"channel": "INBOX", "body": "{nickname}"},
    }
    result = await gql(PREVIEW, {"i": {"definition": definition}}, STAFF)
    assert result.data["previewCampaign"]["preview"] is None
    assert result.data["previewCampaign"]["errors"][0]["field"].startswith("definition.")
