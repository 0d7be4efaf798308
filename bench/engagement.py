"""Daily sign-in through GraphQL against the bare ledger credit it pays, and twenty taps at
once by one member (one reward), in one run.

    python -m bench.engagement [--members 2000 --concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools

import asyncpg

from bench.common import BENCH_DATABASE_URL, Timing, load, prepare_database, print_table
from bench.points import raw_earn

SIGN_IN = "mutation SignIn { signIn { signIn { points first } errors { code } } }"


async def run(members: int, concurrency: int) -> None:
    from domain.access import Principal, Role
    from domain.engagement import signin
    from domain.points import config as points_config
    from domain.points import reads as points_reads
    from domain.points.models import PointKind
    from schema.build import schema
    from schema.context import Context

    pool = await asyncpg.create_pool(
        BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1),
        min_size=concurrency,
        max_size=concurrency,
    )
    await pool.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1)",
        members * 2 + 1,
    )
    point_type = await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
    )
    await signin.define_rule(
        point_type="POINTS", rewards=[5, 10, 20], make_up_days=0, make_up_cost=0, operator="b"
    )
    signing = itertools.count(1)
    raw_members = list(range(members + 1, 2 * members + 1))
    raw_accounts = [(await points_config.account_for(m, point_type)).id for m in raw_members]
    crediting = itertools.count()

    async def bare_credit() -> None:
        n = next(crediting)
        await raw_earn(pool, raw_accounts[n % members], f"sign-in:{n}", 5)

    async def graphql_sign_in() -> None:
        member_id = next(signing)
        result = await schema.execute(
            SIGN_IN,
            context_value=Context(
                principal=Principal(role=Role.MEMBER, member_id=member_id, subject="m"),
                request_id="bench",
            ),
        )
        assert result.errors is None and result.data is not None, result.errors
        assert result.data["signIn"]["signIn"]["first"] is True

    results: list[Timing] = [
        await load(
            "bare SQL ledger credit", bare_credit, requests=members, concurrency=concurrency
        ),
        await load("GraphQL signIn", graphql_sign_in, requests=members, concurrency=concurrency),
    ]
    print_table(
        f"sign-in, {members} members once each, concurrency {concurrency}",
        results,
        baseline=results[0],
    )
    tapper = 2 * members + 1
    taps = await asyncio.gather(
        *(
            schema.execute(
                SIGN_IN,
                context_value=Context(
                    principal=Principal(role=Role.MEMBER, member_id=tapper, subject="m"),
                    request_id="bench",
                ),
            )
            for _ in range(20)
        )
    )
    paid = sum(1 for t in taps if t.data and t.data["signIn"]["signIn"]["first"])
    balance = sum(
        account.available if account else 0 for _, account in await points_reads.balances(tapper)
    )
    print(f"20 taps at once by one member: {paid} first sign-in, balance {balance} points")
    await pool.close()


async def main(args: argparse.Namespace) -> None:
    from domain import db
    from domain.hooks_setup import register_hooks

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=args.concurrency + 4)
    register_hooks()
    await run(args.members, args.concurrency)
    await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    asyncio.run(main(parser.parse_args()))
