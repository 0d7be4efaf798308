"""Demo and benchmark data for `crm dev` and `crm seed`, with a rich progress display."""

from __future__ import annotations

import time

import asyncpg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from domain.demo import load as loader
from domain.demo.generate import generate

console = Console()
DEMO = {"members": 2000, "items": 300, "stores": 20, "days": 180}


def _dsn(database_url: str) -> str:
    return database_url.replace("postgres://", "postgresql://", 1)


async def seed(
    database_url: str,
    *,
    members: int,
    items: int,
    stores: int,
    days: int,
    seed_value: int,
    reset: bool = False,
) -> dict[str, tuple[int, float]]:
    """Generate and COPY a data set, printing progress and rows per second per table."""
    from domain.clock import utc_now

    started = time.perf_counter()
    with console.status("generating data ..."):
        data = generate(members, items, stores, days, seed_value, end=utc_now())
    console.print(f"generated in {time.perf_counter() - started:.1f} s: {data.counts()}")
    conn = await asyncpg.connect(_dsn(database_url))
    try:
        if reset:
            await loader.truncate(conn)
        with Progress(
            TextColumn("{task.description:<18}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as progress:
            tasks: dict[str, int] = {}

            def report(table: str, done: int, total: int) -> None:
                if table not in tasks:
                    tasks[table] = progress.add_task(table, total=total)
                progress.update(tasks[table], completed=done)

            timings = await loader.load(conn, data, report)
    finally:
        await conn.close()
    table = Table("table", "rows", "seconds", "rows/s")
    for name, (rows, seconds) in timings.items():
        table.add_row(name, f"{rows:,}", f"{seconds:.2f}", f"{rows / max(seconds, 1e-9):,.0f}")
    console.print(table)
    return timings


async def seed_if_empty(database_url: str, *, members: int) -> None:
    """Load a small demo unless the database already has members."""
    conn = await asyncpg.connect(_dsn(database_url))
    try:
        count = await conn.fetchval("SELECT count(*) FROM members")
    finally:
        await conn.close()
    if count:
        console.print(f"database already holds {count:,} members; not seeding")
        return
    await seed(
        database_url,
        members=members,
        items=DEMO["items"],
        stores=DEMO["stores"],
        days=DEMO["days"],
        seed_value=42,
    )
