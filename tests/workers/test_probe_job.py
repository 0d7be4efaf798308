"""The outbox, the runner and job(id) working together."""

from __future__ import annotations

import pytest

from domain import db, jobs
from domain.jobs import Job
from tests.helpers import STAFF, gql, run_jobs

pytestmark = pytest.mark.usefixtures("database")

START = "mutation { runWorkerProbe(steps: 3) { job { id status } errors { code field } } }"
JOB = "query($id: ID!) { job(id: $id) { status progress result attempts error } }"


async def test_probe_job_runs_and_is_visible(redis_client) -> None:
    # given
    started = await gql(START, principal=STAFF)
    assert started.errors is None
    job_id = started.data["runWorkerProbe"]["job"]["id"]
    assert started.data["runWorkerProbe"]["job"]["status"] == "PENDING"
    # when
    await run_jobs(redis_client)
    # then
    result = await gql(JOB, {"id": job_id}, principal=STAFF)
    assert result.data["job"] == {
        "status": "DONE",
        "progress": 100,
        "result": {"steps": 3, "executedThisAttempt": 3, "attempt": 1},
        "attempts": 1,
        "error": None,
    }


async def test_delivering_a_finished_job_again_changes_nothing(redis_client) -> None:
    # given a finished job
    async with jobs.deferred_scope(), db.transaction():
        job = await jobs.defer("system.probe", steps=2, delay_ms=0)
    await run_jobs(redis_client)
    # when the queue delivers it again
    await jobs.enqueue_many([job.id])
    from workers.runner import run_job

    outcome = await run_job({}, job.id)
    # then
    assert outcome == "skipped"
    rows = await db.fetch("SELECT step, attempt FROM job_steps WHERE job_id = $1", job.id)
    assert len(rows) == 2
    assert (await Job.get(id=job.id)).attempts == 1


async def test_deferred_job_rolled_back_with_its_transaction_is_never_run(redis_client) -> None:
    # given a transaction that defers a job and then fails
    with pytest.raises(RuntimeError):
        async with jobs.deferred_scope(), db.transaction():
            await jobs.defer("system.probe", steps=1, delay_ms=0)
            raise RuntimeError("boom")
    # then no job row exists and nothing ran
    await run_jobs(redis_client)
    assert await db.fetch("SELECT id FROM jobs") == []


async def test_job_is_forbidden_to_members_and_requires_authentication() -> None:
    from tests.helpers import member

    anonymous = await gql('{ job(id: "1") { status } }')
    assert anonymous.errors[0].extensions["code"] == "UNAUTHENTICATED"
    as_member = await gql('{ job(id: "1") { status } }', principal=member(1))
    assert as_member.errors[0].extensions["code"] == "FORBIDDEN"
