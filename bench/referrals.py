"""Referral rewards and promo-code redemption under concurrency, each beside the bare write it
pays through (a ledger credit, a coupon insert), and the exactly-once checks, in one run.

    BENCH_DATABASE_URL=... BENCH_REDIS_URL=... python -m bench.referrals [--n 1000 --concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import itertools
import os
from typing import Any

import asyncpg

from bench.common import (
    BENCH_DATABASE_URL,
    BENCH_REDIS_URL,
    Timing,
    load,
    prepare_database,
    print_table,
)
from bench.points import raw_earn

REGISTER = """mutation R($input: RegisterMemberInput!) {
  registerMember(input: $input) { created errors { code } } }"""
REDEEM = """mutation P($code: String!, $key: String!) {
  redeemPromoCode(input: {code: $code, idempotencyKey: $key}) { coupon { id } errors { code } } }"""


async def _members(pool: asyncpg.Pool, count: int) -> list[int]:
    rows = await pool.fetch(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1) RETURNING id",
        count,
    )
    return [int(r["id"]) for r in rows]


async def _execute(query: str, variables: dict[str, Any], principal: Any) -> Any:
    from schema.build import schema
    from schema.context import Context

    result = await schema.execute(
        query, variables, context_value=Context(principal=principal, request_id="bench")
    )
    assert result.errors is None and result.data is not None, result.errors
    return result.data


async def referral_rewards(pool: asyncpg.Pool, n: int, concurrency: int) -> None:
    from domain.access import Principal, Role
    from domain.clock import utc_now
    from domain.engagement import referrals, referrals_config
    from domain.engagement.referrals_rules import Party, RewardSpec, Stage
    from domain.points import config as points_config

    point_type = await points_config.get_type("POINTS")
    await referrals_config.define_rule(
        point_type="POINTS",
        growth_point_type=None,
        rewards={
            (Stage.REGISTERED, Party.REFERRER): RewardSpec(points=100),
            (Stage.REGISTERED, Party.INVITEE): RewardSpec(points=50),
            (Stage.FIRST_ORDER, Party.REFERRER): RewardSpec(points=200),
        },
        monthly_cap=0,
        prefix_limit=n,
        operator="bench",
    )
    referrers = await _members(pool, concurrency * 4)
    codes = [await referrals.invite_code_of(m) for m in referrers]
    raw_accounts = [(await points_config.account_for(m, point_type)).id for m in referrers]
    counter = itertools.count()
    service = Principal(role=Role.SERVICE, subject="bench")

    async def bare_credit() -> None:
        k = next(counter)
        await raw_earn(pool, raw_accounts[k % len(raw_accounts)], f"bare:{k}", 200)

    async def register(invited: bool) -> None:
        k = next(counter)
        given = {"inviteCode": codes[k % len(codes)]} if invited else {}
        data = await _execute(
            REGISTER,
            {
                "input": {
                    "channel": "MINI_PROGRAM",
                    "identities": [{"kind": "PHONE", "value": f"1{k % 9 + 30}{k:08d}"}],
                    **given,
                }
            },
            service,
        )
        assert data["registerMember"]["errors"] == [], data

    invitees = iter(
        int(r["invitee_id"]) for r in await pool.fetch("SELECT invitee_id FROM referrals")
    )

    async def first_order() -> None:
        await referrals.reward_first_order(order_id=1, member_id=next(invitees), now=utc_now())

    results: list[Timing] = [
        await load("bare SQL ledger credit", bare_credit, requests=n, concurrency=concurrency)
    ]
    for name, invited in (("without", False), ("with inviteCode (+2 rewards)", True)):
        results.append(
            await load(
                f"GraphQL registerMember {name}",
                functools.partial(register, invited),
                requests=n,
                concurrency=concurrency,
            )
        )
    invitees = iter(
        int(r["invitee_id"]) for r in await pool.fetch("SELECT invitee_id FROM referrals")
    )
    results.append(
        await load(
            "first-order reward (mark + 1 reward)", first_order, requests=n, concurrency=concurrency
        )
    )
    print_table(
        f"referral rewards, {n} each, {len(referrers)} referrers, concurrency {concurrency}",
        results,
        baseline=results[0],
    )
    (one,) = await _members(pool, 1)
    registration = await _execute(
        REGISTER,
        {
            "input": {
                "channel": "APP",
                "identities": [{"kind": "PHONE", "value": "19900000001"}],
                "inviteCode": codes[0],
            }
        },
        service,
    )
    assert registration["registerMember"]["created"], registration
    invitee = await pool.fetchval("SELECT invitee_id FROM referrals ORDER BY id DESC LIMIT 1")
    paid = await asyncio.gather(
        *(
            referrals.reward_first_order(order_id=k, member_id=invitee, now=utc_now())
            for k in range(20)
        )
    )
    rewards = await pool.fetchval(
        "SELECT count(*) FROM referral_rewards r JOIN referrals f ON f.id = r.referral_id "
        "WHERE f.invitee_id = $1 AND r.stage = 'FIRST_ORDER'",
        invitee,
    )
    print(
        f"20 first-order rewards at once for one invitee: {sum(bool(p) for p in paid)} paid, "
        f"{rewards} reward row (member {one} unused)"
    )


async def promo_codes(pool: asyncpg.Pool, n: int, concurrency: int) -> None:
    from domain.access import Principal, Role
    from domain.clock import utc_now
    from domain.coupons import templates as coupons_templates
    from domain.coupons.models import CouponKind, TemplateState
    from domain.engagement import promo_codes as promo_service
    from domain.engagement.promo_codes_models import PromoKind

    for code in ("PROMO", "BARE"):
        await coupons_templates.define_template(
            code=code,
            name=code,
            kind=CouponKind.CASH,
            amount_off_cents=500,
            total_stock=10 * n,
            valid_days=30,
            state=TemplateState.ACTIVE,
        )
    bare_id = await pool.fetchval("SELECT id FROM coupon_templates WHERE code = 'BARE'")
    now = utc_now()
    await promo_service.define_campaign(
        promo_service.CampaignInput(
            name="bench",
            kind=PromoKind.SHARED,
            coupon_template="PROMO",
            per_member_limit=1,
            starts_at=now.replace(year=now.year - 1),
            ends_at=now.replace(year=now.year + 1),
            code="BENCH",
            total_limit=n,
        ),
        operator="bench",
    )
    os.environ["PROMO_CODE_ATTEMPTS_PER_MINUTE"] = "1000000"  # the guard is run, not tripped
    members = await _members(pool, n + 50)
    bare_members, redeeming = iter(members), iter(members)

    async def bare_insert() -> None:
        member_id = next(bare_members)
        async with pool.acquire() as conn, conn.transaction():
            if await conn.fetchval(
                "UPDATE coupon_templates SET issued = issued + 1 WHERE id = $1 "
                "AND issued < total_stock RETURNING issued",
                bare_id,
            ):
                await conn.execute(
                    "INSERT INTO coupons (template_id, member_id, code, state, valid_from, "
                    "valid_until, source, operator, idempotency_key, created_at) VALUES ($1, $2, "
                    "$3, 'AVAILABLE', now(), now() + interval '30 days', 'BARE', '', $3, now())",
                    bare_id,
                    member_id,
                    f"bare-{member_id}",
                )

    async def redeem() -> None:
        member_id = next(redeeming)
        principal = Principal(role=Role.MEMBER, member_id=member_id, subject=f"m{member_id}")
        data = await _execute(REDEEM, {"code": "bench", "key": "k"}, principal)
        assert data["redeemPromoCode"]["errors"] == [], data

    results = [
        await load(
            "bare guarded UPDATE + coupon INSERT", bare_insert, requests=n, concurrency=concurrency
        ),
        await load(
            "GraphQL redeemPromoCode (shared code)", redeem, requests=n, concurrency=concurrency
        ),
    ]
    print_table(f"promo codes, {n} redemptions, concurrency {concurrency}", results, results[0])
    late = members[n : n + 50]
    outcomes = await asyncio.gather(
        *(
            _execute(
                REDEEM,
                {"code": "BENCH", "key": "late"},
                Principal(role=Role.MEMBER, member_id=m, subject=f"m{m}"),
            )
            for m in late
        )
    )
    refused = {e["code"] for o in outcomes for e in o["redeemPromoCode"]["errors"]}
    used = await pool.fetchval("SELECT used FROM promo_codes WHERE code = 'BENCH'")
    issued = await pool.fetchval("SELECT count(*) FROM coupons WHERE source = 'promo-code'")
    print(
        f"50 more members at once on the used-up code: refused with {sorted(refused)}; "
        f"code used {used} of {n}, {issued} coupons issued"
    )
    member_id = members[0]
    principal = Principal(role=Role.MEMBER, member_id=member_id, subject=f"m{member_id}")
    replays = await asyncio.gather(
        *(_execute(REDEEM, {"code": "BENCH", "key": "k"}, principal) for _ in range(20))
    )
    ids = {r["redeemPromoCode"]["coupon"]["id"] for r in replays}
    print(f"20 replays of one member's key at once: {len(ids)} coupon")


async def main(args: argparse.Namespace) -> None:
    import redis.asyncio as aioredis

    from domain import cache, db
    from domain.hooks_setup import register_hooks
    from domain.points import config as points_config
    from domain.points.models import PointKind

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=args.concurrency + 4)
    register_hooks()
    client = aioredis.from_url(BENCH_REDIS_URL)
    await client.flushdb()
    cache.set_redis(client)
    pool = await asyncpg.create_pool(
        BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1),
        min_size=args.concurrency,
        max_size=args.concurrency,
    )
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 365},
    )
    await referral_rewards(pool, args.n, args.concurrency)
    await promo_codes(pool, args.n, args.concurrency)
    await pool.close()
    await client.aclose()
    await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    asyncio.run(main(parser.parse_args()))
