"""OneID merging: the survivor takes the identities and profile gaps; hooks move the rest."""

from __future__ import annotations

from typing import Any

from domain import db, dirty
from domain.clock import utc_now
from domain.errors import DomainError, InvalidState, NotFound
from domain.members import hooks, token_versions
from domain.members.models import (
    Member,
    MemberMerge,
    MemberStatus,
)
from domain.members.rules import choose_survivor, merge_profiles
from domain.webhooks import outbox


async def merge_all(member_ids: list[int], *, reason: str, operator: str) -> Member:
    """Merge several live members into the oldest of them; returns the survivor."""
    members = await Member.filter(id__in=member_ids).using_db(db.connection()).order_by("id")
    survivor_id = choose_survivor((m.id, m.registered_at) for m in members)
    for other in members:
        if other.id != survivor_id:
            await _merge(survivor_id, other.id, reason=reason, operator=operator)
    return next(m for m in members if m.id == survivor_id)


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
    await dirty.mark_moments("members", [absorbed.registered_at])
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
    await outbox.emit(
        "member.merged", {"memberId": survivor_id, "absorbedId": absorbed_id}, at=utc_now()
    )


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
