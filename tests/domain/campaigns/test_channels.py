"""Each channel sends the request its provider takes, built from the member's addresses; the
recording provider keeps it; the inbox channel fills the member's inbox."""

from __future__ import annotations

import orjson
import pytest

from domain import db
from domain.campaigns import channels, fanout
from domain.campaigns.models import InboxMessage, Notification, OutboundRequest
from tests.domain.campaigns.support import AT, running
from tests.factories import give_addresses, insert_members

pytestmark = pytest.mark.usefixtures("database")


async def _send(channel: str, **message: str) -> tuple[list[int], list[Notification]]:
    members = await insert_members(2, consent=True)
    await give_addresses(members[:1])  # the second member has no address on any channel
    campaign = await running(message={"channel": channel, "body": "Hi {name}, {points}", **message})
    await fanout.run(campaign.id, "once", members, clock=lambda: AT)
    counts = await channels.send_due(now=AT)
    assert counts["sent"] == (1 if channel != "INBOX" else 2)
    notes = await Notification.filter(campaign_id=campaign.id).order_by("member_id")
    return members, notes


async def _recorded() -> list[dict]:
    rows = await OutboundRequest.all().order_by("id")
    return [r.request if isinstance(r.request, dict) else orjson.loads(r.request) for r in rows]


async def test_sms_goes_by_template_code_and_parameters(monkeypatch) -> None:
    # given an approved signature
    monkeypatch.setenv("CAMPAIGN_SMS_SIGNATURE", "Acme")
    # when an SMS campaign sends
    members, notes = await _send("SMS", templateCode="SMS_100")
    # then the provider gets phone, signature, template code and the variables' values
    assert [n.status for n in notes] == ["SENT", "NO_ADDRESS"]
    assert await _recorded() == [
        {
            "reference": notes[0].id,
            "phone": f"1390000{members[0]}",
            "signName": "Acme",
            "templateCode": "SMS_100",
            "templateParam": {"name": "M1", "points": "100"},
        }
    ]


async def test_wechat_uses_the_openid_of_the_configured_app(monkeypatch) -> None:
    # given the member has an openid of our mini-program (and the setting names it)
    monkeypatch.setenv("WECHAT_APP_ID", "wx-app")
    members, notes = await _send("WECHAT", templateCode="TPL-9", link="pages/coupon")
    assert await _recorded() == [
        {
            "reference": notes[0].id,
            "appId": "wx-app",
            "touser": f"openid-{members[0]}",
            "template_id": "TPL-9",
            "page": "pages/coupon",
            "data": {"name": {"value": "M1"}, "points": {"value": "100"}},
        }
    ]


async def test_wechat_refuses_an_openid_of_another_app(monkeypatch) -> None:
    monkeypatch.setenv("WECHAT_APP_ID", "wx-other")
    members = await insert_members(1, consent=True)
    await give_addresses(members)  # openid of wx-app only
    campaign = await running(message={"channel": "WECHAT", "body": "Hi", "templateCode": "T"})
    await fanout.run(campaign.id, "once", members, clock=lambda: AT)
    assert [n.status for n in await Notification.all()] == ["NO_ADDRESS"]
    assert await channels.send_due(now=AT) == {"sent": 0, "failed": 0, "deferred": 0}


async def test_push_and_email_carry_title_body_and_link() -> None:
    members, notes = await _send("PUSH", title="Gift", link="app://coupons")
    assert await _recorded() == [
        {
            "reference": notes[0].id,
            "deviceToken": f"token-{members[0]}",
            "title": "Gift",
            "body": "Hi M1, 100",
            "deepLink": "app://coupons",
        }
    ]
    await db.execute("TRUNCATE campaign_outbound_requests, campaign_notifications")
    members, notes = await _send("EMAIL", title="Your gift")
    assert (await _recorded())[0] == {
        "reference": notes[0].id,
        "to": f"mail@{members[0]}",
        "subject": "Your gift",
        "text": "Hi M1, 100",
    }


async def test_inbox_messages_are_delivered_once() -> None:
    # when an inbox campaign sends (no address needed) and the sender runs again
    members, _ = await _send("INBOX", title="Gift", link="app://coupons")
    await db.execute("UPDATE campaign_notifications SET status = 'PENDING', send_after = $1", AT)
    await channels.send_due(now=AT)
    # then each member has the message once, delivered, and nothing went to a provider
    inbox = await InboxMessage.all().order_by("member_id")
    assert [(m.member_id, m.title, m.body, m.link, m.read_at) for m in inbox] == [
        (members[0], "Gift", "Hi M1, 100", "app://coupons", None),
        (members[1], "Gift", "Hi M2, 100", "app://coupons", None),
    ]
    assert {n.status for n in await Notification.all()} == {"DELIVERED"}
    assert await OutboundRequest.all().count() == 0


async def test_a_configured_provider_that_does_not_exist_is_a_config_error(monkeypatch) -> None:
    from domain.campaigns import providers
    from domain.config import ConfigError

    monkeypatch.setenv("CAMPAIGN_PROVIDERS", "SMS=carrier-pigeon")
    with pytest.raises(ConfigError, match="carrier-pigeon"):
        providers.provider_for("SMS")
    monkeypatch.setenv("CAMPAIGN_PROVIDERS", "SMS=log")
    assert providers.provider_for("SMS").name == "log"
