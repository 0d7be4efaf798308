"""A worker killed in the middle of a job: the job completes exactly once afterwards."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from pathlib import Path

import pytest

from domain import db, jobs
from domain.jobs import Job
from tests.workers import processes

pytestmark = pytest.mark.usefixtures("database")

ROOT = Path(__file__).resolve().parents[2]


def _start_worker() -> subprocess.Popen[bytes]:
    return processes.start_worker(JOB_LEASE_SECONDS="2", WORKER_JOB_TIMEOUT="30")


async def _wait_for(predicate, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if await predicate():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not reached in time")


async def _steps() -> list[dict]:
    return await db.fetch("SELECT step, attempt FROM job_steps ORDER BY step")


@pytest.mark.slow
async def test_killed_worker_job_resumes_and_completes_once() -> None:
    # given a 10-step job picked up by a worker
    async with jobs.deferred_scope():
        async with db.transaction():
            job = await jobs.defer("system.probe", steps=10, delay_ms=300)
    first = _start_worker()
    try:
        await _wait_for(lambda: _count_at_least(3), timeout=30)
    finally:
        # when the worker dies mid-job
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    done_by_first = len(await _steps())
    assert 3 <= done_by_first < 10
    assert (await Job.get(id=job.id)).status == "RUNNING"

    # then once its lease runs out the sweeper hands the job to a new worker, which resumes it
    await asyncio.sleep(2.5)
    assert await jobs.sweep() == 1
    second = _start_worker()
    try:
        await _wait_for(lambda: _is_done(job.id), timeout=60)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(15)
    steps = await _steps()
    assert len(steps) == 10
    assert sorted(s["step"] for s in steps) == sorted(f"step-{i}" for i in range(10))
    assert {s["attempt"] for s in steps} == {1, 2}
    finished = await Job.get(id=job.id)
    assert finished.attempts == 2
    assert finished.result == {
        "steps": 10,
        "executedThisAttempt": 10 - done_by_first,
        "attempt": 2,
    }


async def _count_at_least(n: int) -> bool:
    return len(await _steps()) >= n


async def _is_done(job_id: int) -> bool:
    job = await jobs.get_job(job_id)
    return job is not None and job.status == "DONE"
