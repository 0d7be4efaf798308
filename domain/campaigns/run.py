"""A campaign's runs and periodic work: a one-shot or recurring run to its whole audience, the
sending of due messages, and the ten-minute round of trigger scans and recurring days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from domain import db, jobs
from domain.campaigns import audience, channels, fanout, triggers
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus
from domain.clock import business_today, utc_now


async def run_campaign(
    campaign_id: int,
    occurrence: str,
    progress: fanout.Progress | None = None,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> dict[str, Any]:
    """Reward and notify a running campaign's audience in batches; a re-run skips who was
    done. A one-shot campaign that got through its audience is completed; the messages queued
    are sent by a job deferred here."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.RUNNING:
        return {"skipped": True}
    members = (await audience.member_ids(campaign)).tolist()
    await Campaign.filter(id=campaign_id).update(audience_size=len(members))
    result = await fanout.run(campaign_id, occurrence, members, progress, clock=clock)
    if campaign.mode == CampaignMode.ONE_SHOT and not result["stopped"]:
        # a member whose reward failed (out of stock, a limit) leaves the campaign partial
        done = (
            CampaignStatus.PARTIAL
            if await fanout.has_failures(campaign_id)
            else CampaignStatus.COMPLETED
        )
        await Campaign.filter(id=campaign_id, status=CampaignStatus.RUNNING).update(status=done)
    await jobs.defer("campaigns.notify", key=f"campaigns.notify:{campaign_id}:{occurrence}")
    return {"audience": len(members), **result}


async def send_all_due(now: datetime | None = None) -> dict[str, int]:
    """Send what is due until nothing more is (quiet hours and back-off have set the times)."""
    totals = {"sent": 0, "failed": 0, "deferred": 0}
    while True:
        counts = await channels.send_due(now=now)
        for name, value in counts.items():
            totals[name] += value
        if counts["sent"] + counts["failed"] == 0:
            return totals


async def defer_sending(now: datetime) -> None:
    """Once a minute: a job that sends the due messages."""
    minute = now.strftime("%Y%m%d%H%M")
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("campaigns.notify", key=f"campaigns.notify:{minute}")


async def defer_rounds(now: datetime) -> None:
    """Every ten minutes: a trigger scan, and today's recurring runs (once per day each)."""
    stamp = now.strftime("%Y%m%d%H%M")
    day = business_today(now).isoformat()
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("campaigns.scan", key=f"campaigns.scan:{stamp}")
        for campaign_id in await triggers.recurring_due(now):
            await jobs.defer(
                "campaigns.run",
                key=f"campaign.run:{campaign_id}:day:{day}",
                campaign_id=campaign_id,
                occurrence=f"day:{day}",
            )
