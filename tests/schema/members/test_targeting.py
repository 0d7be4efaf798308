"""Which member a call acts on: members themselves; staff name one, merged ids land on the survivor."""

from __future__ import annotations

import pytest

from domain.members import merging as members_merging
from domain.members.models import Member
from domain.points import config as points_config
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

UPDATE = """
mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { member { id } errors { code field } }
}"""

POINTS = """
mutation($input: AdjustPointsInput!) {
  adjustPoints(input: $input) { entry { amount } errors { code field } }
}"""


def _update(member_id: int | None, city: str) -> dict:
    named = None if member_id is None else encode_id("Member", member_id)
    return {"input": {"memberId": named, "profile": {"city": city}}}


async def _merged_pair() -> tuple[Member, Member]:
    survivor, absorbed = await make_member(), await make_member()
    await members_merging.merge_members(
        survivor_id=survivor.id, absorbed_id=absorbed.id, reason="same person", operator="t"
    )
    return survivor, absorbed


async def test_staff_naming_a_merged_away_member_change_the_survivor() -> None:
    survivor, absorbed = await _merged_pair()
    result = await gql(UPDATE, _update(absorbed.id, "Chengdu"), STAFF)
    assert result.data["updateProfile"] == {
        "member": {"id": encode_id("Member", survivor.id)},
        "errors": [],
    }
    assert (await Member.get(id=survivor.id)).city == "Chengdu"


async def test_the_survivor_is_targeted_the_same_way_by_every_mutation() -> None:
    survivor, absorbed = await _merged_pair()
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},
        cents_per_point=(1, 1),
    )
    adjust = {
        "memberId": encode_id("Member", absorbed.id),
        "delta": 30,
        "reason": "goodwill",
        "idempotencyKey": "k-1",
    }
    result = await gql(POINTS, {"input": adjust}, STAFF)
    assert result.data["adjustPoints"] == {"entry": {"amount": 30}, "errors": []}
    accounts = await gql(
        "query($m: ID) { pointAccounts(memberId: $m) { available } }",
        {"m": encode_id("Member", survivor.id)},
        STAFF,
    )
    assert accounts.errors is None, accounts.errors
    assert [a["available"] for a in accounts.data["pointAccounts"]] == [30]


async def test_a_member_only_ever_targets_itself() -> None:
    caller, other = await make_member(), await make_member()
    result = await gql(UPDATE, _update(other.id, "Xi'an"), member(caller.id))
    assert result.data["updateProfile"]["member"] == {"id": encode_id("Member", caller.id)}
    assert (await Member.get(id=caller.id)).city == "Xi'an"
    assert (await Member.get(id=other.id)).city != "Xi'an"


async def test_staff_must_name_an_existing_member() -> None:
    missing = await gql(UPDATE, _update(None, "Wuhan"), SERVICE)
    assert missing.data["updateProfile"]["errors"] == [{"code": "REQUIRED", "field": "memberId"}]
    unknown = await gql(UPDATE, _update(10**9, "Wuhan"), STAFF)
    assert unknown.data["updateProfile"]["errors"] == [{"code": "NOT_FOUND", "field": "memberId"}]
