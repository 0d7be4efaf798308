"""Points mall exchanges (freeze, stock, order) against the bare ledger debit, side by side in
one run, and the races the mall must win: twenty taps by one member under a limit of one, and
fifty members for a stock of ten.

    python -m bench.mall [--members 1000 --concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools

from bench.common import BENCH_DATABASE_URL, Timing, load, prepare_database, print_table

EXCHANGE = """mutation($goods: ID!, $key: String!) {
  exchangeMallGoods(goodsId: $goods, idempotencyKey: $key) { order { id } errors { code } }
}"""


async def _members(count: int) -> list[int]:
    from domain import db

    rows = await db.fetch(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at) SELECT 'ACTIVE', 'UNKNOWN', 'APP', false, false, now(), now() "
        "FROM generate_series(1, $1) RETURNING id",
        count,
    )
    return [int(r["id"]) for r in rows]


async def run(members: int, concurrency: int) -> None:
    from domain.access import Principal, Role
    from domain.clock import utc_now
    from domain.engagement import mall, mall_goods
    from domain.engagement.mall_models import GoodsKind, MallOrder
    from domain.errors import DomainError
    from domain.ledger import service as ledger
    from domain.points import config as points_config
    from domain.points import movements
    from domain.points.models import PointKind
    from schema.build import schema
    from schema.context import Context
    from schema.relay import encode_id

    point_type = await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )

    def goods_input(code: str, stock: int, limit: int | None = None) -> mall_goods.GoodsInput:
        return mall_goods.GoodsInput(
            code=code,
            name=code,
            kind=GoodsKind.GOODS,
            points_price=10,
            stock=stock,
            limit_total=limit,
        )

    plenty = await mall_goods.define_goods(goods_input("PLENTY", 10 * members))
    people = await _members(3 * members)
    for n, member in enumerate(people):
        await movements.credit_points(
            member_id=member,
            point_type_code="POINTS",
            points=1000,
            key=f"seed:{n}",
            reason="bench",
            operator="bench",
        )
    accounts = [(await points_config.account_for(m, point_type)).id for m in people[:members]]
    debits, exchanges, graphs = itertools.count(), itertools.count(), itertools.count()
    goods_id = encode_id("MallGoods", plenty.id)

    async def bare_debit() -> None:
        n = next(debits)
        await ledger.debit(accounts[n], 10, f"bench-debit:{n}", ledger.Meta(source="bench"))

    async def domain_exchange() -> None:
        n = next(exchanges)
        await mall.exchange(
            member_id=people[members + n],
            goods_id=plenty.id,
            quantity=1,
            key=f"d{n}",
            now=utc_now(),
        )

    async def graphql_exchange() -> None:
        n = next(graphs)
        member = people[2 * members + n]
        result = await schema.execute(
            EXCHANGE,
            variable_values={"goods": goods_id, "key": f"g{n}"},
            context_value=Context(
                principal=Principal(role=Role.MEMBER, member_id=member, subject=f"m{member}"),
                request_id="bench",
            ),
        )
        assert result.data and result.data["exchangeMallGoods"]["order"], result

    results: list[Timing] = [
        await load("ledger debit (service)", bare_debit, requests=members, concurrency=concurrency),
        await load(
            "mall exchange (service)", domain_exchange, requests=members, concurrency=concurrency
        ),
        await load(
            "GraphQL exchangeMallGoods", graphql_exchange, requests=members, concurrency=concurrency
        ),
    ]
    print_table(
        f"exchange, {members} members once each, concurrency {concurrency}",
        results,
        baseline=results[0],
    )

    async def attempt(member: int, goods: int, key: str) -> bool:
        try:
            await mall.exchange(
                member_id=member, goods_id=goods, quantity=1, key=key, now=utc_now()
            )
        except DomainError:
            return False
        return True

    limited = await mall_goods.define_goods(goods_input("LIMITED", 100, limit=1))
    taps = await asyncio.gather(*(attempt(people[0], limited.id, f"tap{i}") for i in range(20)))
    scarce = await mall_goods.define_goods(goods_input("SCARCE", 10))
    race = await asyncio.gather(*(attempt(m, scarce.id, f"race{m}") for m in people[1:51]))
    orders = await MallOrder.filter(goods_id=scarce.id).count()
    print(f"20 taps by one member, limit 1: {sum(taps)} order")
    print(f"50 members for stock 10: {sum(race)} orders ({orders} rows)")
    print(f"ledger drift: {len(await ledger.verify())} accounts")


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
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    asyncio.run(main(parser.parse_args()))
