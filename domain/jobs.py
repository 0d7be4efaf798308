"""Background jobs through an outbox.

A job is a row written in the same transaction as the change that needs it. After the
transaction (in practice: after the request or task that deferred it) the row id is enqueued to
the queue through a pluggable enqueuer, so the domain never imports the queue library. A sweeper
re-enqueues rows that were never picked up or whose runner died, and a lease guarantees that at
most one runner works on a job at a time. Every job handler must be safe to run twice.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextvars import ContextVar
from datetime import timedelta
from enum import StrEnum
from typing import Any

import orjson
from tortoise import fields
from tortoise.models import Model

from domain import db
from domain.errors import DomainError

log = logging.getLogger(__name__)

Enqueuer = Callable[[int, int, float], Awaitable[None]]
"""async enqueue(job_id, attempt, defer_seconds)."""

_enqueuer: Enqueuer | None = None
_pending: ContextVar[list[int] | None] = ContextVar("pending_jobs", default=None)

DEFAULT_LEASE_SECONDS = 300


class JobStatus(StrEnum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    DONE = "DONE"
    FAILED = "FAILED"


class Job(Model):
    """One unit of background work and its visible state."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=100)
    key = fields.CharField(max_length=200, null=True, unique=True)
    args: dict[str, Any] = fields.JSONField(default=dict)
    status = fields.CharEnumField(JobStatus, max_length=10, default=JobStatus.PENDING)
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField(default=5)
    progress = fields.IntField(default=0)
    message = fields.TextField(default="")
    result: dict[str, Any] | None = fields.JSONField(null=True)
    error = fields.TextField(null=True)
    run_after = fields.DatetimeField(auto_now_add=True)
    lease_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "jobs"
        indexes = (("status", "run_after"),)


def set_enqueuer(enqueuer: Enqueuer | None) -> None:
    """Install the function that hands a committed job to the queue (set by api/ and workers/)."""
    global _enqueuer
    _enqueuer = enqueuer


async def defer(name: str, *, key: str | None = None, max_attempts: int = 5, **args: Any) -> Job:
    """Record a job in the current transaction; it is enqueued once the surrounding scope ends.

    With a `key`, deferring the same key again returns the first job (idempotent). Its times come
    from the database clock, the one the lease and the sweeper compare them with.
    """
    conn = db.connection()
    rows = await conn.execute_query_dict(
        """
        INSERT INTO jobs (name, key, args, max_attempts, status, attempts, progress, message,
                          run_after, created_at, updated_at)
        VALUES ($1, $2, $3::jsonb, $4, 'PENDING', 0, 0, '', now(), now(), now())
        ON CONFLICT (key) DO NOTHING RETURNING id
        """,
        [name, key, _json(args), max_attempts],
    )
    if not rows:
        return await Job.get(key=key, using_db=conn)
    job = await Job.get(id=rows[0]["id"], using_db=conn)
    pending = _pending.get()
    if pending is not None:
        pending.append(job.id)
    return job


PROBE_JOB = "system.probe"
MAX_PROBE_STEPS = 100


async def start_probe(steps: int) -> Job:
    """Defer the worker probe: a job of `steps` steps (1..100) that records each step once."""
    if not 1 <= steps <= MAX_PROBE_STEPS:
        raise DomainError(f"steps must be 1..{MAX_PROBE_STEPS}.", field="steps")
    async with db.transaction():
        return await defer(PROBE_JOB, steps=steps, delay_ms=200)


@contextlib.asynccontextmanager
async def deferred_scope() -> AsyncIterator[list[int]]:
    """Collect jobs deferred inside the block and enqueue them when it ends without error."""
    pending: list[int] = []
    token = _pending.set(pending)
    try:
        yield pending
    finally:
        _pending.reset(token)
    await enqueue_many(pending)


async def enqueue_many(job_ids: list[int]) -> None:
    """Hand jobs to the queue now; a failure only delays them until the sweeper runs."""
    if _enqueuer is None or not job_ids:
        return
    for job_id in job_ids:
        try:
            await _enqueuer(job_id, 0, 0.0)
        except Exception:  # the sweeper will pick the row up; never fail the request for this
            log.warning("enqueue of job %s failed; the sweeper will retry", job_id, exc_info=True)


async def get_job(job_id: int) -> Job | None:
    """A job by id, or None."""
    return await Job.get_or_none(id=job_id)


async def count_keyed(prefix: str) -> int:
    """How many jobs have a key starting with `prefix` (the rounds of a repeated job)."""
    return await Job.filter(key__startswith=prefix).count()


async def claim(job_id: int, lease_seconds: int = DEFAULT_LEASE_SECONDS) -> Job | None:
    """Take the lease on a job that is pending or whose previous runner's lease ran out."""
    row = await db.fetch_one(
        """
        UPDATE jobs SET status = 'RUNNING', attempts = attempts + 1, error = NULL,
               lease_until = now() + make_interval(secs => $2), started_at = now(),
               updated_at = now()
         WHERE id = $1
           AND (status = 'PENDING' OR (status = 'RUNNING' AND lease_until < now()))
        RETURNING id
        """,
        job_id,
        lease_seconds,
    )
    return await Job.get(id=job_id) if row else None


async def report_progress(
    job_id: int, progress: int, message: str = "", lease_seconds: int = DEFAULT_LEASE_SECONDS
) -> None:
    """Record progress (0-100) and extend the lease: the heartbeat of a long job."""
    await db.execute(
        """
        UPDATE jobs SET progress = $2, message = $3, updated_at = now(),
               lease_until = now() + make_interval(secs => $4)
         WHERE id = $1 AND status = 'RUNNING'
        """,
        job_id,
        max(0, min(100, int(progress))),
        message[:500],
        lease_seconds,
    )


async def finish(job_id: int, result: dict[str, Any] | None) -> None:
    """Mark a job done with its result summary."""
    await db.execute(
        """
        UPDATE jobs SET status = 'DONE', progress = 100, result = $2::jsonb, lease_until = NULL,
               finished_at = now(), updated_at = now()
         WHERE id = $1
        """,
        job_id,
        _json(result),
    )


async def fail(job_id: int, error: str, *, final: bool = False) -> float | None:
    """Record a failure; returns the back-off in seconds before a retry, or None when final."""
    row = await db.fetch_one(
        """
        UPDATE jobs SET error = $2, lease_until = NULL, updated_at = now(),
               status = CASE WHEN attempts < max_attempts AND NOT $3 THEN 'PENDING'
                             ELSE 'FAILED' END,
               run_after = now() + make_interval(secs => LEAST(300, power(2, attempts) * 2)),
               finished_at = CASE WHEN attempts < max_attempts AND NOT $3 THEN NULL ELSE now() END
         WHERE id = $1
        RETURNING status, attempts
        """,
        job_id,
        error[:4000],
        final,
    )
    if row is None or row["status"] == JobStatus.FAILED:
        return None
    return float(min(300, 2 ** row["attempts"] * 2))


async def take_back_for_sweep(stale_after: timedelta, limit: int = 500) -> list[tuple[int, int]]:
    """Jobs to hand to the queue again: pending ones not picked up within `stale_after`, and
    running ones whose lease ran out (their runner died), which return to PENDING. Marks them as
    just swept, so each is handed over at most once per `stale_after`. Returns (job id, attempts).
    """
    rows = await db.fetch(
        """
        UPDATE jobs SET status = 'PENDING', lease_until = NULL, updated_at = now()
         WHERE id IN (
               SELECT id FROM jobs
                WHERE (status = 'PENDING' AND run_after <= now()
                       AND updated_at < now() - $1::interval)
                   OR (status = 'RUNNING' AND lease_until < now())
                ORDER BY id LIMIT $2
                  FOR UPDATE SKIP LOCKED)
        RETURNING id, attempts
        """,
        stale_after,
        limit,
    )
    return sorted((r["id"], r["attempts"]) for r in rows)


async def sweep(stale_after: timedelta = timedelta(seconds=30)) -> int:
    """Re-enqueue jobs that were lost or whose runner died; returns how many."""
    if _enqueuer is None:
        return 0
    due = await take_back_for_sweep(stale_after)
    for job_id, attempts in due:
        await _enqueuer(job_id, attempts, 0.0)
    return len(due)


def _json(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


class JobStep(Model):
    """A checkpoint: a step of a job that has been done, so a re-run resumes instead of redoing."""

    id = fields.BigIntField(primary_key=True)
    job_id = fields.BigIntField()
    step = fields.CharField(max_length=100)
    attempt = fields.IntField()
    done_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "job_steps"
        unique_together = (("job_id", "step"),)


async def done_steps(job_id: int) -> set[str]:
    """The checkpoints a job has recorded."""
    rows = await db.fetch("SELECT step FROM job_steps WHERE job_id = $1", job_id)
    return {r["step"] for r in rows}


async def mark_step(job_id: int, step: str, attempt: int) -> bool:
    """Record a checkpoint (in the caller's transaction); False if it was already recorded."""
    row = await db.fetch_one(
        """
        INSERT INTO job_steps (job_id, step, attempt, done_at) VALUES ($1, $2, $3, now())
        ON CONFLICT (job_id, step) DO NOTHING RETURNING id
        """,
        job_id,
        step,
        attempt,
    )
    return row is not None


async def jobs_by_ids(ids: Sequence[int]) -> list[Job | None]:
    """Jobs aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Job, ids)
