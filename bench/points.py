"""Points: earn and redeem mutations through GraphQL against the bare SQL transactions doing
the same writes through asyncpg, and the expiry job over a million lots.

    python -m bench.points [--members 2000 --ops 2000 --concurrency 8 --lots 1000000]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time

import asyncpg

from bench.common import BENCH_DATABASE_URL, Timing, load, prepare_database, print_table

EARN = """mutation Earn($i: AdjustPointsInput!) { adjustPoints(input: $i) { errors { code } } }"""
REDEEM = """mutation Redeem($i: RedeemPointsInput!) {
  redeemPoints(input: $i) { errors { code } account { available } } }"""


async def raw_earn(pool: asyncpg.Pool, account_id: int, key: str, amount: int) -> None:
    """The credit's writes by hand: lock, replay check, entry, lot, balance."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SELECT 1 FROM ledger_accounts WHERE id = $1 FOR UPDATE", account_id)
        if await conn.fetchval(
            "SELECT 1 FROM ledger_entries WHERE account_id = $1 AND idempotency_key = $2",
            account_id,
            key,
        ):
            return
        entry = await conn.fetchval(
            "INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall, "
            "idempotency_key, source, reason, operator, created_at) VALUES ($1, 'CREDIT', $2, 0, "
            "0, $3, '', '', '', now()) RETURNING id",
            account_id,
            amount,
            key,
        )
        await conn.execute(
            "INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at, "
            "source, funding_party, entry_id, expired, carry_percent) VALUES ($1, $2, $2, now(), "
            "now() + interval '365 days', '', 'platform', $3, false, 0)",
            account_id,
            amount,
            entry,
        )
        await conn.execute(
            "UPDATE ledger_accounts SET available = available + $2 WHERE id = $1",
            account_id,
            amount,
        )


async def raw_redeem(pool: asyncpg.Pool, account_id: int, key: str, amount: int) -> None:
    """The debit's writes by hand: lock, replay check, FIFO lots, entry, allocations, balance."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SELECT 1 FROM ledger_accounts WHERE id = $1 FOR UPDATE", account_id)
        if await conn.fetchval(
            "SELECT 1 FROM ledger_entries WHERE account_id = $1 AND idempotency_key = $2",
            account_id,
            key,
        ):
            return
        lots = await conn.fetch(
            "SELECT id, remaining FROM ledger_lots WHERE account_id = $1 AND remaining > 0 "
            "AND (expires_at IS NULL OR expires_at > now()) "
            "ORDER BY expires_at NULLS LAST, earned_at, id",
            account_id,
        )
        takes, need = [], amount
        for lot in lots:
            take = min(need, lot["remaining"])
            if take:
                takes.append((lot["id"], take))
                need -= take
        assert need == 0
        entry = await conn.fetchval(
            "INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall, "
            "idempotency_key, source, reason, operator, created_at) VALUES ($1, 'DEBIT', $2, 0, "
            "0, $3, '', '', '', now()) RETURNING id",
            account_id,
            -amount,
            key,
        )
        ids, amounts = [t[0] for t in takes], [t[1] for t in takes]
        await conn.execute(
            "UPDATE ledger_lots l SET remaining = l.remaining - t.a FROM "
            "unnest($1::bigint[], $2::bigint[]) t(id, a) WHERE l.id = t.id",
            ids,
            amounts,
        )
        await conn.execute(
            "INSERT INTO ledger_allocations (entry_id, lot_id, amount) SELECT $1, "
            "t.id, t.a FROM unnest($2::bigint[], $3::bigint[]) t(id, a)",
            entry,
            ids,
            amounts,
        )
        await conn.execute(
            "UPDATE ledger_accounts SET available = available - $2 WHERE id = $1",
            account_id,
            amount,
        )


async def mutations(members: int, ops: int, concurrency: int) -> None:
    from domain.access import Principal, Role
    from domain.points import config as points_config
    from domain.points.models import PointKind
    from schema.build import schema
    from schema.context import Context
    from schema.relay import encode_id

    pool = await asyncpg.create_pool(
        BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1),
        min_size=concurrency,
        max_size=concurrency,
    )
    await pool.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1)",
        members * 2,
    )
    point_type = await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
    )
    gql_members = list(range(1, members + 1))
    raw_members = list(range(members + 1, 2 * members + 1))
    raw_accounts = [(await points_config.account_for(m, point_type)).id for m in raw_members]
    staff = Principal(role=Role.STAFF, scopes=frozenset({"*"}), subject="bench")
    counter = itertools.count()

    async def gql_earn() -> None:
        n = next(counter)
        m = gql_members[n % members]
        r = await schema.execute(
            EARN,
            variable_values={
                "i": {
                    "memberId": encode_id("Member", m),
                    "delta": 50,
                    "reason": "bench",
                    "idempotencyKey": f"e{n}",
                }
            },
            context_value=Context(principal=staff, request_id="b"),
        )
        assert not r.errors and r.data is not None and not r.data["adjustPoints"]["errors"], r

    async def sql_earn() -> None:
        n = next(counter)
        await raw_earn(pool, raw_accounts[n % members], f"e{n}", 50)

    async def gql_redeem() -> None:
        n = next(counter)
        m = gql_members[n % members]
        r = await schema.execute(
            REDEEM,
            variable_values={"i": {"points": 10, "idempotencyKey": f"r{n}"}},
            context_value=Context(
                principal=Principal(role=Role.MEMBER, member_id=m, subject="m"), request_id="b"
            ),
        )
        assert not r.errors and r.data is not None and not r.data["redeemPoints"]["errors"], r

    async def sql_redeem() -> None:
        n = next(counter)
        await raw_redeem(pool, raw_accounts[n % members], f"r{n}", 10)

    results: list[Timing] = []
    for name, fn in [
        ("bare SQL earn", sql_earn),
        ("GraphQL adjustPoints (earn)", gql_earn),
        ("bare SQL redeem", sql_redeem),
        ("GraphQL redeemPoints", gql_redeem),
    ]:
        results.append(await load(name, fn, requests=ops, concurrency=concurrency))
    print_table(
        f"points mutations, {ops} each, concurrency {concurrency}", results[:2], baseline=results[0]
    )
    print_table(
        f"points mutations, {ops} each, concurrency {concurrency}", results[2:], baseline=results[2]
    )
    await pool.close()


async def expiry(lots: int) -> None:
    from domain.ledger import service as ledger
    from domain.points import expiry as points_expiry

    accounts = max(1, lots // 10)
    conn = await asyncpg.connect(BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    first_member = await conn.fetchval("SELECT COALESCE(max(id), 0) + 1 FROM members")
    started = time.perf_counter()
    await conn.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1)",
        accounts,
    )
    await conn.execute(
        "INSERT INTO ledger_accounts (member_id, asset, available, frozen, allow_negative, "
        "status, created_at, updated_at) SELECT id, 'POINTS:EXPIRING', 100, 0, false, 'ACTIVE', "
        "now(), now() FROM members WHERE id >= $1",
        first_member,
    )
    await conn.execute(
        """WITH a AS (SELECT id FROM ledger_accounts WHERE asset = 'POINTS:EXPIRING'),
                e AS (INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta,
                          shortfall, idempotency_key, source, reason, operator, created_at)
                      SELECT a.id, 'CREDIT', 10, 0, 0, 'seed:' || g, '', '', '', now()
                        FROM a, generate_series(1, 10) g RETURNING id, account_id)
           INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at, source,
                                    funding_party, entry_id, expired, carry_percent)
           SELECT account_id, 10, 10, now() - interval '400 days', now() - interval '1 hour', '',
                  'platform', id, false, 0 FROM e"""
    )
    seeded = time.perf_counter() - started
    await conn.execute("ANALYZE ledger_lots; ANALYZE ledger_accounts;")
    n_lots = await conn.fetchval(
        "SELECT count(*) FROM ledger_lots l JOIN ledger_accounts a ON "
        "a.id = l.account_id WHERE a.asset = 'POINTS:EXPIRING'"
    )
    started = time.perf_counter()
    result = await points_expiry.expire_all_due(batch=2000)
    job = time.perf_counter() - started
    drift = await ledger.verify()
    print(
        f"expiry job: {n_lots:,} lots in {accounts:,} accounts expired in {job:.1f} s "
        f"({n_lots / job:,.0f} lots/s); result {result}; accounts with drift: {len(drift)}"
    )
    print(
        f"baseline: seeding the same lots and entries with bare set-based SQL took "
        f"{seeded:.1f} s ({n_lots / seeded:,.0f} lots/s); job/baseline = {job / seeded:.2f}x"
    )
    await conn.close()


async def main(args: argparse.Namespace) -> None:
    from domain import db
    from domain.hooks_setup import register_hooks

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=args.concurrency + 2)
    register_hooks()
    await mutations(args.members, args.ops, args.concurrency)
    if args.lots:
        await expiry(args.lots)
    await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--ops", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--lots", type=int, default=1_000_000)
    asyncio.run(main(parser.parse_args()))
