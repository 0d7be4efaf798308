"""A member's in-app inbox: messages newest first, how many are unread, marking them read.
Only the member's own messages are ever read or changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from domain import db
from domain.campaigns.models import InboxMessage
from domain.errors import DomainError, ErrorCode

MAX_MARK = 100


async def messages_page(
    member_id: int, *, unread: bool | None, before_id: int | None, limit: int
) -> list[InboxMessage]:
    """One keyset page of the member's messages, newest first; `unread` filters by read state."""
    query = InboxMessage.filter(member_id=member_id)
    if unread is not None:
        query = query.filter(read_at__isnull=unread)
    return await db.page_by_id(query, after_id=before_id, limit=limit, newest_first=True)


async def unread_count(member_id: int) -> int:
    """How many of the member's messages are unread."""
    return await InboxMessage.filter(member_id=member_id, read_at__isnull=True).count()


async def mark_read(
    member_id: int, *, ids: Sequence[int] | None, every: bool, now: datetime
) -> int:
    """Mark the member's messages read: the ones named (others' ids are ignored) or all of
    them; returns how many changed. Marking twice changes nothing the second time."""
    if every == (ids is not None):
        raise DomainError("Give ids or all, not both.", field="ids", code=ErrorCode.INVALID)
    if ids is not None and len(ids) > MAX_MARK:
        raise DomainError(f"At most {MAX_MARK} ids at once.", field="ids", code=ErrorCode.TOO_MANY)
    query = InboxMessage.filter(member_id=member_id, read_at__isnull=True)
    if ids is not None:
        query = query.filter(id__in=list(ids))
    return await query.update(read_at=now)


async def messages_by_ids(ids: Sequence[int]) -> list[InboxMessage | None]:
    """Messages aligned to ids (None where unknown)."""
    return await db.rows_by_ids(InboxMessage, ids)


async def forget_on_erase(member_id: int) -> None:
    """Erasure: the inbox holds messages rendered with the member's name; they go."""
    await InboxMessage.filter(member_id=member_id).delete()
