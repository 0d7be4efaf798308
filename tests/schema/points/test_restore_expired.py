"""restoreExpiredPoints: what one expiry took comes back once, expiring again by the policy."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from domain.ledger import service as ledger
from domain.ledger.models import Account, Entry, EntryKind, Lot
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points import reads as points_reads
from domain.points.models import PointKind
from domain.points.policy import ExpiryPolicy
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

RESTORE = """mutation($i: RestoreExpiredPointsInput!) { restoreExpiredPoints(input: $i) {
  replayed entry { id kind amount } account { available } errors { code field } } }"""
EARNED = datetime(2026, 1, 1, 2, tzinfo=UTC)
AFTER_EXPIRY = EARNED + timedelta(days=45)


async def _expired(points: int, *, carry_percent: int = 0) -> tuple[int, Entry]:
    """A member whose `points` earned on EARNED expired (RELATIVE 30 days); the EXPIRE entry."""
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "RELATIVE", "days": 30, "carry_percent": carry_percent},
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
    account = await Account.get(member_id=m.id, asset="POINTS:POINTS")
    assert await ledger.expire_due(account.id, AFTER_EXPIRY) == points - (
        points * carry_percent // 100
    )
    expiry = await Entry.get(account_id=account.id, kind=EntryKind.EXPIRE)
    return m.id, expiry


def _input(member_id: int, entry: Entry, key: str = "k1", reason: str = "complaint") -> dict:
    return {
        "i": {
            "memberId": encode_id("Member", member_id),
            "entryId": encode_id("PointEntry", entry.id),
            "reason": reason,
            "idempotencyKey": key,
        }
    }


async def _available(member_id: int) -> int:
    return (await Account.get(member_id=member_id, asset="POINTS:POINTS")).available


async def test_restore_credits_the_expired_points_with_a_fresh_expiry_by_the_policy() -> None:
    m, expiry = await _expired(100)
    assert await _available(m) == 0

    result = await gql(RESTORE, _input(m, expiry), STAFF)

    payload = result.data["restoreExpiredPoints"]
    assert payload["errors"] == []
    assert payload["entry"]["kind"] == "ADJUST"
    assert payload["entry"]["amount"] == 100
    assert payload["account"]["available"] == 100
    lot = await Lot.get(source=f"restore:{expiry.id}")
    policy = ExpiryPolicy(kind="RELATIVE", days=30)
    assert lot.expires_at == policy.expires_at(lot.earned_at)
    # the member's "about to expire" view shows the restored lot like any other
    soon = await points_reads.expiring(m, 31, now=lot.earned_at)
    assert [(e.points, e.expires_at) for e in soon] == [(100, lot.expires_at)]
    assert await ledger.verify() == []


async def test_an_expiry_is_restored_once_whatever_the_keys_and_concurrency() -> None:
    m, expiry = await _expired(100)

    results = await asyncio.gather(
        *(gql(RESTORE, _input(m, expiry, key=f"k{i}"), STAFF) for i in range(10))
    )

    payloads = [r.data["restoreExpiredPoints"] for r in results]
    assert all(p["errors"] == [] for p in payloads)
    assert sum(not p["replayed"] for p in payloads) == 1
    assert {p["entry"]["id"] for p in payloads} == {payloads[0]["entry"]["id"]}
    assert await _available(m) == 100
    assert await ledger.verify() == []


async def test_only_what_was_not_carried_over_comes_back() -> None:
    m, expiry = await _expired(100, carry_percent=40)
    assert await _available(m) == 40

    result = await gql(RESTORE, _input(m, expiry), STAFF)

    assert result.data["restoreExpiredPoints"]["entry"]["amount"] == 60
    assert await _available(m) == 100


async def test_a_replay_with_another_reason_is_refused() -> None:
    m, expiry = await _expired(100)
    await gql(RESTORE, _input(m, expiry), STAFF)

    again = await gql(RESTORE, _input(m, expiry, reason="other"), STAFF)

    assert again.data["restoreExpiredPoints"]["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await _available(m) == 100


async def test_another_members_expiry_and_other_entries_are_refused_and_change_nothing() -> None:
    m, expiry = await _expired(100)
    other, _ = await _expired(50)
    credit = await Entry.get(account_id=expiry.account_id, kind=EntryKind.CREDIT)

    cases = [
        (_input(other, expiry, key="a"), ("NOT_FOUND", "entryId")),
        (_input(m, credit, key="b"), ("INVALID_STATE", "entryId")),
        (_input(m, expiry, key="c", reason="  "), ("REQUIRED", "reason")),
    ]
    bad_id = _input(m, expiry, key="d")
    bad_id["i"]["entryId"] = "not-an-id"
    cases.append((bad_id, ("INVALID_ID", "entryId")))
    for variables, (code, field) in cases:
        result = await gql(RESTORE, variables, STAFF)
        errors = result.data["restoreExpiredPoints"]["errors"]
        assert [(e["code"], e["field"]) for e in errors] == [(code, field)]
    assert (await _available(m), await _available(other)) == (0, 0)


async def test_a_member_cannot_restore_their_own_points() -> None:
    m, expiry = await _expired(100)

    result = await gql(RESTORE, _input(m, expiry), member(m))

    assert result.errors and "FORBIDDEN" in str(result.errors[0].extensions)
    assert await _available(m) == 0
