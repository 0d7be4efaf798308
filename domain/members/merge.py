"""Members' own merge rules: links and referrals follow the survivor; the merge log stays."""

from __future__ import annotations

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: links and referrals of the absorbed member now name the survivor."""
    await db.execute(
        """UPDATE member_links AS l SET member_id = $1 WHERE member_id = $2 AND NOT EXISTS (
               SELECT 1 FROM member_links d WHERE d.member_id = $1
                  AND d.other_member_id = l.other_member_id AND d.kind = l.kind
                  AND d.value = l.value)""",
        survivor_id,
        absorbed_id,
    )
    await db.execute(
        """UPDATE member_links AS l SET other_member_id = $1 WHERE other_member_id = $2
              AND NOT EXISTS (
               SELECT 1 FROM member_links d WHERE d.other_member_id = $1
                  AND d.member_id = l.member_id AND d.kind = l.kind AND d.value = l.value)""",
        survivor_id,
        absorbed_id,
    )
    # Whatever is left duplicates a survivor's link; a link to oneself says nothing.
    await db.execute(
        "DELETE FROM member_links WHERE member_id = $1 OR other_member_id = $1 "
        "OR (member_id = $2 AND other_member_id = $2)",
        absorbed_id,
        survivor_id,
    )
    await db.execute(
        "UPDATE members SET source_referrer_id = $1 WHERE source_referrer_id = $2 AND id <> $1",
        survivor_id,
        absorbed_id,
    )
    await db.execute(
        "UPDATE members SET source_referrer_id = NULL WHERE id = $1 AND source_referrer_id = $2",
        survivor_id,
        absorbed_id,
    )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "member_identities", "member_id", MergeRule.MOVE, "identities are the survivor's now"
    ),
    MemberColumn("member_links", "member_id", MergeRule.MOVE, "duplicates and self-links dropped"),
    MemberColumn(
        "member_links", "other_member_id", MergeRule.MOVE, "duplicates and self-links dropped"
    ),
    MemberColumn(
        "members",
        "source_referrer_id",
        MergeRule.MOVE,
        "the survivor is the referrer; a member referred by its own absorbed self has none",
    ),
    MemberColumn(
        "members", "merged_into_id", MergeRule.RESOLVE, "the merge pointer, flattened on chains"
    ),
    MemberColumn(
        "member_merges", "survivor_id", MergeRule.KEEP, "the merge log says who absorbed whom"
    ),
    MemberColumn(
        "member_merges", "absorbed_id", MergeRule.KEEP, "the merge log says who absorbed whom"
    ),
    MemberColumn(
        "member_phone_verifications",
        "member_id",
        MergeRule.KEEP,
        "a one-time code proves a phone only to the member who asked; the absorbed one's die",
    ),
    MemberColumn(
        "idempotency_records",
        "scope",
        MergeRule.KEEP,
        "recorded outcomes of the absorbed member's own requests, replayed to that caller only",
    ),
)
