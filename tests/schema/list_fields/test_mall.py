"""The points mall: statements flat in the length of every list."""

from __future__ import annotations

import itertools

import pytest

from domain.clock import business_today, utc_now
from domain.engagement import mall
from schema.build import schema
from tests.factories import make_member
from tests.factories.mall import make_goods
from tests.factories.points import credit, make_point_types
from tests.helpers import STAFF, member
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)


@pytest.mark.list_fields(
    "Query.mallGoods", "Query.mallGoodsCatalogue", "Query.myMallOrders", "Query.mallReport"
)
async def test_mall_lists(list_fields: ListFieldCheck) -> None:
    (code,) = await make_point_types(1, expiry_days=3650)
    holder = await make_member()
    await credit(holder.id, code, 100_000)

    async def add(count: int) -> None:
        for _ in range(count):
            goods = await make_goods(point_type=code, limit_total=5)
            await mall.exchange(
                member_id=holder.id,
                goods_id=goods.id,
                quantity=1,
                key=f"list-{next(_numbers)}",
                now=utc_now(),
            )

    for field, arguments, principal in (
        ("mallGoods", "first: 50", member(holder.id)),
        ("mallGoodsCatalogue", "first: 50", STAFF),
        ("myMallOrders", "first: 50", member(holder.id)),
    ):
        await list_fields.assert_flat(root_query(GRAPH, field, arguments), add, principal=principal)
    today = business_today(utc_now())
    report = f'since: "{today}", until: "{today}"'
    await list_fields.assert_flat(root_query(GRAPH, "mallReport", report), add, principal=STAFF)
