"""Orders' merge rules: orders, events and device bindings follow the survivor."""

from __future__ import annotations

from domain import db, dirty
from domain.members.hooks import MemberColumn, MergeRule
from domain.orders import stats


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: orders (so later refunds act on the survivor), events and anonymous
    bindings move; the survivor's statistics are recomputed from both histories."""
    days = await db.fetch(
        "SELECT DISTINCT ol.business_day FROM orders o JOIN order_lines ol ON ol.order_id = o.id "
        "WHERE o.member_id = $1",
        absorbed_id,
    )
    await dirty.mark("orders", [row["business_day"] for row in days])
    for table in ("orders", "events", "anonymous_bindings"):
        await db.execute(
            f"UPDATE {table} SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
        )
    await db.execute("DELETE FROM member_stats WHERE member_id = $1", absorbed_id)
    await stats.refresh(survivor_id)


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "orders", "member_id", MergeRule.MOVE, "refunds of pre-merge orders act on the survivor"
    ),
    MemberColumn("events", "member_id", MergeRule.MOVE, "one person's behaviour"),
    MemberColumn(
        "anonymous_bindings", "member_id", MergeRule.MOVE, "the device's later events attach"
    ),
    MemberColumn(
        "member_stats",
        "member_id",
        MergeRule.COMBINE,
        "derived: the absorbed row goes, the survivor's is recomputed from the moved orders",
    ),
)
