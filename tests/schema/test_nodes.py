"""node(id:) and nodes(ids:): each type seen by whom its own root field shows it to, nothing
revealed otherwise, and a fixed number of statements for a list of ids."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLInterfaceType, parse

from domain.access import Principal, Role, Scope
from domain.clock import utc_now
from domain.orders.models import Refund
from schema.build import schema
from schema.cost import operation_cost
from schema.node_registry import NODE_KINDS
from schema.relay import encode_id
from tests.factories import make_member
from tests.factories.nodes import make_owned, make_shared
from tests.helpers import BI, SERVICE, gql, member
from tests.statements import ListFieldCheck, count_statements

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"

# Type -> (read scope staff need, owned by a member, seen by BI, seen by service)
RULES: dict[str, tuple[Scope, bool, bool, bool]] = {
    "Member": (Scope.MEMBERS_READ, True, False, True),
    "Order": (Scope.ORDERS_READ, True, False, True),
    "Refund": (Scope.ORDERS_READ, True, False, True),
    "Coupon": (Scope.COUPONS_READ, True, False, True),
    "InboxMessage": (Scope.CAMPAIGNS_READ, True, False, True),
    "BenefitGrant": (Scope.BENEFITS_READ, True, False, True),
    "MemberCard": (Scope.BENEFITS_READ, True, False, True),
    "PaidMembership": (Scope.LEVELS_READ, True, False, True),
    "Purchase": (Scope.PAYMENTS_READ, True, False, True),
    "WalletPayment": (Scope.WALLET_READ, True, False, True),
    "Receipt": (Scope.POINTS_READ, True, False, True),
    "MallOrder": (Scope.POINTS_READ, True, False, False),
    "ExternalRefund": (Scope.PAYMENTS_READ, False, False, True),
    "SegmentSnapshot": (Scope.SEGMENTS_READ, False, True, False),
    "StrategyNote": (Scope.CAMPAIGNS_READ, False, True, False),
    "Campaign": (Scope.CAMPAIGNS_READ, False, True, False),
    "Segment": (Scope.SEGMENTS_READ, False, True, False),
    "Tag": (Scope.TAGS_READ, False, True, False),
    "TagCategory": (Scope.TAGS_READ, False, True, False),
    "Item": (Scope.CATALOG_READ, False, True, True),
    "Store": (Scope.CATALOG_READ, False, True, True),
    "Category": (Scope.CATALOG_READ, False, True, True),
    "Brand": (Scope.CATALOG_READ, False, True, True),
    "Job": (Scope.JOBS_READ, False, False, False),
    "PointEntry": (Scope.POINTS_READ, True, False, True),
    "WalletEntry": (Scope.WALLET_READ, True, False, True),
    "TimelineEntry": (Scope.MEMBERS_READ, True, False, True),
    "Appointment": (Scope.BENEFITS_READ, True, False, True),
    "EarningRule": (Scope.POINTS_READ, False, False, False),
    "Promotion": (Scope.POINTS_READ, False, False, False),
    "EventBonus": (Scope.POINTS_READ, False, False, False),
    "Benefit": (Scope.BENEFITS_READ, False, False, False),
    "BenefitCardTemplate": (Scope.BENEFITS_READ, False, False, False),
    "PaidPlan": (Scope.LEVELS_READ, False, False, False),
    "RechargeRule": (Scope.WALLET_READ, False, False, False),
    "IdentityList": (Scope.SEGMENTS_READ, False, False, False),
    "PromoCampaign": (Scope.COUPONS_READ, False, False, False),
}
CATALOGUE = {"Item", "Store", "Category", "Brand"}


def _staff(*scopes: Scope) -> Principal:
    return Principal(role=Role.STAFF, scopes=frozenset(scopes), subject="staff-nodes")


async def _node(global_id: str, principal: Principal) -> Any:
    result = await gql(NODE, {"id": global_id}, principal)
    assert result.errors is None, result.errors
    return result.data["node"]


def test_every_type_with_node_is_registered_and_covered() -> None:
    # given the built schema's Node interface
    graph = schema._schema
    node = graph.type_map["Node"]
    assert isinstance(node, GraphQLInterfaceType)
    implementing = {t.name for t in graph.get_possible_types(node)}
    # then each implementing type can be fetched by id, and this file covers each
    assert implementing == set(NODE_KINDS) == set(RULES)


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("type_name", sorted(RULES))
async def test_a_node_is_seen_only_by_whom_its_root_field_shows_it(type_name: str) -> None:
    # given an owner's objects, another member, and shared objects
    owner = await make_member()
    other = await make_member()
    ids = {**await make_owned(owner.id), **await make_shared()}
    global_id = encode_id(type_name, ids[type_name])
    scope, owned, bi_sees, service_sees = RULES[type_name]
    other_scope = Scope.JOBS_READ if scope is not Scope.JOBS_READ else Scope.MEMBERS_READ
    seen = {"__typename": type_name, "id": global_id}
    # then staff with the area's scope see it and staff without it get null
    assert await _node(global_id, _staff(scope)) == seen
    assert await _node(global_id, _staff(other_scope)) is None
    # and the owner sees an owned object, another member never does
    owner_sees = owned or type_name in CATALOGUE
    assert await _node(global_id, member(owner.id)) == (seen if owner_sees else None)
    other_sees = type_name in CATALOGUE
    assert await _node(global_id, member(other.id)) == (seen if other_sees else None)
    # and BI and service as their root fields allow
    assert await _node(global_id, BI) == (seen if bi_sees else None)
    assert await _node(global_id, SERVICE) == (seen if service_sees else None)


@pytest.mark.usefixtures("database")
async def test_missing_and_unfetchable_ids_are_null() -> None:
    # given staff holding every scope
    staff = _staff(*(s for s in Scope if s.is_read))
    # then an unknown object, and a type not fetched by id, are null like an invisible one
    assert await _node(encode_id("Order", 999_999), staff) is None
    assert await _node(encode_id("PointType", 1), staff) is None
    assert await _node(encode_id("Nothing", 1), staff) is None


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize(
    ("_case", "value"),
    [
        ("plain number", "1"),
        ("not base64", "abc!"),
        ("no type", "MTIz"),
        ("zero", encode_id("Order", 0)),
        ("beyond bigint", encode_id("Order", 2**63)),
    ],
)
async def test_a_malformed_id_is_invalid_id(_case: str, value: str) -> None:
    # when a malformed id is asked for, alone and in a list
    single = await gql(NODE, {"id": value}, _staff(Scope.ORDERS_READ))
    many = await gql(NODES, {"ids": [value]}, _staff(Scope.ORDERS_READ))
    # then each is INVALID_ID naming the argument
    for result, field in ((single, "id"), (many, "ids")):
        assert len(result.errors) == 1
        assert result.errors[0].extensions["code"] == "INVALID_ID"
        assert result.errors[0].extensions["field"] == field


@pytest.mark.usefixtures("database")
async def test_nodes_caps_the_list_and_keeps_order_and_gaps() -> None:
    # given two members' objects
    owner = await make_member()
    other = await make_member()
    mine = await make_owned(owner.id)
    theirs = await make_owned(other.id)
    too_many = [encode_id("Order", i) for i in range(1, 102)]
    # when a member asks for their order, another's, a missing one and their coupon
    asked = [
        encode_id("Order", mine["Order"]),
        encode_id("Order", theirs["Order"]),
        encode_id("Order", 999_999),
        encode_id("Coupon", mine["Coupon"]),
    ]
    result = await gql(NODES, {"ids": asked}, member(owner.id))
    capped = await gql(NODES, {"ids": too_many}, member(owner.id))
    # then the list is aligned to the ids with nulls for what they may not see
    assert result.errors is None, result.errors
    assert [n and n["id"] for n in result.data["nodes"]] == [asked[0], None, None, asked[3]]
    # and more than 100 ids is TOO_MANY on ids
    assert capped.errors[0].extensions["code"] == "TOO_MANY"
    assert capped.errors[0].extensions["field"] == "ids"


@pytest.mark.usefixtures("database")
async def test_anonymous_and_visitor_callers_are_refused() -> None:
    # given a visitor
    visitor = Principal(role=Role.VISITOR, device_id="device-123", subject="visitor")
    # when they ask for a node
    anonymous = await gql(NODE, {"id": encode_id("Item", 1)})
    refused = await gql(NODE, {"id": encode_id("Item", 1)}, visitor)
    # then they are UNAUTHENTICATED and FORBIDDEN
    assert anonymous.errors[0].extensions["code"] == "UNAUTHENTICATED"
    assert refused.errors[0].extensions["code"] == "FORBIDDEN"


ALL_TYPES = """query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
  ... on Order { totalCents lines { quantity } member { id } }
  ... on Coupon { name templateCode }
  ... on BenefitGrant { remaining }
  ... on MemberCard { dropsLeft }
  ... on PaidMembership { planCode }
  ... on Tag { category { id } }
  ... on Item { category { id } brand { id } }
} }"""


@pytest.mark.list_fields("Query.nodes")
async def test_nodes_reads_a_fixed_number_of_statements(list_fields: ListFieldCheck) -> None:
    # given objects of every type added between runs
    staff = _staff(*(s for s in Scope if s.is_read))
    ids: list[str] = []
    assert 2 * len(RULES) <= 100

    async def add(count: int) -> None:
        for _ in range(count):
            owner = await make_member()
            made = {**await make_owned(owner.id), **await make_shared()}
            ids.extend(encode_id(t, pk) for t, pk in made.items())

    # then nodes of every type reads as many statements for one of each as for two (two of
    # each type is as many ids as one call takes)
    await list_fields.assert_flat(
        ALL_TYPES, add, principal=staff, variables=lambda: {"ids": ids}, sizes=(1, 2)
    )
    with count_statements() as seen:
        result = await gql(ALL_TYPES, {"ids": ids}, staff)
    assert result.errors is None, result.errors
    assert len(ids) == 2 * len(RULES) and None not in result.data["nodes"]
    assert len(seen) <= len(RULES) + 8


@pytest.mark.parametrize(
    ("_case", "query", "variables", "expected"),
    [
        # root 25 + 3 ids x (object 1)
        ("ids given inline", '{ nodes(ids: ["a", "b", "c"]) { id } }', None, 28),
        # root 25 + 100 ids x (object 1 + member 2 + object 1): the dearest type is priced
        (
            "the dearest fragment of a variable list",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Order { member { id } } "
            "... on Coupon { code } } }",
            {"ids": ["x"] * 100},
            425,
        ),
        # root 25 + object 1 + member 2 + object 1
        ("one node", '{ node(id: "x") { ... on Order { member { id } } } }', None, 29),
    ],
)
def test_node_queries_are_priced_by_ids_and_fragments(
    _case: str, query: str, variables: dict[str, Any] | None, expected: int
) -> None:
    # then the cost counts each id and the dearest type it may be
    assert operation_cost(schema._schema, parse(query), None, variables) == expected


REFUNDS = """query($ids: [ID!]!) { nodes(ids: $ids) {
  ... on Refund { refundNo lines { lineNo quantity amountCents } } } }"""


@pytest.mark.list_fields("Refund.lines")
async def test_refund_lines_through_nodes(list_fields: ListFieldCheck) -> None:
    # given refunds of one order, each of more lines than the last
    owner = await make_member()
    order_id = (await make_owned(owner.id))["Order"]
    ids: list[str] = []

    async def add(count: int) -> None:
        for _ in range(count):
            n = len(ids) + 1
            lines = [{"lineNo": 1, "quantity": 1, "amountCents": 10}] * n
            refund = await Refund.create(
                order_id=order_id,
                refund_no=f"RL-{n}",
                amount_cents=10 * n,
                lines=lines,
                refunded_at=utc_now(),
            )
            ids.append(encode_id("Refund", refund.id))

    # then the owner reads them in as many statements at one refund as at four
    await list_fields.assert_flat(
        REFUNDS, add, principal=member(owner.id), variables=lambda: {"ids": ids}
    )
