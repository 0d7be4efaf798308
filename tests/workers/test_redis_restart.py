"""Redis restarted under a burst of orders: the worker rides it out and nothing is lost."""

from __future__ import annotations

import asyncio

import pytest

from tests.workers import processes
from workers import queue

pytestmark = pytest.mark.usefixtures("database")

ORDERS = 100
MEMBERS = 20
SETTINGS = {
    "JOB_LEASE_SECONDS": "5",
    "JOB_SWEEP_STALE_SECONDS": "2",
    "JOB_SWEEP_INTERVAL_SECONDS": "1",
}


@pytest.mark.slow
async def test_jobs_lost_in_a_redis_restart_all_complete_and_credit_once() -> None:
    # given a worker and this process on a Redis server of their own
    await processes.setup_points()
    members = await processes.make_members(MEMBERS)
    port = processes.free_port()
    url = f"redis://127.0.0.1:{port}/0"
    server = processes.start_redis(port)
    pool = await queue.connect(url)
    worker = processes.start_worker(REDIS_URL=url, **SETTINGS)
    try:
        await processes.record_orders(members, range(10))
        await processes.wait_for(lambda: processes.all_done(10), timeout=30)
        # when Redis restarts, empty, while a burst of orders is queued and more keep coming
        await processes.record_orders(members, range(10, 60))
        processes.stop(server)
        burst = asyncio.create_task(_record_in_batches(members, range(60, ORDERS)))
        await asyncio.sleep(0.5)
        server = processes.start_redis(port)
        await burst
        # then every job is done and every order credited exactly once, by the same worker
        # generous: on a loaded machine the restarted worker and the sweeper take their time
        await processes.wait_for(lambda: processes.all_done(ORDERS), timeout=90)
        assert worker.poll() is None
    finally:
        processes.stop(worker)
        await pool.aclose()
        processes.stop(server)
    assert await processes.credited_points(members) == {
        m: processes.POINTS_PER_ORDER * ORDERS // MEMBERS for m in members
    }
    assert await processes.credit_entries() == ORDERS


async def _record_in_batches(members: list[int], numbers: range) -> None:
    for start in range(numbers.start, numbers.stop, 10):
        await processes.record_orders(members, range(start, min(start + 10, numbers.stop)))
        await asyncio.sleep(0.1)
