"""The funnel job: an ordered funnel over a long range, its result visible through job(id)."""

from __future__ import annotations

from typing import Any

from domain.analytics import funnels
from domain.clock import utc_now
from workers.tasks import JobRun, task


@task(funnels.JOB_NAME)
async def funnel(
    run: JobRun,
    definition: dict[str, Any],
    first: str,
    last: str,
    saved_funnel_id: int | None = None,
) -> dict[str, Any]:
    """Compute the funnel (one statement) and keep it for a saved funnel. Safe to run twice."""
    await run.progress(10, "counting")
    result = await funnels.run_job(definition, first, last, saved_funnel_id, utc_now())
    return result.to_dict()
