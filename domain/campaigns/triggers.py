"""Triggered and recurring campaigns: which members qualify, and for which occurrence.

Order and event triggers run inside the order and event jobs (within seconds of the order);
state triggers (registered, birthday, inactive, abandoned cart, points expiring, level
reached) are found by a scan every few minutes. Occurrence keys make each qualifying thing
count once: a re-sent order has the same order id, so it never fires twice."""

from __future__ import annotations

from typing import Any

from domain import db
from domain.campaigns import fanout
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus
from domain.clock import business_today, utc_now
from domain.segments import service as segments_service


async def _active(kinds: set[str]) -> list[Campaign]:
    now = utc_now()
    campaigns = await Campaign.filter(
        mode=CampaignMode.TRIGGERED,
        status=CampaignStatus.RUNNING,
        starts_at__lte=now,
        ends_at__gt=now,
    )
    return [c for c in campaigns if c.trigger.get("kind") in kinds]


async def _in_audience(campaign: Campaign, member_id: int) -> bool:
    """Conditions on the member, re-checked at trigger time."""
    kind = campaign.audience.get("kind")
    if kind == "EVERYONE":
        return True

    if kind == "SEGMENT":
        member_segments = await segments_service.member_segments(member_id)
        return any(s.id == int(campaign.audience["id"]) for s in member_segments)
    ids = await segments_service.snapshot_member_ids(int(campaign.audience["id"]))
    return bool((ids == member_id).any())


def _occurrence(campaign: Campaign, thing: str) -> str:
    """ONCE: one delivery per member per campaign; otherwise one per qualifying thing."""
    return "once" if campaign.frequency.get("cap", "ONCE") == "ONCE" else thing


async def _fire(campaign: Campaign, member_id: int, thing: str) -> bool:
    if not await _in_audience(campaign, member_id):
        return False
    gap = (
        int(campaign.frequency.get("days", 1))
        if campaign.frequency.get("cap") == "EVERY_N_DAYS"
        else None
    )
    result = await fanout.reward_batch(
        campaign.id, [member_id], _occurrence(campaign, thing), min_gap_days=gap
    )
    return result.rewarded > 0


def _order_matches(trigger: dict[str, Any], order: dict[str, Any]) -> bool:
    return (
        order["total_cents"] >= int(trigger.get("min_total_cents", 0))
        and (not trigger.get("channels") or order["channel"] in trigger["channels"])
        and (not trigger.get("stores") or order["store_code"] in trigger["stores"])
    )


async def on_order(order_id: int) -> int:
    """Fire ORDER_PAID and FIRST_ORDER campaigns for a paid order (from the order job)."""
    campaigns = await _active({"ORDER_PAID", "FIRST_ORDER"})
    if not campaigns:
        return 0
    order = await db.fetch_one(
        "SELECT id, member_id, channel, store_code, total_cents, paid_at FROM orders "
        "WHERE id = $1 AND member_id IS NOT NULL",
        order_id,
    )
    if order is None:
        return 0
    earlier = await db.fetch_one(
        "SELECT count(*) AS n FROM orders WHERE member_id = $1 AND (paid_at, id) < ($2, $3)",
        order["member_id"],
        order["paid_at"],
        order["id"],
    )
    fired = 0
    for campaign in campaigns:
        kind = campaign.trigger["kind"]
        if kind == "FIRST_ORDER" and earlier and int(earlier["n"]) > 0:
            continue
        if _order_matches(campaign.trigger, order) and await _fire(
            campaign, int(order["member_id"]), f"order:{order_id}"
        ):
            fired += 1
    return fired


async def on_events(event_ids: list[int]) -> int:
    """Fire EVENT campaigns for tracked events whose name and properties match."""
    campaigns = await _active({"EVENT"})
    if not campaigns:
        return 0
    events = await db.fetch(
        "SELECT id, name, member_id, properties FROM events WHERE id = ANY($1::bigint[]) "
        "AND member_id IS NOT NULL",
        event_ids,
    )
    fired = 0
    for event in events:
        properties = (
            event["properties"]
            if isinstance(event["properties"], dict)
            else __import__("orjson").loads(event["properties"])
        )
        for campaign in campaigns:
            wanted = campaign.trigger
            if wanted.get("event") != event["name"]:
                continue
            if any(properties.get(k) != v for k, v in (wanted.get("properties") or {}).items()):
                continue
            if await _fire(campaign, int(event["member_id"]), f"event:{event['id']}"):
                fired += 1
    return fired


def _state_query(kind: str, campaign: Campaign, trigger: dict[str, Any]) -> tuple[str, list[Any]]:
    """The SQL (member_id, thing) and its parameters for a state trigger."""
    today = business_today()
    days, hours = int(trigger.get("days", 30)), int(trigger.get("hours", 24))
    if kind == "REGISTERED":
        return (
            "SELECT id AS member_id, 'registered' AS thing FROM members "
            "WHERE status = 'ACTIVE' AND registered_at >= $1",
            [campaign.starts_at],
        )
    if kind == "BIRTHDAY":
        return (
            "SELECT id AS member_id, 'birthday:' || $1::text AS thing FROM members "
            "WHERE status = 'ACTIVE' AND to_char(birthday, 'MM-DD') = $2",
            [str(today.year), today.strftime("%m-%d")],
        )
    if kind == "INACTIVE":
        return (
            "SELECT member_id, 'inactive:' || last_order_at::date AS thing FROM member_stats "
            "WHERE last_order_at < now() - make_interval(days => $1)",
            [days],
        )
    if kind == "CART_ABANDONED":
        return (
            """SELECT e.member_id, 'cart:' || e.id AS thing FROM events e
                    WHERE e.name = 'add_to_cart' AND e.member_id IS NOT NULL
                      AND e.occurred_at >= $1
                      AND e.occurred_at < now() - make_interval(hours => $2)
                      AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.member_id = e.member_id
                                      AND o.paid_at > e.occurred_at)""",
            [campaign.starts_at, hours],
        )
    if kind == "POINTS_EXPIRING":
        return (
            """SELECT DISTINCT a.member_id, 'expiring:' || $1::text AS thing
                     FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
                    WHERE a.asset LIKE 'POINTS:%' AND l.remaining > 0 AND l.expires_at > now()
                      AND l.expires_at <= now() + make_interval(days => $2)""",
            [today.isoformat(), days],
        )
    return (
        "SELECT member_id, 'level:' || id AS thing FROM level_changes "
        "WHERE kind = 'UPGRADE' AND to_rank >= $1 AND changed_at >= $2",
        [int(trigger.get("rank", 2)), campaign.starts_at],
    )


STATE_TRIGGERS = {
    "REGISTERED",
    "BIRTHDAY",
    "INACTIVE",
    "CART_ABANDONED",
    "POINTS_EXPIRING",
    "LEVEL_REACHED",
}


async def scan() -> dict[str, int]:
    """Find members who now meet a state trigger and reward them (once per occurrence)."""
    fired: dict[str, int] = {}
    for campaign in await _active(STATE_TRIGGERS):
        sql, params = _state_query(campaign.trigger["kind"], campaign, campaign.trigger)
        once = campaign.frequency.get("cap", "ONCE") == "ONCE"
        n = len(params)
        # skip who was already handled for this occurrence, so each scan reaches new members
        rows = await db.fetch(
            f"""SELECT q.member_id, q.thing FROM ({sql}) q
                 WHERE NOT EXISTS (SELECT 1 FROM campaign_deliveries d
                                    WHERE d.campaign_id = ${n + 1} AND d.member_id = q.member_id
                                      AND d.occurrence = CASE WHEN ${n + 2} THEN 'once'
                                                              ELSE q.thing END)
                 LIMIT 20000""",
            *params,
            campaign.id,
            once,
        )
        count = 0
        for row in rows:
            if await _fire(campaign, int(row["member_id"]), row["thing"]):
                count += 1
        fired[str(campaign.id)] = count
    return fired


async def recurring_due() -> list[int]:
    """Recurring campaigns whose day of the month is today (e.g. the member day on the 8th)."""
    today = business_today()
    campaigns = await Campaign.filter(mode=CampaignMode.RECURRING, status=CampaignStatus.RUNNING)
    return [
        c.id
        for c in campaigns
        if today.day in (c.recurring_days or []) and c.starts_at <= utc_now() < c.ends_at
    ]
