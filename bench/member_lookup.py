"""Member lookup by phone: GraphQL `member(identity:)` against the same lookup as raw asyncpg.

Both run in one process on the same database and the same random phones; GraphQL goes through
the real schema (permissions, context, ORM, loaders) without HTTP, so the ratio is the cost of
the graph layer over one hand-written query.

    python -m bench.member_lookup [--members 100000 --lookups 3000 --concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import random

import asyncpg

from bench.common import BENCH_DATABASE_URL, load, prepare_database, print_table

QUERY = """query Lookup($phone: String!) {
  member(identity: {kind: PHONE, value: $phone}) { id name city identities { kind value } }
}"""
PHONE_BASE = 13000000000


async def ensure_members(conn: asyncpg.Connection, members: int) -> None:
    """Insert synthetic members with one phone each, unless enough are there."""
    have = await conn.fetchval(
        "SELECT count(*) FROM member_identities WHERE kind = 'PHONE' AND value LIKE '130%'"
    )
    if have >= members:
        return
    await conn.execute(
        """
        INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at,
                             profile_updated_at, name, city)
        SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now(), 'Member ' || g, 'Beijing'
          FROM generate_series(1, $1) g;
        """,
        members - have,
    )
    await conn.execute(
        """
        INSERT INTO member_identities (member_id, kind, namespace, value, created_at)
        SELECT m.id, 'PHONE', '', ($1::bigint + m.id)::text, now() FROM members m
         WHERE NOT EXISTS (SELECT 1 FROM member_identities i WHERE i.member_id = m.id)
        ON CONFLICT DO NOTHING
        """,
        PHONE_BASE,
    )
    await conn.execute("ANALYZE members; ANALYZE member_identities;")


async def main(members: int, lookups: int, concurrency: int) -> None:
    from domain import db
    from domain.access import Principal, Role
    from domain.hooks_setup import register_hooks
    from schema.build import schema
    from schema.context import Context

    await prepare_database(BENCH_DATABASE_URL)
    raw_pool = await asyncpg.create_pool(
        BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1),
        min_size=concurrency,
        max_size=concurrency,
    )
    async with raw_pool.acquire() as conn:
        await ensure_members(conn, members)
        ids = [
            r["member_id"]
            for r in await conn.fetch(
                "SELECT member_id FROM member_identities WHERE kind = 'PHONE' AND value LIKE '130%'"
            )
        ]
    await db.init(BENCH_DATABASE_URL, pool_size=concurrency)
    register_hooks()
    rng = random.Random(7)
    phones = [str(PHONE_BASE + rng.choice(ids)) for _ in range(lookups)]
    staff = Principal(role=Role.SERVICE, subject="bench")
    cursor = {"graphql": 0, "raw": 0}

    async def graphql() -> None:
        phone = phones[cursor["graphql"] % lookups]
        cursor["graphql"] += 1
        result = await schema.execute(
            QUERY,
            variable_values={"phone": phone},
            context_value=Context(principal=staff, request_id="b"),
        )
        assert result.errors is None and result.data is not None, result.errors
        assert result.data["member"], phone

    async def raw() -> None:
        phone = phones[cursor["raw"] % lookups]
        cursor["raw"] += 1
        async with raw_pool.acquire() as conn:
            member = await conn.fetchrow(
                "SELECT m.id, m.name, m.city FROM member_identities i JOIN members m "
                "ON m.id = i.member_id WHERE i.kind = 'PHONE' AND i.namespace = '' "
                "AND i.value = $1",
                phone,
            )
            identities = await conn.fetch(
                "SELECT kind, value FROM member_identities WHERE member_id = $1", member["id"]
            )
        assert member and identities

    for _ in range(2):
        await load("warm", graphql, requests=300, concurrency=concurrency)
        await load("warm", raw, requests=300, concurrency=concurrency)
    raw_t = await load("raw asyncpg (2 queries)", raw, requests=lookups, concurrency=concurrency)
    gql_t = await load(
        "GraphQL member(identity:)", graphql, requests=lookups, concurrency=concurrency
    )
    print_table(
        f"member lookup by phone, {len(ids):,} members, concurrency {concurrency}",
        [raw_t, gql_t],
        baseline=raw_t,
    )
    await db.close()
    await raw_pool.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    asyncio.run(main(args.members, args.lookups, args.concurrency))
