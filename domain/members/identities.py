"""A member's identities: binding by staff, the login backend or the member; unbinding."""

from __future__ import annotations

import logging
from datetime import datetime

from domain import db
from domain.errors import DomainError, ErrorCode, Forbidden, InvalidState, NotFound
from domain.members import hooks, verification
from domain.members.models import (
    Identity,
    Member,
)
from domain.members.rules import MEMBER_BINDABLE_KINDS, IdentityKey
from domain.members.service import get_live_member, owners_of

log = logging.getLogger("crm.members")


async def lock_identities(keys: list[IdentityKey]) -> None:
    """Serialise concurrent work on the same identities (sorted, so no deadlocks)."""
    for key in sorted({(k.kind.value, k.namespace, k.value) for k in keys}):
        await db.fetch("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))", "|".join(key))


async def insert_identity(member_id: int, key: IdentityKey) -> None:
    """Give a member an identity and run the identity hooks."""
    await db.execute(
        "INSERT INTO member_identities (member_id, kind, namespace, value, created_at) "
        "VALUES ($1, $2, $3, $4, now())",
        member_id,
        key.kind.value,
        key.namespace,
        key.value,
    )
    await hooks.run_identity_hooks(member_id, key)


async def link(member_id: int, other_id: int, key: IdentityKey) -> None:
    """Link two members that share a weak identity (a device), both ways."""
    for a, b in ((member_id, other_id), (other_id, member_id)):
        await db.execute(
            "INSERT INTO member_links (member_id, other_member_id, kind, value, created_at) "
            "VALUES ($1, $2, $3, $4, now()) ON CONFLICT DO NOTHING",
            a,
            b,
            key.kind.value,
            key.value,
        )


async def bind_identity(*, member_id: int, identity: IdentityKey, operator: str) -> Member:
    """Give a member an identity, vouched for by the caller (staff, or the login backend that
    verified it). Never merges: an identity proving a person that another member owns is
    IDENTITY_TAKEN (merging is `merge_members`); a shared device only links the two."""
    async with db.transaction():
        await lock_identities([identity])
        member = await get_live_member(member_id, for_update=True)
        owner = (await owners_of([identity])).get(identity)
        if owner is None:
            await insert_identity(member.id, identity)
        elif owner != member.id:
            if identity.needs_proof:
                raise DomainError(
                    "This identity belongs to another member.",
                    field="identity",
                    code=ErrorCode.IDENTITY_TAKEN,
                )
            await link(member.id, owner, identity)
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
