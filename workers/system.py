"""System jobs: the worker probe."""

from __future__ import annotations

import asyncio
from typing import Any

from domain import db, jobs
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
