"""Benefits' merge rules: grants (with their redemptions) and benefit cards follow the survivor."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: grants and cards move; redemptions and appointments hang off the grant."""
    for table in ("benefit_grants", "member_cards"):
        await db.execute(
            f"UPDATE {table} SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
        )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "benefit_grants",
        "member_id",
        MergeRule.MOVE,
        "unused quantities are the survivor's; redemptions and appointments follow their grant",
    ),
    MemberColumn(
        "member_cards",
        "member_id",
        MergeRule.MOVE,
        "the survivor holds the card; its later drops grant to the survivor",
    ),
)
