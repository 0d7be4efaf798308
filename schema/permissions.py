"""Role gates declared on fields: UNAUTHENTICATED without a usable token, FORBIDDEN otherwise."""

from __future__ import annotations

from typing import Any, ClassVar

from strawberry.permission import BasePermission

from domain.access import Principal, Role
from schema.context import Info


def _principal(info: Info) -> Principal | None:
    return info.context.principal


class _RoleGate(BasePermission):
    roles: ClassVar[tuple[Role, ...]] = ()
    message = "You are not allowed to do this."

    scope: ClassVar[str | None] = None

    @classmethod
    def with_scope(cls, scope: str) -> type[_RoleGate]:
        """The same gate, also requiring a staff scope such as "coupons:write"."""
        return type(f"{cls.__name__}_{scope.replace(':', '_')}", (cls,), {"scope": scope})

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        principal = _principal(info)
        if principal is None:
            self.message = info.context.auth_error or "Authentication required."
            self.error_extensions = {"code": "UNAUTHENTICATED"}
            return False
        allowed = principal.role in self.roles
        if allowed and principal.role is Role.STAFF and self.scope:
            allowed = principal.has_scope(self.scope)
        if not allowed:
            self.message = "Your role may not do this."
            self.error_extensions = {"code": "FORBIDDEN"}
        return allowed


class IsAuthenticated(_RoleGate):
    roles = (Role.MEMBER, Role.STAFF, Role.BI, Role.SERVICE)


class IsMember(_RoleGate):
    roles = (Role.MEMBER,)


class IsStaff(_RoleGate):
    roles = (Role.STAFF,)


class IsService(_RoleGate):
    roles = (Role.SERVICE,)


class IsStaffOrService(_RoleGate):
    roles = (Role.STAFF, Role.SERVICE)


class IsMemberStaffOrService(_RoleGate):
    roles = (Role.MEMBER, Role.STAFF, Role.SERVICE)


class IsStaffOrBI(_RoleGate):
    roles = (Role.STAFF, Role.BI)


class IsMemberOrStaff(_RoleGate):
    roles = (Role.MEMBER, Role.STAFF)


class IsMemberOrService(_RoleGate):
    roles = (Role.MEMBER, Role.SERVICE)
