"""Seeding rates: generated data COPYed table by table, against a server-side
`INSERT ... SELECT generate_series` of the same number of order lines in the same run.

    python -m bench.seed_rates --members 100000 --days 365 [--items 5000 --stores 100 --seed 7]

The baseline writes into a logged copy of `order_lines` with the same indexes and constraints
(`LIKE ... INCLUDING ALL`), so the ratio isolates what generating the values in Python and
sending them over COPY costs against producing them inside the server.
"""

from __future__ import annotations

import argparse
import asyncio
import time

import asyncpg
from rich.console import Console
from rich.table import Table

from bench.common import BENCH_DATABASE_URL, prepare_database

BASELINE_SQL = """
INSERT INTO seed_baseline_lines (id, order_id, line_no, item_id, item_code, category_id,
                                 brand_id, quantity, unit_price_cents, amount_cents,
                                 refunded_quantity, refunded_cents)
SELECT g, 1 + g / 2, 1 + g % 2, 1 + g % 5000, 'SKU' || lpad((1 + g % 5000)::text, 6, '0'),
       7 + g % 20, 1 + g % 52, 1 + g % 3, 9900, (1 + g % 3) * 9900, 0, 0
  FROM generate_series(1, $1) g
"""


async def baseline(url: str, rows: int) -> float:
    """Seconds to INSERT ... SELECT `rows` order lines entirely inside the server."""
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("DROP TABLE IF EXISTS seed_baseline_lines")
        await conn.execute("CREATE TABLE seed_baseline_lines (LIKE order_lines INCLUDING ALL)")
        await conn.execute("CHECKPOINT")
        started = time.perf_counter()
        await conn.execute(BASELINE_SQL, rows)
        seconds = time.perf_counter() - started
        await conn.execute("DROP TABLE seed_baseline_lines")
        return seconds
    finally:
        await conn.close()


async def main(args: argparse.Namespace) -> None:
    from api.seeding import seed
    from domain.demo.vocabulary import END

    url = await prepare_database(BENCH_DATABASE_URL, reset=True)
    started = time.perf_counter()
    timings = await seed(
        url,
        members=args.members,
        items=args.items,
        stores=args.stores,
        days=args.days,
        seed=args.seed,
        end=END,
    )
    wall = time.perf_counter() - started
    loaded = sum(rows for name, (rows, _) in timings.items() if not name.startswith("("))
    lines, copy_seconds = timings["order_lines"]
    baseline_seconds = await baseline(url, lines)
    table = Table(title=f"order_lines: {lines:,} rows, same run")
    for column in ("method", "seconds", "rows/s", "time vs baseline"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for name, seconds in (
        ("INSERT ... SELECT generate_series (baseline)", baseline_seconds),
        ("COPY of generated rows", copy_seconds),
    ):
        table.add_row(
            name, f"{seconds:.2f}", f"{lines / seconds:,.0f}", f"{seconds / baseline_seconds:.2f}x"
        )
    console = Console()
    console.print(table)
    console.print(
        f"overall: {loaded:,} rows in {wall:.1f} s including generation "
        f"({loaded / wall:,.0f} rows/s); members={args.members:,} days={args.days} "
        f"seed={args.seed}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=5_000)
    parser.add_argument("--stores", type=int, default=100)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(main(parser.parse_args()))
