"""Tags, recommendation slots and coupon templates: read, retire, and their history."""

from __future__ import annotations

import pytest

from domain.access import Principal, Role
from domain.tags.models import TagDefinition, TagStatus
from tests.factories import make_member, make_slot, make_template
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEFINE_TAG = """mutation($i: DefineTagInput!) { defineTag(input: $i) {
  tag { id code status } errors { code field } } }"""
RETIRE_TAG = """mutation($i: RetireInput!) { retireTag(input: $i) {
  tag { code status } errors { code field } } }"""
HISTORY = """query($t: ConfigObjectType!, $id: ID!) { configHistory(objectType: $t, objectId: $id) {
  nodes { action objectId before after } } }"""
CLAIM = """mutation($c: String!, $k: String!) { claimCoupon(input: {templateCode: $c,
  idempotencyKey: $k}) { coupon { id } errors { code field } } }"""
END = """mutation { setCouponTemplateState(input: {code: "T1", state: ENDED}) {
  template { state } errors { code } } }"""


async def test_a_retired_tag_stays_retired_and_history_shows_it() -> None:
    # given a manual tag
    tag = {
        "code": "vip",
        "name": "VIP",
        "kind": "MANUAL",
        "owner": "ops",
        "status": "ONLINE",
        "valueLabels": ["GOLD"],
    }
    defined = (await gql(DEFINE_TAG, {"i": tag}, STAFF)).data["defineTag"]["tag"]
    # when staff retire it
    retired = await gql(RETIRE_TAG, {"i": {"id": defined["id"]}}, STAFF)
    # then it is retired, reads show it, and defining it again is refused
    assert retired.data["retireTag"] == {"tag": {"code": "vip", "status": "RETIRED"}, "errors": []}
    read = await gql("query($id: ID!) { tag(id: $id) { status } }", {"id": defined["id"]}, STAFF)
    assert read.data["tag"] == {"status": "RETIRED"}
    again = await gql(DEFINE_TAG, {"i": tag}, STAFF)
    assert again.data["defineTag"]["errors"] == [{"code": "INVALID_STATE", "field": "status"}]
    history = await gql(HISTORY, {"t": "TAG", "id": defined["id"]}, STAFF)
    nodes = history.data["configHistory"]["nodes"]
    assert [n["action"] for n in nodes] == ["DEFINE", "RETIRE"]
    assert nodes[1]["before"]["status"] == "ONLINE" and nodes[1]["after"]["status"] == "RETIRED"


async def test_built_in_tags_cannot_be_retired() -> None:
    await gql("{ tags { nodes { code } } }", principal=STAFF)
    builtin = await TagDefinition.filter(system=True).first()
    assert builtin is not None
    result = await gql(RETIRE_TAG, {"i": {"id": str(builtin.id)}}, STAFF)
    assert result.data["retireTag"]["errors"] == [{"code": "CONFLICT", "field": "id"}]
    assert (await TagDefinition.get(id=builtin.id)).status != TagStatus.RETIRED


async def test_a_retired_slot_serves_nothing_and_keeps_its_history() -> None:
    # given a configured slot
    await make_slot("home", "POPULAR")
    retire = """mutation { retireRecommendationSlot(input: {code: "home"}) {
      slot { code enabled } errors { code field } } }"""
    # when staff retire it
    result = await gql(retire, principal=STAFF)
    # then it is disabled, a member's recommendations from it are empty, and history has both
    assert result.data["retireRecommendationSlot"] == {
        "slot": {"code": "home", "enabled": False},
        "errors": [],
    }
    m = await make_member()
    recs = await gql(
        '{ recommendations(slot: "home") { items { position } } }', principal=member(m.id)
    )
    assert recs.errors is None and recs.data["recommendations"]["items"] == []
    history = await gql(HISTORY, {"t": "RECOMMENDATION_SLOT", "id": "home"}, STAFF)
    assert [n["action"] for n in history.data["configHistory"]["nodes"]] == ["DEFINE", "RETIRE"]
    unknown = await gql(retire.replace('"home"', '"nope"'), principal=STAFF)
    assert unknown.data["retireRecommendationSlot"]["errors"] == [
        {"code": "UNKNOWN_SLOT", "field": "code"}
    ]


async def test_an_ended_coupon_template_stops_claims_and_history_calls_it_retired() -> None:
    # given an active template a member can claim
    await make_template("T1")
    m = await make_member()
    first = await gql(CLAIM, {"c": "T1", "k": "k1"}, member(m.id))
    assert first.data["claimCoupon"]["errors"] == []
    # when staff end it
    ended = await gql(END, principal=STAFF)
    # then claims stop, the template reads as ENDED and history records the retirement
    assert ended.data["setCouponTemplateState"]["template"] == {"state": "ENDED"}
    second = await gql(CLAIM, {"c": "T1", "k": "k2"}, member(m.id))
    assert second.data["claimCoupon"]["coupon"] is None
    assert second.data["claimCoupon"]["errors"]
    read = await gql('{ couponTemplate(code: "T1") { code state } }', principal=STAFF)
    assert read.data["couponTemplate"] == {"code": "T1", "state": "ENDED"}
    history = await gql(HISTORY, {"t": "COUPON_TEMPLATE", "id": "T1"}, STAFF)
    nodes = history.data["configHistory"]["nodes"]
    assert [n["action"] for n in nodes] == ["DEFINE", "RETIRE"]
    assert {n["objectId"] for n in nodes} == {"T1"}


@pytest.mark.parametrize(
    ("_case", "principal"),
    [
        ("member", member(1)),
        ("tags reader", Principal(role=Role.STAFF, scopes=frozenset({"tags:read"}))),
    ],
)
async def test_only_tag_writers_retire_tags(_case: str, principal: Principal) -> None:
    tag = {"code": "vip", "name": "VIP", "kind": "MANUAL", "owner": "ops", "valueLabels": ["G"]}
    defined = (await gql(DEFINE_TAG, {"i": tag}, STAFF)).data["defineTag"]["tag"]
    result = await gql(RETIRE_TAG, {"i": {"id": defined["id"]}}, principal)
    assert [e.extensions["code"] for e in result.errors] == ["FORBIDDEN"]
    assert (await TagDefinition.get(code="vip")).status != TagStatus.RETIRED
