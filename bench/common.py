"""Shared bench plumbing: service URLs, a migrated database, timing statistics, a load loop."""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import asyncpg

BENCH_DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crm_bench"
)
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


async def prepare_database(url: str = BENCH_DATABASE_URL, *, reset: bool = False) -> str:
    """Create the bench database if needed and apply migrations (optionally from scratch)."""
    from api.migrate import upgrade

    name = url.rsplit("/", 1)[1].split("?", 1)[0]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    conn = await asyncpg.connect(admin.replace("postgres://", "postgresql://", 1))
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    if reset:
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        finally:
            await conn.close()
    await upgrade(url)
    return url


@dataclass
class Timing:
    """Latencies of one scenario."""

    name: str
    seconds: list[float]
    wall: float

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p99_ms(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000

    @property
    def per_second(self) -> float:
        return len(self.seconds) / self.wall if self.wall else 0.0


async def load(
    name: str, call: Callable[[], Awaitable[object]], *, requests: int, concurrency: int
) -> Timing:
    """Run `requests` calls with `concurrency` in flight; time each one."""
    latencies: list[float] = []
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            started = time.perf_counter()
            await call()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Timing(name, latencies, time.perf_counter() - started)


def print_table(title: str, rows: list[Timing], baseline: Timing) -> None:
    """Print scenarios side by side with their ratio to the baseline."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in ("scenario", "n", "req/s", "p50 ms", "p99 ms", "p50 ratio", "req/s ratio"):
        table.add_column(column, justify="right" if column != "scenario" else "left")
    for row in rows:
        table.add_row(
            row.name,
            str(len(row.seconds)),
            f"{row.per_second:,.0f}",
            f"{row.p50_ms:.2f}",
            f"{row.p99_ms:.2f}",
            f"{row.p50_ms / baseline.p50_ms:.2f}x",
            f"{row.per_second / baseline.per_second:.2f}x",
        )
    Console().print(table)
