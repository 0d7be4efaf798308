"""The line a root field's description ends with: who may call it, derived from its gates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from domain.access import Role, Scope

# How each role reads in the line; member and visitor calls never touch another's rows.
_ROLE_WORDS = {
    Role.MEMBER: "member (never another member's data)",
    Role.VISITOR: "visitor (an anonymous device; its own data only)",
    Role.BI: "bi",
    Role.SERVICE: "service",
}
_ORDER = (Role.MEMBER, Role.VISITOR, Role.STAFF, Role.BI, Role.SERVICE)
_READ_SCOPES = frozenset(scope for scope in Scope if scope.is_read)
_READ_OR_CONFIG_SCOPES = frozenset(scope for scope in Scope if scope.is_read or scope.is_config)


def roles_line(gates: Iterable[Any]) -> str:
    """`Roles: member (never another member's data), staff with scope points:read, service.` for the
    permission classes of a field; a caller must pass every gate."""
    gates = list(gates)
    if not gates:
        return "Roles: anyone, no token needed."
    allowed = set(_ORDER)
    scopes: list[Scope] = []
    for gate in gates:
        allowed &= set(getattr(gate, "roles", ()))
        scopes += [s for s in getattr(gate, "scopes", ()) if s not in scopes]
    words = [_words(role, scopes) for role in _ORDER if role in allowed]
    return f"Roles: {', '.join(words) or 'none'}."


def _words(role: Role, scopes: list[Scope]) -> str:
    if role is not Role.STAFF:
        return _ROLE_WORDS[role]
    if not scopes:
        return "staff (no scope admits them)"
    if set(scopes) == _READ_SCOPES:
        return "staff with any read scope"
    if set(scopes) == _READ_OR_CONFIG_SCOPES:
        return "staff with any read or configuration scope"
    noun = "scope" if len(scopes) == 1 else "one of the scopes"
    return f"staff with {noun} {' or '.join(scopes)}"
