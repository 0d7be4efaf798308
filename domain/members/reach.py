"""Who marketing can reach: the active members and the contact details and consents a message
needs, read set-based for batch jobs. The `*_sql` functions return subqueries, with the
caller's placeholders, that another area's set-based statement embeds instead of naming the
members table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from domain import db


@dataclass(frozen=True)
class Contact:
    """What a message to one member needs: the name to greet and the recorded consents."""

    member_id: int
    name: str | None
    consent_sms: bool
    consent_push: bool
    store: str | None = None
    phone: str | None = None
    openids: dict[str, str] = field(default_factory=dict)
    """WeChat openids by app id (an openid is only valid for the app that issued it)."""
    push_token: str | None = None
    email: str | None = None


PUSH_NAMESPACE = "push"
"""EXTERNAL identities in this namespace are app push device tokens."""
EMAIL_NAMESPACE = "email"
"""EXTERNAL identities in this namespace are e-mail addresses."""


def registered_since_sql(since: str) -> str:
    """A subquery of `member_id`: active members registered at or after the instant `since`."""
    return (
        f"SELECT id AS member_id FROM members WHERE status = 'ACTIVE' AND registered_at >= {since}"
    )


def born_on_sql(month_day: str) -> str:
    """A subquery of `member_id`: active members whose birthday falls on `month_day` ('MM-DD')."""
    return (
        "SELECT id AS member_id FROM members "
        f"WHERE status = 'ACTIVE' AND to_char(birthday, 'MM-DD') = {month_day}"
    )


async def active_member_ids() -> np.ndarray:
    """Every active member's id, sorted."""
    rows = await db.fetch("SELECT id FROM members WHERE status = 'ACTIVE' ORDER BY id")
    return np.array([r["id"] for r in rows], dtype=np.int64)


async def active_among(member_ids: list[int]) -> set[int]:
    """The ids among `member_ids` that are active members (not merged away, not erased)."""
    rows = await db.fetch(
        "SELECT id FROM members WHERE id = ANY($1::bigint[]) AND status = 'ACTIVE'", member_ids
    )
    return {int(r["id"]) for r in rows}


async def contacts(member_ids: list[int]) -> dict[int, Contact]:
    """Contact details of the members that exist, by id: name, home store, consents and the
    addresses each channel needs (phone, WeChat openids per app, push token, e-mail)."""
    rows = await db.fetch(
        "SELECT id, name, consent_sms, consent_push, source_store FROM members "
        "WHERE id = ANY($1::bigint[])",
        member_ids,
    )
    addresses = await _addresses(member_ids)
    return {
        int(r["id"]): Contact(
            int(r["id"]),
            r["name"],
            r["consent_sms"],
            r["consent_push"],
            r["source_store"],
            **addresses.get(int(r["id"]), {}),
        )
        for r in rows
    }


async def _addresses(member_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per member: phone, openids, push_token and email from the identities (newest wins)."""
    rows = await db.fetch(
        "SELECT member_id, kind, namespace, value FROM member_identities "
        "WHERE member_id = ANY($1::bigint[]) AND kind IN ('PHONE', 'WECHAT_OPENID', 'EXTERNAL') "
        "ORDER BY id",
        member_ids,
    )
    found: dict[int, dict[str, Any]] = {}
    for row in rows:
        own = found.setdefault(int(row["member_id"]), {"openids": {}})
        kind, namespace, value = row["kind"], row["namespace"], row["value"]
        if kind == "PHONE":
            own["phone"] = value
        elif kind == "WECHAT_OPENID":
            own["openids"][namespace] = value
        elif namespace == PUSH_NAMESPACE:
            own["push_token"] = value
        elif namespace == EMAIL_NAMESPACE:
            own["email"] = value
    return found
