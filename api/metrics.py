"""Prometheus metrics: GraphQL operations and jobs."""

from __future__ import annotations

import contextlib

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
HTTP_REQUESTS = Counter(
    "crm_http_requests_total", "HTTP requests by path and status", ["path", "status"]
)


async def metrics_endpoint(request: Request) -> Response:
    """The Prometheus exposition of this process's metrics and the job table's counts."""
    with contextlib.suppress(Exception):  # metrics must answer even when the database does not
        await refresh_job_gauge()
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


JOB_STATES = Gauge("crm_jobs", "Outbox jobs by task and status", ["task", "status"])


async def refresh_job_gauge() -> None:
    """Job counts per task and status from the outbox (shared by every worker process)."""
    from domain import db

    rows = await db.fetch("SELECT name, status, count(*) AS n FROM jobs GROUP BY name, status")
    JOB_STATES.clear()
    for row in rows:
        JOB_STATES.labels(task=row["name"], status=row["status"]).set(row["n"])
