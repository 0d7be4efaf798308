"""Who is calling, and the one row-scoping rule every read path uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from domain.errors import ErrorCode, Forbidden


class Role(StrEnum):
    MEMBER = "member"
    STAFF = "staff"
    BI = "bi"
    SERVICE = "service"


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a role, the member for member tokens, and staff scopes."""

    role: Role
    member_id: int | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    subject: str = ""

    @property
    def is_staff(self) -> bool:
        return self.role is Role.STAFF

    @property
    def is_member(self) -> bool:
        return self.role is Role.MEMBER

    def has_scope(self, scope: str) -> bool:
        """Staff without explicit scopes hold them all; with scopes, the named one or its area."""
        if self.role is not Role.STAFF:
            return False
        if not self.scopes or "*" in self.scopes:
            return True
        area = scope.split(":", 1)[0]
        return scope in self.scopes or f"{area}:*" in self.scopes

    @property
    def sees_personal_data(self) -> bool:
        """Unmasked phone and name are for staff and the brand's own systems only."""
        return self.role in (Role.STAFF, Role.SERVICE)


def can_read_member(principal: Principal | None, member_id: int) -> bool:
    """A member reads only themself; staff and service read everyone; BI reads aggregates only."""
    if principal is None:
        return False
    if principal.role is Role.MEMBER:
        return principal.member_id == member_id
    return principal.role in (Role.STAFF, Role.SERVICE)


def require_member_access(
    principal: Principal | None, member_id: int, field: str = "memberId"
) -> None:
    """Raise FORBIDDEN unless the principal may act on this member."""
    if not can_read_member(principal, member_id):
        raise Forbidden("You may not act on this member.", field=field, code=ErrorCode.FORBIDDEN)


def own_member_id(principal: Principal, requested: int | None) -> int | None:
    """For a member token, the member itself (ignoring any requested id); else the requested id."""
    if principal.role is Role.MEMBER:
        return principal.member_id
    return requested


def mask_phone(phone: str | None) -> str | None:
    """138****5678."""
    if not phone:
        return phone
    if len(phone) < 7:
        return "*" * len(phone)
    return f"{phone[:3]}****{phone[-4:]}"


def mask_name(name: str | None) -> str | None:
    """张** / J***."""
    if not name:
        return name
    return name[0] + "*" * max(1, len(name) - 1)
