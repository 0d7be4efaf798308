"""Event definitions, campaigns (created and cancelled) and the sign-in rule in configHistory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.access import Principal, Role, Scope
from domain.config_history import ConfigChange
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories.points import make_point_types
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

HISTORY = """query($t: ConfigObjectType!, $id: ID!) {
  configHistory(objectType: $t, objectId: $id) { nodes { action actor objectId before after } }
}"""
DEFINE_EVENT = """mutation($name: String!, $description: String) {
  defineEvent(input: {name: $name, description: $description}) { errors { code field } } }"""
CREATE = """mutation($i: CreateCampaignInput!) { createCampaign(input: $i) {
  campaign { id } errors { code field } } }"""
CANCEL = """mutation($id: ID!) { cancelCampaign(id: $id) {
  campaign { status } errors { code field } } }"""
SIGN_IN_RULE = """mutation($input: DefineSignInRuleInput!) {
  defineSignInRule(input: $input) { errors { code field } } }"""


def _staff(*scopes: Scope) -> Principal:
    return Principal(role=Role.STAFF, scopes=frozenset(scopes), subject="ops-anna")


async def _history(object_type: str, object_id: str, principal: Principal = STAFF) -> list[dict]:
    result = await gql(HISTORY, {"t": object_type, "id": object_id}, principal)
    assert result.errors is None, result.errors
    nodes: list[dict] = result.data["configHistory"]["nodes"]
    return nodes


async def test_an_event_definition_keeps_each_change_under_its_name() -> None:
    # given staff holding orders:write
    staff = _staff(Scope.ORDERS_WRITE)
    # when they define an event, define it again unchanged, and then change it
    for description in ("Viewed", "Viewed", "Viewed an item"):
        result = await gql(DEFINE_EVENT, {"name": "view_item", "description": description}, staff)
        assert result.data["defineEvent"]["errors"] == []
    # then the history holds the definition and the one real change, by that actor
    nodes = await _history("EVENT_DEFINITION", "view_item", staff)
    assert [(n["action"], n["actor"], n["objectId"]) for n in nodes] == [
        ("DEFINE", "ops-anna", "view_item"),
        ("UPDATE", "ops-anna", "view_item"),
    ]
    assert nodes[1]["before"]["description"] == "Viewed"
    assert nodes[1]["after"]["description"] == "Viewed an item"


async def test_a_refused_event_definition_records_nothing() -> None:
    # when a definition is refused
    result = await gql(DEFINE_EVENT, {"name": "bad name!"}, STAFF)
    # then no change is recorded
    assert result.data["defineEvent"]["errors"][0]["field"] == "name"
    assert await ConfigChange.all().count() == 0


async def test_a_campaign_is_recorded_when_created_and_when_cancelled() -> None:
    # given the point type campaigns reward
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    now = datetime(2026, 3, 1, tzinfo=UTC)
    spec = {
        "name": "Spring",
        "startsAt": now.isoformat(),
        "endsAt": (now + timedelta(days=7)).isoformat(),
        "mode": "ONE_SHOT",
        "audience": {"everyone": True},
        "rewards": [{"points": {"points": 1}}],
    }
    # when staff create a campaign and cancel it, then cancel it once more
    created = await gql(CREATE, {"i": spec}, STAFF)
    assert created.data["createCampaign"]["errors"] == [], created.data
    campaign_id = created.data["createCampaign"]["campaign"]["id"]
    cancelled = await gql(CANCEL, {"id": campaign_id}, STAFF)
    again = await gql(CANCEL, {"id": campaign_id}, STAFF)
    # then history shows the creation and the one cancelling, by global id
    assert cancelled.data["cancelCampaign"]["errors"] == []
    assert again.data["cancelCampaign"]["errors"][0]["code"] == "INVALID_STATE"
    nodes = await _history("CAMPAIGN", campaign_id)
    assert [n["action"] for n in nodes] == ["DEFINE", "RETIRE"]
    assert nodes[0]["before"] is None and nodes[0]["after"]["name"] == "Spring"
    assert nodes[1]["before"]["status"] == "DRAFT" and nodes[1]["after"]["status"] == "CANCELLED"
    # and campaigns:read alone may not read it
    refused = await gql(HISTORY, {"t": "CAMPAIGN", "id": campaign_id}, _staff(Scope.CAMPAIGNS_READ))
    assert refused.errors is not None
    assert refused.errors[0].extensions["code"] == "FORBIDDEN"


async def test_the_sign_in_rule_keeps_its_terms_history() -> None:
    # given a point type
    (code,) = await make_point_types(1, expiry_days=365)
    staff = _staff(Scope.POINTS_CONFIG)
    terms = {"pointType": code, "rewards": [5, 10], "makeUpDays": 2, "makeUpCost": 10}
    # when the rule is defined, defined again the same, changed, and refused
    for given in (terms, terms, {**terms, "rewards": [5, 10, 20]}, {**terms, "rewards": []}):
        await gql(SIGN_IN_RULE, {"input": given}, staff)
    # then the history holds the definition and the one change of terms
    nodes = await _history("SIGN_IN_RULE", "default", staff)
    assert [n["action"] for n in nodes] == ["DEFINE", "UPDATE"]
    assert nodes[0]["after"] == {
        "pointType": code,
        "rewards": [5, 10],
        "makeUpDays": 2,
        "makeUpCost": 10,
    }
    assert nodes[1]["before"]["rewards"] == [5, 10]
    assert nodes[1]["after"]["rewards"] == [5, 10, 20]
