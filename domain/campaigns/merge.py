"""Campaigns' merge rules: one turn per member and occurrence, so a person is not reached twice."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule

DUPLICATE = "MERGED"
"""Status of a pending notification not sent because the survivor has the same one."""


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: deliveries and notifications move unless the survivor has one for the same
    campaign and occurrence; those stay on the absorbed id, pending notifications unsent."""
    await db.execute(
        "UPDATE member_inbox_messages SET member_id = $1 WHERE member_id = $2",
        survivor_id,
        absorbed_id,
    )
    for table in ("campaign_deliveries", "campaign_notifications"):
        await db.execute(
            f"""UPDATE {table} AS t SET member_id = $1 WHERE member_id = $2 AND NOT EXISTS (
                    SELECT 1 FROM {table} s WHERE s.member_id = $1
                       AND s.campaign_id = t.campaign_id AND s.occurrence = t.occurrence)""",
            survivor_id,
            absorbed_id,
        )
    await db.execute(
        "UPDATE campaign_notifications SET status = $2 WHERE member_id = $1 AND status = 'PENDING'",
        absorbed_id,
        DUPLICATE,
    )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "member_inbox_messages",
        "member_id",
        MergeRule.MOVE,
        "the survivor reads every message either person received",
    ),
    MemberColumn(
        "campaign_deliveries",
        "member_id",
        MergeRule.COMBINE,
        "one turn per campaign occurrence: moved unless the survivor had one; a duplicate stays "
        "on the absorbed id as the record of what it received",
    ),
    MemberColumn(
        "campaign_notifications",
        "member_id",
        MergeRule.COMBINE,
        "moved unless the survivor has the same one; a duplicate stays, never sent if pending",
    ),
)
