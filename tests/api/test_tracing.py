"""Traces: a request's spans (request, root field, SQL) share one trace whose id is the
request id; a job's run is a trace with its SQL under it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from api.app import create_app
from api.auth import mint_token
from api.settings import Settings
from domain import db, jobs, tracing
from domain.access import Role
from workers.runner import run_job


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    assert tracing.configure_tracing("crm-test", exporter=exporter)
    try:
        yield exporter
    finally:
        tracing.stop_tracing()


@pytest.mark.usefixtures("database")
async def test_a_request_is_one_trace_of_request_field_and_sql_spans(
    spans: InMemorySpanExporter,
) -> None:
    app = create_app(Settings(), manage_database=False)
    token = mint_token(Settings(), Role.STAFF, scopes=["*"], subject="staff-test")
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            response = await http.post(
                "/graphql",
                json={"query": "{ levels { code } }"},
                headers={"Authorization": f"Bearer {token}"},
            )
    assert response.status_code == 200, response.text
    request_id = response.headers["x-request-id"]
    finished = spans.get_finished_spans()
    trace = [s for s in finished if f"{s.context.trace_id:032x}" == request_id]
    names = {s.name for s in trace}
    assert {"POST /graphql", "graphql query:levels", "resolve levels"} <= names, names
    sql = [s for s in trace if (s.attributes or {}).get("db.system") == "postgresql"]
    assert sql, names
    by_id = {s.context.span_id: s for s in trace}
    field = next(s for s in trace if s.name == "resolve levels")
    assert any(_under(s, field, by_id) for s in sql)  # the field's statements hang under it


@pytest.mark.usefixtures("database")
async def test_a_job_run_is_a_trace_with_its_statements(spans: InMemorySpanExporter) -> None:
    async with jobs.deferred_scope(), db.transaction():
        job = await jobs.defer("system.probe", steps=1, delay_ms=0)
    assert await run_job({}, job.id) == "done"
    (root,) = [s for s in spans.get_finished_spans() if s.name == "job system.probe"]
    assert root.attributes is not None and root.attributes["crm.job_outcome"] == "done"
    inside = [
        s
        for s in spans.get_finished_spans()
        if s.context.trace_id == root.context.trace_id and s is not root
    ]
    assert any((s.attributes or {}).get("db.system") == "postgresql" for s in inside)


def _under(span: ReadableSpan, ancestor: ReadableSpan, by_id: dict[int, ReadableSpan]) -> bool:
    parent = span.parent
    while parent is not None:
        if parent.span_id == ancestor.context.span_id:
            return True
        above = by_id.get(parent.span_id)
        parent = above.parent if above is not None else None
    return False
