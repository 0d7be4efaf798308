"""Coupons: claims per second at a grab against the bare guarded UPDATE through asyncpg, with
and without the Redis gate, and the checkout quote for a 50-line cart with 30 coupons held.

    python -m bench.coupons [--claims 5000 --stock 1000 --concurrency 20]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import time
from datetime import UTC, datetime, timedelta

import asyncpg

from bench.common import BENCH_DATABASE_URL, BENCH_REDIS_URL, load, prepare_database, print_table


async def grab(claims: int, stock: int, concurrency: int) -> None:
    from domain.coupons import claiming as coupons_claiming
    from domain.coupons import templates as coupons_templates
    from domain.coupons.models import CouponKind, TemplateState
    from domain.errors import DomainError

    pool = await asyncpg.create_pool(
        BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1),
        min_size=concurrency,
        max_size=concurrency,
    )
    await pool.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1)",
        claims,
    )
    for code in ("GRAB", "GATED", "BARE"):
        await coupons_templates.define_template(
            code=code,
            name=code,
            kind=CouponKind.CASH,
            amount_off_cents=500,
            total_stock=stock,
            valid_days=30,
            state=TemplateState.ACTIVE,
        )
    bare_id = await pool.fetchval("SELECT id FROM coupon_templates WHERE code = 'BARE'")
    queues = {code: iter(range(1, claims + 1)) for code in ("GRAB", "GATED")}
    bare_members = iter(range(1, claims + 1))

    def service_claim(code: str):
        async def claim() -> None:
            member_id = next(queues[code])
            with contextlib.suppress(DomainError):  # losers of the grab are expected
                await coupons_claiming.claim(
                    member_id=member_id, template_code=code, key=str(member_id)
                )

        return claim

    async def bare_claim() -> None:
        member_id = next(bare_members)
        async with pool.acquire() as conn, conn.transaction():
            taken = await conn.fetchval(
                "UPDATE coupon_templates SET issued = issued + 1 WHERE id = $1 "
                "AND issued < total_stock RETURNING issued",
                bare_id,
            )
            if taken:
                await conn.execute(
                    "INSERT INTO coupons (template_id, member_id, code, state, valid_from, "
                    "valid_until, source, operator, idempotency_key, created_at) VALUES ($1, $2, "
                    "$3, 'AVAILABLE', now(), now() + interval '30 days', 'CLAIM', '', $3, now())",
                    bare_id,
                    member_id,
                    f"bare-{member_id}",
                )

    bare = await load(
        "bare guarded UPDATE + INSERT", bare_claim, requests=claims, concurrency=concurrency
    )
    os.environ["COUPON_GRAB_GATE"] = "0"
    full = await load(
        "claim service, database only (key, member lock, limit, stock, day limit)",
        service_claim("GRAB"),
        requests=claims,
        concurrency=concurrency,
    )
    os.environ["COUPON_GRAB_GATE"] = "1"
    gated = await load(
        "claim service behind the Redis gate (Lua DECR)",
        service_claim("GATED"),
        requests=claims,
        concurrency=concurrency,
    )
    issued = await pool.fetch(
        "SELECT t.code, count(c.id) AS n FROM coupon_templates t "
        "LEFT JOIN coupons c ON c.template_id = t.id GROUP BY t.code ORDER BY t.code"
    )
    print_table(
        f"grab: {claims} claims for a stock of {stock}, concurrency {concurrency} "
        f"(issued: {', '.join(f'{r[0]} {r[1]}' for r in issued)})",
        [bare, full, gated],
        baseline=bare,
    )
    await pool.close()


def quote_latency(runs: int = 300) -> None:
    from domain.coupons.eligibility import Cart, CartLine, Spec
    from domain.coupons.pricing import Held, best_combination

    rng = random.Random(5)
    cart = Cart(
        lines=tuple(
            CartLine(
                f"l{i}",
                f"SKU{i}",
                rng.choice(["A", "B", "C"]),
                "X",
                rng.randint(1, 3),
                rng.randint(100, 30000),
            )
            for i in range(50)
        ),
        channel="APP",
    )
    kinds = ["THRESHOLD_OFF", "CASH", "PERCENT_OFF"]
    held = []
    for i in range(30):
        kind = rng.choice(kinds)
        spec = Spec(
            kind,
            amount_off_cents=rng.randint(100, 5000),
            threshold_cents=rng.randint(5000, 100000),
            percent_off=rng.randint(5, 30),
            rules={"include_categories": [rng.choice(["A", "B", "C"])]}
            if rng.random() < 0.5
            else {},
            stackable=rng.random() < 0.7,
            stack_group=rng.choice(["g1", "g2", "g3", ""]),
            template_id=i,
        )
        if kind == "THRESHOLD_OFF":
            spec = Spec(
                kind,
                spec.amount_off_cents,
                max(spec.threshold_cents, spec.amount_off_cents),
                rules=spec.rules,
                stackable=spec.stackable,
                stack_group=spec.stack_group,
                template_id=i,
            )
        held.append(Held(i, spec, datetime.now(UTC) + timedelta(days=i)))
    full, single = [], []
    for _ in range(runs):
        started = time.perf_counter()
        best_combination(held, cart)
        full.append(time.perf_counter() - started)
        started = time.perf_counter()
        for h in held:
            best_combination([h], cart)
        single.append(time.perf_counter() - started)
    p50 = statistics.median(full) * 1000
    p99 = sorted(full)[int(runs * 0.99) - 1] * 1000
    base = statistics.median(single) * 1000
    print(
        f"quote, 50 lines, 30 coupons held: p50 {p50:.2f} ms, p99 {p99:.2f} ms; baseline "
        f"(each coupon's standalone discount only) p50 {base:.2f} ms; ratio {p50 / base:.2f}x"
    )


async def main(args: argparse.Namespace) -> None:
    import redis.asyncio as aioredis

    from domain import cache, db
    from domain.hooks_setup import register_hooks

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=args.concurrency + 2)
    register_hooks()
    client = aioredis.from_url(BENCH_REDIS_URL)
    await client.flushdb()
    cache.set_redis(client)
    await grab(args.claims, args.stock, args.concurrency)
    await client.aclose()
    await db.close()
    quote_latency()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--stock", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    asyncio.run(main(parser.parse_args()))
