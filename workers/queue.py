"""The arq connection and how a committed outbox row becomes an arq job."""

from __future__ import annotations

import os

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings

from domain import jobs

RUN_JOB = "run_job"


def redis_settings(url: str | None = None) -> RedisSettings:
    """arq's settings from REDIS_URL."""
    return RedisSettings.from_dsn(url or os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


def arq_job_id(job_id: int, attempt: int) -> str:
    """One arq id per outbox row and attempt: a lost attempt can be enqueued again."""
    return f"job:{job_id}:{attempt}"


async def connect(url: str | None = None) -> ArqRedis:
    """An arq pool, installed as the domain's enqueuer."""
    pool = await create_pool(redis_settings(url))
    install_enqueuer(pool)
    return pool


def install_enqueuer(pool: ArqRedis) -> None:
    """Route `domain.jobs` enqueues through this pool."""

    async def enqueue(job_id: int, attempt: int, defer_seconds: float) -> None:
        await pool.enqueue_job(
            RUN_JOB,
            job_id,
            _job_id=arq_job_id(job_id, attempt),
            _defer_by=defer_seconds or None,
        )

    jobs.set_enqueuer(enqueue)
