"""Engagement merge rules: sign-in days, task progress and referral history stay with the
member they happened to; badges, a referrer's invitees and promo-code redemptions go to the
survivor."""

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
    MemberColumn(
        "invite_codes",
        "member_id",
        MergeRule.RESOLVE,
        "a code printed or shared by the absorbed member still works: registering with it "
        "resolves the owner to the survivor",
    ),
    MemberColumn(
        "referrals",
        "referrer_id",
        MergeRule.MOVE,
        "the absorbed member's invitees are the survivor's, in its list and report",
    ),
    MemberColumn(
        "referrals",
        "invitee_id",
        MergeRule.KEEP,
        "one referral per invitee: the absorbed account's referral and its rewards happened; "
        "the survivor keeps its own",
    ),
    MemberColumn(
        "referral_rewards",
        "member_id",
        MergeRule.KEEP,
        "a record of rewards paid (the points and coupons themselves move with their areas); "
        "the monthly cap counts per account",
    ),
    MemberColumn(
        "promo_redemptions",
        "member_id",
        MergeRule.MOVE,
        "redemptions count towards the survivor's per-member limit, like the coupons they gave",
    ),
)


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """The absorbed member's badges the survivor lacks, invitees and promo-code redemptions
    move; sign-in days and task progress are its history."""
    await db.execute(
        """UPDATE member_badges b SET member_id = $1 WHERE b.member_id = $2
             AND NOT EXISTS (SELECT 1 FROM member_badges s WHERE s.member_id = $1
                               AND s.badge = b.badge)""",
        survivor_id,
        absorbed_id,
    )
    await db.execute(
        "UPDATE referrals SET referrer_id = $1 WHERE referrer_id = $2", survivor_id, absorbed_id
    )
    await db.execute(
        "UPDATE promo_redemptions SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )
