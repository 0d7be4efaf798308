"""Visitor tokens: what an anonymous device reaches, and how its events join the member."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from graphql import parse

from domain.access import Principal, Role
from domain.coupons import templates as coupon_templates
from domain.coupons.models import CouponKind, TemplateState
from domain.orders.models import Event
from domain.recs import published, training
from schema.build import schema
from schema.cost import DEFAULT_BUDGETS, budget_for, operation_cost
from schema.relay import decode_id, encode_id
from tests.factories import make_member, make_planted, make_slot
from tests.helpers import SERVICE, STAFF, gql, member

DEVICE = "dev-visitor-01"
VISITOR = Principal(role=Role.VISITOR, device_id=DEVICE, subject=f"visitor:{DEVICE}")
VISITOR_FIELDS = {
    ("Query", "recommendations"),
    ("Query", "claimableCoupons"),
    ("Mutation", "trackEvents"),
}
TRACK = """
mutation($input: TrackEventsInput!) {
  trackEvents(input: $input) {
    accepted duplicates rejected { index code field } errors { code field }
  }
}"""
RECOMMEND = """
query($slot: String!, $memberId: ID) {
  recommendations(slot: $slot, memberId: $memberId) {
    coldStart items { strategy item { id } }
  }
}"""
REGISTER = """
mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) { member { id } created errors { code field } }
}"""


@pytest.fixture(autouse=True)
def registry() -> Iterator[published.RecsIndexRegistry]:
    fresh = published.RecsIndexRegistry(check_seconds=0.0)
    published.set_registry(fresh)
    yield fresh
    fresh.close()
    published.set_registry(None)


def _admits(permission: type, principal: Principal) -> bool:
    info = SimpleNamespace(context=SimpleNamespace(principal=principal, auth_error=None))
    return permission().has_permission(None, info)


def test_a_visitor_reaches_only_tracking_recommendations_and_claimable_coupons() -> None:
    # given every root field of the schema and the gates declared on it
    reachable = set()
    gates = {}
    for root in (schema._schema.query_type, schema._schema.mutation_type):
        assert root is not None
        for name, field in root.fields.items():
            definition = field.extensions["strawberry-definition"]
            gates[(root.name, name)] = definition.permission_classes
            # when a visitor meets the field's gates
            if all(_admits(gate, VISITOR) for gate in definition.permission_classes):
                reachable.add((root.name, name))
    # then only the visitor's three fields let it through, and every field has a gate
    assert all(gates.values())
    assert reachable == VISITOR_FIELDS


async def test_other_operations_refuse_a_visitor_with_forbidden() -> None:
    for query in ("{ me { id } }", '{ job(id: "1") { status } }'):
        result = await gql(query, principal=VISITOR)
        assert result.errors[0].extensions["code"] == "FORBIDDEN"
    claim = await gql(
        'mutation { claimCoupon(input: {templateCode: "T", idempotencyKey: "k"}) '
        "{ errors { code } } }",
        principal=VISITOR,
    )
    assert claim.errors[0].extensions["code"] == "FORBIDDEN"


@pytest.mark.usefixtures("database")
async def test_issue_visitor_token_is_for_the_service_role_and_checks_the_device_id() -> None:
    issue = """mutation($i: IssueVisitorTokenInput!) {
      issueVisitorToken(input: $i) { token expiresAt errors { code field } } }"""
    refused = await gql(issue, {"i": {"deviceId": DEVICE}}, STAFF)
    assert refused.errors[0].extensions["code"] == "FORBIDDEN"
    for bad in ("short", "x" * 65, "dev id with spaces", "-leading-dash", "设备号123456"):
        result = await gql(issue, {"i": {"deviceId": bad}}, SERVICE)
        assert result.data["issueVisitorToken"]["errors"] == [
            {"code": "INVALID", "field": "deviceId"}
        ], bad
    too_long = await gql(issue, {"i": {"deviceId": DEVICE, "ttlSeconds": 30 * 86400}}, SERVICE)
    assert too_long.data["issueVisitorToken"]["errors"][0]["field"] == "ttlSeconds"
    issued = await gql(issue, {"i": {"deviceId": DEVICE}}, SERVICE)
    body = issued.data["issueVisitorToken"]
    assert body["errors"] == [] and body["token"]
    lifetime = datetime.fromisoformat(body["expiresAt"]) - datetime.now(UTC)
    assert timedelta(hours=23) < lifetime <= timedelta(hours=24)


async def _define_view_event() -> None:
    defined = await gql(
        'mutation { defineEvent(input: {name: "view_item"}) { errors { code } } }',
        principal=STAFF,
    )
    assert defined.data["defineEvent"]["errors"] == []


def _view(event_id: str, item_id: int, **extra: object) -> dict:
    at = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    return {
        "eventId": event_id,
        "name": "view_item",
        "occurredAt": at,
        "properties": {"item_id": item_id},
        **extra,
    }


@pytest.mark.usefixtures("database")
async def test_a_visitor_tracks_only_its_own_device() -> None:
    # given
    await _define_view_event()
    someone = await make_member()
    events = [
        _view("v1", 1),
        _view("v2", 1, anonymousId=DEVICE),
        _view("v3", 1, memberId=encode_id("Member", someone.id)),
        _view("v4", 1, anonymousId="other-device"),
        _view("v5", 1, identity={"kind": "DEVICE_ID", "value": "other-device"}),
    ]
    # when
    result = await gql(TRACK, {"input": {"events": events}}, VISITOR)
    # then
    body = result.data["trackEvents"]
    assert body["accepted"] == 2
    assert body["rejected"] == [
        {"index": 2, "code": "FORBIDDEN", "field": "memberId"},
        {"index": 3, "code": "FORBIDDEN", "field": "anonymousId"},
        {"index": 4, "code": "FORBIDDEN", "field": "identity"},
    ]
    stored = await Event.filter(event_id__in=["v1", "v2"]).order_by("event_id")
    assert [(e.anonymous_id, e.member_id) for e in stored] == [(DEVICE, None), (DEVICE, None)]


@pytest.mark.usefixtures("database")
async def test_a_visitor_sees_what_a_new_member_may_claim() -> None:
    # given an open template, a new-members one, one for a level and one not yet open
    base = {
        "kind": CouponKind.CASH,
        "amount_off_cents": 500,
        "total_stock": 100,
        "valid_days": 30,
        "state": TemplateState.ACTIVE,
    }
    await coupon_templates.define_template(code="OPEN", name="Open", **base)
    await coupon_templates.define_template(
        code="NEW", name="New", rules={"new_members_only": True}, **base
    )
    await coupon_templates.define_template(
        code="GOLD", name="Gold", rules={"levels": ["GOLD"]}, **base
    )
    await coupon_templates.define_template(
        code="LATER",
        name="Later",
        claim_starts_at=datetime.now(UTC) + timedelta(days=1),
        **base,
    )
    # when
    result = await gql("{ claimableCoupons { nodes { code } } }", principal=VISITOR)
    # then
    assert result.errors is None
    assert [t["code"] for t in result.data["claimableCoupons"]["nodes"]] == ["OPEN", "NEW"]


@pytest.mark.usefixtures("database")
async def test_visitor_events_join_the_member_who_registers_with_the_device(
    tmp_path: Path,
) -> None:
    # given a served model and a slot of items similar to the latest one seen
    planted = await make_planted(members=40, orders=5)
    await training.rebuild(index_dir=tmp_path)
    await make_slot("home_feed", "SIMILAR_ITEMS", size=5)
    await _define_view_event()
    cold = await gql(RECOMMEND, {"slot": "home_feed"}, VISITOR)
    viewed = planted.items_by_cluster[2][:2]
    # when the visitor views items of one cluster
    tracked = await gql(
        TRACK, {"input": {"events": [_view(f"w{i}", v) for i, v in enumerate(viewed)]}}, VISITOR
    )
    warm = await gql(RECOMMEND, {"slot": "home_feed"}, VISITOR)
    # and then registers with the same device
    registered = await gql(
        REGISTER,
        {
            "input": {
                "channel": "MINI_PROGRAM",
                "identities": [{"kind": "DEVICE_ID", "value": DEVICE}],
            }
        },
        SERVICE,
    )
    member_id = decode_id(registered.data["registerMember"]["member"]["id"], "Member", "id")
    joined = await gql(RECOMMEND, {"slot": "home_feed"}, member(member_id))
    # then the visitor's list follows what it viewed, before and after registering
    assert cold.data["recommendations"]["coldStart"] is True
    assert tracked.data["trackEvents"]["accepted"] == 2
    for found in (warm, joined):
        body = found.data["recommendations"]
        assert body["coldStart"] is False
        ids = [_pk(i["item"]["id"]) for i in body["items"]]
        assert ids and sum(planted.cluster_of_item[i] == 2 for i in ids) >= 4
    events = await Event.filter(anonymous_id=DEVICE)
    assert len(events) == 2 and {e.member_id for e in events} == {member_id}


def _pk(global_id: str) -> int:
    return decode_id(global_id, "Item", "id")


def test_a_visitor_budget_is_below_anonymous_and_holds_a_product_page() -> None:
    # given a product page: its recommendations and the claim centre
    page = parse(
        """query($item: ID!) {
          recommendations(slot: "item_page", itemId: $item, first: 20) {
            coldStart items { position strategy reason
              tracking { slot strategy item_id: itemId position } item { id code name } }
          }
          claimableCoupons(first: 20) { nodes { code name } }
        }"""
    )
    # when its cost is weighed against the visitor's budget
    cost = operation_cost(schema._schema, page)
    visitor = budget_for(DEFAULT_BUDGETS, Role.VISITOR.value)
    # then it fits, within a budget no larger than an anonymous caller's
    assert cost <= visitor <= budget_for(DEFAULT_BUDGETS, None)
