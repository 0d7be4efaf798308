"""Members as read: by id or identity, survivors of merges, search; logging out everywhere."""

from __future__ import annotations

from domain import db
from domain.errors import DomainError, ErrorCode, NotFound
from domain.members import token_versions
from domain.members.models import (
    Identity,
    IdentityKind,
    Member,
    MemberStatus,
)
from domain.members.rules import IdentityKey


async def revoke_member_tokens(*, member_id: int) -> Member:
    """Log a member out everywhere: every token minted for them so far is refused."""
    async with db.transaction():
        member = await get_live_member(member_id, for_update=True)
        await token_versions.bump(member.id)
    return await Member.get(id=member.id)


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
    owners = await owners_of([identity])
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


async def owners_of(keys: list[IdentityKey]) -> dict[IdentityKey, int]:
    """The live member owning each identity that has one."""
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
