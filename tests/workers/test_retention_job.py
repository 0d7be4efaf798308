"""The nightly purge: old idempotency records and phone codes go, recent ones stay."""

from __future__ import annotations

from datetime import timedelta

import orjson
import pytest

from domain import db, idempotency
from domain.clock import utc_now
from domain.idempotency import IdempotencyRecord
from domain.members import verification
from domain.members.models import PhoneVerification
from tests.factories import make_member, next_phone
from tests.helpers import run_jobs
from workers import system

pytestmark = pytest.mark.usefixtures("database")


async def _record(key: str, age: timedelta) -> None:
    record = await IdempotencyRecord.create(
        scope="member:1", operation="redeemPoints", key=key, fingerprint="f" * 64, outcome="DONE"
    )
    await IdempotencyRecord.filter(id=record.id).update(created_at=utc_now() - age)


async def _code(member_id: int, age: timedelta) -> None:
    created = utc_now() - age
    await PhoneVerification.create(
        member_id=member_id,
        phone=next_phone(),
        code_hash="0" * 64,
        created_at=created,
        expires_at=created + verification.CODE_TTL,
    )


async def test_purge_keeps_what_is_inside_its_retention() -> None:
    # given records on both sides of each retention
    member = await make_member()
    await _record("old", idempotency.RECORD_RETENTION + timedelta(hours=1))
    await _record("recent", idempotency.RECORD_RETENTION - timedelta(hours=1))
    await _code(member.id, verification.CODE_RETENTION + timedelta(hours=1))
    await _code(member.id, timedelta(hours=20))
    now = utc_now()
    # when purged twice
    first = (
        await idempotency.purge_records(now),
        await verification.purge_codes(now),
    )
    second = (
        await idempotency.purge_records(now),
        await verification.purge_codes(now),
    )
    # then only the old rows went, once
    assert first == (1, 1) and second == (0, 0)
    assert [r.key for r in await IdempotencyRecord.all()] == ["recent"]
    assert await PhoneVerification.filter(member_id=member.id).count() == 1


async def test_nightly_cron_defers_one_purge_a_day(redis_client) -> None:
    # given an old record
    await _record("old", idempotency.RECORD_RETENTION + timedelta(days=1))
    # when the cron fires twice in one business day and the job runs
    await system.nightly_retention({})
    await system.nightly_retention({})
    await run_jobs(redis_client)
    # then one job ran and reported what it purged
    rows = await db.fetch("SELECT status, result FROM jobs WHERE name = 'system.retention'")
    assert len(rows) == 1 and rows[0]["status"] == "DONE"
    assert orjson.loads(rows[0]["result"]) == {"idempotencyRecords": 1, "phoneCodes": 0}
    assert await IdempotencyRecord.all().count() == 0
