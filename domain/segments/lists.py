"""Identity lists: uploaded identities or saved member ids, kept as a member bitmap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from domain import db
from domain.audience import bitmaps
from domain.errors import DomainError, ErrorCode
from domain.members import reads as members_reads
from domain.members.models import IdentityKind
from domain.members.rules import normalise_identity
from domain.segments.models import IdentityList

MAX_LIST_ROWS = 100_000


@dataclass(frozen=True)
class ListRow:
    """One uploaded identity."""

    kind: IdentityKind
    value: str
    namespace: str | None = None


async def upload_identity_list(name: str, rows: list[ListRow], *, operator: str) -> IdentityList:
    """Resolve identities to members and save the list; a malformed row refuses the whole upload."""
    if not name.strip() or len(name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    if not rows:
        raise DomainError("The list is empty.", field="rows", code=ErrorCode.REQUIRED)
    if len(rows) > MAX_LIST_ROWS:
        raise DomainError(f"At most {MAX_LIST_ROWS} rows.", field="rows", code=ErrorCode.TOO_MANY)
    keys = [
        normalise_identity(r.kind, r.value, r.namespace, field=f"rows[{i}]")
        for i, r in enumerate(rows)
    ]
    wanted = [(k.kind.value, k.namespace, k.value) for k in keys]
    found = await members_reads.match_identities(wanted)
    unmatched = [
        {"index": i, "kind": rows[i].kind.value, "value": rows[i].value}
        for i, member_id in enumerate(found)
        if member_id is None
    ]
    ids = np.asarray(sorted({m for m in found if m is not None}), dtype=np.int64)
    return await IdentityList.create(
        name=name.strip(),
        row_count=len(rows),
        member_count=int(ids.size),
        unmatched=unmatched,
        bitmap=bitmaps.ids_to_bitmap(ids),
        uploaded_by=operator,
    )


async def save_member_list(name: str, member_ids: np.ndarray, *, operator: str) -> IdentityList:
    """Save chosen members (e.g. a lookalike audience) as a list segments can select."""
    if not name.strip() or len(name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    ids = np.unique(np.asarray(member_ids, dtype=np.int64))
    return await IdentityList.create(
        name=name.strip(),
        row_count=int(ids.size),
        member_count=int(ids.size),
        unmatched=[],
        bitmap=bitmaps.ids_to_bitmap(ids),
        uploaded_by=operator[:100],
    )


async def list_member_count(list_id: int) -> int:
    """Members in a saved list (0 if it is gone)."""
    found = await IdentityList.get_or_none(id=list_id)
    return found.member_count if found else 0


async def identity_lists_by_ids(ids: Sequence[int]) -> list[IdentityList | None]:
    """Identity lists aligned to ids (None where unknown)."""
    return await db.rows_by_ids(IdentityList, ids)
