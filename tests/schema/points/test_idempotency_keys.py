"""Point keys belong to their caller: one outcome per key, no one else's, no changed replays."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from domain.ledger.models import Account, Entry
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

REDEEM = """mutation($i: RedeemPointsInput!) { redeemPoints(input: $i) {
  cashCents replayed entry { id amount } account { available } errors { code field } } }"""
FREEZE = """mutation($i: FreezePointsInput!) { freezePoints(input: $i) {
  replayed entry { id } account { available frozen } errors { code field } } }"""
UNFREEZE = """mutation($i: UnfreezePointsInput!) { unfreezePoints(input: $i) {
  replayed entry { id } account { available frozen } errors { code field } } }"""
ADJUST = """mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) {
  replayed entry { id amount } errors { code field } } }"""
EARNED = datetime(2026, 1, 1, tzinfo=UTC)


async def _member_with(points: int) -> int:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    m = await make_member()
    await points_movements.credit_points(
        member_id=m.id,
        point_type_code="POINTS",
        points=points,
        key=f"gift:{m.id}",
        reason="gift",
        operator="t",
        earned_at=EARNED,
    )
    return m.id


async def _available(member_id: int) -> int:
    account = await Account.get(member_id=member_id, asset="POINTS:POINTS")
    return account.available


async def test_another_members_redeem_key_gets_nothing_of_the_first_outcome() -> None:
    # given member A redeemed 80 of 100 points with key "k"; member B has 10 points
    a = await _member_with(100)
    b = await _member_with(10)
    first = await gql(REDEEM, {"i": {"points": 80, "idempotencyKey": "k"}}, member(a))
    assert first.data["redeemPoints"]["errors"] == []
    # when B sends the same key and request
    replay = await gql(REDEEM, {"i": {"points": 80, "idempotencyKey": "k"}}, member(b))
    # then B is told of B's own balance, not A's redemption, and nothing of B's moved
    assert replay.data["redeemPoints"] == {
        "cashCents": None,
        "replayed": False,
        "entry": None,
        "account": None,
        "errors": [{"code": "INSUFFICIENT_POINTS", "field": "points"}],
    }
    assert await _available(a) == 20
    assert await _available(b) == 10


async def test_concurrent_copies_of_a_redemption_spend_once() -> None:
    a = await _member_with(100)
    results = await asyncio.gather(
        *(
            gql(REDEEM, {"i": {"points": 30, "idempotencyKey": "same"}}, member(a))
            for _ in range(20)
        )
    )
    answers = [r.data["redeemPoints"] for r in results]
    assert all(x["errors"] == [] for x in answers)
    assert len({x["entry"]["id"] for x in answers}) == 1
    assert sorted(x["replayed"] for x in answers) == [False] + [True] * 19
    assert await _available(a) == 70


async def test_a_redemption_replayed_with_other_points_is_refused() -> None:
    a = await _member_with(100)
    await gql(REDEEM, {"i": {"points": 30, "idempotencyKey": "k"}}, member(a))
    changed = await gql(REDEEM, {"i": {"points": 40, "idempotencyKey": "k"}}, member(a))
    assert changed.data["redeemPoints"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}
    ]
    assert await _available(a) == 70


async def test_a_freeze_resent_with_other_points_is_refused_and_unfreeze_replays() -> None:
    # given 30 points frozen for order o-1
    a = await _member_with(100)
    mid = encode_id("Member", a)
    freeze = {"i": {"memberId": mid, "orderRef": "o-1", "points": 30}}
    first = await gql(FREEZE, freeze, SERVICE)
    assert first.data["freezePoints"]["account"] == {"available": 70, "frozen": 30}
    # when the order system re-sends it, once unchanged and once with 50 points
    again = await gql(FREEZE, freeze, SERVICE)
    changed = await gql(FREEZE, {"i": {**freeze["i"], "points": 50}}, SERVICE)
    # then the copy gets the first freeze and the changed one is refused
    assert again.data["freezePoints"]["replayed"] is True
    assert again.data["freezePoints"]["entry"] == first.data["freezePoints"]["entry"]
    assert changed.data["freezePoints"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "orderRef"}
    ]
    # and releasing, then consuming the same order, is refused too
    released = await gql(UNFREEZE, {"i": {"memberId": mid, "orderRef": "o-1"}}, SERVICE)
    assert released.data["unfreezePoints"]["account"] == {"available": 100, "frozen": 0}
    consumed = await gql(
        UNFREEZE, {"i": {"memberId": mid, "orderRef": "o-1", "consume": True}}, SERVICE
    )
    assert consumed.data["unfreezePoints"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "orderRef"}
    ]
    assert await _available(a) == 100


async def test_an_adjustment_replayed_with_another_delta_is_refused() -> None:
    a = await _member_with(100)
    mid = encode_id("Member", a)
    adjust = {"i": {"memberId": mid, "delta": 5, "reason": "goodwill", "idempotencyKey": "adj"}}
    first = await gql(ADJUST, adjust, STAFF)
    again = await gql(ADJUST, adjust, STAFF)
    changed = await gql(ADJUST, {"i": {**adjust["i"], "delta": 50}}, STAFF)
    assert again.data["adjustPoints"]["entry"] == first.data["adjustPoints"]["entry"]
    assert changed.data["adjustPoints"]["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await _available(a) == 105
    assert await Entry.filter(reason="goodwill").count() == 1
