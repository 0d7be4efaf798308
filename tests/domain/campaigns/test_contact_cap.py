"""A member gets at most MARKETING_CAP_MESSAGES marketing messages per MARKETING_CAP_DAYS,
across every campaign and channel, however many campaigns reach them at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.campaigns import fanout
from domain.campaigns.models import Delivery, Notification
from tests.domain.campaigns.support import AT, running
from tests.factories import give_addresses, insert_members

pytestmark = pytest.mark.usefixtures("database")
CHANNELS = ["INBOX", "PUSH", "SMS", "WECHAT", "EMAIL"]


async def _campaigns(
    n: int, channels: list[str] = CHANNELS, rewards: list | None = None
) -> list[int]:
    """Campaigns on the channels in turn; no rewards by default, so that nothing but the cap
    makes their transactions wait for each other."""
    ids = []
    for i in range(n):
        channel = channels[i % len(channels)]
        message = {"channel": channel, "body": f"Offer {i}", "templateCode": "T"}
        ids.append((await running(name=f"C{i}", message=message, rewards=rewards or [])).id)
    return ids


async def test_twenty_concurrent_campaigns_reach_a_member_at_most_the_cap(monkeypatch) -> None:
    # given a cap of 2 a week, and 20 campaigns on every channel
    monkeypatch.setenv("MARKETING_CAP_MESSAGES", "2")
    monkeypatch.setenv("WECHAT_APP_ID", "wx-app")
    (member,) = await insert_members(1, consent=True)
    await give_addresses([member])
    campaigns = await _campaigns(20)
    # when all of them reach the member at the same moment
    results = await asyncio.gather(
        *(fanout.reward_batch(c, [member], "once", now=AT) for c in campaigns)
    )
    # then every campaign reached the member, but only two messages go out; the rest are capped
    assert sum(r.rewarded for r in results) == 20
    statuses = [n.status for n in await Notification.filter(member_id=member)]
    assert (statuses.count("PENDING"), statuses.count("CAPPED")) == (2, 18)
    assert sum(r.notified for r in results) == 2


async def test_the_cap_counts_a_rolling_window_and_only_messages_meant_to_go(monkeypatch) -> None:
    monkeypatch.setenv("MARKETING_CAP_MESSAGES", "1")
    monkeypatch.setenv("MARKETING_CAP_DAYS", "7")
    (member,) = await insert_members(1, consent=True)
    first, second, third = await _campaigns(3, ["INBOX", "INBOX", "SMS"])
    # a message the member cannot get (no address for SMS) does not use up the cap
    await fanout.reward_batch(third, [member], "once", now=AT)
    await fanout.reward_batch(first, [member], "once", now=AT)
    # a week less a minute later the window still holds it; a week later it has passed
    await fanout.reward_batch(second, [member], "once", now=AT + timedelta(days=7, minutes=-1))
    assert await _status(second, member) == "CAPPED"
    await Notification.filter(campaign_id=second).delete()
    await _forget_delivery(second)
    await fanout.reward_batch(second, [member], "once", now=AT + timedelta(days=7))
    assert [await _status(c, member) for c in (first, second, third)] == [
        "PENDING",
        "PENDING",
        "NO_ADDRESS",
    ]


async def test_no_cap_when_set_to_zero(monkeypatch) -> None:
    monkeypatch.setenv("MARKETING_CAP_MESSAGES", "0")
    (member,) = await insert_members(1, consent=True)
    for campaign in await _campaigns(5, ["INBOX"]):
        await fanout.reward_batch(campaign, [member], "once", now=AT)
    assert [n.status for n in await Notification.all()] == ["PENDING"] * 5


async def _status(campaign_id: int, member_id: int) -> str:
    return (await Notification.get(campaign_id=campaign_id, member_id=member_id)).status


async def _forget_delivery(campaign_id: int) -> None:
    await Delivery.filter(campaign_id=campaign_id).delete()
