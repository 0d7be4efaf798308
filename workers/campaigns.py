"""Campaign jobs: fan-out runs, notification sending, trigger scans, recurring days."""

from __future__ import annotations

from typing import Any

from domain.campaigns import run as campaign_run
from domain.campaigns import triggers
from domain.clock import utc_now
from workers.tasks import JobRun, task


@task("campaigns.run")
async def run_campaign(run: JobRun, campaign_id: int, occurrence: str) -> dict[str, Any]:
    """Reward and notify a campaign's audience in batches; a re-run skips who was done."""
    return await campaign_run.run_campaign(campaign_id, occurrence, run.progress)


@task("campaigns.notify")
async def send_notifications(run: JobRun) -> dict[str, int]:
    """Send what is due."""
    return await campaign_run.send_all_due()


@task("campaigns.scan")
async def scan_triggers(run: JobRun) -> dict[str, Any]:
    """State triggers (registered, birthday, inactive, abandoned cart, expiring, level)."""
    return {"fired": await triggers.scan()}


async def every_minute(ctx: dict[str, Any]) -> None:
    """Cron: send due notifications."""
    await campaign_run.defer_sending(utc_now())


async def every_ten_minutes(ctx: dict[str, Any]) -> None:
    """Cron: scan state triggers; start today's recurring runs (once per day each)."""
    await campaign_run.defer_rounds(utc_now())
