"""Seeding rates: COPY of generated members, orders and lines, against a bare
`INSERT ... SELECT generate_series` of the same number of order lines in the same run.

    python -m bench.seed_rates [--members 100000 --items 5000 --stores 100 --days 365]
"""

from __future__ import annotations

import argparse
import asyncio
import time

import asyncpg

from bench.common import BENCH_DATABASE_URL, prepare_database


async def main(args: argparse.Namespace) -> None:
    from api.seeding import seed

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    started = time.perf_counter()
    timings = await seed(
        BENCH_DATABASE_URL,
        members=args.members,
        items=args.items,
        stores=args.stores,
        days=args.days,
        seed_value=7,
        reset=True,
    )
    total_seconds = time.perf_counter() - started
    rows = sum(r for r, _ in timings.values())
    lines, line_seconds = timings["order_lines"]
    conn = await asyncpg.connect(BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("CREATE TEMP TABLE baseline_lines (LIKE order_lines INCLUDING ALL)")
        started = time.perf_counter()
        await conn.execute(
            """INSERT INTO baseline_lines (id, order_id, line_no, item_id, item_code, category_id,
                                           brand_id, quantity, unit_price_cents, amount_cents,
                                           refunded_quantity, refunded_cents)
               SELECT g, 1 + g / 2, 1 + g % 2, 1, 'SKU', 1, 1, 1, 100, 100, 0, 0
                 FROM generate_series(1, $1) g""",
            lines,
        )
        baseline = time.perf_counter() - started
    finally:
        await conn.close()
    print(
        f"all tables: {rows:,} rows in {total_seconds:.1f} s (generation included), "
        f"{rows / total_seconds:,.0f} rows/s"
    )
    print(
        f"order lines by COPY: {lines:,} in {line_seconds:.1f} s ({lines / line_seconds:,.0f}/s)"
        f"; bare INSERT ... SELECT generate_series: {baseline:.1f} s "
        f"({lines / baseline:,.0f}/s); COPY/baseline time = {line_seconds / baseline:.2f}x"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=5_000)
    parser.add_argument("--stores", type=int, default=100)
    parser.add_argument("--days", type=int, default=365)
    asyncio.run(main(parser.parse_args()))
