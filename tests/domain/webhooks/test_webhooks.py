"""Outbound events reach a real HTTP endpoint signed, at least once, retried with back-off,
and only for the types subscribed; replays send them again."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import orjson
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from domain.clock import utc_now
from domain.webhooks import delivery, outbox
from domain.webhooks.models import DeliveryStatus, WebhookDelivery
from tests.factories import make_member

pytestmark = pytest.mark.usefixtures("database")


@dataclass
class Receiver:
    """A local endpoint that answers 500 to the first `failures` requests, then 204."""

    url: str = ""
    failures: int = 0
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    state = Receiver()

    async def hook(request: Request) -> Response:
        body = await request.body()
        if state.failures > 0:
            state.failures -= 1
            return Response(status_code=500)
        state.received.append((dict(request.headers), body))
        return Response(status_code=204)

    server = uvicorn.Server(
        uvicorn.Config(
            Starlette(routes=[Route("/hook", hook, methods=["POST"])]),
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="off",
        )
    )
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn offers no event to wait on
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    state.url = f"http://127.0.0.1:{port}/hook"
    yield state
    server.should_exit = True
    await task


async def test_a_registration_reaches_the_endpoint_signed_once(receiver: Receiver) -> None:
    sub = await outbox.subscribe(url=receiver.url, events=["member.registered"], operator="t")
    m = (await make_member()).id
    now = utc_now()

    first = await delivery.deliver_due(now)
    again = await delivery.deliver_due(now + timedelta(minutes=5))

    assert (first["delivered"], again["delivered"]) == (1, 0)
    [(headers, body)] = receiver.received
    timestamp = headers["x-crm-timestamp"]
    expected = hmac.new(sub.secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    assert headers["x-crm-signature"] == f"sha256={expected.hexdigest()}"
    event: dict[str, Any] = orjson.loads(body)
    assert (event["type"], event["data"]["memberId"]) == ("member.registered", m)
    assert headers["x-crm-event"] == "member.registered"


async def test_failures_are_retried_with_back_off_then_delivered(receiver: Receiver) -> None:
    await outbox.subscribe(url=receiver.url, events=["member.registered"], operator="t")
    await make_member()
    receiver.failures = 2
    now = utc_now()

    rounds = [
        await delivery.deliver_due(now),
        await delivery.deliver_due(now + timedelta(seconds=30)),  # not due yet
        await delivery.deliver_due(now + timedelta(seconds=61)),
        await delivery.deliver_due(now + timedelta(seconds=61 + 301)),
    ]

    assert [r["delivered"] for r in rounds] == [0, 0, 0, 1]
    assert [r["retrying"] for r in rounds] == [1, 0, 1, 0]
    [row] = await WebhookDelivery.all()
    assert (row.status, row.attempts) == (DeliveryStatus.DELIVERED, 3)
    assert len(receiver.received) == 1


async def test_other_types_are_not_sent_and_a_replay_sends_again(receiver: Receiver) -> None:
    sub = await outbox.subscribe(url=receiver.url, events=["coupon.used"], operator="t")
    await make_member()
    now = utc_now()
    assert (await delivery.deliver_due(now))["delivered"] == 0

    other = await outbox.subscribe(url=receiver.url, events=["member.registered"], operator="t")
    await make_member()
    later = utc_now()
    await delivery.deliver_due(later)
    queued = await outbox.replay(other.id, since=now - timedelta(hours=1), now=later)
    await delivery.deliver_due(later)

    assert queued == 1
    assert len(receiver.received) == 2
    assert {h["x-crm-delivery"] for h, _ in receiver.received} == {
        str((await WebhookDelivery.get(subscription_id=other.id)).id)
    }
    assert await WebhookDelivery.filter(subscription_id=sub.id).count() == 0


async def test_bad_subscriptions_are_refused_with_every_problem() -> None:
    from domain.errors import DomainError, InvalidInput

    with pytest.raises(DomainError) as refused:
        await outbox.subscribe(url="ftp://x", events=["nope"], operator="t")
    assert isinstance(refused.value, InvalidInput)
    assert {e.field for e in refused.value.errors} == {"url", "events[0]"}
