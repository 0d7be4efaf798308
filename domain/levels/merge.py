"""Levels' merge rules: the better level holds, paid plans queue up, history stays put."""

from __future__ import annotations

from datetime import date

from domain import db
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: the survivor keeps the higher of the two levels; the absorbed member's paid
    plans move, those overlapping the survivor's active plans queued after them, whole."""
    await _combine_levels(survivor_id, absorbed_id)
    await _queue_paid_plans(survivor_id, absorbed_id)


async def _combine_levels(survivor_id: int, absorbed_id: int) -> None:
    rows = {
        row["member_id"]: row
        for row in await db.fetch(
            "SELECT member_id, rank FROM member_levels WHERE member_id = ANY($1::bigint[]) "
            "ORDER BY member_id FOR UPDATE",
            [survivor_id, absorbed_id],
        )
    }
    absorbed, survivor = rows.get(absorbed_id), rows.get(survivor_id)
    if absorbed is not None and (survivor is None or absorbed["rank"] > survivor["rank"]):
        await db.execute("DELETE FROM member_levels WHERE member_id = $1", survivor_id)
        await db.execute(
            "UPDATE member_levels SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
        )
        await db.execute(
            """INSERT INTO level_changes (member_id, from_rank, to_rank, kind, reason,
                                          idempotency_key, changed_at)
               VALUES ($1, $2, $3, 'UPGRADE', $4, $5, now())""",
            survivor_id,
            survivor["rank"] if survivor is not None else 1,
            absorbed["rank"],
            f"merged with member {absorbed_id}"[:200],
            f"merge:{absorbed_id}",
        )
    await db.execute("DELETE FROM member_levels WHERE member_id = $1", absorbed_id)


async def _queue_paid_plans(survivor_id: int, absorbed_id: int) -> None:
    await db.fetch("SELECT pg_advisory_xact_lock(hashtextextended($1, 11))", f"paid:{survivor_id}")
    active = await db.fetch(
        "SELECT id, member_id, starts_on, ends_on FROM paid_memberships "
        "WHERE member_id = ANY($1::bigint[]) AND status = 'ACTIVE' ORDER BY starts_on, id",
        [survivor_id, absorbed_id],
    )
    taken: date | None = max(
        (row["ends_on"] for row in active if row["member_id"] == survivor_id), default=None
    )
    for row in active:
        if row["member_id"] != absorbed_id or taken is None:
            continue
        if row["starts_on"] < taken:
            length = row["ends_on"] - row["starts_on"]
            await db.execute(
                "UPDATE paid_memberships SET starts_on = $2, ends_on = $3 WHERE id = $1",
                row["id"],
                taken,
                taken + length,
            )
            taken = taken + length
        else:
            taken = max(taken, row["ends_on"])
    await db.execute(
        "UPDATE paid_memberships SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "member_levels",
        "member_id",
        MergeRule.COMBINE,
        "one level per member: the higher of the two holds (growth points move with the ledger)",
    ),
    MemberColumn(
        "level_changes",
        "member_id",
        MergeRule.KEEP,
        "the absorbed member's own level history; the survivor's gains a change if it rose",
    ),
    MemberColumn(
        "paid_memberships",
        "member_id",
        MergeRule.COMBINE,
        "paid plans must not overlap: the absorbed member's active ones move and, where they "
        "overlap the survivor's, start when the survivor's end, with their full length",
    ),
)
