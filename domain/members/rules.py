"""Pure identity and merge rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.errors import DomainError, ErrorCode
from domain.members.models import IdentityKind

_MAINLAND_MOBILE = re.compile(r"^1[3-9]\d{9}$")
STRONG_KINDS = frozenset({IdentityKind.PHONE, IdentityKind.WECHAT_UNIONID, IdentityKind.CARD_NO})
PROOF_KINDS = STRONG_KINDS | {IdentityKind.WECHAT_OPENID}
MEMBER_BINDABLE_KINDS = frozenset({IdentityKind.PHONE, IdentityKind.DEVICE_ID})
NAMESPACED_KINDS = frozenset({IdentityKind.WECHAT_OPENID, IdentityKind.EXTERNAL})
PROFILE_FIELDS = ("name", "gender", "birthday", "region", "city")


@dataclass(frozen=True)
class IdentityKey:
    """A normalised identity: what the unique constraint is on."""

    kind: IdentityKind
    namespace: str
    value: str

    @property
    def is_strong(self) -> bool:
        """Strong identities prove the same person and merge members; weak ones only link."""
        return self.kind in STRONG_KINDS

    @property
    def needs_proof(self) -> bool:
        """Binding it needs proof of ownership: a code for a phone, the login backend else."""
        return self.kind in PROOF_KINDS


def normalise_phone(raw: str, field: str = "value") -> str:
    """A mainland mobile number as 11 digits; +86, spaces and dashes are dropped."""
    digits = re.sub(r"[\s\-()]", "", raw or "")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if not _MAINLAND_MOBILE.match(digits):
        raise DomainError(
            f"'{raw}' is not a mainland mobile number.", field=field, code=ErrorCode.INVALID_PHONE
        )
    return digits


def normalise_identity(
    kind: IdentityKind, value: str, namespace: str | None, field: str = "identity"
) -> IdentityKey:
    """Validate and normalise an identity; namespaced kinds need their namespace."""
    value = (value or "").strip()
    namespace = (namespace or "").strip()
    if not value:
        raise DomainError(
            "Identity value is required.", field=f"{field}.value", code=ErrorCode.REQUIRED
        )
    if len(value) > 128 or len(namespace) > 64:
        raise DomainError("Identity is too long.", field=f"{field}.value", code=ErrorCode.TOO_LARGE)
    if kind is IdentityKind.PHONE:
        return IdentityKey(kind, "", normalise_phone(value, f"{field}.value"))
    if kind in NAMESPACED_KINDS:
        if not namespace:
            raise DomainError(
                f"{kind.value} needs a namespace (app id or platform).",
                field=f"{field}.namespace",
                code=ErrorCode.REQUIRED,
            )
        return IdentityKey(kind, namespace, value)
    return IdentityKey(kind, "", value)


def choose_survivor(members: Iterable[tuple[int, datetime]]) -> int:
    """The id of the member that survives a merge of (id, registered at) pairs: the oldest
    (earliest registration, then lowest id)."""
    member_id, _ = min(members, key=lambda m: (m[1], m[0]))
    return member_id


def merge_profiles(
    survivor: dict[str, Any],
    survivor_updated: datetime,
    absorbed: dict[str, Any],
    absorbed_updated: datetime,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fill the survivor's profile: empty fields from the absorbed member; where both have a
    value and they differ, the more recently updated profile wins. Returns (changes, conflicts)."""
    changes: dict[str, Any] = {}
    conflicts: dict[str, Any] = {}
    absorbed_newer = absorbed_updated > survivor_updated
    for name in PROFILE_FIELDS:
        mine, theirs = survivor.get(name), absorbed.get(name)
        if _empty(theirs) or mine == theirs:
            continue
        if _empty(mine):
            changes[name] = theirs
            continue
        conflicts[name] = {"survivor": _plain(mine), "absorbed": _plain(theirs)}
        if absorbed_newer:
            changes[name] = theirs
    return changes, conflicts


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == "UNKNOWN"


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
