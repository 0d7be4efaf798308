"""Workers SIGKILLed at random points of a backlog: every order job still completes, once."""

from __future__ import annotations

import asyncio
import functools
import random
import signal

import pytest

from domain import jobs
from tests.workers import processes

pytestmark = pytest.mark.usefixtures("database")

ORDERS = 300
MEMBERS = 30
LEASE_SECONDS = 2
SWEEP_STALE_SECONDS = 2
SWEEP_INTERVAL_SECONDS = 1
SETTINGS = {  # arq's own job timeout stays at its default: its in-progress keys outlive the test
    "JOB_LEASE_SECONDS": str(LEASE_SECONDS),
    "JOB_SWEEP_STALE_SECONDS": str(SWEEP_STALE_SECONDS),
    "JOB_SWEEP_INTERVAL_SECONDS": str(SWEEP_INTERVAL_SECONDS),
}


async def _done() -> int:
    return (await processes.job_counts()).get("DONE", 0)


@pytest.mark.slow
async def test_order_jobs_complete_once_though_workers_are_killed_mid_backlog() -> None:
    # given 300 order jobs queued for 30 members
    await processes.setup_points()
    members = await processes.make_members(MEMBERS)
    await processes.record_orders(members, range(ORDERS))
    # when a worker is SIGKILLed at a random point of the backlog, three times over
    rng = random.Random(20261130)
    for kill_after in sorted(rng.sample(range(20, ORDERS - 40), 3)):
        worker = processes.start_worker(**SETTINGS)
        try:
            await processes.wait_for(functools.partial(_reached, kill_after), timeout=60)
            await asyncio.sleep(rng.uniform(0, 0.3))
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait(10)
    assert (await processes.job_counts()).get("DONE", 0) < ORDERS
    # then a new worker finishes every job within the lease and one sweep of its own work
    worker = processes.start_worker(**SETTINGS)
    try:
        await processes.wait_for(lambda: processes.all_done(ORDERS), timeout=45)
    finally:
        processes.stop(worker)
    assert await processes.credited_points(members) == {
        m: processes.POINTS_PER_ORDER * ORDERS // MEMBERS for m in members
    }
    assert await processes.credit_entries() == ORDERS
    assert await jobs.sweep() == 0


async def _reached(count: int) -> bool:
    return await _done() >= count
