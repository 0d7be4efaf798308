"""Recommendations' merge rules: interests are derived from behaviour, which moves with orders."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: a survivor without interests takes the absorbed member's; otherwise the
    absorbed row goes (the next interest run rebuilds the survivor's from both histories)."""
    await db.execute(
        "UPDATE rec_member_interests SET member_id = $1 WHERE member_id = $2 AND NOT EXISTS "
        "(SELECT 1 FROM rec_member_interests WHERE member_id = $1)",
        survivor_id,
        absorbed_id,
    )
    await db.execute("DELETE FROM rec_member_interests WHERE member_id = $1", absorbed_id)


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "rec_member_interests",
        "member_id",
        MergeRule.COMBINE,
        "one derived row per member: the survivor's kept (or the absorbed one's taken), rebuilt "
        "from the moved events and orders on the next run",
    ),
)
