"""exportDataset through HTTP: a job writes the file, the signed link serves it to the caller who
asked, and refuses another token (403), an expired link (410) and no token (401)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pyarrow.parquet as pq
import pytest

from api.auth import mint_token
from api.settings import Settings
from domain.access import Role
from domain.analytics import downloads
from domain.clock import utc_now
from domain.jobs import Job
from tests.factories.members import make_member
from tests.helpers import run_jobs

EXPORT = """mutation($input: ExportDatasetInput!) {
  exportDataset(input: $input) { job { id status } errors { code field } } }"""
FOLLOW = """query($id: ID!) { datasetExport(id: $id) {
  job { status result } downloadUrl expiresAt } }"""


def _bearer(role: Role, subject: str, scopes: list[str] | None = None) -> dict[str, str]:
    token = mint_token(Settings(), role, scopes=scopes, subject=subject)
    return {"authorization": f"Bearer {token}"}


ANALYST = _bearer(Role.STAFF, "analyst", ["analytics:export", "analytics:read"])
OTHER_ANALYST = _bearer(Role.STAFF, "someone-else", ["analytics:export", "analytics:read"])
BI = _bearer(Role.BI, "finebi")


@pytest.fixture(autouse=True)
def export_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EXPORT_DIR", str(tmp_path / "exports"))
    return tmp_path / "exports"


async def _gql(client: httpx.AsyncClient, query: str, headers: dict[str, str], **variables: Any):
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _exported(client, redis_client, headers, **input_: Any) -> tuple[str, dict[str, Any]]:
    started = await _gql(client, EXPORT, headers, input=input_)
    payload = started["data"]["exportDataset"]
    assert payload["errors"] == []
    await run_jobs(redis_client)
    followed = await _gql(client, FOLLOW, headers, id=payload["job"]["id"])
    return payload["job"]["id"], followed["data"]["datasetExport"]


async def test_the_caller_downloads_a_csv_with_a_bom(client, redis_client) -> None:
    # given
    await make_member(city="上海")
    await make_member()
    # when
    _, export = await _exported(client, redis_client, ANALYST, dataset="members")
    response = await client.get(export["downloadUrl"], headers=ANALYST)
    # then
    assert export["job"]["status"] == "DONE"
    assert export["job"]["result"]["rows"] == 2
    assert export["job"]["result"]["download"].startswith("/exports/")
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert "上海" in response.content.decode("utf-8-sig")
    assert "phone" not in response.content.decode("utf-8-sig").splitlines()[0]


async def test_a_bi_caller_gets_parquet(client, redis_client) -> None:
    # given
    await make_member()
    # when
    _, export = await _exported(client, redis_client, BI, dataset="members", format="PARQUET")
    response = await client.get(export["downloadUrl"], headers=BI)
    # then
    assert response.status_code == 200
    assert pq.read_table(io.BytesIO(response.content)).num_rows == 1


async def test_another_token_an_expired_link_and_no_token_are_refused(client, redis_client) -> None:
    # given
    await make_member()
    job_id, export = await _exported(client, redis_client, ANALYST, dataset="members")
    url = export["downloadUrl"]
    job = await Job.get(name="analytics.export")
    expired = downloads.mint(job.id, "analyst", utc_now() - timedelta(hours=1)).url
    forged = url[:-2] + ("AA" if not url.endswith("AA") else "BB")
    # when
    other = await client.get(url, headers=OTHER_ANALYST)
    bi = await client.get(url, headers=BI)
    late = await client.get(expired, headers=ANALYST)
    anonymous = await client.get(url)
    altered = await client.get(forged, headers=ANALYST)
    no_scope = await client.get(url, headers=_bearer(Role.STAFF, "analyst", ["analytics:read"]))
    # then
    assert [r.status_code for r in (other, bi, late, anonymous, altered, no_scope)] == [
        403,
        403,
        410,
        401,
        403,
        403,
    ]
    # and another caller cannot follow the job either
    followed = await _gql(client, FOLLOW, OTHER_ANALYST, id=job_id)
    assert followed["data"]["datasetExport"] is None


@pytest.mark.parametrize(
    ("_case", "input_", "field"),
    [
        ("unknown data set", {"dataset": "nope"}, "dataset"),
        ("personal-data segment", {"dataset": "segment"}, "dataset"),
        ("window on members", {"dataset": "members", "from": "2026-03-01"}, "from"),
        (
            "reversed window",
            {"dataset": "orders", "from": "2026-03-02", "to": "2026-03-01"},
            "from",
        ),
    ],
)
async def test_bad_requests_are_refused_and_start_nothing(
    client, _case: str, input_: dict[str, Any], field: str
) -> None:
    # when
    result = await _gql(client, EXPORT, ANALYST, input=input_)
    # then
    payload = result["data"]["exportDataset"]
    assert payload["job"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("INVALID", field)]
    assert await Job.filter(name="analytics.export").count() == 0


async def test_a_rollup_view_exports_its_window(client, redis_client, export_dir: Path) -> None:
    # when an empty rollup window is exported
    _, export = await _exported(
        client,
        redis_client,
        ANALYST,
        dataset="sales_daily",
        **{"from": "2026-03-01", "to": "2026-03-31"},
    )
    # then the file holds just the header
    response = await client.get(export["downloadUrl"], headers=ANALYST)
    assert response.content.decode("utf-8-sig").splitlines()[0].startswith("day,store_code")
    assert len(list(export_dir.iterdir())) == 1  # noqa: ASYNC240


async def test_the_same_request_twice_is_one_job(client) -> None:
    # when
    first = await _gql(client, EXPORT, ANALYST, input={"dataset": "members"})
    second = await _gql(client, EXPORT, ANALYST, input={"dataset": "members"})
    other = await _gql(client, EXPORT, BI, input={"dataset": "members"})
    # then
    ids = [r["data"]["exportDataset"]["job"]["id"] for r in (first, second, other)]
    assert ids[0] == ids[1] != ids[2]


async def test_the_scrape_shows_the_last_reconcile(client) -> None:
    # given a reconcile recorded by another process (this one's gauge forgotten)
    from domain import metrics
    from domain.analytics import reconcile

    await reconcile.reconcile(now=utc_now(), rollups=["event_daily"])
    metrics.RECONCILE_MISMATCHES.clear()
    # when
    response = await client.get("/metrics")
    # then
    assert 'crm_analytics_reconcile_mismatches{rollup="event_daily"} 0.0' in response.text
