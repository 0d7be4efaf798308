"""Registration from any channel, and profile changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain import db, dirty
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode
from domain.members.identities import insert_identity, link, lock_identities
from domain.members.merging import merge_all
from domain.members.models import (
    Channel,
    Gender,
    Member,
)
from domain.members.rules import IdentityKey
from domain.members.service import get_live_member, owners_of
from domain.webhooks import outbox

MAX_IDENTITIES_PER_CALL = 10


@dataclass
class Profile:
    """Profile fields a caller may set; None leaves a field unchanged."""

    name: str | None = None
    gender: Gender | None = None
    birthday: date | None = None
    region: str | None = None
    city: str | None = None
    consent_sms: bool | None = None
    consent_push: bool | None = None


@dataclass
class Source:
    """Where a member was recruited."""

    store: str | None = None
    staff: str | None = None
    campaign: str | None = None
    referrer_id: int | None = None
    scene: str | None = None


@dataclass
class Registration:
    """The outcome of registering: the (surviving) member and what happened."""

    member: Member
    created: bool
    merged_member_ids: list[int] = field(default_factory=list)


def validate_profile(profile: Profile, today: date) -> None:
    """Reject names and places that are too long and birthdays in the future or before 1900."""
    for name, limit in (("name", 100), ("region", 50), ("city", 50)):
        value = getattr(profile, name)
        if value is not None and len(value) > limit:
            raise DomainError(
                f"{name} is longer than {limit}.", field=name, code=ErrorCode.TOO_LARGE
            )
    if profile.birthday is not None and not date(1900, 1, 1) <= profile.birthday <= today:
        raise DomainError("birthday must be between 1900 and today.", field="birthday")


async def register_member(
    *,
    channel: Channel,
    identities: list[IdentityKey],
    profile: Profile,
    source: Source,
    operator: str,
) -> Registration:
    """Register a person from a channel. If a strong identity already belongs to a member, that
    member is returned (members owning several of the identities are merged into the oldest);
    otherwise a new member is created. Idempotent: the same registration twice is one member."""
    if not identities:
        raise DomainError(
            "At least one identity is required.", field="identities", code=ErrorCode.REQUIRED
        )
    if len(identities) > MAX_IDENTITIES_PER_CALL:
        raise DomainError("Too many identities.", field="identities", code=ErrorCode.TOO_MANY)
    now = utc_now()
    validate_profile(profile, now.date())
    async with db.transaction():
        await lock_identities(identities)
        owners = await owners_of(identities)
        strong_owner_ids = sorted({owners[k] for k in identities if k in owners and k.is_strong})
        merged: list[int] = []
        if strong_owner_ids:
            member = await merge_all(strong_owner_ids, reason="registration", operator=operator)
            merged = [m for m in strong_owner_ids if m != member.id]
            await _fill_empty_profile(member, profile)
            created = False
        else:
            member = await _create(channel, profile, source, now)
            await dirty.mark_moments("members", [now])
            await outbox.emit(
                "member.registered",
                {"memberId": member.id, "channel": str(channel), "sourceStore": source.store},
                at=now,
            )
            created = True
        for key in identities:
            owner = owners.get(key)
            if owner is None:
                await insert_identity(member.id, key)
            elif owner not in (member.id, *merged) and not key.is_strong:
                await link(member.id, owner, key)
        return Registration(
            member=await Member.get(id=member.id), created=created, merged_member_ids=merged
        )


async def _create(channel: Channel, profile: Profile, source: Source, now: Any) -> Member:
    return await Member.create(
        channel=channel,
        name=profile.name,
        gender=profile.gender or Gender.UNKNOWN,
        birthday=profile.birthday,
        region=profile.region,
        city=profile.city,
        consent_sms=bool(profile.consent_sms),
        consent_push=bool(profile.consent_push),
        source_store=source.store,
        source_staff=source.staff,
        source_campaign=source.campaign,
        source_referrer_id=source.referrer_id,
        source_scene=source.scene,
        registered_at=now,
        profile_updated_at=now,
        using_db=db.connection(),
    )


async def _fill_empty_profile(member: Member, profile: Profile) -> None:
    changes = {
        name: getattr(profile, name)
        for name in ("name", "birthday", "region", "city")
        if getattr(profile, name) is not None and getattr(member, name) in (None, "")
    }
    if profile.gender and member.gender == Gender.UNKNOWN:
        changes["gender"] = profile.gender
    if changes:
        await Member.filter(id=member.id).using_db(db.connection()).update(**changes)


async def update_profile(*, member_id: int, profile: Profile) -> Member:
    """Change profile fields and consents; None leaves a field as it is."""
    validate_profile(profile, utc_now().date())
    changes = {k: v for k, v in profile.__dict__.items() if v is not None}
    async with db.transaction():
        member = await get_live_member(member_id, for_update=True)
        if changes:
            changes["profile_updated_at"] = utc_now()
            await Member.filter(id=member.id).using_db(db.connection()).update(**changes)
    return await Member.get(id=member.id)
