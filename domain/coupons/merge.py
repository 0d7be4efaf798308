"""Coupons' merge rules: the absorbed member's coupons are the survivor's."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: every coupon, whatever its state, moves to the survivor."""
    await db.execute(
        "UPDATE coupons SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "coupons",
        "member_id",
        MergeRule.MOVE,
        "claimed legitimately, so kept even past a template's per-member limit; used ones count "
        "towards the survivor's limits from now on",
    ),
)
