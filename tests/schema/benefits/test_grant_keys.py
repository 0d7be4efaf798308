"""grantBenefit keys belong to the staff member who sent them."""

from __future__ import annotations

import asyncio

import pytest

from domain.access import Principal, Role
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitGrant, BenefitKind, RedeemMethod
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import gql

pytestmark = pytest.mark.usefixtures("database")

GRANT = """mutation($i: GrantBenefitInput!) { grantBenefit(input: $i) {
  ok id errors { code field } } }"""
ALICE = Principal(role=Role.STAFF, scopes=frozenset({"*"}), subject="alice")
BOB = Principal(role=Role.STAFF, scopes=frozenset({"*"}), subject="bob")


def _vars(member_id: int, key: str, quantity: int = 2) -> dict:
    return {
        "i": {
            "memberId": encode_id("Member", member_id),
            "benefitCode": "LOUNGE",
            "quantity": quantity,
            "idempotencyKey": key,
        }
    }


async def test_grant_keys_are_per_caller_and_replays_must_match() -> None:
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    first, second = await make_member(), await make_member()
    # 20 copies from one sender grant once
    copies = await asyncio.gather(*(gql(GRANT, _vars(first.id, "k"), ALICE) for _ in range(20)))
    assert {c.data["grantBenefit"]["id"] for c in copies} == {copies[0].data["grantBenefit"]["id"]}
    # another sender's same key is their own request
    other = await gql(GRANT, _vars(second.id, "k"), BOB)
    assert other.data["grantBenefit"]["errors"] == []
    # a changed replay is refused and writes nothing
    changed = await gql(GRANT, _vars(first.id, "k", quantity=5), ALICE)
    assert changed.data["grantBenefit"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    assert await BenefitGrant.filter(member_id=first.id).count() == 1
    assert await BenefitGrant.filter(member_id=second.id).count() == 1


GRANTED = """mutation($i: GrantBenefitInput!) { grantBenefit(input: $i) {
  id grant { quantity remaining } errors { code } } }"""
VOID = """mutation($v: VoidBenefitInput!) { voidBenefit(input: $v) {
  grant { id status } errors { code } } }"""


async def test_grant_and_void_return_the_grant_they_changed() -> None:
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    holder = await make_member()
    granted = await gql(GRANTED, _vars(holder.id, "g"), ALICE)
    assert granted.data["grantBenefit"]["grant"] == {"quantity": 2, "remaining": 2}
    grant_id = granted.data["grantBenefit"]["id"]
    voided = await gql(VOID, {"v": {"grantId": grant_id, "reason": "by mistake"}}, ALICE)
    assert voided.data["voidBenefit"]["errors"] == []
    assert voided.data["voidBenefit"]["grant"]["id"] == grant_id
    assert voided.data["voidBenefit"]["grant"]["status"] == "VOID"
