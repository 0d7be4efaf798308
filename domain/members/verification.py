"""One-time codes proving that a member holds a phone before the phone is bound to them."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain import db, sms, tokens
from domain.errors import DomainError, ErrorCode
from domain.members.models import PhoneVerification
from domain.members.rules import normalise_phone

CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5
MIN_INTERVAL = timedelta(seconds=60)
DAILY_LIMIT = 10
# Codes are kept past the daily rate window, then purged: they prove nothing after expiry.
CODE_RETENTION = timedelta(days=2)


@dataclass(frozen=True)
class SentCode:
    """A code was sent to `phone`; it works until `expires_at`."""

    phone: str
    expires_at: datetime


def _digest(member_id: int, phone: str, code: str) -> str:
    key = tokens.TokenConfig().code_key
    message = f"phone-code:{member_id}:{phone}:{code}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


async def _check_rate(member_id: int, phone: str, now: datetime) -> None:
    row = await db.fetch_one(
        "SELECT count(*) FILTER (WHERE phone = $1) AS phone_day, "
        "max(created_at) FILTER (WHERE phone = $1) AS phone_last, "
        "count(*) FILTER (WHERE member_id = $2) AS member_day, "
        "max(created_at) FILTER (WHERE member_id = $2) AS member_last "
        "FROM member_phone_verifications WHERE (phone = $1 OR member_id = $2) "
        "AND created_at > $3 AND created_at <= $4",
        phone,
        member_id,
        now - timedelta(days=1),
        now,
    )
    assert row is not None
    for who in ("phone", "member"):
        last = row[f"{who}_last"]
        if last is not None and now - last < MIN_INTERVAL:
            wait = int((last + MIN_INTERVAL - now).total_seconds()) + 1
            raise DomainError(
                f"A code was sent less than a minute ago; try again in {wait} s.",
                field="phone",
                code=ErrorCode.RATE_LIMITED,
            )
        if row[f"{who}_day"] >= DAILY_LIMIT:
            raise DomainError(
                f"At most {DAILY_LIMIT} codes a day; try again tomorrow.",
                field="phone",
                code=ErrorCode.RATE_LIMITED,
            )


async def request_code(*, member_id: int, phone: str, now: datetime) -> SentCode:
    """Send a fresh 6-digit code to the phone for this member. At most one a minute and ten a
    day, per phone and per member; RATE_LIMITED otherwise."""
    phone = normalise_phone(phone, "phone")
    code = f"{secrets.randbelow(10**6):06d}"
    expires_at = now + CODE_TTL
    async with db.transaction():
        for lock in sorted((f"phone:{phone}", f"member:{member_id}")):
            await db.fetch("SELECT pg_advisory_xact_lock(hashtextextended($1, 11))", lock)
        await _check_rate(member_id, phone, now)
        await PhoneVerification.create(
            member_id=member_id,
            phone=phone,
            code_hash=_digest(member_id, phone, code),
            created_at=now,
            expires_at=expires_at,
            using_db=db.connection(),
        )
    # Sent after the commit, never from an outbox: the plain code must not be stored anywhere.
    await sms.sender().send_text(
        phone, f"Your verification code is {code}. It expires in 5 minutes; do not share it."
    )
    return SentCode(phone=phone, expires_at=expires_at)


async def consume_code(*, member_id: int, phone: str, code: str | None, now: datetime) -> None:
    """Accept the member's latest code for this phone once. Every wrong try counts (committed even
    when the caller fails); after MAX_ATTEMPTS the code is dead. INVALID_CODE, EXPIRED,
    TOO_MANY_ATTEMPTS or REQUIRED, all on `code`."""
    if not code or not code.strip():
        raise DomainError(
            "Binding a phone needs the code sent to it.", field="code", code=ErrorCode.REQUIRED
        )
    refusal: DomainError | None = None
    async with db.transaction():
        row = await db.fetch_one(
            "SELECT id, code_hash, attempts, expires_at, consumed_at "
            "FROM member_phone_verifications WHERE member_id = $1 AND phone = $2 "
            "ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE",
            member_id,
            phone,
        )
        if row is None or row["consumed_at"] is not None:
            refusal = DomainError(
                "No unused code was sent to this phone; request one.",
                field="code",
                code=ErrorCode.INVALID_CODE,
            )
        elif row["expires_at"] <= now:
            refusal = DomainError(
                "The code has expired; request a new one.", field="code", code=ErrorCode.EXPIRED
            )
        elif row["attempts"] >= MAX_ATTEMPTS:
            refusal = DomainError(
                "Too many wrong codes; request a new one.",
                field="code",
                code=ErrorCode.TOO_MANY_ATTEMPTS,
            )
        else:
            matches = hmac.compare_digest(row["code_hash"], _digest(member_id, phone, code.strip()))
            await db.execute(
                "UPDATE member_phone_verifications SET attempts = attempts + 1, "
                "consumed_at = CASE WHEN $2 THEN $3::timestamptz ELSE consumed_at END "
                "WHERE id = $1",
                row["id"],
                matches,
                now,
            )
            if not matches:
                refusal = DomainError(
                    "The code is wrong.", field="code", code=ErrorCode.INVALID_CODE
                )
    if refusal is not None:  # raised outside the transaction so the counted try is kept
        raise refusal


async def forget_codes(member_id: int) -> None:
    """Erasure: the phones an erased member asked codes for go with the rest of their data."""
    await db.execute("DELETE FROM member_phone_verifications WHERE member_id = $1", member_id)


async def purge_codes(now: datetime, keep: timedelta = CODE_RETENTION) -> int:
    """Delete verification rows created before `now - keep`; returns how many went."""
    return await db.execute(
        "DELETE FROM member_phone_verifications WHERE created_at < $1", now - keep
    )
