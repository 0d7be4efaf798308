"""arq WorkerSettings: the job runner, the sweeper and the cron jobs of every area."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, ClassVar

from arq import cron
from arq.connections import RedisSettings
from prometheus_client import Counter, Histogram, start_http_server

from domain import cache, config, db, jobs, tracing
from domain.hooks_setup import register_hooks
from domain.logs import configure_logging
from workers import registry
from workers.queue import install_enqueuer, redis_settings
from workers.runner import run_job

log = logging.getLogger("crm.worker")


async def sweep_jobs(ctx: dict[str, Any]) -> int:
    """Re-enqueue outbox jobs that were never picked up or whose runner died."""
    count = await jobs.sweep(timedelta(seconds=config.JOB_SWEEP_STALE_SECONDS.get()))
    if count:
        log.info("sweeper re-enqueued %s jobs", count)
    return count


def sweep_seconds() -> set[int]:
    """Seconds of the minute the sweeper runs at: every JOB_SWEEP_INTERVAL_SECONDS (30)."""
    interval = max(1, min(60, config.JOB_SWEEP_INTERVAL_SECONDS.get()))
    return set(range(5 % interval, 60, interval))


async def on_startup(ctx: dict[str, Any]) -> None:
    """Register the domain hooks, connect the database and route deferred jobs through this
    worker's Redis."""
    configure_logging(config.LOG_FORMAT.get() or "json")
    tracing.configure_tracing("crm-worker")
    register_hooks()
    await db.init(config.DATABASE_URL.get() or "", pool_size=config.DB_POOL_SIZE.get())
    install_enqueuer(ctx["redis"])
    cache.set_redis(ctx["redis"])
    ctx["job_counter"] = JOB_COUNTER
    ctx["job_seconds"] = JOB_SECONDS
    port = config.WORKER_METRICS_PORT.get()
    if port:
        start_http_server(port)  # this worker's counters: jobs, ledger, coupons, campaigns
        log.info("metrics on port %s", port)


async def on_shutdown(ctx: dict[str, Any]) -> None:
    await db.close()
    tracing.stop_tracing()


JOB_COUNTER = Counter("crm_worker_jobs_total", "Jobs run by task and outcome", ["task", "outcome"])
JOB_SECONDS = Histogram(
    "crm_worker_job_seconds",
    "Job run time by task",
    ["task"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800),
)


class WorkerSettings:
    """`arq workers.settings.WorkerSettings`, or `crm worker`."""

    functions: ClassVar[list[Any]] = [run_job]
    cron_jobs: ClassVar[list[Any]] = [
        cron(sweep_jobs, second=sweep_seconds(), run_at_startup=True, unique=True),
        *registry.CRON_JOBS,
    ]
    on_startup = on_startup
    on_shutdown = on_shutdown
    redis_settings: RedisSettings = redis_settings()
    max_tries = 30
    job_timeout = config.WORKER_JOB_TIMEOUT.get()
    keep_result = 0
    max_jobs = config.WORKER_MAX_JOBS.get()
    health_check_interval = 30
    allow_abort_jobs = True
