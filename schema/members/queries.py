"""Member lookups: me, member by id / identity / code, search, timeline, member code."""

from __future__ import annotations

import base64
from datetime import datetime

import strawberry

from domain import tokens
from domain.access import Role, Scope, can_read_member
from domain.errors import DomainError
from domain.members import service as members_service
from domain.orders import timeline as timeline_service
from schema.context import Info
from schema.members.inputs import IdentityInput
from schema.members.timeline_types import TimelineEntryType
from schema.members.types import MemberCodeType, MemberType
from schema.permissions import IsMember, IsMemberStaffOrService, IsStaff
from schema.relay import Connection, PageInfo, decode_id, keyset_page


def _timeline_cursor(entry: timeline_service.TimelineEntry) -> str:
    raw = f"{entry.at.isoformat()}|{entry.kind}|{entry.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_timeline_cursor(cursor: str | None) -> tuple[datetime, str, int] | None:
    if cursor is None:
        return None
    try:
        at, kind, key = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return datetime.fromisoformat(at), kind, int(key)
    except Exception as exc:
        raise DomainError("Malformed cursor.", field="after") from exc


@strawberry.type
class MembersQuery:
    @strawberry.field(description="The calling member.", permission_classes=[IsMember])
    async def me(self, info: Info) -> MemberType | None:
        principal = info.context.principal
        assert principal is not None and principal.member_id is not None
        member = await members_service.get_member(principal.member_id)
        return MemberType.from_model(member, principal) if member else None

    @strawberry.field(
        description=(
            "A member by global id, by identity, or by member code (give exactly one). An "
            "absorbed member's id or identity lands on the survivor. Members see only themselves; "
            "null when not found or not yours."
        ),
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.MEMBERS_READ)],
    )
    async def member(
        self,
        info: Info,
        id: strawberry.ID | None = None,
        identity: IdentityInput | None = None,
        code: str | None = None,
    ) -> MemberType | None:
        principal = info.context.principal
        given = [x for x in (id, identity, code) if x is not None]
        if len(given) != 1:
            raise DomainError("Give exactly one of id, identity, code.", field="id")
        if identity is not None:
            member = await members_service.find_member(identity.to_key())
        elif id is not None:
            member = await members_service.get_member(decode_id(id, "Member", "id"))
        else:
            if principal is None or principal.role is Role.MEMBER:
                return None
            member = await members_service.get_member(
                tokens.read_member_code(tokens.TokenConfig(), code or "")
            )
        if member is None or not can_read_member(principal, member.id):
            return None
        return MemberType.from_model(member, principal)

    @strawberry.field(
        description="Staff search by phone (prefix of 7+ digits) or name, keyset by id.",
        permission_classes=[IsStaff.with_scope(Scope.MEMBERS_READ)],
    )
    async def members(
        self,
        info: Info,
        search: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MemberType]:
        principal = info.context.principal
        return await keyset_page(
            lambda key, limit: members_service.search_members(search, after=key, limit=limit),
            first=first,
            after=after,
            key=lambda m: m.id,
            wrap=lambda m: MemberType.from_model(m, principal),
        )

    @strawberry.field(
        description="A member's events and orders, newest first. Members read their own.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.MEMBERS_READ)],
    )
    async def member_timeline(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[TimelineEntryType]:
        principal = info.context.principal
        assert principal is not None
        if principal.role is Role.MEMBER:
            target = principal.member_id
        elif member_id is None:
            raise DomainError("memberId is required.", field="memberId")
        else:
            target = await members_service.resolve_member_id(
                decode_id(member_id, "Member", "memberId")
            )
        if target is None:
            return Connection(edges=[], page_info=PageInfo(has_next_page=False, end_cursor=None))
        return await keyset_page(
            lambda before, limit: timeline_service.timeline(target, before=before, limit=limit),
            first=first,
            after=after,
            key=lambda r: r,
            wrap=TimelineEntryType.from_entry,
            encode=_timeline_cursor,
            decode=_decode_timeline_cursor,
        )

    @strawberry.field(
        description="A short-lived signed code for the member's QR; staff resolve it with "
        "member(code:).",
        permission_classes=[IsMember],
    )
    async def member_code(self, info: Info) -> MemberCodeType:
        principal = info.context.principal
        assert principal is not None and principal.member_id is not None
        code, expires = tokens.mint_member_code(tokens.TokenConfig(), principal.member_id)
        return MemberCodeType(code=code, expires_at=datetime.fromtimestamp(expires).astimezone())
