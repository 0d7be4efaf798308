"""The metrics query from the rollups against plain SQL over the raw tables, same answers.

    python -m bench.analytics_rollups --members 20000 --runs 20

Synthetic data is generated in PostgreSQL (orders over the last 365 days, three or four lines
each), every rollup is rebuilt over the year (timed), then each scenario runs as a `metrics`
query through GraphQL and as one SQL statement over `orders` and `order_lines` grouping by the
business day of `paid_at`; both must give the same rows.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import asyncpg

from bench.common import Timing, prepare_database, print_table
from domain.clock import business_zone

DATABASE_URL = os.environ.get(
    "BENCH_ROLLUPS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_rollups"
)

SEED_SQL = """
INSERT INTO categories (code, name) SELECT 'C' || g, 'Category ' || g FROM generate_series(1, 30) g;
INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at,
                     profile_updated_at, city)
SELECT 'ACTIVE', 'UNKNOWN', 'POS', false, false, now() - interval '400 days',
       now() - interval '400 days', 'Shanghai'
  FROM generate_series(1, {members}) g;
INSERT INTO orders (channel, external_no, member_id, identity_namespace, status, total_cents,
                    refunded_cents, coupon_used, paid_at, created_at)
SELECT (ARRAY['POS', 'APP', 'MINI_PROGRAM'])[1 + g % 3], 'B' || g,
       CASE WHEN random() < 0.8 THEN 1 + floor(random() * {members})::bigint END, '', 'PAID',
       1000 + floor(random() * 50000)::bigint, 0, random() < 0.3,
       now() - random() * interval '365 days', now()
  FROM generate_series(1, {orders}) g;
UPDATE orders SET store_code = 'S' || (1 + id % 50);
INSERT INTO order_lines (order_id, line_no, item_id, item_code, category_id, brand_id, quantity,
                         unit_price_cents, amount_cents, refunded_quantity, refunded_cents,
                         business_day)
SELECT o.id, l, 1 + (o.id * l) % 500, 'SKU', 1 + (o.id + l) % 30, 1 + (o.id * 7 + l) % 20, 1,
       o.total_cents / 3, o.total_cents / 3, 0, CASE WHEN o.id % 20 = 0 THEN o.total_cents / 6
       ELSE 0 END, (o.paid_at AT TIME ZONE '{zone}')::date
  FROM orders o, generate_series(1, 3 + (o.id % 3 = 0)::int) l;
UPDATE order_lines SET refunded_cents = 0 WHERE refunded_cents > amount_cents;
ANALYZE members; ANALYZE orders; ANALYZE order_lines;
"""

METRICS = """query($q: MetricsQueryInput!) { metrics(query: $q) { rows source } }"""

# name, metrics query, the same answer in plain SQL ($1 = zone, $2/$3 = first/last day)
SCENARIOS = [
    (
        "net sales by month x member flag, 1 year",
        {"measures": ["sales.netCents"], "dimensions": ["order.isMember"], "grain": "MONTH"},
        """SELECT date_trunc('month', (o.paid_at AT TIME ZONE $1)::date)::date AS t,
                  o.member_id IS NOT NULL AS m, sum(ol.amount_cents - ol.refunded_cents) AS net
             FROM orders o JOIN order_lines ol ON ol.order_id = o.id
            WHERE (o.paid_at AT TIME ZONE $1)::date BETWEEN $2 AND $3
            GROUP BY 1, 2 ORDER BY 1, 2""",
    ),
    (
        "net sales by day x channel, 1 year",
        {"measures": ["sales.netCents"], "dimensions": ["order.channel"], "grain": "DAY"},
        """SELECT (o.paid_at AT TIME ZONE $1)::date AS t, o.channel AS c,
                  sum(ol.amount_cents - ol.refunded_cents) AS net
             FROM orders o JOIN order_lines ol ON ol.order_id = o.id
            WHERE (o.paid_at AT TIME ZONE $1)::date BETWEEN $2 AND $3
            GROUP BY 1, 2 ORDER BY 1, 2""",
    ),
    (
        "quantity by quarter x category, 1 year",
        {"measures": ["sales.quantity"], "dimensions": ["item.category"], "grain": "QUARTER"},
        """SELECT date_trunc('quarter', (o.paid_at AT TIME ZONE $1)::date)::date AS t,
                  COALESCE(ol.category_id, 0) AS c, sum(ol.quantity) AS q
             FROM orders o JOIN order_lines ol ON ol.order_id = o.id
            WHERE (o.paid_at AT TIME ZONE $1)::date BETWEEN $2 AND $3
            GROUP BY 1, 2 ORDER BY 1, 2""",
    ),
]


async def seed(conn: asyncpg.Connection, members: int) -> None:
    """Generate the data unless this many members are already there."""
    if await conn.fetchval("SELECT count(*) FROM members") == members:
        return
    await conn.execute("TRUNCATE members, orders, order_lines, categories RESTART IDENTITY CASCADE")
    started = time.perf_counter()
    await conn.execute(
        SEED_SQL.format(members=members, orders=members * 3, zone=business_zone().key)
    )
    lines = await conn.fetchval("SELECT count(*) FROM order_lines")
    print(
        f"seeded {members:,} members, {lines:,} order lines in {time.perf_counter() - started:.1f} s"
    )


async def timed(name: str, call: Callable[[], Awaitable[object]], runs: int) -> Timing:
    """Time `runs` calls after one warm-up call."""
    await call()
    seconds = []
    started = time.perf_counter()
    for _ in range(runs):
        begin = time.perf_counter()
        await call()
        seconds.append(time.perf_counter() - begin)
    return Timing(name, seconds, time.perf_counter() - started)


async def main(members: int, runs: int) -> None:
    from domain import db
    from domain.access import Principal, Role
    from domain.analytics import refresh
    from domain.clock import business_today
    from domain.hooks_setup import register_hooks
    from schema.build import schema
    from schema.context import Context

    await prepare_database(DATABASE_URL)
    conn = await asyncpg.connect(DATABASE_URL.replace("postgres://", "postgresql://", 1))
    await seed(conn, members)
    await db.init(DATABASE_URL, pool_size=4)
    register_hooks()
    last = business_today()
    first = last - timedelta(days=364)

    started = time.perf_counter()
    await refresh.rebuild_range(first, last)
    print(f"full rebuild of every rollup over 365 days: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    await refresh.rebuild_range(last - timedelta(days=1), last - timedelta(days=1))
    print(f"one business day of every rollup: {time.perf_counter() - started:.2f} s")

    bi = Principal(role=Role.BI, subject="bench")
    zone = business_zone().key
    answers: dict[str, list] = {}
    whole_months = (_add_month(first.replace(day=1)), last.replace(day=1) - timedelta(days=1))
    for name, shape, raw_sql in SCENARIOS:
        grain = shape.pop("grain")
        since, until = (first, last) if grain == "DAY" else whole_months
        query: dict[str, Any] = {
            **shape,
            "time": {"grain": grain, "from": str(since), "to": str(until)},
            "limit": 10_000,
        }

        async def graphql(query: dict = query) -> None:
            out = await schema.execute(
                METRICS,
                variable_values={"q": query},
                context_value=Context(principal=bi, request_id="bench"),
            )
            assert out.errors is None and out.data is not None, out.errors
            answers["metrics"] = out.data["metrics"]["rows"]

        async def raw(sql: str = raw_sql, since: date = since, until: date = until) -> None:
            rows = await conn.fetch(sql, zone, since, until)
            answers["raw"] = [[_plain(v) for v in r.values()] for r in rows]

        raw_timing = await timed(f"plain SQL over orders + order_lines: {name}", raw, runs)
        metric_timing = await timed(f"metrics through GraphQL: {name}", graphql, runs)
        assert answers["raw"] == answers["metrics"], name
        print(f"{name}: {len(answers['metrics'])} rows, the same from both")
        print_table(name, [raw_timing, metric_timing], baseline=raw_timing)
    await conn.close()
    await db.close()


def _add_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value)
    return value


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.members, args.runs))
