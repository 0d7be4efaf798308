"""Members: registration from any channel, OneID binding and merging, profiles, erasure, lookup."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain import db
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode, Forbidden, InvalidState, NotFound
from domain.members import hooks, token_versions, verification
from domain.members.models import (
    Channel,
    Gender,
    Identity,
    IdentityKind,
    Member,
    MemberMerge,
    MemberStatus,
)
from domain.members.rules import MEMBER_BINDABLE_KINDS, IdentityKey, merge_profiles

MAX_IDENTITIES_PER_CALL = 10
log = logging.getLogger("crm.members")


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


async def _lock_identities(keys: list[IdentityKey]) -> None:
    """Serialise concurrent work on the same identities (sorted, so no deadlocks)."""
    for key in sorted({(k.kind.value, k.namespace, k.value) for k in keys}):
        await db.fetch("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))", "|".join(key))


async def _owners(keys: list[IdentityKey]) -> dict[IdentityKey, int]:
    owners: dict[IdentityKey, int] = {}
    for key in keys:
        row = await db.fetch_one(
            "SELECT member_id FROM member_identities WHERE kind = $1 AND namespace = $2 "
            "AND value = $3",
            key.kind.value,
            key.namespace,
            key.value,
        )
        if row:
            owners[key] = row["member_id"]
    return owners


async def _insert_identity(member_id: int, key: IdentityKey) -> None:
    await db.execute(
        "INSERT INTO member_identities (member_id, kind, namespace, value, created_at) "
        "VALUES ($1, $2, $3, $4, now())",
        member_id,
        key.kind.value,
        key.namespace,
        key.value,
    )
    await hooks.run_identity_hooks(member_id, key)


async def _link(member_id: int, other_id: int, key: IdentityKey) -> None:
    for a, b in ((member_id, other_id), (other_id, member_id)):
        await db.execute(
            "INSERT INTO member_links (member_id, other_member_id, kind, value, created_at) "
            "VALUES ($1, $2, $3, $4, now()) ON CONFLICT DO NOTHING",
            a,
            b,
            key.kind.value,
            key.value,
        )


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
        await _lock_identities(identities)
        owners = await _owners(identities)
        strong_owner_ids = sorted({owners[k] for k in identities if k in owners and k.is_strong})
        merged: list[int] = []
        if strong_owner_ids:
            member = await _merge_all(strong_owner_ids, reason="registration", operator=operator)
            merged = [m for m in strong_owner_ids if m != member.id]
            await _fill_empty_profile(member, profile)
            created = False
        else:
            member = await _create(channel, profile, source, now)
            created = True
        for key in identities:
            owner = owners.get(key)
            if owner is None:
                await _insert_identity(member.id, key)
            elif owner not in (member.id, *merged) and not key.is_strong:
                await _link(member.id, owner, key)
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


async def _merge_all(member_ids: list[int], *, reason: str, operator: str) -> Member:
    """Merge several live members into the oldest of them; returns the survivor."""
    members = await Member.filter(id__in=member_ids).using_db(db.connection()).order_by("id")
    survivor = min(members, key=lambda m: (m.registered_at, m.id))
    for other in members:
        if other.id != survivor.id:
            await _merge(survivor.id, other.id, reason=reason, operator=operator)
    return survivor


async def _merge(survivor_id: int, absorbed_id: int, *, reason: str, operator: str) -> None:
    """Move everything the absorbed member owns to the survivor (in the caller's transaction)."""
    rows = {
        m.id: m
        for m in await Member.filter(id__in=[survivor_id, absorbed_id])
        .using_db(db.connection())
        .select_for_update()
        .order_by("id")
    }
    survivor, absorbed = rows.get(survivor_id), rows.get(absorbed_id)
    if survivor is None or absorbed is None:
        raise NotFound("Member not found.", field="memberId")
    for label, member in (("survivorId", survivor), ("absorbedId", absorbed)):
        if member.status != MemberStatus.ACTIVE:
            raise InvalidState(f"Member {member.id} is {member.status}.", field=label)
    changes, conflicts = merge_profiles(
        _profile_dict(survivor),
        survivor.profile_updated_at,
        _profile_dict(absorbed),
        absorbed.profile_updated_at,
    )
    if absorbed.profile_updated_at > survivor.profile_updated_at:
        changes.update(consent_sms=absorbed.consent_sms, consent_push=absorbed.consent_push)
    if changes:
        await Member.filter(id=survivor_id).using_db(db.connection()).update(**changes)
    await db.execute(
        "UPDATE member_identities SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )
    await db.execute(
        "UPDATE members SET status = 'MERGED', merged_into_id = $1 WHERE id = $2",
        survivor_id,
        absorbed_id,
    )
    await db.execute(
        "UPDATE members SET merged_into_id = $1 WHERE merged_into_id = $2", survivor_id, absorbed_id
    )
    await token_versions.bump(absorbed_id)
    await MemberMerge.create(
        survivor_id=survivor_id,
        absorbed_id=absorbed_id,
        reason=reason[:200],
        operator=operator[:100],
        conflicts=conflicts,
        using_db=db.connection(),
    )
    await hooks.run_merge_hooks(survivor_id, absorbed_id)


def _profile_dict(member: Member) -> dict[str, Any]:
    return {
        "name": member.name,
        "gender": member.gender,
        "birthday": member.birthday,
        "region": member.region,
        "city": member.city,
    }


async def merge_members(
    *, survivor_id: int, absorbed_id: int, reason: str, operator: str
) -> Member:
    """Staff merge by hand: the named survivor absorbs the other member. Logged with the reason."""
    if survivor_id == absorbed_id:
        raise DomainError("A member cannot be merged into itself.", field="absorbedId")
    async with db.transaction():
        await _merge(survivor_id, absorbed_id, reason=reason or "manual", operator=operator)
    return await Member.get(id=survivor_id)


async def bind_identity(*, member_id: int, identity: IdentityKey, operator: str) -> Member:
    """Give a member an identity, vouched for by the caller (staff, or the login backend that
    verified it). Never merges: an identity proving a person that another member owns is
    IDENTITY_TAKEN (merging is `merge_members`); a shared device only links the two."""
    async with db.transaction():
        await _lock_identities([identity])
        member = await get_live_member(member_id, for_update=True)
        owner = (await _owners([identity])).get(identity)
        if owner is None:
            await _insert_identity(member.id, identity)
        elif owner != member.id:
            if identity.needs_proof:
                raise DomainError(
                    "This identity belongs to another member.",
                    field="identity",
                    code=ErrorCode.IDENTITY_TAKEN,
                )
            await _link(member.id, owner, identity)
        log.info("identity %s bound to member %s by %s", identity.kind, member.id, operator)
        return member


async def bind_identity_as_member(
    *, member_id: int, identity: IdentityKey, code: str | None, now: datetime
) -> Member:
    """A member binds an identity to themself: a phone with the code sent to it, or a device id.
    Other kinds only the login backend can vouch for (FORBIDDEN). The code is checked before
    ownership, so the answer never tells whether someone else holds the phone."""
    if identity.kind not in MEMBER_BINDABLE_KINDS:
        raise Forbidden(
            f"A member cannot bind a {identity.kind.value} identity; sign in through the app.",
            field="identity.kind",
        )
    if identity.needs_proof:
        await verification.consume_code(
            member_id=member_id, phone=identity.value, code=code, now=now
        )
    return await bind_identity(
        member_id=member_id, identity=identity, operator=f"member:{member_id}"
    )


async def revoke_member_tokens(*, member_id: int) -> Member:
    """Log a member out everywhere: every token minted for them so far is refused."""
    async with db.transaction():
        member = await get_live_member(member_id, for_update=True)
        await token_versions.bump(member.id)
    return await Member.get(id=member.id)


async def unbind_identity(*, member_id: int, identity: IdentityKey) -> Member:
    """Remove an identity from a member; the last identity of a member cannot be removed."""
    async with db.transaction():
        member = await get_live_member(member_id, for_update=True)
        count = await Identity.filter(member_id=member.id).using_db(db.connection()).count()
        deleted = await db.execute(
            "DELETE FROM member_identities WHERE member_id = $1 AND kind = $2 AND namespace = $3 "
            "AND value = $4 AND (SELECT count(*) FROM member_identities WHERE member_id = $1) > 1",
            member.id,
            identity.kind.value,
            identity.namespace,
            identity.value,
        )
        if not deleted:
            if count <= 1:
                raise InvalidState(
                    "The last identity of a member cannot be removed.", field="identity"
                )
            raise NotFound("The member has no such identity.", field="identity")
        return member


async def resolve_member_id(member_id: int) -> int | None:
    """The live member an id stands for (an absorbed member resolves to its survivor)."""
    row = await db.fetch_one(
        "SELECT id, status, merged_into_id FROM members WHERE id = $1", member_id
    )
    if row is None:
        return None
    result: int | None = (
        row["merged_into_id"] if row["status"] == MemberStatus.MERGED else row["id"]
    )
    return result


async def absorbed_member_ids(member_id: int) -> list[int]:
    """Every member merged into this one, directly or through a chain of merges."""
    rows = await db.fetch(
        """WITH RECURSIVE absorbed AS (
               SELECT absorbed_id FROM member_merges WHERE survivor_id = $1
               UNION
               SELECT m.absorbed_id FROM member_merges m
                 JOIN absorbed a ON m.survivor_id = a.absorbed_id)
           SELECT absorbed_id FROM absorbed ORDER BY absorbed_id""",
        member_id,
    )
    return [int(row["absorbed_id"]) for row in rows]


async def get_member(member_id: int) -> Member | None:
    """A member by id; an absorbed member's id lands on the survivor."""
    member = await Member.get_or_none(id=member_id)
    if member is not None and member.status == MemberStatus.MERGED and member.merged_into_id:
        return await Member.get_or_none(id=member.merged_into_id)
    return member


async def find_member(identity: IdentityKey) -> Member | None:
    """The live member owning an identity, in one query."""
    return await Member.filter(
        identities__kind=identity.kind.value,
        identities__namespace=identity.namespace,
        identities__value=identity.value,
    ).first()


async def get_live_member(member_id: int, *, for_update: bool = False) -> Member:
    """The live member for an id, or NOT_FOUND / MEMBER_ERASED."""
    resolved = await resolve_member_id(member_id)
    query = Member.filter(id=resolved or 0).using_db(db.connection())
    if for_update:
        query = query.select_for_update()
    member = await query.first()
    if member is None:
        raise NotFound("Member not found.", field="memberId")
    if member.status == MemberStatus.ERASED:
        raise DomainError(
            "The member has been erased.", field="memberId", code=ErrorCode.MEMBER_ERASED
        )
    return member


async def find_member_id(identity: IdentityKey) -> int | None:
    """The live member owning an identity, or None."""
    owners = await _owners([identity])
    return owners.get(identity)


async def members_by_ids(member_ids: list[int]) -> list[Member | None]:
    """Members aligned to the ids (for loaders); absorbed ids resolve to survivors."""
    rows = await db.fetch(
        "SELECT id, CASE WHEN status = 'MERGED' THEN merged_into_id ELSE id END AS live "
        "FROM members WHERE id = ANY($1::bigint[])",
        member_ids,
    )
    live = {r["id"]: r["live"] for r in rows}
    found = await Member.in_bulk(list(set(live.values())), "id")
    return [found.get(live.get(i)) if live.get(i) is not None else None for i in member_ids]


async def identities_of(member_ids: list[int]) -> list[list[Identity]]:
    """Each member's identities, aligned to the ids."""
    rows = await Identity.filter(member_id__in=member_ids).order_by("id")
    grouped: dict[int, list[Identity]] = {i: [] for i in member_ids}
    for row in rows:
        grouped.setdefault(row.member_id, []).append(row)
    return [grouped[i] for i in member_ids]


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


async def erase_member(*, member_id: int, operator: str) -> Member:
    """Delete a person's personal data, and that of the members merged into it: profiles and
    identities go, books stay (unattributed)."""
    async with db.transaction():
        member = await get_live_member(member_id, for_update=True)
        await _clear_personal_data([member.id], status=MemberStatus.ERASED)
        await token_versions.bump(member.id)
        absorbed = await absorbed_member_ids(member.id)
        await _erase_absorbed(absorbed)
        for erased_id in (member.id, *absorbed):
            await hooks.run_erase_hooks(erased_id)
        await (
            MemberMerge.filter(survivor_id__in=[member.id, *absorbed])
            .using_db(db.connection())
            .update(conflicts={})
        )
        log.info("member %s erased by %s", member.id, operator)  # audit trail without the data
    return await Member.get(id=member.id)


async def _erase_absorbed(member_ids: list[int]) -> None:
    """Clear the personal data of members merged into an erased one; they still resolve to it."""
    if member_ids:
        await _clear_personal_data(member_ids)


async def _clear_personal_data(member_ids: list[int], **extra: object) -> None:
    """Delete the members' identities and links and blank every personal profile field."""
    await db.execute(
        "DELETE FROM member_identities WHERE member_id = ANY($1::bigint[])", member_ids
    )
    await db.execute(
        "DELETE FROM member_links WHERE member_id = ANY($1::bigint[]) "
        "OR other_member_id = ANY($1::bigint[])",
        member_ids,
    )
    await (
        Member.filter(id__in=member_ids)
        .using_db(db.connection())
        .update(
            name=None,
            gender=Gender.UNKNOWN,
            birthday=None,
            region=None,
            city=None,
            consent_sms=False,
            consent_push=False,
            source_staff=None,
            source_referrer_id=None,
            source_scene=None,
            erased_at=utc_now(),
            profile_updated_at=utc_now(),
            **extra,
        )
    )


async def search_members(text: str | None, *, after: int | None, limit: int) -> list[Member]:
    """Staff search: by phone (exact, normalised) or name (contains), keyset by id."""
    query = Member.filter(status=MemberStatus.ACTIVE)
    if after is not None:
        query = query.filter(id__gt=after)
    if text:
        digits = text.replace(" ", "").replace("-", "")
        if digits.isdigit() and len(digits) >= 7:
            ids = (
                await Identity.filter(kind=IdentityKind.PHONE, value__startswith=digits)
                .limit(200)
                .values_list("member_id", flat=True)
            )
            query = query.filter(id__in=list(ids))
        else:
            query = query.filter(name__icontains=text)
    return list(await query.order_by("id").limit(limit))
