"""Erasure: personal data goes, with that of the members merged into them; the books stay."""

from __future__ import annotations

import logging

from domain import db
from domain.clock import utc_now
from domain.members import hooks, token_versions
from domain.members.models import (
    Gender,
    Member,
    MemberMerge,
    MemberStatus,
)
from domain.members.service import absorbed_member_ids, get_live_member
from domain.webhooks import outbox

log = logging.getLogger("crm.members")


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
        await outbox.emit("member.erased", {"memberId": member.id}, at=utc_now())
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
