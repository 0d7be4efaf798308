"""Segment jobs: scheduled re-evaluation of saved segments and their size history."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.clock import utc_now
from domain.segments import service as segments_service
from workers.tasks import JobRun, task


@task("segments.refresh_due")
async def refresh_due(run: JobRun) -> dict[str, Any]:
    """Re-evaluate the saved segments whose schedule is due; record their sizes."""
    return {"refreshed": await segments_service.refresh_due_segments()}


async def hourly_segments(ctx: dict[str, Any]) -> int:
    """Cron: defer this hour's refresh of due segments once (keyed by the hour)."""
    hour = utc_now().strftime("%Y-%m-%dT%H")
    async with jobs.deferred_scope():
        async with db.transaction():
            job = await segments_service.defer_refresh_due(key=f"segments.refresh_due:{hour}")
    return job.id
