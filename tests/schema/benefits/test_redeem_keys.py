"""redeemBenefit keys belong to their caller: no one else's outcome, no changed replays."""

from __future__ import annotations

import asyncio

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitGrant, BenefitKind, BenefitRedemption, RedeemMethod
from tests.factories import make_member
from tests.helpers import gql, member

pytestmark = pytest.mark.usefixtures("database")

REDEEM = """mutation($i: RedeemBenefitInput!) { redeemBenefit(input: $i) {
  ok id errors { code field } } }"""


async def _granted(quantity: int = 3) -> tuple[int, int]:
    m = await make_member()
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    grant = await benefits_service.grant(
        member_id=m.id, benefit_code="LOUNGE", quantity=quantity, source="t", key=f"g{m.id}"
    )
    return m.id, grant.id


def _vars(grant_id: int, key: str, count: int = 1) -> dict:
    return {"i": {"grantId": str(grant_id), "idempotencyKey": key, "count": count}}


async def test_another_members_key_redeems_its_own_grant() -> None:
    a, a_grant = await _granted()
    b, b_grant = await _granted()
    first = await gql(REDEEM, _vars(a_grant, "k"), member(a))
    second = await gql(REDEEM, _vars(b_grant, "k"), member(b))
    assert first.data["redeemBenefit"]["errors"] == []
    assert second.data["redeemBenefit"]["errors"] == []
    assert second.data["redeemBenefit"]["id"] != first.data["redeemBenefit"]["id"]
    assert (await BenefitGrant.get(id=b_grant)).used == 1
    assert (await BenefitGrant.get(id=a_grant)).used == 1


async def test_a_changed_replay_is_refused_and_concurrent_copies_redeem_once() -> None:
    m, grant = await _granted()
    results = await asyncio.gather(
        *(gql(REDEEM, _vars(grant, "same"), member(m)) for _ in range(20))
    )
    assert {r.data["redeemBenefit"]["id"] for r in results} != {None}
    assert len({r.data["redeemBenefit"]["id"] for r in results}) == 1
    changed = await gql(REDEEM, _vars(grant, "same", count=2), member(m))
    assert changed.data["redeemBenefit"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    assert (await BenefitGrant.get(id=grant)).used == 1
    assert await BenefitRedemption.all().count() == 1
