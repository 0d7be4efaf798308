"""The ordered funnel (one statement, one window layer per step) against a naive SQL funnel
(for every step-1 event, a correlated lookup of the next step, step after step), same answer.

    python -m bench.funnel --events 2000000 --runs 5

Synthetic events (eight names, one member per 100 events, 60 days) are generated in PostgreSQL once per
size; a 4-step funnel with a 1-day window over 30 business days is then timed both ways.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from datetime import date

import asyncpg

from bench.common import prepare_database
from domain.analytics.analysis import DayRange
from domain.analytics.funnel_sql import Step, funnel_sql

DATABASE_URL = os.environ.get(
    "BENCH_FUNNEL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_funnel"
)
NAMES = ["view", "search", "cart", "pay", "share", "like", "login", "coupon"]
STEPS = ("view", "cart", "coupon", "pay")
WINDOW_SECONDS = 86400
DAYS = DayRange(date(2026, 3, 1), date(2026, 3, 30))

SEED_SQL = """
TRUNCATE events;
INSERT INTO events (event_id, name, occurred_at, member_id, properties, received_at)
SELECT 'B' || g, (ARRAY{names})[1 + floor(random() * 8)::int],
       timestamptz '2026-02-15 00:00+08' + random() * interval '60 days',
       1 + floor(random() * {members})::bigint, '{{}}'::jsonb, now()
  FROM generate_series(1, {events}) g;
ANALYZE events;
"""

NAIVE_SQL = """
SELECT count(DISTINCT a.m) AS n0, count(DISTINCT a.m) FILTER (WHERE s1.t IS NOT NULL) AS n1,
       count(DISTINCT a.m) FILTER (WHERE s2.t IS NOT NULL) AS n2,
       count(DISTINCT a.m) FILTER (WHERE s3.t IS NOT NULL) AS n3
  FROM (SELECT member_id AS m, occurred_at AS t, id FROM events
         WHERE name = $1 AND occurred_at >= $5 AND occurred_at < $6 AND member_id IS NOT NULL) a
  LEFT JOIN LATERAL (SELECT occurred_at AS t, id FROM events x
                      WHERE x.member_id = a.m AND x.name = $2 AND (x.occurred_at, x.id) > (a.t, a.id)
                        AND x.occurred_at <= a.t + make_interval(secs => $7)
                      ORDER BY x.occurred_at, x.id LIMIT 1) s1 ON true
  LEFT JOIN LATERAL (SELECT occurred_at AS t, id FROM events x
                      WHERE s1.t IS NOT NULL AND x.member_id = a.m AND x.name = $3
                        AND (x.occurred_at, x.id) > (s1.t, s1.id)
                        AND x.occurred_at <= a.t + make_interval(secs => $7)
                      ORDER BY x.occurred_at, x.id LIMIT 1) s2 ON true
  LEFT JOIN LATERAL (SELECT occurred_at AS t, id FROM events x
                      WHERE s2.t IS NOT NULL AND x.member_id = a.m AND x.name = $4
                        AND (x.occurred_at, x.id) > (s2.t, s2.id)
                        AND x.occurred_at <= a.t + make_interval(secs => $7)
                      ORDER BY x.occurred_at, x.id LIMIT 1) s3 ON true
"""


async def _seed(conn: asyncpg.Connection, events: int) -> None:
    if await conn.fetchval("SELECT count(*) FROM events") == events:
        return
    started = time.perf_counter()
    names = "[" + ", ".join(f"'{n}'" for n in NAMES) + "]"
    await conn.execute(SEED_SQL.format(names=names, events=events, members=max(1, events // 100)))
    print(f"seeded {events:,} events in {time.perf_counter() - started:.1f} s")


async def _time(
    conn: asyncpg.Connection, sql: str, params: list[object], runs: int
) -> tuple[float, list[int]]:
    seconds, answer = [], []
    for _ in range(runs):
        started = time.perf_counter()
        rows = await conn.fetch(sql, *params)
        seconds.append(time.perf_counter() - started)
        row = next(r for r in rows if r["total"]) if "total" in rows[0] else rows[0]
        answer = [int(row[f"n{k}"]) for k in range(len(STEPS))]
    return statistics.median(seconds), answer


async def main(events: int, runs: int) -> None:
    await prepare_database(DATABASE_URL)
    conn = await asyncpg.connect(DATABASE_URL.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("SET max_parallel_workers_per_gather = 0; SET work_mem = '256MB'")
        await _seed(conn, events)
        sql, params = funnel_sql(tuple(Step(s) for s in STEPS), WINDOW_SECONDS, DAYS, None, None)
        naive_params = [*STEPS, DAYS.start, DAYS.end, WINDOW_SECONDS]
        await conn.fetch(sql, *params)  # warm-up of both, then alternate measured runs
        await conn.fetch(NAIVE_SQL, *naive_params)
        window, window_answer = await _time(conn, sql, params, runs)
        naive, naive_answer = await _time(conn, NAIVE_SQL, naive_params, runs)
    finally:
        await conn.close()
    assert window_answer == naive_answer, (window_answer, naive_answer)
    print(f"events {events:,}; 4 steps, 1-day window, 30 days; members per step {window_answer}")
    print(f"window layers (one statement): median {window * 1000:.0f} ms over {runs} runs")
    print(f"naive correlated lookups:      median {naive * 1000:.0f} ms over {runs} runs")
    print(f"ratio naive / window layers: {naive / window:.2f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.events, args.runs))
