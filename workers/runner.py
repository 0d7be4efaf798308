"""The one arq function: run an outbox job by id under a lease, with retries and back-off."""

from __future__ import annotations

import logging
import time
from typing import Any

from arq import Retry

from domain import config, jobs, tracing
from domain.logs import log_scope
from workers import registry  # noqa: F401  (registers every handler)
from workers.tasks import HANDLERS, JobRun

log = logging.getLogger("crm.worker")


def lease_seconds() -> int:
    """How long a runner may go without a heartbeat before its job counts as abandoned."""
    return config.JOB_LEASE_SECONDS.get()


async def run_job(ctx: dict[str, Any], job_id: int) -> str:
    """Claim the job, run its handler, record the outcome. Safe to deliver more than once.
    Logs one line per run: job id, task, attempt, duration, statements and outcome."""
    started = time.perf_counter()
    with log_scope(job_id=job_id) as scope, tracing.span("job", **{"crm.job_id": job_id}) as span:
        outcome = "error"
        try:
            outcome = await _run(ctx, job_id, scope)
        except Retry:
            outcome = "retry"
            raise
        finally:
            seconds = time.perf_counter() - started
            if span is not None:
                span.update_name(f"job {scope.get('task', '?')}")
                span.set_attribute("crm.job_outcome", outcome)
            timer = ctx.get("job_seconds")
            if timer is not None and "task" in scope:
                timer.labels(task=scope["task"]).observe(seconds)
            log.log(
                logging.INFO if outcome in {"done", "skipped"} else logging.WARNING,
                "job",
                extra={
                    "outcome": outcome,
                    "duration_ms": round(seconds * 1000, 2),
                },
            )
    return outcome


async def _run(ctx: dict[str, Any], job_id: int, scope: dict[str, Any]) -> str:
    lease = lease_seconds()
    job = await jobs.claim(job_id, lease)
    if job is None:
        return "skipped"  # done, failed, or another runner holds a live lease
    scope.update(task=job.name, attempt=job.attempts)
    handler = HANDLERS.get(job.name)
    if handler is None:
        await jobs.fail(job_id, f"no handler for job {job.name!r}", final=True)
        _count(ctx, job.name, "failed")
        return "failed"
    run = JobRun(job_id=job_id, attempt=job.attempts, lease_seconds=lease)
    try:
        async with jobs.deferred_scope():
            result = await handler(run, **job.args)
    except Exception as exc:
        log.exception("job failed")
        backoff = await jobs.fail(job_id, f"{type(exc).__name__}: {exc}")
        _count(ctx, job.name, "retry" if backoff is not None else "failed")
        if backoff is None:
            return "failed"
        raise Retry(defer=backoff) from exc
    await jobs.finish(job_id, result)
    _count(ctx, job.name, "done")
    return "done"


def _count(ctx: dict[str, Any], task: str, outcome: str) -> None:
    counter = ctx.get("job_counter")
    if counter is not None:
        counter.labels(task=task, outcome=outcome).inc()
