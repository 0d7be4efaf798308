"""Webhook jobs: one delivery round a minute, visible through job(id)."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.clock import utc_now
from domain.webhooks import delivery
from workers.tasks import JobRun, task


@task("webhooks.deliver")
async def deliver_webhooks(run: JobRun) -> dict[str, Any]:
    """Post the due outbox deliveries; failures are retried with back-off."""
    return await delivery.deliver_due(utc_now())


async def every_minute(ctx: dict[str, Any]) -> None:
    """Cron: one delivery round a minute."""
    slot = utc_now().replace(second=0, microsecond=0)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("webhooks.deliver", key=f"webhooks.deliver:{slot.isoformat()}")
