"""Tag computation, segmentPreview against the same count in SQL, and BITOP at 10M members.

    python -m bench.tags_segments [--members 1000000 --previews 300 --bitmap-members 10000000]

Synthetic data is generated in PostgreSQL (generate_series, fixed seed) into its own database:
members in ten cities, 3 orders a member with 3-4 lines each (~10 lines a member), 4 visit
events a member. Reused when already there. The five-condition definition is the issue's
audience plus an RFM class: city, rfm, visits >= 3 in 90 days, bought in 365 days, and no
brand-1 purchase in 7 days. Previews run through the real schema in-process (no HTTP); leaf
bitmaps are warmed by the first preview, as they are for an operator editing a definition.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

import asyncpg
import numpy as np

from bench.common import Timing, prepare_database, print_table
from domain.clock import business_zone

DATABASE_URL = os.environ.get(
    "BENCH_TAGS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crm_bench_tags"
)
REDIS_URL = os.environ.get("BENCH_TAGS_REDIS_URL", "redis://127.0.0.1:6379/13")
CITIES = [
    "Beijing",
    "Shanghai",
    "Guangzhou",
    "Shenzhen",
    "Hangzhou",
    "Chengdu",
    "Wuhan",
    "Xian",
    "Nanjing",
    "Suzhou",
]
RFM_CLASSES = ["IMPORTANT_VALUE", "IMPORTANT_RETENTION", "GENERAL_VALUE"]

SEED_SQL = """
SELECT setseed(0.42);
INSERT INTO brands (id, code, name) SELECT b, 'B' || b, 'Brand ' || b FROM generate_series(1, 20) b
    ON CONFLICT DO NOTHING;
INSERT INTO event_definitions (name, description, properties_schema, active)
    VALUES ('visit', 'store or app visit', '{{}}', true) ON CONFLICT DO NOTHING;
INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at,
                     profile_updated_at, city, birthday)
SELECT 'ACTIVE', (ARRAY['MALE','FEMALE','UNKNOWN'])[1 + (g % 3)], 'APP', false, false,
       now() - make_interval(days => (g % 1000)), now(),
       (ARRAY[{cities}])[1 + floor(random() * 10)::int],
       DATE '1960-01-01' + floor(random() * 18000)::int
  FROM generate_series(1, {members}) g;
INSERT INTO orders (channel, external_no, member_id, identity_namespace, status, total_cents,
                    refunded_cents, coupon_used, paid_at, created_at)
SELECT 'POS', 'B' || g, 1 + floor(random() * {members})::bigint, '', 'PAID',
       1000 + floor(random() * 50000)::bigint, 0, random() < 0.3,
       now() - random() * interval '365 days', now()
  FROM generate_series(1, {orders}) g;
INSERT INTO order_lines (order_id, line_no, item_id, item_code, category_id, brand_id, quantity,
                         unit_price_cents, amount_cents, refunded_quantity, refunded_cents,
                         business_day)
SELECT o.id, l, 1 + (o.id * l) % 500, 'SKU', 1 + (o.id + l) % 30, 1 + (o.id * 7 + l) % 20, 1,
       o.total_cents / 3, o.total_cents / 3, 0, 0, (o.paid_at AT TIME ZONE '{zone}')::date
  FROM orders o, generate_series(1, 3 + (o.id % 3 = 0)::int) l;
INSERT INTO events (event_id, name, occurred_at, member_id, properties, received_at)
SELECT 'b' || g, 'visit', now() - random() * interval '120 days',
       1 + floor(random() * {members})::bigint, '{{}}', now()
  FROM generate_series(1, {events}) g;
ANALYZE members; ANALYZE orders; ANALYZE order_lines; ANALYZE events;
"""

PREVIEW = """query($definition: SegmentDefinitionInput!) {
  segmentPreview(definition: $definition, sampleSize: 10) { count elapsedMs errors { code } }
}"""
DEFINITION = {
    "and": [
        {"tag": {"tagCode": "city", "op": "EQUALS", "values": ["Beijing"]}},
        {"tag": {"tagCode": "rfm", "op": "IN", "values": RFM_CLASSES}},
        {
            "behaviour": {
                "source": "EVENT",
                "eventName": "visit",
                "metric": "COUNT",
                "op": "GTE",
                "value": 3,
                "windowDays": 90,
            }
        },
        {
            "behaviour": {
                "source": "ORDER",
                "metric": "COUNT",
                "op": "GTE",
                "value": 1,
                "windowDays": 365,
            }
        },
        {
            "not": {
                "behaviour": {
                    "source": "ORDER",
                    "metric": "COUNT",
                    "op": "GTE",
                    "value": 1,
                    "windowDays": 7,
                    "filters": {"brandIds": [1]},
                }
            }
        },
    ]
}
COUNT_SQL = """
SELECT count(*) FROM members m JOIN member_tags t ON t.member_id = m.id
 WHERE m.status = 'ACTIVE' AND m.city = 'Beijing' AND t.codes[$1] = ANY($2::smallint[])
   AND (SELECT count(*) FROM events e WHERE e.member_id = m.id AND e.name = 'visit'
         AND e.occurred_at >= $3) >= 3
   AND EXISTS (SELECT 1 FROM orders o WHERE o.member_id = m.id AND o.status <> 'REFUNDED'
                AND o.paid_at >= $4)
   AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id
                    WHERE o.member_id = m.id AND o.status <> 'REFUNDED' AND l.brand_id = 1
                      AND o.paid_at >= $5)
"""


async def seed(conn: asyncpg.Connection, members: int) -> None:
    """Generate the synthetic data unless this many members are already there."""
    have = await conn.fetchval("SELECT count(*) FROM members")
    if have == members:
        return
    if have:
        await conn.execute(
            "TRUNCATE members, orders, order_lines, events, member_tags, tag_runs "
            "RESTART IDENTITY CASCADE"
        )
    started = time.perf_counter()
    cities = ",".join(f"'{c}'" for c in CITIES)
    await conn.execute(
        SEED_SQL.format(
            zone=business_zone().key,
            cities=cities,
            members=members,
            orders=members * 3,
            events=members * 4,
        )
    )
    lines = await conn.fetchval("SELECT count(*) FROM order_lines")
    print(
        f"seeded {members:,} members, {lines:,} order lines in "
        f"{time.perf_counter() - started:.1f} s"
    )


async def timed(name: str, call, runs: int) -> Timing:
    seconds = []
    started = time.perf_counter()
    for _ in range(runs):
        begin = time.perf_counter()
        await call()
        seconds.append(time.perf_counter() - begin)
    return Timing(name, seconds, time.perf_counter() - started)


async def bench_bitop(redis, members: int, runs: int) -> Timing:
    """Five random 10M-bit bitmaps combined as the preview plan does, then BITCOUNT."""
    rng = np.random.default_rng(3)
    densities = [0.1, 0.3, 0.2, 0.6, 0.05]
    keys = [f"{{seg}}:bench:{i}" for i in range(5)]
    for key, density in zip(keys, densities, strict=True):
        await redis.set(key, np.packbits(rng.random(members) < density).tobytes())
    universe = "{seg}:bench:universe"
    await redis.set(universe, np.packbits(np.ones(members, dtype=bool)).tobytes())

    async def plan() -> None:
        pipe = redis.pipeline(transaction=False)
        pipe.bitop("AND", "{seg}:bench:not", keys[4], universe)
        pipe.bitop("XOR", "{seg}:bench:not", universe, "{seg}:bench:not")
        pipe.bitop("AND", "{seg}:bench:r", keys[0], keys[1], keys[2], keys[3], "{seg}:bench:not")
        pipe.bitcount("{seg}:bench:r")
        await pipe.execute()

    await plan()
    return await timed(f"BITOP plan over {members:,}-bit bitmaps (Redis)", plan, runs)


async def main(members: int, previews: int, bitmap_members: int) -> None:
    from datetime import timedelta

    from domain import cache, db
    from domain.access import Principal, Role
    from domain.clock import business_day_start, business_today
    from domain.tags import runs as tags_runs
    from schema.build import schema
    from schema.context import Context
    from workers import queue

    await prepare_database(DATABASE_URL)
    conn = await asyncpg.connect(DATABASE_URL.replace("postgres://", "postgresql://", 1))
    await seed(conn, members)
    await db.init(DATABASE_URL, pool_size=4)
    redis = await queue.connect(REDIS_URL)
    await redis.flushdb()
    cache.set_redis(redis)

    started = time.perf_counter()
    result = await tags_runs.compute_all()
    compute_seconds = time.perf_counter() - started
    lines = await conn.fetchval("SELECT count(*) FROM order_lines")
    print(
        f"tags.compute_all: {result['members']:,} members, {lines:,} order lines, "
        f"{result['tags']} tags, {result['bitmaps']} bitmaps in {compute_seconds:.1f} s"
    )

    staff = Principal(role=Role.STAFF, scopes=frozenset({"*"}), subject="bench")
    counts: list[int] = []

    async def graphql() -> None:
        out = await schema.execute(
            PREVIEW,
            variable_values={"definition": DEFINITION},
            context_value=Context(principal=staff, request_id="b"),
        )
        assert out.errors is None and out.data is not None, out
        assert out.data["segmentPreview"]["errors"] == [], out
        counts.append(out.data["segmentPreview"]["count"])

    cold = await timed("segmentPreview, cold leaves (SQL into bitmaps)", graphql, 1)
    run = await tags_runs.published_run()
    assert run is not None, "compute_all publishes a run"
    position = next(i for i, c in enumerate(run.columns) if c["code"] == "rfm") + 1
    wanted = [run.columns[position - 1]["labels"].index(c) for c in RFM_CLASSES]
    today = business_today()
    sql_counts: list[int] = []

    async def sql() -> None:
        sql_counts.append(
            await conn.fetchval(
                COUNT_SQL,
                position,
                wanted,
                business_day_start(today - timedelta(days=89)),
                business_day_start(today - timedelta(days=364)),
                business_day_start(today - timedelta(days=6)),
            )
        )

    sql_timing = await timed("same count, one SQL query (PostgreSQL)", sql, 5)
    warm = await timed("segmentPreview through GraphQL (warm leaves)", graphql, previews)
    assert len(set(counts)) == 1 and counts[0] == sql_counts[0], (counts[0], sql_counts[0])
    print(f"five-condition audience: {counts[0]:,} members (GraphQL) = {sql_counts[0]:,} (SQL)")
    bitop = await bench_bitop(redis, bitmap_members, previews)
    print_table(
        f"segment count, {members:,} members", [sql_timing, cold, warm, bitop], baseline=sql_timing
    )
    await conn.close()
    await db.close()
    await redis.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--previews", type=int, default=300)
    parser.add_argument("--bitmap-members", type=int, default=10_000_000)
    args = parser.parse_args()
    asyncio.run(main(args.members, args.previews, args.bitmap_members))
