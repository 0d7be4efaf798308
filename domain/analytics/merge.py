"""Analytics' merge rules: the member-grain rollup is derived and rebuilt, never moved."""

from __future__ import annotations

from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: nothing to move. The orders' merge hook marks every month of the absorbed
    member's orders dirty, and the refresh rebuilds those months from the moved orders."""


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "analytics_member_monthly",
        "member_id",
        MergeRule.COMBINE,
        "derived: the absorbed member's months are rebuilt from the moved orders",
    ),
)
