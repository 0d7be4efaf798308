"""Points, wallet and event-definition lists: statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.orders import events as events_service
from domain.wallet import service as wallet_service
from schema.build import schema
from schema.relay import encode_id
from tests.factories import credit, make_member, make_point_types
from tests.helpers import STAFF
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)


@pytest.mark.list_fields(
    "Query.pointTypes",
    "Query.pointAccounts",
    "Query.expiringPoints",
    "Query.pointsLiability",
)
async def test_point_types_accounts_expiry_and_liability(list_fields: ListFieldCheck) -> None:
    member = await make_member()
    holder = encode_id("Member", member.id)

    async def add(count: int) -> None:
        for code in await make_point_types(count):
            await credit(member.id, code)

    for field, arguments in (
        ("pointTypes", ""),
        ("pointAccounts", f'memberId: "{holder}"'),
        ("expiringPoints", f'withinDays: 30, memberId: "{holder}"'),
        ("pointsLiability", ""),
    ):
        await list_fields.assert_flat(root_query(GRAPH, field, arguments), add, principal=STAFF)


@pytest.mark.list_fields("Query.pointsClearing")
async def test_points_clearing(list_fields: ListFieldCheck) -> None:
    member = await make_member()
    (code,) = await make_point_types(1)
    now = utc_now()
    window = f'since: "{(now - timedelta(days=1)).isoformat()}", until: "{(now + timedelta(days=1)).isoformat()}"'

    async def add(count: int) -> None:
        for _ in range(count):
            await credit(member.id, code, funding_party=f"brand{next(_numbers)}")

    await list_fields.assert_flat(root_query(GRAPH, "pointsClearing", window), add, principal=STAFF)


@pytest.mark.list_fields("PointStatement.entries")
async def test_point_statement(list_fields: ListFieldCheck) -> None:
    member = await make_member()
    (code,) = await make_point_types(1)

    async def add(count: int) -> None:
        for _ in range(count):
            await credit(member.id, code)

    query = root_query(
        GRAPH,
        "pointStatement",
        f'pointType: "{code}", memberId: "{encode_id("Member", member.id)}"',
    )
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("Query.walletStatement")
async def test_wallet_statement(list_fields: ListFieldCheck) -> None:
    member = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            await wallet_service.recharge(
                member_id=member.id,
                amount_cents=1000,
                channel="APP",
                key=f"r{next(_numbers)}",
                operator="test",
            )

    query = root_query(GRAPH, "walletStatement", f'memberId: "{encode_id("Member", member.id)}"')
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("Query.eventDefinitions", "EventDefinition.propertiesSchema")
async def test_event_definitions(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        for _ in range(count):
            await events_service.define_event(
                name=f"event{next(_numbers)}",
                description="",
                properties_schema={"a": {"type": "string", "required": True}, "b": {}},
            )

    await list_fields.assert_flat(root_query(GRAPH, "eventDefinitions"), add, principal=STAFF)
