"""Campaigns on real PostgreSQL and Redis: fan-out exactly once (also across a killed worker),
triggers, budget caps, consent and quiet hours, the webhook adapter, bad input."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from domain import db, jobs
from domain.campaigns import channels, fanout
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import Campaign, CampaignMode, Notification
from domain.catalog.models import Item
from domain.coupons import templates as coupons_templates
from domain.coupons.models import CouponKind, TemplateState
from domain.points import config as points_config
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import give_addresses, insert_members, make_member
from tests.helpers import SERVICE, STAFF, gql, run_jobs
from tests.workers import processes

pytestmark = pytest.mark.usefixtures("database")
ROOT = Path(__file__).resolve().parents[3]
NOW = datetime.now(UTC)


async def _points_type() -> None:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )


def _spec(**overrides) -> campaigns_service.CampaignInput:
    values = {
        "name": "Autumn",
        "owner": "t",
        "starts_at": NOW - timedelta(hours=1),
        "ends_at": NOW + timedelta(days=7),
        "mode": CampaignMode.ONE_SHOT,
        "audience": {"kind": "EVERYONE"},
        "rewards": [{"kind": "POINTS", "points": 100}],
        **overrides,
    }
    return campaigns_service.CampaignInput(**values)


def _worker() -> subprocess.Popen[bytes]:
    return processes.start_worker(JOB_LEASE_SECONDS="2")


async def _until(predicate, seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if await predicate():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("not reached in time")


@pytest.mark.slow
async def test_one_shot_to_100000_members_rewards_once_even_across_a_killed_worker() -> None:
    # given 100,000 members and a campaign with a 10% control group
    await _points_type()
    await insert_members(100_000, consent=True)
    campaign = await campaigns_service.create(_spec(control_percent=10))
    async with jobs.deferred_scope():
        await campaigns_service.start(campaign.id)
    worker = _worker()
    try:
        # when the worker dies in the middle of the run
        await _until(lambda: _processed_at_least(campaign.id, 10_000), 120)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
    assert await _processed(campaign.id) < 100_000
    await asyncio.sleep(2.5)
    assert await jobs.sweep() >= 1
    worker = _worker()
    try:
        await _until(lambda: _completed(campaign.id), 180)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(15)
    # then every member has exactly one delivery; treatment got 100 points once; control nothing
    counts = {
        r["status"]: r["n"]
        for r in await db.fetch(
            "SELECT status, count(*) AS n FROM campaign_deliveries WHERE campaign_id = $1 "
            "GROUP BY status",
            campaign.id,
        )
    }
    assert counts["REWARDED"] + counts["CONTROL"] == 100_000
    assert 9_000 < counts["CONTROL"] < 11_000
    credits = await db.fetch_one(
        "SELECT count(*) AS n, count(DISTINCT a.member_id) AS members, sum(e.amount) AS points "
        "FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id "
        "WHERE e.idempotency_key LIKE $1",
        f"campaign:{campaign.id}:%",
    )
    assert credits is not None
    assert credits["n"] == credits["members"] == counts["REWARDED"]
    assert credits["points"] == 100 * counts["REWARDED"]
    control_credited = await db.fetch_one(
        "SELECT count(*) AS n FROM campaign_deliveries d JOIN ledger_accounts a "
        "ON a.member_id = d.member_id WHERE d.campaign_id = $1 AND d.arm = 'control'",
        campaign.id,
    )
    assert control_credited is not None and control_credited["n"] == 0


async def _processed(campaign_id: int) -> int:
    row = await db.fetch_one(
        "SELECT count(*) AS n FROM campaign_deliveries WHERE campaign_id = $1", campaign_id
    )
    return int(row["n"]) if row else 0


async def _processed_at_least(campaign_id: int, n: int) -> bool:
    return await _processed(campaign_id) >= n


async def _completed(campaign_id: int) -> bool:
    return (await Campaign.get(id=campaign_id)).status == "COMPLETED"


async def test_triggered_campaign_fires_once_per_qualifying_order(redis_client) -> None:
    await _points_type()
    await Item.create(code="SKU", name="Thing", price_cents=1)
    m = await make_member()
    campaign = await campaigns_service.create(
        _spec(
            mode=CampaignMode.TRIGGERED,
            trigger={"kind": "ORDER_PAID", "min_total_cents": 5000},
            frequency={"cap": "EVERY_N_DAYS", "days": 0},
        )
    )
    await campaigns_service.start(campaign.id)
    record = "mutation($i: RecordOrderInput!) { recordOrder(input: $i) { errors { code } } }"

    def order(no: str, cents: int) -> dict:
        return {
            "i": {
                "channel": "APP",
                "externalNo": no,
                "memberId": encode_id("Member", m.id),
                "paidAt": NOW.isoformat(),
                "lines": [{"itemCode": "SKU", "quantity": cents, "unitPriceCents": 1}],
            }
        }

    await gql(record, order("T-1", 6000), SERVICE)
    await gql(record, order("T-1", 6000), SERVICE)  # re-sent
    await gql(record, order("T-2", 1000), SERVICE)  # below the condition
    await run_jobs(redis_client)
    await gql(record, order("T-3", 9000), SERVICE)
    await run_jobs(redis_client)
    rows = await db.fetch(
        "SELECT occurrence FROM campaign_deliveries WHERE campaign_id = $1 ORDER BY occurrence",
        campaign.id,
    )
    orders = {
        r["id"]: r["external_no"] for r in await db.fetch("SELECT id, external_no FROM orders")
    }
    assert [orders[int(r["occurrence"].split(":")[1])] for r in rows] == ["T-1", "T-3"]


async def test_budget_stops_issuance_exactly_at_the_cap() -> None:
    await _points_type()
    members = await insert_members(10, consent=True)
    campaign = await campaigns_service.create(_spec(budget_points=250))
    await Campaign.filter(id=campaign.id).update(status="RUNNING")
    result = await fanout.run(campaign.id, "once", members)
    assert (result["rewarded"], result["stopped"]) == (2, "BUDGET_EXHAUSTED")
    after = await Campaign.get(id=campaign.id)
    assert (after.spent_points, after.status) == (200, "BUDGET_EXHAUSTED")
    again = await fanout.run(campaign.id, "once", members)
    assert again["rewarded"] == 0


async def test_consent_and_quiet_hours_hold() -> None:
    await _points_type()
    yes = await insert_members(3, consent=True)
    no = await insert_members(2, consent=False)
    await give_addresses(yes + no)
    campaign = await campaigns_service.create(
        _spec(
            message={"channel": "SMS", "body": "Hi {name}, {points} points", "templateCode": "T1"},
            quiet_start="00:00",
            quiet_end="23:59",
        )
    )  # almost all day is quiet
    await Campaign.filter(id=campaign.id).update(status="RUNNING")
    await fanout.run(campaign.id, "once", yes + no)
    notes = {n.member_id: n for n in await Notification.filter(campaign_id=campaign.id)}
    assert {notes[m].status for m in no} == {"NO_CONSENT"}
    assert {notes[m].status for m in yes} == {"PENDING"}
    assert all(notes[m].send_after > datetime.now(UTC) for m in yes)  # deferred, not dropped
    assert notes[yes[0]].body.endswith("100 points")
    assert (await channels.send_due())["sent"] == 0


async def test_webhook_adapter_delivers_and_retries(monkeypatch) -> None:
    hits: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        hits.append(1)
        status = b"500 Internal Server Error" if len(hits) == 1 else b"200 OK"
        writer.write(b"HTTP/1.1 " + status + b"\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    monkeypatch.setenv("CAMPAIGN_WEBHOOK_URL", f"http://127.0.0.1:{port}/hook")
    try:
        await _points_type()
        members = await insert_members(1, consent=True)
        campaign = await campaigns_service.create(
            _spec(
                message={"channel": "WEBHOOK", "body": "Hello {name}"},
                quiet_start="00:00",
                quiet_end="00:00",
            )
        )
        await Campaign.filter(id=campaign.id).update(status="RUNNING")
        await fanout.run(campaign.id, "once", members)
        first = await channels.send_due()
        assert first == {"sent": 0, "failed": 0, "deferred": 1}
        await db.execute("UPDATE campaign_notifications SET send_after = now()")
        second = await channels.send_due()
        assert second["sent"] == 1 and len(hits) == 2
        note = await Notification.get(campaign_id=campaign.id)
        assert (note.status, note.attempts) == ("SENT", 2)
    finally:
        server.close()


async def test_bad_definitions_are_refused_and_nothing_saved() -> None:
    await _points_type()
    await coupons_templates.define_template(
        code="PAUSED",
        name="p",
        kind=CouponKind.CASH,
        amount_off_cents=100,
        total_stock=5,
        valid_days=3,
        state=TemplateState.PAUSED,
    )
    create = """mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { errors { code field } } }"""
    base = {
        "name": "x",
        "startsAt": NOW.isoformat(),
        "endsAt": (NOW + timedelta(days=1)).isoformat(),
        "mode": "ONE_SHOT",
        "audience": {"everyone": True},
        "rewards": [{"points": {"points": 10}}],
    }
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"endsAt": (NOW - timedelta(days=1)).isoformat()}, "INVALID_WINDOW", "endsAt"),
        ({"audience": {"segment": "999"}}, "NOT_FOUND", "audience.segment"),
        (
            {"rewards": [{"coupon": {"template": "PAUSED"}}]},
            "COUPON_PAUSED",
            "rewards[0].coupon.template",
        ),
        (
            {"message": {"channel": "SMS", "body": "Hi {nickname}", "templateCode": "T1"}},
            "UNKNOWN_VARIABLE",
            "message.body",
        ),
        ({"message": {"channel": "SMS", "body": "Hi {name}"}}, "REQUIRED", "message.templateCode"),
        ({"budgetPoints": -1}, "INVALID_AMOUNT", "budgetPoints"),
    ]
    for change, code, field in cases:
        result = await gql(create, {"i": {**base, **change}}, STAFF)
        assert result.data["createCampaign"]["errors"] == [{"code": code, "field": field}], change
    assert await Campaign.all().count() == 0
    ok = await gql(create, {"i": base}, STAFF)
    assert ok.data["createCampaign"]["errors"] == []
    shown = await gql(
        "{ campaigns { nodes { name status effect { arm members } } } }", principal=STAFF
    )
    assert shown.data["campaigns"]["nodes"] == [{"name": "x", "status": "DRAFT", "effect": []}]


async def test_coupon_out_of_stock_is_not_charged_and_state_triggers_fire_once() -> None:
    await coupons_templates.define_template(
        code="ONE",
        name="one",
        kind=CouponKind.CASH,
        amount_off_cents=500,
        total_stock=1,
        valid_days=3,
        state=TemplateState.ACTIVE,
    )
    members = await insert_members(3, consent=True)
    campaign = await campaigns_service.create(
        _spec(rewards=[{"kind": "COUPON", "template": "ONE"}], budget_coupons=10)
    )
    await Campaign.filter(id=campaign.id).update(status="RUNNING")
    result = await fanout.run(campaign.id, "once", members)
    assert (result["rewarded"], result["failures"]) == (1, {"OUT_OF_STOCK": 2})
    after = await Campaign.get(id=campaign.id)
    assert (after.spent_coupons, after.spent_cost_cents) == (1, 500)

    from domain.campaigns import triggers

    await _points_type()
    welcome = await campaigns_service.create(
        _spec(
            name="Welcome",
            mode=CampaignMode.TRIGGERED,
            trigger={"kind": "REGISTERED"},
            starts_at=datetime.now(UTC) - timedelta(minutes=1),
        )
    )
    await campaigns_service.start(welcome.id)
    newcomers = [await make_member(), await make_member()]
    everyone_new = sorted([*members, *(m.id for m in newcomers)])  # all joined after the start
    assert (await triggers.scan())[str(welcome.id)] == len(everyone_new)
    assert (await triggers.scan())[str(welcome.id)] == 0
    rewarded = await db.fetch(
        "SELECT member_id FROM campaign_deliveries WHERE campaign_id = $1 ORDER BY member_id",
        welcome.id,
    )
    assert [r["member_id"] for r in rewarded] == everyone_new
