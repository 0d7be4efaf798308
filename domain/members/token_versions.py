"""Member token versions: bumping a member's version refuses every token minted before it.

The version lives on `members.token_version` and is cached in Redis under `member:tv:<id>`
(-1 once the member is merged or erased). A bump writes the cache with a plain SET inside the
bumping transaction, and a cache fill after a miss only uses SET NX, so a reader that saw the old
row can never overwrite the newer value. If the bumping transaction rolls back, the cache is ahead
of the database for at most CACHE_TTL_SECONDS: tokens are refused (fail closed), never let in.
"""

from __future__ import annotations

from domain import cache, db
from domain.errors import DomainError, ErrorCode, NotFound
from domain.members.models import MemberStatus

CACHE_TTL_SECONDS = 600
GONE = -1


def _key(member_id: int) -> str:
    return f"member:tv:{member_id}"


async def bump(member_id: int) -> int:
    """Refuse every token of the member minted so far; run it inside the transaction that
    erases, merges or revokes (after the status change). Returns the new version."""
    row = await db.fetch_one(
        "UPDATE members SET token_version = token_version + 1 WHERE id = $1 "
        "RETURNING token_version, status",
        member_id,
    )
    if row is None:
        raise NotFound("Member not found.", field="memberId")
    cached = row["token_version"] if row["status"] == MemberStatus.ACTIVE else GONE
    await cache.redis().set(_key(member_id), cached, ex=CACHE_TTL_SECONDS)
    return int(row["token_version"])


async def current_version(member_id: int) -> int:
    """The version a new token for this exact, live member carries (an absorbed id is refused)."""
    row = await db.fetch_one("SELECT status, token_version FROM members WHERE id = $1", member_id)
    if row is None or row["status"] == MemberStatus.MERGED:
        raise NotFound("Member not found.", field="memberId")
    if row["status"] == MemberStatus.ERASED:
        raise DomainError(
            "The member has been erased.", field="memberId", code=ErrorCode.MEMBER_ERASED
        )
    return int(row["token_version"])


async def token_refusal(member_id: int, token_version: int) -> str | None:
    """Why a member token may no longer be used, or None. One Redis GET when cached; on a miss
    the row is read and cached with SET NX."""
    redis = cache.redis()
    cached = await redis.get(_key(member_id))
    if cached is not None:
        current = int(cached)
    else:
        row = await db.fetch_one(
            "SELECT status, token_version FROM members WHERE id = $1", member_id
        )
        if row is None:
            return "The token names an unknown member."
        current = row["token_version"] if row["status"] == MemberStatus.ACTIVE else GONE
        await redis.set(_key(member_id), current, ex=CACHE_TTL_SECONDS, nx=True)
    if current == GONE:
        return "The member of this token was merged or erased; sign in again."
    if current != token_version:
        return "The token has been revoked; sign in again."
    return None
