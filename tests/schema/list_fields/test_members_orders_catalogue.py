"""Members, orders and catalogue lists: statements flat in the length of every list."""

from __future__ import annotations

import itertools

import pytest

from domain.catalog import upserts as catalog_upserts
from domain.catalog.upserts import BrandInput, CategoryInput, ItemInput, StoreInput
from schema.build import schema
from schema.relay import encode_id
from tests.factories import make_catalogue, make_events, make_member, make_order
from tests.helpers import STAFF
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_codes = itertools.count(1)


@pytest.mark.list_fields("Query.members", "Member.identities")
async def test_members(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        for _ in range(count):
            await make_member()

    # 20 a page: with the member home fields, 50 whole members exceed the staff cost budget
    await list_fields.assert_flat(root_query(GRAPH, "members", "first: 20"), add, principal=STAFF)


@pytest.mark.list_fields("Query.orders", "Order.lines")
async def test_orders(list_fields: ListFieldCheck) -> None:
    await make_catalogue()
    members = [(await make_member()).id for _ in range(4)]

    async def add(count: int) -> None:
        for _ in range(count):
            for member_id in members[: 1 + next(_codes) % 4]:
                await make_order(member_id, days_ago=1)

    await list_fields.assert_flat(root_query(GRAPH, "orders", "first: 50"), add, principal=STAFF)


@pytest.mark.list_fields("Query.memberTimeline")
async def test_member_timeline(list_fields: ListFieldCheck) -> None:
    await make_catalogue()
    member = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            await make_order(member.id, days_ago=2)
        await make_events(member.id, "visit", [1.0] * count)

    query = root_query(GRAPH, "memberTimeline", f'memberId: "{encode_id("Member", member.id)}"')
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("Query.items", "Category.children")
async def test_items_with_category_trees(list_fields: ListFieldCheck) -> None:
    await catalog_upserts.upsert_brands([BrandInput("B", "Brand")])

    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_codes)
            await catalog_upserts.upsert_categories(
                [CategoryInput(f"TOP{n}", "Top"), CategoryInput(f"SUB{n}", "Sub", f"TOP{n}")]
            )
            await catalog_upserts.upsert_items(
                [ItemInput(f"I{n}{c}", "Item", 100, c, "B") for c in (f"TOP{n}", f"SUB{n}")]
            )

    await list_fields.assert_flat(root_query(GRAPH, "items", "first: 50"), add, principal=STAFF)


@pytest.mark.list_fields("Query.stores")
async def test_stores(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        await catalog_upserts.upsert_stores(
            [StoreInput(f"S{next(_codes)}", "Store", "East", "Shanghai") for _ in range(count)]
        )

    await list_fields.assert_flat(root_query(GRAPH, "stores", "first: 50"), add, principal=STAFF)
