"""Behaviour analyses, saved funnels, the member inbox, identity lists and reward failures:
statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain import jobs
from domain.analytics import refresh
from domain.analytics.funnel_models import SavedFunnel
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import CampaignMode, Delivery, InboxMessage
from domain.catalog.models import Item
from domain.clock import utc_now
from domain.members.models import Channel
from domain.orders import recording
from domain.orders.models import Event
from domain.segments.models import IdentityList
from schema.build import schema
from schema.relay import encode_id
from tests.factories import make_member, make_point_types
from tests.helpers import BI, STAFF, member
from tests.statements import ListFieldCheck, root_query

pytestmark = pytest.mark.usefixtures("database")

GRAPH = schema._schema
_numbers = itertools.count(1)
CHANNELS = (Channel.APP, Channel.POS, Channel.WEB, Channel.MINI_PROGRAM)
ANALYSES = """query($steps: [FunnelStepInput!]) {
  cohortRetention(cohort: FIRST_ORDER, activity: {kind: ORDER}, grain: MONTH,
                  measure: CUMULATIVE_NET, from: "2026-01-01", to: "2026-04-30") {
    rows { cohort size values ratios } periods source }
  funnel(steps: $steps, windowMinutes: 1440, from: "2026-03-01", to: "2026-03-10",
         breakdown: CHANNEL) {
    cached result { from to steps { event members conversion stepConversion }
                    groups { value steps { event members } } } }
  userPaths(anchor: "view", direction: FROM, depth: 1, from: "2026-03-01", to: "2026-03-31") {
    events paths members }
  attribution(model: POSITION_BASED, touchEvents: ["ad"], windowDays: 7, from: "2026-04-01",
              to: "2026-04-30", sourceProperty: "utm") {
    sources { source creditCents orders } attributedOrders }
  savedFunnels { id name definition createdAt }
}"""


def sh(month: int, day: int, hour: int) -> datetime:
    """A Shanghai wall-clock time in 2026 as a UTC instant (UTC+8)."""
    return datetime(2026, month, day, hour, tzinfo=UTC) - timedelta(hours=8)


async def _order(member_id: int, at: datetime, cents: int) -> None:
    await recording.record_order(
        recording.OrderInput(
            channel=Channel.POS,
            external_no=f"O-{next(_numbers)}",
            paid_at=at,
            lines=[recording.LineInput("SKU", 1, cents)],
            member_id=member_id,
        )
    )


async def _event(member_id: int, name: str, at: datetime, **props: Any) -> None:
    await Event.create(
        event_id=f"E-{next(_numbers)}",
        name=name,
        occurred_at=at,
        member_id=member_id,
        properties=props,
    )


@pytest.mark.list_fields(
    "CohortMatrix.rows",
    "FunnelResult.steps",
    "FunnelResult.groups",
    "FunnelGroup.steps",
    "Query.userPaths",
    "AttributionResult.sources",
    "Query.savedFunnels",
)
async def test_cohorts_funnel_paths_attribution_and_saved_funnels(
    list_fields: ListFieldCheck,
) -> None:
    await Item.create(code="SKU", name="Item", price_cents=100)
    added = 0

    async def add(count: int) -> None:
        nonlocal added
        for _ in range(count):
            added += 1
            # each member: a new cohort month, registration channel, path, step and touch source
            joined = await make_member(channel=CHANNELS[added - 1])
            async with jobs.deferred_scope():
                await _order(joined.id, sh(added, 5, 12), 100 * added)
                await _order(joined.id, sh(4, 20, 12), 300)
            await _event(joined.id, "view", sh(3, added + 1, 10))
            await _event(joined.id, f"p{added}", sh(3, added + 1, 11))
            await _event(joined.id, "ad", sh(4, 18, 9), utm=f"u{added}")
            await SavedFunnel.create(
                name=f"funnel {added}",
                definition={"steps": [{"event": "view"}, {"event": f"p{added}"}]},
                created_by="test",
            )
        await refresh.refresh_dirty(now=datetime(2026, 6, 1, tzinfo=UTC))

    def variables() -> dict[str, Any]:
        steps = [{"event": "view"}] + [{"event": f"p{n}"} for n in range(1, added + 1)]
        return {"steps": steps}

    await list_fields.assert_flat(ANALYSES, add, principal=BI, variables=variables)


@pytest.mark.list_fields("Query.myMessages")
async def test_inbox_messages(list_fields: ListFieldCheck) -> None:
    reader = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await InboxMessage.create(
                member_id=reader.id, title=f"T{n}", body="b", link="", created_at=utc_now()
            )

    query = root_query(GRAPH, "myMessages", "first: 20")
    await list_fields.assert_flat(query, add, principal=member(reader.id))


@pytest.mark.list_fields("IdentityList.unmatched")
async def test_identity_list_unmatched_rows(list_fields: ListFieldCheck) -> None:
    found = await IdentityList.create(
        name="vip", row_count=0, member_count=0, unmatched=[], bitmap=b"", uploaded_by="test"
    )
    rows: list[dict[str, Any]] = []

    async def add(count: int) -> None:
        for _ in range(count):
            rows.append({"index": len(rows), "kind": "PHONE", "value": f"1390000{len(rows):04d}"})
        await IdentityList.filter(id=found.id).update(unmatched=rows, row_count=len(rows))

    query = """query($id: ID!) { node(id: $id) { ... on IdentityList {
      name rowCount unmatched { index kind value } } } }"""
    await list_fields.assert_flat(
        query, add, principal=STAFF, variables={"id": encode_id("IdentityList", found.id)}
    )


@pytest.mark.list_fields("CampaignArmEffect.failedRewards")
async def test_reward_failures_of_a_campaign_arm(list_fields: ListFieldCheck) -> None:
    (points,) = await make_point_types(1)
    now = utc_now()
    campaign = await campaigns_service.create(
        campaigns_service.CampaignInput(
            name="Failing",
            owner="test",
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=7),
            mode=CampaignMode.ONE_SHOT,
            audience={"kind": "EVERYONE"},
            rewards=[{"kind": "POINTS", "points": 100, "pointType": points}],
        )
    )
    codes = iter(
        ["OUT_OF_STOCK", "COUPON_LIMIT_REACHED", "EXPIRED", "INSUFFICIENT_POINTS", "INVALID"]
    )

    async def add(count: int) -> None:
        for _ in range(count):
            await Delivery.create(
                campaign_id=campaign.id,
                member_id=next(_numbers),
                occurrence="once",
                arm="treatment",
                status="REWARD_FAILED",
                failure_code=next(codes),
                delivered_at=now,
            )

    query = "{ campaigns(first: 5) { nodes { effect { arm failedRewards { code members } } } } }"
    await list_fields.assert_flat(query, add, principal=STAFF)
