"""Points' merge rules: earnings and receipts follow the survivor (lots move with the ledger)."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: earnings (daily limits count them) and receipts (their review credits the
    receipt's member) now belong to the survivor."""
    for table in ("point_earnings", "point_receipts", "point_pending"):
        await db.execute(
            f"UPDATE {table} SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
        )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "point_earnings",
        "member_id",
        MergeRule.MOVE,
        "one person's earnings: daily and per-rule limits count both members' together",
    ),
    MemberColumn(
        "point_pending",
        "member_id",
        MergeRule.MOVE,
        "points held for a return window are released to the survivor",
    ),
    MemberColumn(
        "point_receipts",
        "member_id",
        MergeRule.MOVE,
        "a receipt approved after the merge credits the survivor",
    ),
)
