"""Engagement merge rules: sign-in days stay with the member who signed."""

from __future__ import annotations

from domain.members.hooks import MemberColumn, MergeRule

MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "sign_ins",
        "member_id",
        MergeRule.KEEP,
        "a record of the days that account signed in and the rewards already paid; streaks "
        "belong to an account, and both members may hold the same day",
    ),
)


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Nothing moves: the absorbed member's sign-in days are its history."""
