"""Query limits: what the cost budget admits, and what the checks cost on the hot paths.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/crm_bench_limits \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/4 \\
    python -m bench.limits [--members 20000 --items 5000 --runs 15 --ops 400]

1. On a seeded database (categories deepened to four levels), each query is timed with the cost
   check off (median of `runs`), next to its cost: the attack, and queries built to cost just
   under the member budget. The slowest of those is the most expensive member query allowed.
2. Member home (`me`), `redeemPoints` and `claimCoupon`, one call with the checks (cost check
   + the rate limiter's Redis round trip) and one without, alternately in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from graphql import parse

from bench.common import BENCH_DATABASE_URL, BENCH_REDIS_URL, prepare_database
from tests.limit_queries import MEMBER_HOME, attack_query

HOME = """query Home { me { id name city status identities { kind value }
  stats { orderCount totalSpendCents } } pointAccounts { pointType { code } available }
  myCoupons(first: 20) { edges { node { id name state validUntil } } } }"""
REDEEM = """mutation Redeem($i: RedeemPointsInput!) {
  redeemPoints(input: $i) { errors { code } account { available } } }"""
CLAIM = """mutation Claim($c: String!, $k: String!) { claimCoupon(input: {templateCode: $c,
  idempotencyKey: $k}) { coupon { id state } errors { code } } }"""

ITEM_FIELDS = "id name code priceCents onSale attributes updatedAt"
# Built to cost just under the member budget of 1,000, each loading a different part.
NEAR_BUDGET = {
    "90 items, category + parent + brand": (
        "{ items(first: 90) { nodes { " + ITEM_FIELDS + " category { id name parent { id name } }"
        " brand { id name } } } }"
    ),
    "35 items, category children (x20 each)": (
        "{ items(first: 35) { nodes { " + ITEM_FIELDS + " category { name children { id name } }"
        " } } }"
    ),
    "25 aliased `me` with identities and stats": (
        "{ "
        + " ".join(
            f"m{i}: me {{ id name identities {{ kind value }} stats {{ orderCount }} }}"
            for i in range(25)
        )
        + " }"
    ),
    "30 aliased default-cost roots (me, orders)": (
        "{ "
        + " ".join(
            f"m{i}: me {{ id }} o{i}: orders(first: 1) {{ edges {{ cursor }} }}" for i in range(15)
        )
        + " }"
    ),
    "16 aliased wallets": (
        "{ " + " ".join(f"w{i}: wallet {{ balanceCents }}" for i in range(16)) + " }"
    ),
    "6 aliased recommendations (first 10)": (
        "{ "
        + " ".join(
            f'r{i}: recommendations(slot: "home_feed", first: 10) {{ items {{ item {{ name }} }} }}'
            for i in range(6)
        )
        + " }"
    ),
    "30 aliased timelines (first 2)": (
        "{ "
        + " ".join(
            f"t{i}: memberTimeline(first: 2) {{ edges {{ node {{ name at }} }} }}"
            for i in range(30)
        )
        + " }"
    ),
}


async def deepen_categories(conn: asyncpg.Connection, per_level: int = 4) -> None:
    """Two more levels under every leaf category, so parent/children walks have depth."""
    for level in range(2):
        leaves = await conn.fetch(
            "SELECT c.id, c.code FROM categories c WHERE NOT EXISTS "
            "(SELECT 1 FROM categories k WHERE k.parent_id = c.id)"
        )
        rows = [
            (f"{leaf['code']}-{level}{n}"[:50], f"Sub {n}", leaf["id"])
            for leaf in leaves
            for n in range(per_level)
        ]
        await conn.executemany(
            "INSERT INTO categories (code, name, parent_id) VALUES ($1, $2, $3)", rows
        )


async def median_ms(call: Callable[[], Awaitable[object]], runs: int) -> float:
    """Median wall time of `runs` sequential calls, in ms."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        await call()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds) * 1000


async def calibrate(members: int, runs: int) -> None:
    from domain.access import Principal, Role
    from schema.build import build_schema
    from schema.context import Context
    from schema.cost import DEFAULT_BUDGETS, operation_cost

    open_schema = build_schema(cost_budgets={"member": 10**15})
    graph = open_schema._schema
    budget = DEFAULT_BUDGETS["member"]
    member_ids = itertools.cycle(range(1, members + 1, 97))

    def runner(query: str, variables: dict[str, Any] | None = None) -> Callable[[], Any]:
        async def run() -> None:
            principal = Principal(role=Role.MEMBER, member_id=next(member_ids), subject="b")
            out = await open_schema.execute(
                query, variables, context_value=Context(principal=principal, request_id="b")
            )
            assert not out.errors, out.errors[:1]

        return run

    rows: list[tuple[str, int, float]] = []
    for aliases in (1, 3):
        query = attack_query(aliases=aliases)
        rows.append((f"attack, {aliases} alias(es)", operation_cost(graph, parse(query)), 0.0))
        rows[-1] = (rows[-1][0], rows[-1][1], await median_ms(runner(query), 3))
    home_cost = operation_cost(graph, parse(MEMBER_HOME), None, {"slot": "home_feed"})
    rows.append(
        (
            "member home page",
            home_cost,
            await median_ms(runner(MEMBER_HOME, {"slot": "home_feed"}), runs),
        )
    )
    for name, query in NEAR_BUDGET.items():
        cost = operation_cost(graph, parse(query))
        assert cost <= budget, (name, cost)
        rows.append((name, cost, await median_ms(runner(query), runs)))
    print(f"\nmember budget {budget}; medians of {runs} runs (attack: 3), cost check off")
    print(f"{'query':48} {'cost':>14} {'p50 ms':>9} {'us/unit':>8}")
    for name, cost, ms in rows:
        print(f"{name:48} {cost:>14,} {ms:>9.1f} {ms * 1000 / max(cost, 1):>8.2f}")
    allowed = [r for r in rows if r[1] <= budget]
    worst = max(allowed, key=lambda r: r[2])
    print(f"most expensive allowed member query: {worst[0]}, {worst[2]:.1f} ms at cost {worst[1]}")


async def hot_paths(members: int, ops: int) -> None:
    import redis.asyncio as aioredis

    from api.ratelimit import RateLimitConfig, RateLimiter
    from domain.access import Principal, Role
    from domain.coupons import templates as coupons_templates
    from domain.coupons.models import CouponKind, TemplateState
    from domain.points import config as points_config
    from domain.points import movements as points_movements
    from domain.points.models import PointKind
    from schema.build import build_schema
    from schema.context import Context

    with_checks = build_schema()
    without = build_schema(cost_limit=False)
    redis = aioredis.from_url(BENCH_REDIS_URL, socket_timeout=0.25)
    limits = {"member": 10**9, "ip": 10**9}
    limiter = RateLimiter(RateLimitConfig(limits=limits), redis=redis)
    await points_config.define_type(  # defined again on --reuse: a change by code
        code="BENCHPTS",
        name="Bench points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
    )
    pool = list(range(1, min(members, 200) + 1))
    for m in pool:
        await points_movements.credit_points(
            member_id=m,
            point_type_code="BENCHPTS",
            points=10**6,
            key=f"bench-limits-{m}",
            reason="bench",
            operator="bench",
        )
    await coupons_templates.define_template(
        code="BENCHGRAB",
        name="Bench grab",
        kind=CouponKind.CASH,
        amount_off_cents=100,
        total_stock=10**8,
        per_member_limit=10**8,
        valid_days=30,
        state=TemplateState.ACTIVE,
        cost_share={"platform": 100},
    )
    counter = itertools.count()

    def call(query: str, variables: Callable[[int], dict[str, Any]], checked: bool) -> Any:
        schema = with_checks if checked else without

        async def run() -> None:
            n = next(counter)
            principal = Principal(role=Role.MEMBER, member_id=pool[n % len(pool)], subject="b")
            if checked:
                decision = await limiter.check(principal, "10.0.0.1")
                assert decision.allowed
            out = await schema.execute(
                query, variables(n), context_value=Context(principal=principal, request_id="b")
            )
            assert not out.errors, out.errors

        return run

    scenarios: dict[str, tuple[str, Callable[[int], dict[str, Any]]]] = {
        "member home (`me`, points, coupons)": (HOME, lambda n: {}),
        "redeemPoints": (
            REDEEM,
            lambda n: {"i": {"points": 1, "pointType": "BENCHPTS", "idempotencyKey": f"r{n}"}},
        ),
        "claimCoupon": (CLAIM, lambda n: {"c": "BENCHGRAB", "k": f"c{n}"}),
    }
    print(f"\nhot paths, {ops} calls each way, alternating, sequential")
    print(f"{'operation':40} {'without p50 ms':>15} {'with p50 ms':>12} {'ratio':>7}")
    for name, (query, variables) in scenarios.items():
        plain, checked = call(query, variables, False), call(query, variables, True)
        for warm in (plain, checked):
            for _ in range(10):
                await warm()
        timings: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(ops):
            for flag, fn in ((False, plain), (True, checked)):
                started = time.perf_counter()
                await fn()
                timings[flag].append(time.perf_counter() - started)
        a, b = (statistics.median(timings[f]) * 1000 for f in (False, True))
        print(f"{name:40} {a:>15.2f} {b:>12.2f} {b / a:>6.3f}x")
    started = time.perf_counter()
    for _ in range(ops):
        await limiter.check(Principal(role=Role.MEMBER, member_id=1, subject="b"), "10.0.0.1")
    print(f"rate limiter check alone: {(time.perf_counter() - started) * 1000 / ops:.3f} ms")
    await redis.aclose()


async def main(args: argparse.Namespace) -> None:
    from api.seeding import seed
    from domain import cache, db
    from domain.hooks_setup import register_hooks
    from workers import queue

    url = await prepare_database(BENCH_DATABASE_URL, reset=not args.reuse)
    if not args.reuse:
        await seed(url, members=args.members, items=args.items, stores=50, days=90, progress=False)
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            await deepen_categories(conn)
        finally:
            await conn.close()
    await db.init(url, pool_size=5)
    register_hooks()
    redis = await queue.connect(BENCH_REDIS_URL)
    await redis.flushdb()
    cache.set_redis(redis)
    from domain.recs.slots import SlotConfig, Strategy, StrategyWeight, configure_slot

    await configure_slot(
        SlotConfig(
            code="home_feed",
            title="For you",
            strategies=(StrategyWeight(Strategy.POPULAR),),
            size=20,
        )
    )
    try:
        await calibrate(args.members, args.runs)
        await hot_paths(args.members, args.ops)
    finally:
        await redis.aclose()
        await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20000)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--ops", type=int, default=400)
    parser.add_argument("--reuse", action="store_true", help="keep the data of the last run")
    asyncio.run(main(parser.parse_args()))
