"""Who is calling, and the one row-scoping rule every read path uses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from domain.errors import ErrorCode, Forbidden


class Role(StrEnum):
    MEMBER = "member"
    STAFF = "staff"
    BI = "bi"
    SERVICE = "service"
    VISITOR = "visitor"  # an anonymous device: track events, read recommendations and coupons


class Scope(StrEnum):
    """What a staff token may do: `<area>:read` and `<area>:write`, a few finer grants."""

    MEMBERS_READ = "members:read"
    MEMBERS_WRITE = "members:write"
    MEMBERS_PII = "members:pii"
    MEMBERS_ERASE = "members:erase"
    ORDERS_READ = "orders:read"
    ORDERS_WRITE = "orders:write"
    CATALOG_READ = "catalog:read"
    CATALOG_WRITE = "catalog:write"
    POINTS_READ = "points:read"
    POINTS_WRITE = "points:write"
    POINTS_CONFIG = "points:config"
    WALLET_READ = "wallet:read"
    WALLET_WRITE = "wallet:write"
    WALLET_CONFIG = "wallet:config"
    LEVELS_READ = "levels:read"
    LEVELS_WRITE = "levels:write"
    LEVELS_CONFIG = "levels:config"
    BENEFITS_READ = "benefits:read"
    BENEFITS_WRITE = "benefits:write"
    BENEFITS_CONFIG = "benefits:config"
    COUPONS_READ = "coupons:read"
    COUPONS_WRITE = "coupons:write"
    COUPONS_CONFIG = "coupons:config"
    TAGS_READ = "tags:read"
    TAGS_WRITE = "tags:write"
    SEGMENTS_READ = "segments:read"
    SEGMENTS_WRITE = "segments:write"
    CAMPAIGNS_READ = "campaigns:read"
    CAMPAIGNS_WRITE = "campaigns:write"
    RECS_READ = "recs:read"
    RECS_WRITE = "recs:write"
    JOBS_READ = "jobs:read"
    JOBS_WRITE = "jobs:write"
    ANALYTICS_READ = "analytics:read"
    ANALYTICS_EXPORT = "analytics:export"
    PAYMENTS_READ = "payments:read"
    WEBHOOKS_CONFIG = "webhooks:config"
    ANALYTICS_WRITE = "analytics:write"

    @property
    def area(self) -> str:
        return self.value.split(":", 1)[0]

    @property
    def is_read(self) -> bool:
        return self.value.endswith(":read")

    @property
    def is_config(self) -> bool:
        return self.value.endswith(":config")


SCOPE_AREAS = frozenset(s.area for s in Scope)

DEVICE_ID_MIN_LENGTH = 6
DEVICE_ID_MAX_LENGTH = 64  # the width of events.anonymous_id
_DEVICE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")


def device_id_problem(device_id: str) -> str | None:
    """Why a device id cannot name a visitor (length, charset), or None when it can."""
    if not DEVICE_ID_MIN_LENGTH <= len(device_id) <= DEVICE_ID_MAX_LENGTH:
        return f"A device id is {DEVICE_ID_MIN_LENGTH} to {DEVICE_ID_MAX_LENGTH} characters."
    if not _DEVICE_ID.fullmatch(device_id):
        return "A device id is ASCII letters, digits, '.', '_', ':' or '-', starting alnum."
    return None


def parse_scopes(values: Iterable[str]) -> frozenset[str]:
    """Scopes as granted: each a Scope, `<area>:*` or `*`; ValueError names an unknown one."""
    parsed: set[str] = set()
    for value in values:
        area, _, action = str(value).partition(":")
        if value == "*" or (action == "*" and area in SCOPE_AREAS):
            parsed.add(str(value))
            continue
        try:
            parsed.add(Scope(value))
        except ValueError:
            raise ValueError(f"unknown scope {value!r}") from None
    return frozenset(parsed)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a role, the member for member tokens, and staff scopes."""

    role: Role
    member_id: int | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    subject: str = ""
    token_version: int | None = None
    device_id: str | None = None  # visitors only: the anonymous id their events carry

    def __post_init__(self) -> None:
        object.__setattr__(self, "scopes", parse_scopes(self.scopes))
        if (self.role is Role.VISITOR) != (self.device_id is not None):
            raise ValueError("a visitor, and only a visitor, carries a device id")

    @property
    def is_member(self) -> bool:
        return self.role is Role.MEMBER

    @property
    def is_visitor(self) -> bool:
        return self.role is Role.VISITOR

    def has_scope(self, scope: Scope) -> bool:
        """Staff holding the scope, its `<area>:*` or `*`; staff without scopes hold none."""
        if self.role is not Role.STAFF:
            return False
        return bool({scope.value, f"{scope.area}:*", "*"} & self.scopes)

    @property
    def sees_personal_data(self) -> bool:
        """Unmasked phone and name: the brand's own systems, and staff holding members:pii."""
        if self.role is Role.STAFF:
            return self.has_scope(Scope.MEMBERS_PII)
        return self.role is Role.SERVICE


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
