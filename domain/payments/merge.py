"""Payments' merge rules: purchases follow the survivor, so refunds pay the survivor back."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: the absorbed member's purchases (pending ones included) move."""
    await db.execute(
        "UPDATE purchases SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "purchases",
        "member_id",
        MergeRule.MOVE,
        "a pending purchase is confirmed, and a paid one refunded, for the survivor",
    ),
)
