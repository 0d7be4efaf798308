"""The arq connection and how a committed outbox row becomes an arq job."""

from __future__ import annotations

import uuid

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from domain import config, jobs

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"

RUN_JOB = "run_job"


def redis_settings(url: str | None = None) -> RedisSettings:
    """arq's settings from REDIS_URL: a command on a dropped connection (a restarted server) is
    retried once on a new one, and connecting at start-up is retried for about ten seconds."""
    settings = RedisSettings.from_dsn(url or config.REDIS_URL.get() or DEFAULT_REDIS_URL)
    settings.retry = Retry(ExponentialBackoff(cap=0.5, base=0.05), retries=1)
    settings.retry_on_error = [RedisConnectionError, RedisTimeoutError]
    settings.conn_retries = 10
    return settings


def arq_job_id(job_id: int, attempt: int) -> str:
    """A fresh arq id for every enqueue of an outbox row.

    arq ignores an enqueue whose id it still holds, and a worker killed mid-job leaves its id's
    keys (in-progress for the job timeout) behind; a reused id would wait for them to expire.
    Extra deliveries are harmless: the outbox lease lets one runner claim the job.
    """
    return f"job:{job_id}:{attempt}:{uuid.uuid4().hex[:12]}"


async def connect(url: str | None = None, *, wait: bool = True) -> ArqRedis:
    """An arq pool, installed as the domain's enqueuer.

    `wait=False` (the API) does not wait for Redis: the pool connects on first use, so a
    server started while Redis is down serves, reports not ready, and recovers by itself;
    jobs wait in the database outbox meanwhile.
    """
    if wait:
        pool = await create_pool(redis_settings(url))
    else:
        settings = redis_settings(url)
        pool = ArqRedis.from_url(
            url or config.REDIS_URL.get() or DEFAULT_REDIS_URL,
            socket_connect_timeout=settings.conn_timeout,
            retry=settings.retry,
            retry_on_error=settings.retry_on_error,
        )
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
