"""POST /receipts/{channel}: signed, fresh receipts move a sent message once; anything else
is refused and changes nothing."""

from __future__ import annotations

import httpx
import orjson
import pytest

from domain.campaigns import channels, fanout, receipts
from domain.campaigns.models import Notification
from domain.clock import utc_now
from tests.domain.campaigns.support import AT, running
from tests.factories import give_addresses, insert_members

SECRET = "sms-receipt-secret"


async def _sent(monkeypatch: pytest.MonkeyPatch) -> Notification:
    monkeypatch.setenv("CAMPAIGN_SMS_SECRET", SECRET)
    members = await insert_members(1, consent=True)
    await give_addresses(members)
    campaign = await running(message={"channel": "SMS", "body": "Hi", "templateCode": "T"})
    await fanout.run(campaign.id, "once", members, clock=lambda: AT)
    await channels.send_due(now=AT)
    return await Notification.get(campaign_id=campaign.id)


def _signed(body: dict, *, secret: str = SECRET, shift: int = 0) -> dict:
    """The request parts of a receipt signed `shift` seconds from the application clock."""
    raw = orjson.dumps(body)
    stamp = str(int(utc_now().timestamp()) + shift)
    return {
        "content": raw,
        "headers": {
            "x-timestamp": stamp,
            "x-signature": receipts.signature(secret, stamp, raw),
            "content-type": "application/json",
        },
    }


async def test_a_signed_receipt_delivers_once(client: httpx.AsyncClient, monkeypatch) -> None:
    # given a sent SMS
    note = await _sent(monkeypatch)
    assert note.status == "SENT"
    # when the provider reports it delivered, and then (replayed or late) failed
    first = await client.post(
        "/receipts/sms", **_signed({"reference": note.id, "status": "DELIVERED"})
    )
    late = await client.post(
        "/receipts/sms", **_signed({"reference": note.id, "status": "FAILED", "reason": "x"})
    )
    # then it is delivered, and stays so
    assert (first.status_code, first.json()) == (200, {"status": "DELIVERED"})
    assert (late.status_code, late.json()) == (200, {"status": "DELIVERED"})
    after = await Notification.get(id=note.id)
    assert after.status == "DELIVERED"
    assert after.last_error is None and after.receipt_at is not None


async def test_a_failure_keeps_its_reason(client: httpx.AsyncClient, monkeypatch) -> None:
    note = await _sent(monkeypatch)
    body = {"reference": note.id, "status": "FAILED", "reason": "MOBILE_NUMBER_ILLEGAL"}
    response = await client.post("/receipts/sms", **_signed(body))
    assert response.json() == {"status": "FAILED"}
    after = await Notification.get(id=note.id)
    assert (after.status, after.last_error) == ("FAILED", "MOBILE_NUMBER_ILLEGAL")


@pytest.mark.parametrize(
    ("_case", "path", "how", "status"),
    [
        ("wrong secret", "/receipts/sms", {"secret": "guess"}, 401),
        ("stale timestamp", "/receipts/sms", {"shift": -301}, 401),
        ("future timestamp", "/receipts/sms", {"shift": 301}, 401),
        ("another channel's message", "/receipts/push", {}, 401),
        ("unknown channel", "/receipts/fax", {}, 404),
    ],
)
async def test_refused_receipts_change_nothing(
    client: httpx.AsyncClient, monkeypatch, _case: str, path: str, how: dict, status: int
) -> None:
    note = await _sent(monkeypatch)
    response = await client.post(
        path, **_signed({"reference": note.id, "status": "DELIVERED"}, **how)
    )
    assert response.status_code == status
    assert (await Notification.get(id=note.id)).status == "SENT"


async def test_unknown_and_malformed_receipts(client: httpx.AsyncClient, monkeypatch) -> None:
    note = await _sent(monkeypatch)
    monkeypatch.setenv("CAMPAIGN_PUSH_SECRET", SECRET)
    unknown = await client.post(
        "/receipts/sms", **_signed({"reference": note.id + 99, "status": "DELIVERED"})
    )
    elsewhere = await client.post(
        "/receipts/push", **_signed({"reference": note.id, "status": "DELIVERED"})
    )
    malformed = await client.post(
        "/receipts/sms", **_signed({"reference": note.id, "status": "READ"})
    )
    unsigned = await client.post("/receipts/sms", json={"reference": note.id, "status": "FAILED"})
    assert [r.status_code for r in (unknown, elsewhere, malformed, unsigned)] == [
        404,
        404,
        400,
        401,
    ]
    assert malformed.json()["error"]["field"] == "status"
    assert (await Notification.get(id=note.id)).status == "SENT"
