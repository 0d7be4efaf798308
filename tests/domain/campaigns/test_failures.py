"""What a campaign could not do is visible: rewards that failed by reason in its effect, the
PARTIAL state, and messages counted sent when a provider took them, delivered on its receipt."""

from __future__ import annotations

import pytest

from domain import db
from domain.campaigns import channels, fanout, measure, receipts
from domain.campaigns import run as campaign_run
from domain.campaigns.models import Campaign, Notification
from schema.relay import encode_id
from tests.domain.campaigns.support import AT, running
from tests.factories import give_addresses, insert_members
from tests.factories.coupons import make_template
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")
EFFECT = """query($id: ID!) { campaign(id: $id) { status effect {
  arm members sent delivered failedRewards { code members } } } }"""


async def test_out_of_stock_rewards_show_in_the_effect_and_leave_the_campaign_partial() -> None:
    # given a one-shot campaign whose coupon has stock for 2 of 5 members
    await make_template("TWO", total_stock=2)
    await insert_members(5, consent=True)
    campaign = await running(rewards=[{"kind": "COUPON", "template": "TWO"}])
    # when it runs through its audience
    result = await campaign_run.run_campaign(campaign.id, "once", clock=lambda: AT)
    # then 3 members are reported by reason and the campaign is PARTIAL, not COMPLETED
    assert (result["rewarded"], result["failures"]) == (2, {"OUT_OF_STOCK": 3})
    assert (await Campaign.get(id=campaign.id)).status == "PARTIAL"
    shown = (await gql(EFFECT, {"id": encode_id("Campaign", campaign.id)}, STAFF)).data
    assert shown["campaign"]["status"] == "PARTIAL"
    assert shown["campaign"]["effect"] == [
        {
            "arm": "treatment",
            "members": 2,
            "sent": 0,
            "delivered": 0,
            "failedRewards": [{"code": "OUT_OF_STOCK", "members": 3}],
        }
    ]


async def test_a_campaign_that_rewarded_everyone_completes() -> None:
    await insert_members(2, consent=True)
    campaign = await running()
    await campaign_run.run_campaign(campaign.id, "once", clock=lambda: AT)
    assert (await Campaign.get(id=campaign.id)).status == "COMPLETED"


async def test_sent_counts_what_providers_took_and_delivered_what_they_confirmed(
    monkeypatch,
) -> None:
    # given three pushes: one confirmed delivered, one failed by receipt, one never sent
    monkeypatch.setenv("CAMPAIGN_PROVIDERS", "PUSH=log")
    members = await insert_members(3, consent=True)
    await give_addresses(members)
    campaign = await running(message={"channel": "PUSH", "body": "Hi {name}"})
    await fanout.run(campaign.id, "once", members, clock=lambda: AT)
    notes = await Notification.filter(campaign_id=campaign.id).order_by("member_id")
    await db.execute(
        "UPDATE campaign_notifications SET send_after = $2 WHERE id = $1",
        notes[2].id,
        AT.replace(year=2030),
    )
    assert (await channels.send_due(now=AT))["sent"] == 2
    await receipts.record(
        "PUSH", receipts.Receipt(notes[0].id, receipts.ReceiptStatus.DELIVERED, ""), AT
    )
    await receipts.record(
        "PUSH", receipts.Receipt(notes[1].id, receipts.ReceiptStatus.FAILED, "gone"), AT
    )
    # when the effect is measured
    (arm,) = await measure.measure(await Campaign.get(id=campaign.id))
    # then sent counts both that went out and delivered only the confirmed one
    assert (arm.members, arm.sent, arm.delivered) == (3, 2, 1)
