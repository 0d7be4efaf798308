"""What the trust checks cost on the hot paths, each side by side with the same work without it.

    JWT_SECRET=... BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/crm_bench_trust \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/13 python -m bench.trust_checks [--ops 2000]

1. Redeem: the points service's redeem alone, and inside `idempotency.run_once` (the caller's
   record: one more INSERT and UPDATE in the same transaction, the fingerprint), alternately.
2. Claim: `claimCoupon` through the schema keeps its record in the domain and cannot be run
   without it, so it is timed against the bare redeem above for scale only.
3. Every member request: verifying the JWT alone, and verifying it plus the token-version check
   (one Redis GET), alternately.
Figures: medians of sequential calls (the machine is shared; ratios are what to read).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import time
from collections.abc import Awaitable, Callable

from bench.common import BENCH_DATABASE_URL, BENCH_REDIS_URL, prepare_database


async def _median_pair(
    a: Callable[[], Awaitable[object]], b: Callable[[], Awaitable[object]], runs: int
) -> tuple[float, float]:
    """Medians (ms) of `a` and `b`, called alternately."""
    first: list[float] = []
    second: list[float] = []
    for _ in range(runs):
        for call, into in ((a, first), (b, second)):
            started = time.perf_counter()
            await call()
            into.append(time.perf_counter() - started)
    return statistics.median(first) * 1000, statistics.median(second) * 1000


def _row(name: str, without: float, with_check: float) -> str:
    return f"| {name} | {without:.3f} | {with_check:.3f} | {with_check / without:.2f}x |"


async def redeem_rows(ops: int) -> list[str]:
    from domain import db, idempotency
    from domain.access import Principal, Role
    from domain.points import config as points_config
    from domain.points import movements as points_movements
    from domain.points.models import PointKind

    await db.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at, token_version) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, "
        "now(), now(), 0 FROM generate_series(1, 2)"
    )
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
    )
    for member_id in (1, 2):
        await points_movements.adjust(
            member_id=member_id,
            point_type_code="POINTS",
            delta=10 * ops + 100,
            reason="bench",
            key=f"seed-{member_id}",
            operator="bench",
        )
    principal = Principal(role=Role.MEMBER, member_id=2, subject="member:2")
    counter = itertools.count()

    async def bare() -> None:
        await points_movements.redeem(
            member_id=1,
            point_type_code="POINTS",
            points=1,
            key=f"bare-{next(counter)}",
            purpose="bench",
            operator="bench",
        )

    async def recorded() -> None:
        n = next(counter)
        await idempotency.run_once(
            principal=principal,
            operation="redeemPoints",
            key=f"k{n}",
            request={"member": 2, "points": 1, "pointType": "POINTS", "purpose": "bench"},
            call=lambda key: points_movements.redeem(
                member_id=2,
                point_type_code="POINTS",
                points=1,
                key=key,
                purpose="bench",
                operator="bench",
            ),
            remember=lambda done: {"n": n},
            recall=lambda stored: asyncio.sleep(0),
        )

    without, with_record = await _median_pair(bare, recorded, ops)
    return [_row("redeem points (service)", without, with_record)]


async def token_rows(ops: int) -> list[str]:
    from api.settings import get_settings
    from domain import tokens
    from domain.access import Role
    from domain.members import token_versions

    config = get_settings().tokens
    token = tokens.mint(config, Role.MEMBER, member_id=1, token_version=0)

    async def verify_only() -> None:
        tokens.verify(config, token)

    async def verify_and_version() -> None:
        principal = tokens.verify(config, token)
        assert await token_versions.token_refusal(1, principal.token_version or 0) is None

    await verify_and_version()  # the first call fills the cache
    without, with_check = await _median_pair(verify_only, verify_and_version, ops)
    return [_row("member token (verify, + version check)", without, with_check)]


async def main(args: argparse.Namespace) -> None:
    from domain import cache, db
    from workers import queue

    os.environ.setdefault("JWT_SECRET", "bench-only-secret-of-at-least-32-bytes!!")
    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=4)
    redis = await queue.connect(BENCH_REDIS_URL)
    await redis.flushdb()
    cache.set_redis(redis)
    rows = [*await redeem_rows(args.ops), *await token_rows(args.ops)]
    print("| path | without, ms (p50) | with, ms (p50) | ratio |")
    print("| --- | ---: | ---: | ---: |")
    print("\n".join(rows))
    await redis.aclose()
    await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=2000)
    asyncio.run(main(parser.parse_args()))
