"""Recommendation jobs: the rebuild (on demand and nightly)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from domain import config, db, jobs
from domain.clock import business_today
from domain.recs import service as recs_service
from domain.recs import training
from workers.tasks import JobRun, task


def index_dir() -> Path:
    """INDEX_DIR, else <DATA_DIR>/indexes: the same rule as the API settings."""
    return config.index_dir()


@task(recs_service.REBUILD_JOB)
async def rebuild(run: JobRun) -> dict[str, Any]:
    """Train vectors, build and publish a new index version, clean up old ones."""
    return await training.rebuild(index_dir=index_dir(), progress=run.progress)


async def nightly_rebuild(ctx: dict[str, Any]) -> int:
    """Cron: defer tonight's rebuild once (keyed by the business day)."""
    async with jobs.deferred_scope():
        async with db.transaction():
            job = await recs_service.start_scheduled_rebuild(str(business_today()))
    return job.id
