"""Dirty partitions of derived tables, marked in the writer's own transaction.

A writer calls `mark(source, days)` for the business days its change touched. Each rollup that
reads that source gets one `analytics_dirty` row per partition (a day, or the first day of a
month for monthly rollups); a refresh rebuilds those partitions and deletes the rows.

A writer also takes a shared transaction-scoped advisory lock per marked partition, and the
refresh takes the same lock exclusively before it deletes a mark and rebuilds: a refresh therefore
waits for every open transaction that marked the partition, and sees their rows once it runs.
Marks of the same partition do not block each other (shared locks), so the hot "today" partition
never serialises order writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from tortoise import fields
from tortoise.models import Model

from domain import clock, db

EPOCH = date(2000, 1, 1)


class DirtyPartition(Model):
    """A partition of a rollup to rebuild: `day` is the day, or a month's first day."""

    id = fields.BigIntField(primary_key=True)
    rollup = fields.CharField(max_length=40)
    day = fields.DateField()
    marked_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "analytics_dirty"
        unique_together = (("rollup", "day"),)


@dataclass(frozen=True)
class Target:
    """A rollup that reads a source, and whether its partitions are months."""

    rollup: str
    monthly: bool


_TARGETS: dict[str, dict[str, Target]] = {}


def register(rollup: str, *, monthly: bool, sources: Iterable[str]) -> None:
    """Declare that `rollup` is rebuilt from the given sources (idempotent)."""
    for source in sources:
        _TARGETS.setdefault(source, {})[rollup] = Target(rollup, monthly)


def partition_of(day: date, monthly: bool) -> date:
    """The partition key holding a day: the day itself, or its month's first day."""
    return day.replace(day=1) if monthly else day


def lock_key(day: date) -> int:
    """The second half of a partition's advisory lock key (days since 2000-01-01)."""
    return (day - EPOCH).days


def day_of(moment: datetime) -> date:
    """The business day of an instant."""
    return clock.to_business(moment).date()


async def mark(source: str, days: Iterable[date]) -> None:
    """Mark the partitions of every rollup reading `source` that hold these days as dirty, in the
    caller's transaction. Idempotent (insert ... on conflict do nothing)."""
    pairs = sorted(
        {
            (target.rollup, partition_of(day, target.monthly))
            for day in days
            for target in _TARGETS.get(source, {}).values()
        }
    )
    if not pairs:
        return
    rollups = [rollup for rollup, _ in pairs]
    parts = [part for _, part in pairs]
    await db.execute(
        """WITH keys AS (SELECT r, d FROM unnest($1::text[], $2::date[]) AS k(r, d)),
                locked AS MATERIALIZED (
                  SELECT r, d, pg_advisory_xact_lock_shared(hashtext(r), d - $3::date) FROM keys)
           INSERT INTO analytics_dirty (rollup, day, marked_at)
           SELECT r, d, now() FROM locked ORDER BY r, d
           ON CONFLICT (rollup, day) DO NOTHING""",
        rollups,
        parts,
        EPOCH,
    )


async def mark_moments(source: str, moments: Iterable[datetime]) -> None:
    """`mark` for the business days of some instants."""
    await mark(source, {day_of(moment) for moment in moments})


async def mark_partitions(rollup: str, parts: Iterable[date]) -> None:
    """Mark given partitions of one rollup dirty (the nightly pass over yesterday)."""
    keys = sorted(set(parts))
    await db.execute(
        "INSERT INTO analytics_dirty (rollup, day, marked_at) "
        "SELECT $1, d, now() FROM unnest($2::date[]) AS d ON CONFLICT (rollup, day) DO NOTHING",
        rollup,
        keys,
    )


async def pending(rollup: str, limit: int = 10_000) -> list[date]:
    """The dirty partitions of a rollup, oldest first."""
    rows = await db.fetch(
        "SELECT day FROM analytics_dirty WHERE rollup = $1 ORDER BY day LIMIT $2", rollup, limit
    )
    return [row["day"] for row in rows]


async def claim(rollup: str, part: date) -> None:
    """In the caller's transaction: wait for every open writer that marked this partition, then
    clear its mark. The caller rebuilds the partition in the same transaction."""
    await db.execute(
        "SELECT pg_advisory_xact_lock(hashtext($1), $2::date - $3::date)", rollup, part, EPOCH
    )
    await db.execute("DELETE FROM analytics_dirty WHERE rollup = $1 AND day = $2", rollup, part)


async def oldest_mark(rollup: str) -> datetime | None:
    """When the oldest change still waiting in a dirty partition of a rollup was marked."""
    row = await db.fetch_one(
        "SELECT min(marked_at) AS at FROM analytics_dirty WHERE rollup = $1", rollup
    )
    return row["at"] if row else None


async def counts() -> dict[str, int]:
    """Dirty partitions per rollup."""
    rows = await db.fetch("SELECT rollup, count(*) AS n FROM analytics_dirty GROUP BY rollup")
    return {row["rollup"]: int(row["n"]) for row in rows}
