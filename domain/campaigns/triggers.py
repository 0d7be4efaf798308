"""Triggered and recurring campaigns: which members qualify, and for which occurrence.

Order and event triggers run inside the order and event jobs (within seconds of the order);
state triggers (registered, birthday, inactive, abandoned cart, points expiring, level
reached) are found by a scan every few minutes. Occurrence keys make each qualifying thing
count once: a re-sent order has the same order id, so it never fires twice."""

from __future__ import annotations

from datetime import datetime

from domain.campaigns import audience, fanout, rules, states
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus
from domain.clock import business_today, utc_now
from domain.orders import events as orders_events
from domain.orders import service as orders_service
from domain.orders import stats as orders_stats

SCAN_LIMIT = 20_000


async def _active(kinds: set[str], now: datetime) -> list[Campaign]:
    campaigns = await Campaign.filter(
        mode=CampaignMode.TRIGGERED,
        status=CampaignStatus.RUNNING,
        starts_at__lte=now,
        ends_at__gt=now,
    )
    return [c for c in campaigns if c.trigger.get("kind") in kinds]


async def _fire(campaign: Campaign, member_id: int, thing: str, now: datetime) -> bool:
    """Reward the member for `thing` if the audience and the frequency cap let it."""
    if not await audience.includes(campaign, member_id):
        return False
    frequency = rules.parse_frequency(campaign.frequency)
    result = await fanout.reward_batch(
        campaign.id,
        [member_id],
        rules.occurrence(frequency, thing),
        frequency=frequency,
        now=now,
    )
    return result.rewarded > 0


async def on_order(order_id: int, now: datetime | None = None) -> int:
    """Fire ORDER_PAID and FIRST_ORDER campaigns for a paid order (from the order job)."""
    now = now or utc_now()
    campaigns = await _active({"ORDER_PAID", "FIRST_ORDER"}, now)
    if not campaigns:
        return 0
    order = await orders_service.get_order(order_id)
    if order is None or order.member_id is None:
        return 0
    first = not await orders_stats.has_earlier_order(order.member_id, order.paid_at, order.id)
    fired = 0
    for campaign in campaigns:
        if campaign.trigger["kind"] == "FIRST_ORDER" and not first:
            continue
        matches = rules.order_matches(
            campaign.trigger, order.total_cents, order.channel, order.store_code
        )
        if matches and await _fire(campaign, order.member_id, f"order:{order_id}", now):
            fired += 1
    return fired


async def on_events(event_ids: list[int], now: datetime | None = None) -> int:
    """Fire EVENT campaigns for tracked events whose name and properties match."""
    now = now or utc_now()
    campaigns = await _active({"EVENT"}, now)
    if not campaigns:
        return 0
    fired = 0
    for event in await orders_events.member_events(event_ids):
        assert event.member_id is not None
        for campaign in campaigns:
            if not rules.event_matches(campaign.trigger, event.name, event.properties or {}):
                continue
            if await _fire(campaign, event.member_id, f"event:{event.id}", now):
                fired += 1
    return fired


async def scan(now: datetime | None = None) -> dict[str, int]:
    """Find members who now meet a state trigger and reward them (once per occurrence)."""
    now = now or utc_now()
    fired: dict[str, int] = {}
    for campaign in await _active(states.KINDS, now):
        frequency = rules.parse_frequency(campaign.frequency)
        count = 0
        for member_id, thing in await states.unhandled(campaign, frequency, now, SCAN_LIMIT):
            if await _fire(campaign, member_id, thing, now):
                count += 1
        fired[str(campaign.id)] = count
    return fired


async def recurring_due(now: datetime | None = None) -> list[int]:
    """Recurring campaigns whose day of the month is today (e.g. the member day on the 8th)."""
    now = now or utc_now()
    today = business_today(now)
    campaigns = await Campaign.filter(mode=CampaignMode.RECURRING, status=CampaignStatus.RUNNING)
    return [
        c.id
        for c in campaigns
        if today.day in (c.recurring_days or []) and c.starts_at <= now < c.ends_at
    ]
