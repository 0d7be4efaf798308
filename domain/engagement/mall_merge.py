"""Points mall merge rules: exchanges move to the surviving member, as the points they froze
are frozen again on the survivor's account under the same key."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule

MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "mall_orders",
        "member_id",
        MergeRule.MOVE,
        "an exchange waiting for payment or shipment is the survivor's to cancel or receive; "
        "the ledger merge freezes its points again on the survivor's account, and the per-member "
        "limits count both members' exchanges",
    ),
)


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Move the absorbed member's exchanges to the survivor."""
    await db.execute(
        "UPDATE mall_orders SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )
