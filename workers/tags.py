"""Tag jobs: the full computation, member refreshes, and the nightly cron that defers a run."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.clock import business_today
from domain.tags import runs as tags_runs
from domain.tags import service as tags_service
from workers.tasks import JobRun, task


@task("tags.compute_all")
async def compute_all(run: JobRun) -> dict[str, Any]:
    """Compute every online tag for every member and publish a new version."""
    return await tags_runs.compute_all(job_id=run.job_id, progress=run.progress)


@task("tags.refresh_members")
async def refresh_members(run: JobRun, member_ids: list[int]) -> dict[str, Any]:
    """Recompute some members' tags in the published version (after a merge, for example)."""
    for member_id in member_ids:
        await tags_service.refresh_member_tags(member_id)
    return {"members": len(member_ids)}


async def nightly_tags(ctx: dict[str, Any]) -> int:
    """Cron: defer tonight's full computation once (keyed by the business day)."""
    async with jobs.deferred_scope():
        async with db.transaction():
            job = await tags_runs.start_compute(key=f"tags.compute_all:{business_today()}")
    return job.id
