"""Who marketing can reach: the active members and the contact details and consents a message
needs, read set-based for batch jobs."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from domain import db


@dataclass(frozen=True)
class Contact:
    """What a message to one member needs: the name to greet and the recorded consents."""

    member_id: int
    name: str | None
    consent_sms: bool
    consent_push: bool


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
    """Contact details of the members that exist, by id."""
    rows = await db.fetch(
        "SELECT id, name, consent_sms, consent_push FROM members WHERE id = ANY($1::bigint[])",
        member_ids,
    )
    return {
        int(r["id"]): Contact(int(r["id"]), r["name"], r["consent_sms"], r["consent_push"])
        for r in rows
    }
