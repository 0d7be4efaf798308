"""Engagement merge rules: sign-in days and task progress stay with the member who earned
them; badges go to the survivor."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule

MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "sign_ins",
        "member_id",
        MergeRule.KEEP,
        "a record of the days that account signed in and the rewards already paid; streaks "
        "belong to an account, and both members may hold the same day",
    ),
    MemberColumn(
        "task_progress",
        "member_id",
        MergeRule.KEEP,
        "progress and completions of that account, whose rewards were already paid",
    ),
    MemberColumn(
        "task_credits",
        "member_id",
        MergeRule.KEEP,
        "which events and orders already counted, kept so that none counts twice",
    ),
    MemberColumn(
        "member_badges",
        "member_id",
        MergeRule.COMBINE,
        "the survivor holds every badge either earned (one row per badge)",
    ),
)


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """The absorbed member's badges the survivor lacks move; sign-in days and task progress are
    its history."""
    await db.execute(
        """UPDATE member_badges b SET member_id = $1 WHERE b.member_id = $2
             AND NOT EXISTS (SELECT 1 FROM member_badges s WHERE s.member_id = $1
                               AND s.badge = b.badge)""",
        survivor_id,
        absorbed_id,
    )
