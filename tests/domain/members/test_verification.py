"""Phone verification codes: hashed, single use, five minutes, five tries, rate limited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.errors import DomainError
from domain.members import verification
from domain.members.models import PhoneVerification
from tests.factories import make_member, next_phone
from tests.texts import RecordingSender

pytestmark = pytest.mark.usefixtures("database")

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def _refusal(call) -> tuple[str, str | None]:
    with pytest.raises(DomainError) as caught:
        await call
    return caught.value.code, caught.value.field


async def test_code_is_sent_stored_hashed_and_works_once(texts: RecordingSender) -> None:
    # given a member asking for a code
    member = await make_member()
    phone = next_phone()
    sent = await verification.request_code(member_id=member.id, phone=phone, now=T0)
    code = texts.last_code(phone)
    # then the text carries a 6-digit code that is not stored in clear
    assert sent.expires_at == T0 + timedelta(minutes=5)
    row = await PhoneVerification.get(member_id=member.id)
    assert len(code) == 6 and code not in row.code_hash and len(row.code_hash) == 64
    # when it is used just before expiry, it works, and only once
    await verification.consume_code(
        member_id=member.id, phone=phone, code=code, now=T0 + timedelta(seconds=299)
    )
    again = verification.consume_code(
        member_id=member.id, phone=phone, code=code, now=T0 + timedelta(seconds=299)
    )
    assert await _refusal(again) == ("INVALID_CODE", "code")


async def test_code_expires_after_five_minutes(texts: RecordingSender) -> None:
    member = await make_member()
    phone = next_phone()
    await verification.request_code(member_id=member.id, phone=phone, now=T0)
    late = verification.consume_code(
        member_id=member.id, phone=phone, code=texts.last_code(phone), now=T0 + timedelta(minutes=5)
    )
    assert await _refusal(late) == ("EXPIRED", "code")
    assert (await PhoneVerification.get(member_id=member.id)).consumed_at is None


async def test_five_wrong_tries_kill_the_code(texts: RecordingSender) -> None:
    # given a code
    member = await make_member()
    phone = next_phone()
    await verification.request_code(member_id=member.id, phone=phone, now=T0)
    right = texts.last_code(phone)
    wrong = f"{(int(right) + 1) % 10**6:06d}"
    # when five wrong codes are tried, each is refused and counted
    for _ in range(5):
        attempt = verification.consume_code(member_id=member.id, phone=phone, code=wrong, now=T0)
        assert await _refusal(attempt) == ("INVALID_CODE", "code")
    assert (await PhoneVerification.get(member_id=member.id)).attempts == 5
    # then even the right code is refused
    late = verification.consume_code(member_id=member.id, phone=phone, code=right, now=T0)
    assert await _refusal(late) == ("TOO_MANY_ATTEMPTS", "code")
    row = await PhoneVerification.get(member_id=member.id)
    assert (row.attempts, row.consumed_at) == (5, None)


async def test_a_code_is_bound_to_the_member_who_asked(texts: RecordingSender) -> None:
    asker, other = await make_member(), await make_member()
    phone = next_phone()
    await verification.request_code(member_id=asker.id, phone=phone, now=T0)
    stolen = verification.consume_code(
        member_id=other.id, phone=phone, code=texts.last_code(phone), now=T0
    )
    assert await _refusal(stolen) == ("INVALID_CODE", "code")


@pytest.mark.parametrize("_case", ["same phone, other member", "same member, other phone"])
async def test_one_code_a_minute_per_phone_and_per_member(
    texts: RecordingSender, _case: str
) -> None:
    # given a code just sent
    first, second = await make_member(), await make_member()
    phone = next_phone()
    await verification.request_code(member_id=first.id, phone=phone, now=T0)
    member_id, to = (
        (second.id, phone) if _case == "same phone, other member" else (first.id, next_phone())
    )
    # when another is asked for 59 seconds later, it is refused and nothing is sent
    soon = verification.request_code(member_id=member_id, phone=to, now=T0 + timedelta(seconds=59))
    assert await _refusal(soon) == ("RATE_LIMITED", "phone")
    assert len(texts.sent) == 1
    # then a minute later it is sent
    await verification.request_code(member_id=member_id, phone=to, now=T0 + timedelta(seconds=60))
    assert len(texts.sent) == 2 and await PhoneVerification.all().count() == 2


async def test_ten_codes_a_day(texts: RecordingSender) -> None:
    member = await make_member()
    phone = next_phone()
    for i in range(10):
        await verification.request_code(
            member_id=member.id, phone=phone, now=T0 + timedelta(minutes=2 * i)
        )
    eleventh = verification.request_code(
        member_id=member.id, phone=phone, now=T0 + timedelta(hours=23)
    )
    assert await _refusal(eleventh) == ("RATE_LIMITED", "phone")
    await verification.request_code(
        member_id=member.id, phone=phone, now=T0 + timedelta(days=1, seconds=1)
    )
    assert len(texts.sent) == 11


async def test_a_bad_phone_is_refused_before_anything_is_sent(texts: RecordingSender) -> None:
    member = await make_member()
    bad = verification.request_code(member_id=member.id, phone="12345", now=T0)
    assert await _refusal(bad) == ("INVALID_PHONE", "phone")
    assert texts.sent == [] and await PhoneVerification.all().count() == 0


async def test_erasure_forgets_the_phones_a_member_asked_codes_for(texts: RecordingSender) -> None:
    from domain.members import erasure as members_erasure

    member = await make_member()
    await verification.request_code(member_id=member.id, phone=next_phone(), now=T0)
    await members_erasure.erase_member(member_id=member.id, operator="test")
    assert await PhoneVerification.filter(member_id=member.id).count() == 0
