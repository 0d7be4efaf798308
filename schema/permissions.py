"""Role gates declared on fields: UNAUTHENTICATED without a usable token, FORBIDDEN otherwise."""

from __future__ import annotations

from typing import Any, ClassVar

from strawberry.permission import BasePermission

from domain.access import Principal, Role, Scope
from schema.context import Info


def _principal(info: Info) -> Principal | None:
    return info.context.principal


class _RoleGate(BasePermission):
    roles: ClassVar[tuple[Role, ...]] = ()
    message = "You are not allowed to do this."

    # Staff pass only holding one of these; other roles are not subject to scopes.
    scopes: ClassVar[tuple[Scope, ...]] = ()

    @classmethod
    def with_scope(cls, *scopes: Scope) -> type[_RoleGate]:
        """The same gate, also requiring staff to hold one of these scopes."""
        if not scopes:
            raise ValueError("with_scope needs at least one scope")
        checked = tuple(Scope(s) for s in scopes)
        suffix = "_".join(s.value.replace(":", "_") for s in checked)
        return type(f"{cls.__name__}_{suffix}", (cls,), {"scopes": checked})

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        principal = _principal(info)
        if principal is None:
            self.message = info.context.auth_error or "Authentication required."
            self.error_extensions = {"code": "UNAUTHENTICATED"}
            return False
        if principal.role not in self.roles:
            return self._forbid("Your role may not do this.")
        # A staff gate without a scope admits no staff (fail closed); a schema test lists any.
        if principal.role is Role.STAFF and not any(principal.has_scope(s) for s in self.scopes):
            needed = " or ".join(self.scopes) or "a declared"
            return self._forbid(f"This needs the {needed} scope.")
        return True

    def _forbid(self, message: str) -> bool:
        self.message = message
        self.error_extensions = {"code": "FORBIDDEN"}
        return False


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


# Visitors (an anonymous device) pass only these three gates; every other gate refuses them.
class IsMemberOrVisitor(_RoleGate):
    roles = (Role.MEMBER, Role.VISITOR)


class IsMemberServiceOrVisitor(_RoleGate):
    roles = (Role.MEMBER, Role.SERVICE, Role.VISITOR)


class IsMemberStaffOrVisitor(_RoleGate):
    roles = (Role.MEMBER, Role.STAFF, Role.VISITOR)
