"""One structured line per request and per job; metric labels the client cannot multiply."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import httpx
import orjson
import pytest

from api.auth import mint_token
from api.settings import Settings
from domain import db, jobs
from domain.access import Role
from domain.logs import JsonFormatter
from tests.factories.members import make_member
from workers.runner import run_job


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Everything logged during the test, as the production JSON formatter writes it."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.INFO)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _parsed(buffer: io.StringIO, message: str) -> list[dict]:
    lines = [orjson.loads(line) for line in buffer.getvalue().splitlines() if line.startswith("{")]
    return [line for line in lines if line["message"] == message]


async def test_a_request_is_one_line_with_its_id_caller_operation_and_statements(
    client: httpx.AsyncClient, log_lines: io.StringIO
) -> None:
    # given a member
    member = await make_member()
    token = mint_token(Settings(), Role.MEMBER, member_id=member.id, token_version=0)
    # when it reads its home under a name of its own choosing
    response = await client.post(
        "/graphql",
        json={"query": "query MyHome { me { id name } }", "operationName": "MyHome"},
        headers={"Authorization": f"Bearer {token}", "X-Request-Id": "req-7f3a"},
    )
    # then exactly one request line carries everything an operator needs
    assert response.status_code == 200, response.text
    lines = [line for line in _parsed(log_lines, "request") if line["request_id"] == "req-7f3a"]
    assert len(lines) == 1
    line = lines[0]
    assert line["level"] == "info"
    assert (line["method"], line["path"], line["status"]) == ("POST", "/graphql", 200)
    assert line["principal"] == f"member:{member.id}"
    assert (line["operation"], line["root"]) == ("MyHome", "query:me")
    assert line["statements"] >= 1
    assert line["duration_ms"] > 0
    assert "error" not in line  # no traceback


async def test_metric_labels_are_root_fields_not_client_names(client: httpx.AsyncClient) -> None:
    token = mint_token(Settings(), Role.STAFF, scopes=["*"], subject="staff-test")
    for name in ("Invented1", "Invented2"):
        await client.post(
            "/graphql",
            json={"query": f"query {name} {{ levels {{ code }} }}", "operationName": name},
            headers={"Authorization": f"Bearer {token}"},
        )
    await client.post("/graphql", json={"query": "query { nope"})
    exposition = (await client.get("/metrics")).text
    assert 'crm_graphql_requests_total{operation="query:levels",outcome="ok"}' in exposition
    assert "Invented1" not in exposition and "Invented2" not in exposition


@pytest.mark.usefixtures("database")
async def test_a_job_run_is_one_line_with_task_attempt_outcome_and_statements(
    log_lines: io.StringIO,
) -> None:
    # given a pending probe job
    async with jobs.deferred_scope(), db.transaction():
        job = await jobs.defer("system.probe", steps=2, delay_ms=0)
    # when a worker runs it
    outcome = await run_job({}, job.id)
    # then
    assert outcome == "done"
    (line,) = [line for line in _parsed(log_lines, "job") if line["job_id"] == job.id]
    assert (line["task"], line["attempt"], line["outcome"]) == ("system.probe", 1, "done")
    assert line["statements"] >= 3  # claim, steps, finish
    assert line["duration_ms"] > 0


async def test_the_metrics_page_has_errors_pool_redis_queue_and_business_series(
    client: httpx.AsyncClient,
) -> None:
    # given a refused request (a member reading a job is FORBIDDEN) and a claimed coupon
    member = await make_member()
    token = mint_token(Settings(), Role.MEMBER, member_id=member.id, token_version=0)
    refused = await client.post(
        "/graphql",
        json={"query": '{ job(id: "1") { status } }'},
        headers={"Authorization": f"Bearer {token}"},
    )
    code = refused.json()["errors"][0]["extensions"]["code"]
    # when the page is scraped
    exposition = (await client.get("/metrics")).text
    # then
    assert f'crm_graphql_errors_total{{code="{code}"}}' in exposition
    for series in (
        'crm_db_pool_connections{state="in_use"}',
        'crm_db_pool_connections{state="max"}',
        "crm_redis_ping_seconds ",
        "crm_queue_depth ",
        "crm_workers_alive ",
        "crm_coupons_claimed_total ",
        "# HELP crm_ledger_amount_total",
        "# HELP crm_campaign_messages_total",
    ):
        assert series in exposition, series
