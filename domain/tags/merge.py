"""Tags' merge rules: manual tags follow the survivor; computed tags are recomputed."""

from __future__ import annotations

from domain import db, jobs
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: manual tags the survivor lacks move, the rest go; both members' computed
    tags and bitmaps are refreshed by a job after commit."""
    await db.execute(
        "UPDATE member_manual_tags SET member_id = $1 WHERE member_id = $2 AND tag_id NOT IN "
        "(SELECT tag_id FROM member_manual_tags WHERE member_id = $1)",
        survivor_id,
        absorbed_id,
    )
    await db.execute("DELETE FROM member_manual_tags WHERE member_id = $1", absorbed_id)
    await jobs.defer("tags.refresh_members", member_ids=[survivor_id, absorbed_id])


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "member_manual_tags",
        "member_id",
        MergeRule.COMBINE,
        "one value per tag and member: the survivor's kept, the absorbed one's where it had none",
    ),
    MemberColumn(
        "member_tags",
        "member_id",
        MergeRule.COMBINE,
        "derived: recomputed for both members by the tags.refresh_members job",
    ),
    MemberColumn(
        "member_tag_history",
        "member_id",
        MergeRule.KEEP,
        "past runs' values as they were computed; the absorbed member is no longer live",
    ),
)
