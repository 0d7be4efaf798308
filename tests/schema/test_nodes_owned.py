"""node(id:) for a member's own entries and appointments, configuration read with its
configuration scope, and absorbed members landing on the survivor."""

from __future__ import annotations

from typing import Any

import pytest

from domain.access import Principal, Role, Scope
from domain.members import merging as members_merging
from schema.relay import encode_id
from tests.factories import make_member
from tests.factories.nodes import make_owned, make_shared
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"
MEMBER = "query($id: ID!) { member(id: $id) { id } }"
OWN_ENTRIES = ("PointEntry", "WalletEntry", "TimelineEntry", "Appointment")
CONFIGURATION = {
    "EarningRule": Scope.POINTS_CONFIG,
    "Promotion": Scope.POINTS_CONFIG,
    "EventBonus": Scope.POINTS_CONFIG,
    "Benefit": Scope.BENEFITS_CONFIG,
    "BenefitCardTemplate": Scope.BENEFITS_CONFIG,
    "PaidPlan": Scope.LEVELS_CONFIG,
    "RechargeRule": Scope.WALLET_CONFIG,
}


def _staff(*scopes: Scope) -> Principal:
    return Principal(role=Role.STAFF, scopes=frozenset(scopes), subject="staff-nodes")


async def _answer(query: str, variables: dict[str, Any], principal: Principal) -> Any:
    result = await gql(query, variables, principal)
    return result.data, [(e.message, e.extensions) for e in result.errors or []]


@pytest.mark.parametrize("type_name", OWN_ENTRIES)
async def test_another_members_entry_answers_exactly_like_a_missing_one(type_name: str) -> None:
    # given two members' objects
    owner, other = await make_member(), await make_member()
    theirs = await make_owned(other.id)
    await make_owned(owner.id)
    their_id = encode_id(type_name, theirs[type_name])
    missing_id = encode_id(type_name, theirs[type_name] + 1_000_000)
    # when the owner asks for the other member's object and for a missing one
    foreign = await _answer(NODE, {"id": their_id}, member(owner.id))
    missing = await _answer(NODE, {"id": missing_id}, member(owner.id))
    listed = await _answer(NODES, {"ids": [their_id, missing_id]}, member(owner.id))
    # then both answers are the same null, without errors
    assert foreign == missing == ({"node": None}, [])
    assert listed == ({"nodes": [None, None]}, [])
    # and the other member sees their own
    assert await _answer(NODE, {"id": their_id}, member(other.id)) == (
        {"node": {"__typename": type_name, "id": their_id}},
        [],
    )


async def test_an_entry_named_as_the_other_ledger_is_null() -> None:
    # given a member's point and wallet entries
    owner = await make_member()
    mine = await make_owned(owner.id)
    # when each is asked for under the other type's name
    as_wallet = encode_id("WalletEntry", mine["PointEntry"])
    as_points = encode_id("PointEntry", mine["WalletEntry"])
    result = await gql(NODES, {"ids": [as_wallet, as_points]}, member(owner.id))
    # then neither resolves: a point entry is no wallet entry and the other way round
    assert result.errors is None, result.errors
    assert result.data["nodes"] == [None, None]


async def test_a_timeline_entry_is_an_event_or_an_order_of_the_member() -> None:
    # given a member's event and order
    owner = await make_member()
    mine = await make_owned(owner.id)
    event_id = encode_id("TimelineEntry", mine["TimelineEntry"])
    order_id = encode_id("TimelineEntry", mine["Order"] * 2 + 1)
    query = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on TimelineEntry { kind } } }"
    # when the member reads their timeline and fetches its entries by id
    timeline = await gql("{ memberTimeline { nodes { id kind } } }", None, member(owner.id))
    fetched = await gql(query, {"ids": [event_id, order_id]}, member(owner.id))
    # then the ids the timeline gives resolve to the same entries
    assert timeline.errors is None and fetched.errors is None, (timeline.errors, fetched.errors)
    assert sorted(n["id"] for n in timeline.data["memberTimeline"]["nodes"]) == sorted(
        [event_id, order_id]
    )
    assert fetched.data["nodes"] == [
        {"id": event_id, "kind": "EVENT"},
        {"id": order_id, "kind": "ORDER"},
    ]


@pytest.mark.parametrize("type_name", sorted(CONFIGURATION))
async def test_configuration_is_seen_with_its_configuration_scope(type_name: str) -> None:
    # given a configuration object
    shared = await make_shared()
    global_id = encode_id(type_name, shared[type_name])
    # then staff holding only the area's configuration scope see it, another area's do not
    seen = {"__typename": type_name, "id": global_id}
    assert await _answer(NODE, {"id": global_id}, _staff(CONFIGURATION[type_name])) == (
        {"node": seen},
        [],
    )
    other = Scope.COUPONS_CONFIG
    assert await _answer(NODE, {"id": global_id}, _staff(other)) == ({"node": None}, [])


async def test_an_absorbed_members_id_resolves_to_the_survivor() -> None:
    # given a member absorbed into another
    survivor, absorbed = await make_member(), await make_member()
    await members_merging.merge_members(
        survivor_id=survivor.id, absorbed_id=absorbed.id, reason="same person", operator="t"
    )
    absorbed_id = encode_id("Member", absorbed.id)
    survivor_id = encode_id("Member", survivor.id)
    # when staff and the survivor name the absorbed member by node, nodes and member(id:)
    for principal in (STAFF, member(survivor.id)):
        node = await gql(NODE, {"id": absorbed_id}, principal)
        nodes = await gql(NODES, {"ids": [absorbed_id, survivor_id]}, principal)
        found = await gql(MEMBER, {"id": absorbed_id}, principal)
        # then each gives the survivor
        assert node.data == {"node": {"__typename": "Member", "id": survivor_id}}
        assert nodes.data == {"nodes": [{"__typename": "Member", "id": survivor_id}] * 2}
        assert found.data == {"member": {"id": survivor_id}}
    # and a stranger gets null for the absorbed id as for any other member
    stranger = await make_member()
    node = await gql(NODE, {"id": absorbed_id}, member(stranger.id))
    assert node.data == {"node": None} and node.errors is None
