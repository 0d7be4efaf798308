"""The nightly reconcile through a real worker: one job per business day, results recorded."""

from __future__ import annotations

from domain.analytics.records import ReconcileResult
from domain.analytics.rollups import ROLLUPS
from domain.clock import business_today
from domain.jobs import Job, JobStatus
from tests.helpers import run_jobs
from workers import analytics


async def test_the_nightly_reconcile_runs_once_and_records_each_rollup(database, redis_client):
    # when the cron defers its job twice and a worker runs it
    await analytics.nightly_reconcile({})
    await analytics.nightly_reconcile({})
    await run_jobs(redis_client)
    # then
    [job] = await Job.filter(name="analytics.reconcile")
    assert job.status == JobStatus.DONE
    assert job.args == {"seed": business_today().toordinal()}
    assert job.result is not None
    assert job.result["mismatches"] == dict.fromkeys(ROLLUPS, 0)
    assert await ReconcileResult.all().count() == len(ROLLUPS)
