"""System jobs: the worker probe and the nightly purge of short-lived records."""

from __future__ import annotations

import asyncio
from typing import Any

from domain import db, idempotency, jobs
from domain.clock import business_today, utc_now
from domain.members import verification
from workers.tasks import JobRun, task


@task("system.probe")
async def probe(run: JobRun, steps: int, delay_ms: int = 200) -> dict[str, Any]:
    """Do `steps` checkpointed steps; a re-run after a crash resumes where the last one stopped."""
    done = await jobs.done_steps(run.job_id)
    executed = 0
    for step in range(steps):
        name = f"step-{step}"
        if name in done:
            continue
        await asyncio.sleep(delay_ms / 1000)
        async with db.transaction():
            if await jobs.mark_step(run.job_id, name, run.attempt):
                executed += 1
        await run.progress(int((step + 1) * 100 / steps), f"step {step + 1}/{steps}")
    return {"steps": steps, "executedThisAttempt": executed, "attempt": run.attempt}


@task("system.retention")
async def purge_expired_records(run: JobRun) -> dict[str, Any]:
    """Delete idempotency records and phone codes past their retention; safe to run twice."""
    now = utc_now()
    return {
        "idempotencyRecords": await idempotency.purge_records(now),
        "phoneCodes": await verification.purge_codes(now),
    }


async def nightly_retention(ctx: dict[str, Any]) -> None:
    """Cron: one purge a business day."""
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("system.retention", key=f"system.retention:{business_today()}")
