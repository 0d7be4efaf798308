"""Staff read and retire earning rules, promotions and event bonuses; history records each change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.access import Principal, Role
from domain.catalog.models import Category, Item, Store
from domain.config_history import ConfigChange
from domain.ledger.models import Account
from domain.points import config as points_config
from domain.points.models import EarningRule, PointKind
from schema.relay import decode_id, encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

DEFINE_RULE = """mutation($i: DefineEarningRuleInput!) { defineEarningRule(input: $i) {
  id earningRule { id name points perCents active } errors { code field } } }"""
RETIRE_RULE = """mutation($i: RetireInput!) { retireEarningRule(input: $i) {
  earningRule { id active } errors { code field } } }"""
RULES = """query($active: Boolean, $first: BigInt, $after: String) {
  earningRules(active: $active, first: $first, after: $after) {
    edges { node { name active } } pageInfo { hasNextPage endCursor } } }"""
HISTORY = """query($t: ConfigObjectType!, $id: ID!) { configHistory(objectType: $t, objectId: $id) {
  nodes { action actor objectId before after } } }"""
RECORD = """mutation($i: RecordOrderInput!) { recordOrder(input: $i) { errors { code field } } }"""


async def _point_type() -> None:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )


def _order(no: str, member_id: int) -> dict:
    return {
        "i": {
            "channel": "POS",
            "externalNo": no,
            "storeCode": "BJ01",
            "paidAt": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
            "memberId": encode_id("Member", member_id),
            "lines": [{"itemCode": "SKU-1", "quantity": 1, "unitPriceCents": 10000}],
        }
    }


async def _define(**overrides: object) -> dict:
    values = {"pointType": "POINTS", "name": "base", "points": 1, "perCents": 100, **overrides}
    result = await gql(DEFINE_RULE, {"i": values}, STAFF)
    assert result.errors is None
    return result.data["defineEarningRule"]


async def test_define_update_retire_yield_three_history_records() -> None:
    # given a point type
    await _point_type()
    # when staff define a rule, change it, then retire it
    defined = await _define()
    rule_id = defined["id"]
    updated = await _define(id=rule_id, points=2)
    retired = await gql(RETIRE_RULE, {"i": {"id": defined["earningRule"]["id"]}}, STAFF)
    # then each mutation returned the rule as it now is
    assert defined["earningRule"]["points"] == 1 and defined["errors"] == []
    assert updated["earningRule"]["points"] == 2
    assert retired.data["retireEarningRule"]["earningRule"]["active"] is False
    # and the history holds the three changes with their snapshots, by the staff subject
    history = await gql(HISTORY, {"t": "EARNING_RULE", "id": defined["earningRule"]["id"]}, STAFF)
    assert history.errors is None
    nodes = history.data["configHistory"]["nodes"]
    assert [n["action"] for n in nodes] == ["DEFINE", "UPDATE", "RETIRE"]
    assert {n["actor"] for n in nodes} == {"staff-test"}
    assert {n["objectId"] for n in nodes} == {str(decode_id(rule_id, "EarningRule", "id"))}
    assert nodes[0]["before"] is None and nodes[0]["after"]["points"] == 1
    assert nodes[1]["before"]["points"] == 1 and nodes[1]["after"]["points"] == 2
    assert nodes[2]["before"]["active"] is True and nodes[2]["after"]["active"] is False
    assert nodes[2]["after"]["points"] == 2


async def test_a_failed_change_writes_no_history() -> None:
    # given a rule
    await _point_type()
    defined = await _define()
    # when an update is refused (negative points) and an unknown id is named
    bad = await gql(
        DEFINE_RULE,
        {
            "i": {
                "pointType": "POINTS",
                "name": "x",
                "points": -1,
                "perCents": 100,
                "id": defined["id"],
            }
        },
        STAFF,
    )
    missing = await gql(RETIRE_RULE, {"i": {"id": "999"}}, STAFF)
    # then both report their error and only the first define is in the history
    assert bad.data["defineEarningRule"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "points"}
    ]
    assert missing.data["retireEarningRule"] == {
        "earningRule": None,
        "errors": [{"code": "NOT_FOUND", "field": "id"}],
    }
    assert await ConfigChange.all().count() == 2  # the point type and the rule
    assert (await EarningRule.get(id=decode_id(defined["id"], "EarningRule", "id"))).points == 1


async def test_retiring_twice_records_once() -> None:
    await _point_type()
    defined = await _define()
    for _ in range(2):
        result = await gql(RETIRE_RULE, {"i": {"id": defined["id"]}}, STAFF)
        assert result.data["retireEarningRule"]["errors"] == []
    assert await ConfigChange.filter(object_type="EarningRule", action="RETIRE").count() == 1


async def test_a_retired_earning_rule_stops_earning(redis_client) -> None:
    # given a rule earning 1 point per yuan, and an order that earned by it
    await _point_type()
    defined = await _define()
    cat = await Category.create(code="SKIN", name="Skin")
    await Item.create(code="SKU-1", name="Essence", category_id=cat.id, price_cents=10000)
    await Store.create(code="BJ01", name="Beijing")
    m = await make_member()
    await gql(RECORD, _order("A-1", m.id), SERVICE)
    await run_jobs(redis_client)
    account = await Account.get(member_id=m.id, asset="POINTS:POINTS")
    assert account.available == 100
    # when the rule is retired and another order arrives
    await gql(RETIRE_RULE, {"i": {"id": defined["id"]}}, STAFF)
    await gql(RECORD, _order("A-2", m.id), SERVICE)
    await run_jobs(redis_client)
    # then the second order earned nothing
    await account.refresh_from_db()
    assert account.available == 100


async def test_earning_rules_page_and_filter() -> None:
    await _point_type()
    for n in range(3):
        await _define(name=f"r{n}")
    second = await _define(name="r3")
    await gql(RETIRE_RULE, {"i": {"id": second["id"]}}, STAFF)
    page = await gql(RULES, {"first": 2}, STAFF)
    data = page.data["earningRules"]
    assert [e["node"]["name"] for e in data["edges"]] == ["r0", "r1"]
    assert data["pageInfo"]["hasNextPage"] is True
    rest = await gql(RULES, {"first": 2, "after": data["pageInfo"]["endCursor"]}, STAFF)
    assert [e["node"]["name"] for e in rest.data["earningRules"]["edges"]] == ["r2", "r3"]
    retired = await gql(RULES, {"active": False}, STAFF)
    assert [e["node"] for e in retired.data["earningRules"]["edges"]] == [
        {"name": "r3", "active": False}
    ]


@pytest.mark.parametrize(
    ("_case", "principal", "code"),
    [
        ("member", member(1), "FORBIDDEN"),
        (
            "staff without scope",
            Principal(role=Role.STAFF, scopes=frozenset({"coupons:read"})),
            "FORBIDDEN",
        ),
        ("anonymous", None, "UNAUTHENTICATED"),
    ],
)
async def test_only_staff_with_points_scopes_read_retire_and_see_history(
    _case: str, principal: Principal | None, code: str
) -> None:
    await _point_type()
    defined = await _define()
    for query, variables in [
        (RULES, {}),
        (RETIRE_RULE, {"i": {"id": defined["id"]}}),
        (HISTORY, {"t": "EARNING_RULE", "id": defined["id"]}),
    ]:
        result = await gql(query, variables, principal)
        assert result.data is None
        assert [e.extensions["code"] for e in result.errors] == [code]
    assert (await EarningRule.get(id=decode_id(defined["id"], "EarningRule", "id"))).active is True


async def test_points_read_scope_reads_but_cannot_see_history() -> None:
    await _point_type()
    defined = await _define()
    reader = Principal(role=Role.STAFF, scopes=frozenset({"points:read"}), subject="r")
    rules = await gql(RULES, {}, reader)
    assert rules.errors is None and len(rules.data["earningRules"]["edges"]) == 1
    history = await gql(HISTORY, {"t": "EARNING_RULE", "id": defined["id"]}, reader)
    assert [e.extensions["code"] for e in history.errors] == ["FORBIDDEN"]


async def test_receipts_waiting_for_review_are_listed_oldest_first() -> None:
    from domain.points import receipts as points_receipts

    await _point_type()
    await Store.create(code="BJ01", name="Beijing")
    m = await make_member()
    for no in ("R-1", "R-2"):
        await points_receipts.submit(
            m.id,
            points_receipts.ReceiptInput(
                store_code="BJ01",
                receipt_no=no,
                amount_cents=1000,
                purchased_at=datetime.now(UTC) - timedelta(hours=1),
                image_ref="",
            ),
        )
    query = "{ receipts(status: PENDING) { nodes { receiptNo status } } }"
    result = await gql(query, principal=STAFF)
    assert result.data["receipts"]["nodes"] == [
        {"receiptNo": "R-1", "status": "PENDING"},
        {"receiptNo": "R-2", "status": "PENDING"},
    ]
    denied = await gql(query, principal=member(m.id))
    assert [e.extensions["code"] for e in denied.errors] == ["FORBIDDEN"]
