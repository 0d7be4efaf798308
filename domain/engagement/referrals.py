"""Referrals: a member's invite code, registering with it, and the invitee's first paid order.

Registering with a code is one transaction with the registration: a lock per referrer is taken
first, so one referrer's registrations run one at a time (the daily phone-prefix count
and the monthly reward cap are exact), and a refused referral leaves no member behind.
"""

from __future__ import annotations

from datetime import datetime

from domain import config, db
from domain.clock import business_today
from domain.engagement import referrals_rewards
from domain.engagement.referrals_config import active_rule
from domain.engagement.referrals_models import InviteCode, Referral
from domain.engagement.referrals_rules import (
    SharePayload,
    Stage,
    new_invite_code,
    normalise_invite_code,
    phone_prefix,
    share_payload,
)
from domain.errors import DomainError, ErrorCode
from domain.members import registration as members_registration
from domain.members import service as members_service
from domain.members.models import Channel, IdentityKind
from domain.members.rules import IdentityKey

MAX_UPLINE_DEPTH = 50


async def invite_code_of(member_id: int) -> str:
    """The member's invite code, made on first use and stable after."""
    existing = await InviteCode.get_or_none(member_id=member_id)
    if existing is not None:
        return existing.code
    await members_service.get_live_member(member_id)
    while True:  # a collision of random codes is rare; the unique key settles it
        row = await db.fetch_one(
            "INSERT INTO invite_codes (member_id, code, created_at) VALUES ($1, $2, now()) "
            "ON CONFLICT DO NOTHING RETURNING code",
            member_id,
            new_invite_code(),
        )
        if row is not None:
            return str(row["code"])
        existing = await InviteCode.get_or_none(member_id=member_id)
        if existing is not None:
            return existing.code


async def share_of(member_id: int) -> SharePayload:
    """What the member shares: code, mini-program path and scene, QR text."""
    return share_payload(await invite_code_of(member_id), config.INVITE_SHARE_URL.get() or "")


async def register_invited(
    *,
    invite_code: str,
    channel: Channel,
    identities: list[IdentityKey],
    profile: members_registration.Profile,
    source: members_registration.Source,
    operator: str,
    now: datetime,
) -> tuple[members_registration.Registration, Referral | None]:
    """Register a person who came with an invite code and record the referral, paying the
    registration rewards once. A retried registration returns the same referral; an existing
    member is not referred. UNKNOWN_INVITE_CODE, SELF_REFERRAL, REFERRAL_LOOP,
    SAME_DEVICE_AS_REFERRER, PHONE_PREFIX_BATCH refuse it whole."""
    code = normalise_invite_code(invite_code)
    async with db.transaction():
        referrer = await _referrer_of(code)
        await _lock_referrer(referrer)
        phone = next((k.value for k in identities if k.kind == IdentityKind.PHONE), None)
        await _check_identities(referrer, identities)
        source.referrer_id = referrer
        registration = await members_registration.register_member(
            channel=channel,
            identities=identities,
            profile=profile,
            source=source,
            operator=operator,
        )
        member_id = registration.member.id
        if member_id == referrer:
            raise _refusal("You cannot use your own invite code.", ErrorCode.SELF_REFERRAL)
        existing = await Referral.get_or_none(invitee_id=member_id)
        if existing is not None or not registration.created:
            if existing is None and await _is_upline(member_id, referrer):
                raise _refusal("The referrer was invited by you.", ErrorCode.REFERRAL_LOOP)
            return registration, existing
        return registration, await _record(referrer, member_id, code, phone, now)


async def reward_first_order(*, order_id: int, member_id: int, now: datetime) -> list[int]:
    """Mark the invitee's first paid order and pay its rewards, once whatever the retries;
    returns the members paid (whose level may rise). Orders of members never referred, and
    later orders, do nothing."""
    referral = await Referral.get_or_none(invitee_id=member_id)
    if referral is None or referral.first_order_id is not None:
        return []
    async with db.transaction():
        await _lock_referrer(referral.referrer_id)
        marked = await db.execute(
            "UPDATE referrals SET first_order_id = $2, first_order_at = $3 "
            "WHERE id = $1 AND first_order_id IS NULL",
            referral.id,
            order_id,
            now,
        )
        rule = await active_rule()
        if not marked or rule is None:
            return []
        return await referrals_rewards.pay_stage(referral, Stage.FIRST_ORDER, rule, now)


async def _record(
    referrer: int, member_id: int, code: str, phone: str | None, now: datetime
) -> Referral:
    """Check the day's phone-prefix batch, record a new member's referral, pay its
    registration stage (the caller holds the referrer's lock)."""
    rule = await active_rule()
    prefix = phone_prefix(phone)
    if rule is not None:
        await _check_prefix(referrer, prefix, business_today(now), rule.prefix_limit)
    referral = await Referral.create(
        referrer_id=referrer,
        invitee_id=member_id,
        code=code,
        phone_prefix=prefix,
        registered_on=business_today(now),
        registered_at=now,
        using_db=db.connection(),
    )
    if rule is not None:
        await referrals_rewards.pay_stage(referral, Stage.REGISTERED, rule, now)
    return referral


async def _referrer_of(code: str) -> int:
    """The live member owning an invite code (an absorbed owner's survivor)."""
    invite = await InviteCode.get_or_none(code=code)
    try:
        if invite is not None:
            return int((await members_service.get_live_member(invite.member_id)).id)
    except DomainError:
        pass
    raise DomainError(
        "Unknown invite code.", field="inviteCode", code=ErrorCode.UNKNOWN_INVITE_CODE
    )


async def _lock_referrer(referrer_id: int) -> None:
    """Serialise a referrer's rewards (the monthly cap) with its registrations."""
    await db.fetch("SELECT pg_advisory_xact_lock(hashtext($1))", f"referrer:{referrer_id}")


async def forget_on_erase(member_id: int) -> None:
    """Erase hook: an erased invitee's phone prefix goes; the referral itself stays (the books)."""
    await db.execute("UPDATE referrals SET phone_prefix = NULL WHERE invitee_id = $1", member_id)


def _refusal(message: str, code: ErrorCode) -> DomainError:
    return DomainError(message, field="inviteCode", code=code)


async def _check_identities(referrer: int, identities: list[IdentityKey]) -> None:
    owners = await members_service.owners_of(identities)
    for key in identities:
        owner = owners.get(key)
        if owner is None or await members_service.resolve_member_id(owner) != referrer:
            continue
        if key.kind == IdentityKind.DEVICE_ID:
            raise _refusal("This device is the referrer's.", ErrorCode.SAME_DEVICE_AS_REFERRER)
        if key.is_strong:
            raise _refusal("You cannot use your own invite code.", ErrorCode.SELF_REFERRAL)


async def _check_prefix(referrer: int, prefix: str | None, day: object, limit: int) -> None:
    if prefix is None:
        return
    count = await Referral.filter(
        referrer_id=referrer, registered_on=day, phone_prefix=prefix
    ).count()
    if count >= limit:
        raise _refusal(
            "Too many invitees with this phone prefix today.", ErrorCode.PHONE_PREFIX_BATCH
        )


async def _is_upline(member_id: int, referrer: int) -> bool:
    """Whether `member_id` referred `referrer`, directly or further up the chain."""
    row = await db.fetch_one(
        """WITH RECURSIVE up(id, depth) AS (
               SELECT referrer_id, 1 FROM referrals WHERE invitee_id = $1
               UNION ALL
               SELECT r.referrer_id, up.depth + 1 FROM referrals r JOIN up ON r.invitee_id = up.id
                WHERE up.depth < $3)
           SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1""",
        referrer,
        member_id,
        MAX_UPLINE_DEPTH,
    )
    return row is not None or member_id == referrer
