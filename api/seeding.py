"""Demo and benchmark data for `crm dev` and `crm seed`, with a rich progress display."""

from __future__ import annotations

import contextlib
import time
from datetime import datetime

import asyncpg
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from domain.demo import load as loader
from domain.demo.generate import Dataset, generate

console = Console()
DEMO = {"items": 300, "stores": 20, "days": 180}
DEMO_SEED = 42


def _dsn(database_url: str) -> str:
    return database_url.replace("postgres://", "postgresql://", 1)


def default_end() -> datetime:
    """Where generated history ends: the start of today in the business time zone, so the
    same seed gives the same data all day and the demo always looks current."""
    from domain.clock import business_day_start, business_today

    return business_day_start(business_today())


async def truncate_data(conn: asyncpg.Connection) -> None:
    """Empty every table except the migrations' bookkeeping, restarting the sequences."""
    rows = await conn.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    if rows:
        names = ", ".join(f'"{r["tablename"]}"' for r in rows)
        await conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")


class DatabaseNotEmpty(Exception):
    """Seeding would collide with rows already there; the message says what is there."""


async def _held_rows(conn: asyncpg.Connection) -> dict[str, int]:
    """Rows already in the tables that seeding fills first, those that have any."""
    counts = {
        table: await conn.fetchval(f"SELECT count(*) FROM {table}")
        for table in ("members", "items", "stores", "orders")
    }
    return {table: count for table, count in counts.items() if count}


async def seed(
    database_url: str,
    *,
    members: int,
    items: int,
    stores: int,
    days: int,
    seed: int = DEMO_SEED,
    progress: bool = True,
    reset: bool = False,
    end: datetime | None = None,
) -> dict[str, tuple[int, float]]:
    """Generate a data set and COPY it in, with a bar per table and a rows-per-second summary;
    returns (rows, seconds) per table, with generation under "(generate)". Without `reset`
    the data tables must be empty (DatabaseNotEmpty, before anything is generated)."""
    if not reset:
        conn = await asyncpg.connect(_dsn(database_url))
        try:
            held = await _held_rows(conn)
        finally:
            await conn.close()
        if held:
            listed = ", ".join(f"{table} {count:,}" for table, count in held.items())
            raise DatabaseNotEmpty(
                f"the database already holds data ({listed}); "
                "use --reset to empty the data tables first"
            )
    started = time.perf_counter()
    with console.status("generating ...", spinner="dots") if progress else contextlib.nullcontext():
        data = generate(members, items, stores, days, seed, end=end or default_end())
    generated = time.perf_counter() - started
    conn = await asyncpg.connect(_dsn(database_url))
    try:
        if reset:
            await truncate_data(conn)
        if progress:
            timings = await _load_with_bars(conn, data)
        else:
            timings = await loader.load(conn, data)
    finally:
        await conn.close()
    timings = {"(generate)": (sum(data.counts().values()), generated), **timings}
    if progress:
        print_summary(timings, time.perf_counter() - started)
    return timings


async def _load_with_bars(conn: asyncpg.Connection, data: Dataset) -> dict[str, tuple[int, float]]:
    with Progress(
        TextColumn("{task.description:<18}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as bars:
        tasks: dict[str, TaskID] = {}

        def report(table: str, done: int, total: int) -> None:
            if table not in tasks:
                tasks[table] = bars.add_task(table, total=total)
            bars.update(tasks[table], completed=done)

        return await loader.load(conn, data, report)


def print_summary(timings: dict[str, tuple[int, float]], wall_seconds: float) -> None:
    """Rows, seconds and rows per second per table, and the loaded total."""
    table = Table("table", "rows", "seconds", "rows/s", title="seeded")
    loaded = 0
    for name, (rows, seconds) in timings.items():
        if not name.startswith("("):
            loaded += rows
        table.add_row(name, f"{rows:,}", f"{seconds:.2f}", f"{rows / max(seconds, 1e-9):,.0f}")
    table.add_row(
        "all (wall)", f"{loaded:,}", f"{wall_seconds:.2f}", f"{loaded / wall_seconds:,.0f}"
    )
    console.print(table)


async def seed_if_empty(database_url: str, *, members: int = 2000) -> bool:
    """Load a small demo (180 days, 300 items, 20 stores) unless members exist; True if it did."""
    conn = await asyncpg.connect(_dsn(database_url))
    try:
        count = await conn.fetchval("SELECT count(*) FROM members")
    finally:
        await conn.close()
    if count:
        console.print(f"the database already holds {count:,} members; not seeding")
        return False
    await seed(
        database_url,
        members=members,
        items=DEMO["items"],
        stores=DEMO["stores"],
        days=DEMO["days"],
        seed=DEMO_SEED,
    )
    await _configure(database_url, end=default_end())
    return True


async def _fill_rollups(end: datetime) -> None:
    """Build every rollup over the demo's history (its rows were loaded without dirty marks),
    then a refresh so each rollup's watermark says it is current."""
    from datetime import timedelta

    from domain.analytics import refresh
    from domain.clock import business_today, utc_now

    last = business_today(end)
    await refresh.rebuild_range(last - timedelta(days=DEMO["days"] + 1), business_today())
    await refresh.refresh_dirty(now=utc_now())


async def _configure(database_url: str, *, end: datetime) -> None:
    """The demo's point types, levels, coupons and slots, the history of every area up to
    `end`, and the first tag and index runs."""
    import redis.asyncio as aioredis

    from domain import cache, db
    from domain.config import REDIS_URL
    from domain.demo.configure import configure_demo
    from domain.demo.history import build_history
    from domain.hooks_setup import register_hooks

    await db.init(database_url, pool_size=2)
    register_hooks()
    redis_url = REDIS_URL.get()
    if not redis_url:
        raise RuntimeError("REDIS_URL must be set to build the demo's segments")
    redis = aioredis.from_url(redis_url)
    cache.set_redis(redis)  # saved segments keep their members in Redis
    try:
        for line in await configure_demo():
            console.print(f"configured {line}")
        started = time.perf_counter()
        for line in await build_history(end, DEMO_SEED):
            console.print(f"history: {line}")
        console.print(f"history built in {time.perf_counter() - started:.1f}s")
        started = time.perf_counter()
        await _fill_rollups(end)
        console.print(f"analytics rollups filled in {time.perf_counter() - started:.1f}s")
    finally:
        await redis.aclose()
        await db.close()
