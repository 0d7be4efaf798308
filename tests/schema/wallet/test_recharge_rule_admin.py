"""Staff list, read and retire recharge rules; a retired rule gives no bonus."""

from __future__ import annotations

import pytest

from domain.config_history import ConfigChange
from domain.wallet import service as wallet_service
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineRechargeRuleInput!) { defineRechargeRule(input: $i) {
  rechargeRule { id name payCents bonusCents active } errors { code field } } }"""
RETIRE = """mutation($i: RetireInput!) { retireRechargeRule(input: $i) {
  rechargeRule { name active } errors { code field } } }"""
READ = """query($id: ID!, $active: Boolean) { rechargeRule(id: $id) { name active }
  rechargeRules(active: $active) { nodes { name } } }"""


async def test_a_retired_recharge_rule_gives_no_bonus() -> None:
    # given a rule "pay 500, get 50" that applied to a first recharge
    defined = await gql(
        DEFINE, {"i": {"name": "500+50", "payCents": 50_000, "bonusCents": 5_000}}, STAFF
    )
    rule = defined.data["defineRechargeRule"]["rechargeRule"]
    assert rule == {
        "id": rule["id"],
        "name": "500+50",
        "payCents": 50_000,
        "bonusCents": 5_000,
        "active": True,
    }
    m = await make_member()
    first = await wallet_service.recharge(
        member_id=m.id, amount_cents=50_000, channel="APP", key="r1", operator="t"
    )
    assert first.bonus_cents == 5_000
    # when staff retire it
    retired = await gql(RETIRE, {"i": {"id": rule["id"]}}, STAFF)
    # then the next recharge gets no bonus, and reads show the rule retired
    assert retired.data["retireRechargeRule"] == {
        "rechargeRule": {"name": "500+50", "active": False},
        "errors": [],
    }
    second = await wallet_service.recharge(
        member_id=m.id, amount_cents=50_000, channel="APP", key="r2", operator="t"
    )
    assert second.bonus_cents == 0
    read = await gql(READ, {"id": rule["id"], "active": True}, STAFF)
    assert read.data == {
        "rechargeRule": {"name": "500+50", "active": False},
        "rechargeRules": {"nodes": []},
    }
    changes = await ConfigChange.filter(object_type="RechargeRule").order_by("id")
    assert [str(c.action) for c in changes] == ["DEFINE", "RETIRE"]


async def test_members_may_not_read_or_retire_recharge_rules() -> None:
    defined = await gql(DEFINE, {"i": {"name": "x", "payCents": 100, "bonusCents": 1}}, STAFF)
    rule_id = defined.data["defineRechargeRule"]["rechargeRule"]["id"]
    m = await make_member()
    for query, variables in [(READ, {"id": rule_id}), (RETIRE, {"i": {"id": rule_id}})]:
        result = await gql(query, variables, member(m.id))
        assert result.data is None
        assert {e.extensions["code"] for e in result.errors} == {"FORBIDDEN"}
