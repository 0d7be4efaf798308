"""The nightly level evaluation over a million members, set-based, with its time.

python -m bench.levels [--members 1000000]
"""

from __future__ import annotations

import argparse
import asyncio
import time

import asyncpg

from bench.common import BENCH_DATABASE_URL, prepare_database


async def main(members: int) -> None:
    from domain import db
    from domain.clock import business_today
    from domain.hooks_setup import register_hooks
    from domain.levels import evaluation as levels_evaluation
    from domain.levels import ladder as levels_ladder
    from domain.levels import rules
    from domain.points import config as points_config
    from domain.points.models import PointKind

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=4)
    register_hooks()
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    await levels_ladder.define_levels(
        [
            levels_ladder.LevelInput(rules.LevelSpec(1, "L1", "Base", 0, 0, 0)),
            levels_ladder.LevelInput(rules.LevelSpec(2, "L2", "Silver", 1000, 500, 12)),
            levels_ladder.LevelInput(rules.LevelSpec(3, "L3", "Gold", 5000, 2000, 12)),
            levels_ladder.LevelInput(rules.LevelSpec(4, "L4", "Diamond", 20000, 8000, 12, 2)),
        ],
        growth_point_type="GROWTH",
        growth_policy="RESET",
    )
    conn = await asyncpg.connect(BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    started = time.perf_counter()
    today = business_today()
    await conn.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1)",
        members,
    )
    await conn.execute(
        "INSERT INTO member_levels (member_id, rank, reached_on, period_started_on, "
        "period_ends_on, updated_at) SELECT id, 2 + (id % 3)::int, $1::date - 365, "
        "$1::date - 365, $1, now() FROM members",
        today,
    )
    await conn.execute(
        "INSERT INTO ledger_accounts (member_id, asset, available, frozen, allow_negative, status, "
        "created_at, updated_at) SELECT id, 'POINTS:GROWTH', (id * 7919) % 10000, 0, false, "
        "'ACTIVE', now(), now() FROM members"
    )
    await conn.execute(
        "INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall, "
        "idempotency_key, source, reason, operator, created_at) SELECT id, 'CREDIT', available, "
        "0, 0, 'seed', '', '', '', now() - interval '30 days' FROM ledger_accounts"
    )
    await conn.execute(
        "CREATE INDEX IF NOT EXISTS bench_entries_account ON ledger_entries "
        "(account_id, created_at)"
    )
    await conn.execute("ANALYZE")
    seeded = time.perf_counter() - started
    started = time.perf_counter()
    result = await levels_evaluation.evaluate_due()
    elapsed = time.perf_counter() - started
    again_started = time.perf_counter()
    again = await levels_evaluation.evaluate_due()
    again_elapsed = time.perf_counter() - again_started
    changes = await conn.fetchval("SELECT count(*) FROM level_changes")
    print(
        f"nightly evaluation: {result['evaluated']:,} members in {elapsed:.1f} s "
        f"({result['evaluated'] / elapsed:,.0f} members/s): kept {result['kept']:,}, "
        f"downgraded {result['downgraded']:,}; {changes:,} changes logged"
    )
    print(f"re-run the same day: {again} in {again_elapsed:.2f} s")
    print(
        f"baseline: seeding the same members, levels, accounts and entries with bare SQL took "
        f"{seeded:.1f} s; evaluation/seed = {elapsed / seeded:.2f}x"
    )
    await conn.close()
    await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    asyncio.run(main(parser.parse_args().members))
