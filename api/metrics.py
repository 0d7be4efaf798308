"""Prometheus metrics: GraphQL operations, errors, the database pool, Redis, the queue, jobs.

Gauges about shared state (the outbox, the arq queue, worker liveness, Redis latency) are read
when /metrics is scraped; counters and histograms are this process's own.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response

GRAPHQL_REQUESTS = Counter(
    "crm_graphql_requests_total",
    "GraphQL requests by operation and outcome",
    ["operation", "outcome"],
)
GRAPHQL_LATENCY = Histogram(
    "crm_graphql_request_seconds",
    "GraphQL request latency by operation",
    ["operation"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
GRAPHQL_ERRORS = Counter(
    "crm_graphql_errors_total", "GraphQL errors by code (INTERNAL_ERROR: unexpected)", ["code"]
)
HTTP_REQUESTS = Counter(
    "crm_http_requests_total", "HTTP requests by path and status", ["path", "status"]
)


DB_POOL = Gauge("crm_db_pool_connections", "Database pool connections by state", ["state"])
REDIS_PING = Gauge("crm_redis_ping_seconds", "Round trip of a Redis PING at the last scrape")
QUEUE_DEPTH = Gauge("crm_queue_depth", "Jobs waiting in the arq queue")
WORKERS_ALIVE = Gauge(
    "crm_workers_alive", "1 when a worker reported itself alive within its health interval"
)

# arq's queue and the health-check key its workers refresh (default queue name).
ARQ_QUEUE = "arq:queue"
ARQ_HEALTH_KEY = "arq:queue:health-check"


async def metrics_endpoint(request: Request) -> Response:
    """The Prometheus exposition of this process's metrics and the shared gauges."""
    # Metrics must answer even when the database or Redis does not.
    with contextlib.suppress(Exception):
        await refresh_job_gauge()
    with contextlib.suppress(Exception):
        refresh_pool_gauge()
    with contextlib.suppress(Exception):
        await refresh_reconcile_gauge()
    redis = getattr(request.app.state, "redis", None)
    if redis is not None:
        with contextlib.suppress(Exception):
            await refresh_redis_gauges(redis)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def refresh_pool_gauge() -> None:
    """In-use and idle connections of this process's database pool."""
    from tortoise import connections

    pool = getattr(connections.get("default"), "_pool", None)
    if pool is None:
        return
    size, idle = pool.get_size(), pool.get_idle_size()
    DB_POOL.labels(state="in_use").set(size - idle)
    DB_POOL.labels(state="idle").set(idle)
    DB_POOL.labels(state="max").set(pool.get_max_size())


async def refresh_redis_gauges(redis: Any) -> None:
    """PING latency, the arq queue's length and whether any worker is alive."""
    started = time.perf_counter()
    await redis.ping()
    REDIS_PING.set(time.perf_counter() - started)
    QUEUE_DEPTH.set(await redis.zcard(ARQ_QUEUE))
    WORKERS_ALIVE.set(1 if await redis.exists(ARQ_HEALTH_KEY) else 0)


JOB_STATES = Gauge("crm_jobs", "Outbox jobs by task and status", ["task", "status"])


async def refresh_job_gauge() -> None:
    """Job counts per task and status from the outbox (shared by every worker process)."""
    from domain import db

    rows = await db.fetch("SELECT name, status, count(*) AS n FROM jobs GROUP BY name, status")
    JOB_STATES.clear()
    for row in rows:
        JOB_STATES.labels(task=row["name"], status=row["status"]).set(row["n"])


async def refresh_reconcile_gauge() -> None:
    """Each rollup's mismatches at its last reconcile, as recorded by whichever worker ran it."""
    from domain import metrics as business_metrics
    from domain.analytics import reconcile

    for rollup, result in (await reconcile.latest()).items():
        business_metrics.reconcile_checked(rollup, result.mismatches)
