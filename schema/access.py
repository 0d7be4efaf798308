"""Who a call acts for and on: the member it targets and the operator recorded on changes."""

from __future__ import annotations

import strawberry

from domain.access import Principal, Role, require_member_access
from domain.errors import DomainError, ErrorCode
from domain.members import service as members_service
from schema.context import Info
from schema.relay import decode_id

ANONYMOUS = "anonymous"


def actor(info: Info) -> str:
    """The operator recorded on changes: the caller's subject."""
    principal = info.context.principal
    return principal.subject if principal else ANONYMOUS


async def target_member(
    info: Info, member_id: strawberry.ID | None, field: str = "memberId"
) -> int:
    """The member a call acts on: a member caller itself (whatever id it names); staff and
    service name the member, and a merged-away member's id lands on the survivor.

    Errors: REQUIRED (staff or service named none), NOT_FOUND, INVALID_ID, FORBIDDEN.
    """
    found = await named_member(info, member_id, field)
    if found is None:
        raise DomainError(f"{field} is required.", field=field, code=ErrorCode.REQUIRED)
    return found


async def named_member(
    info: Info, member_id: strawberry.ID | None, field: str = "memberId"
) -> int | None:
    """As `target_member`, but None when a staff or service caller names no member, and for a
    visitor (a device, not a member)."""
    principal = _principal(info)
    if principal.role is Role.MEMBER:
        assert principal.member_id is not None
        return principal.member_id
    if principal.role is Role.VISITOR or member_id is None:
        return None
    resolved = await members_service.resolve_member_id(decode_id(member_id, "Member", field))
    if resolved is None:
        raise DomainError("Member not found.", field=field, code=ErrorCode.NOT_FOUND)
    require_member_access(principal, resolved, field)
    return resolved


def _principal(info: Info) -> Principal:
    principal = info.context.principal
    assert principal is not None, "member targeting runs behind a permission class"
    return principal
