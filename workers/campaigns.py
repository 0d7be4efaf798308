"""Campaign jobs: fan-out runs, notification sending, trigger scans, recurring days."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.campaigns import channels, fanout, triggers
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus
from domain.clock import business_today, utc_now
from workers.tasks import JobRun, task


@task("campaigns.run")
async def run_campaign(run: JobRun, campaign_id: int, occurrence: str) -> dict[str, Any]:
    """Reward and notify a campaign's audience in batches; a re-run skips who was done."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.RUNNING:
        return {"skipped": True}
    members = (await campaigns_service.audience_ids(campaign)).tolist()
    await Campaign.filter(id=campaign_id).update(audience_size=len(members))
    result = await fanout.run(campaign_id, occurrence, members, run.progress)
    if campaign.mode == CampaignMode.ONE_SHOT and not result["stopped"]:
        await Campaign.filter(id=campaign_id, status=CampaignStatus.RUNNING).update(
            status=CampaignStatus.COMPLETED
        )
    await jobs.defer("campaigns.notify", key=f"campaigns.notify:{campaign_id}:{occurrence}")
    return {"audience": len(members), **result}


@task("campaigns.notify")
async def send_notifications(run: JobRun) -> dict[str, int]:
    """Send what is due (quiet hours and back-off have set the times)."""
    totals = {"sent": 0, "failed": 0, "deferred": 0}
    while True:
        counts = await channels.send_due()
        for name, value in counts.items():
            totals[name] += value
        if counts["sent"] + counts["failed"] == 0:
            return totals


@task("campaigns.scan")
async def scan_triggers(run: JobRun) -> dict[str, Any]:
    """State triggers (registered, birthday, inactive, abandoned cart, expiring, level)."""
    return {"fired": await triggers.scan()}


async def every_minute(ctx: dict[str, Any]) -> None:
    """Cron: send due notifications."""
    minute = utc_now().strftime("%Y%m%d%H%M")
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("campaigns.notify", key=f"campaigns.notify:{minute}")


async def every_ten_minutes(ctx: dict[str, Any]) -> None:
    """Cron: scan state triggers; start today's recurring runs (once per day each)."""
    stamp = utc_now().strftime("%Y%m%d%H%M")
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("campaigns.scan", key=f"campaigns.scan:{stamp}")
        for campaign_id in await triggers.recurring_due():
            day = business_today().isoformat()
            await jobs.defer(
                "campaigns.run",
                key=f"campaign.run:{campaign_id}:day:{day}",
                campaign_id=campaign_id,
                occurrence=f"day:{day}",
            )
