"""Rebuilding rollup partitions: one transaction per partition (delete, then insert from the raw
tables), so a rebuild is idempotent and safe to run twice or in any order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from domain import clock, db, dirty
from domain.analytics.models import RollupState
from domain.analytics.rollups import ROLLUPS, Rollup
from domain.errors import DomainError

Progress = Callable[[int, str], Awaitable[None]]


def next_partition(part: date, monthly: bool) -> date:
    """The first day after a partition."""
    if not monthly:
        return part + timedelta(days=1)
    return date(part.year + part.month // 12, part.month % 12 + 1, 1)


def partitions(rollup: Rollup, first: date, last: date) -> list[date]:
    """The partition keys of a rollup covering the days first..last (inclusive)."""
    part = dirty.partition_of(first, rollup.monthly)
    keys = []
    while part <= last:
        keys.append(part)
        part = next_partition(part, rollup.monthly)
    return keys


async def rebuild_partition(rollup: Rollup, part: date) -> int:
    """Rebuild one partition in one transaction; returns the rows it now holds. Waits for open
    writers that marked it, and clears its dirty mark."""
    end = next_partition(part, rollup.monthly)
    columns = ", ".join(rollup.columns)
    async with db.transaction():
        await dirty.claim(rollup.name, part)
        await db.execute(f"DELETE FROM {rollup.table} WHERE day = $1", part)
        return await db.execute(
            f"INSERT INTO {rollup.table} ({columns}) {rollup.select}",
            part,
            end,
            clock.business_zone().key,
        )


@dataclass
class RefreshReport:
    """What a refresh did, per rollup."""

    partitions: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        """Partitions rebuilt per rollup."""
        return dict(self.partitions)


def selected(names: Iterable[str] | None) -> list[Rollup]:
    """The named rollups (all when none are named); an unknown name is refused."""
    if not names:
        return list(ROLLUPS.values())
    unknown = [n for n in names if n not in ROLLUPS]
    if unknown:
        raise DomainError(f"Unknown rollup {unknown[0]!r}.", field="rollup")
    return [ROLLUPS[n] for n in names]


async def refresh_dirty(
    *, now: datetime, rollups: Iterable[str] | None = None, progress: Progress | None = None
) -> RefreshReport:
    """Rebuild the partitions dirty when the run starts, then move each rollup's watermark to
    `now` (the instant the run started), or to the oldest mark still waiting if earlier. Marks
    made meanwhile wait for the next run, so a busy day cannot keep a run going. Safe to run
    twice and concurrently."""
    report = RefreshReport()
    chosen = selected(rollups)
    for index, rollup in enumerate(chosen):
        parts = await dirty.pending(rollup.name)
        for part in parts:
            await rebuild_partition(rollup, part)
        report.partitions[rollup.name] = len(parts)
        waiting = await dirty.oldest_mark(rollup.name)
        await _record(rollup.name, min(now, waiting) if waiting else now, len(parts))
        if progress is not None:
            await progress(int(100 * (index + 1) / len(chosen)), rollup.name)
    return report


async def mark_day(day: date, rollups: Iterable[str] | None = None) -> None:
    """Mark every rollup's partition holding `day` dirty (the nightly T+1 pass)."""
    for rollup in selected(rollups):
        await dirty.mark_partitions(rollup.name, [dirty.partition_of(day, rollup.monthly)])


async def _record(name: str, watermark: datetime | None, rebuilt: int) -> None:
    """Advance a rollup's watermark (never backwards) and count the partitions rebuilt."""
    await db.execute(
        """INSERT INTO analytics_rollups (rollup, watermark, refreshed_at, partitions_rebuilt)
           VALUES ($1, $2, now(), $3)
           ON CONFLICT (rollup) DO UPDATE SET
             watermark = GREATEST(analytics_rollups.watermark, EXCLUDED.watermark),
             refreshed_at = now(),
             partitions_rebuilt =
               analytics_rollups.partitions_rebuilt + EXCLUDED.partitions_rebuilt""",
        name,
        watermark,
        rebuilt,
    )


async def rebuild_range(
    first: date,
    last: date,
    *,
    rollups: Iterable[str] | None = None,
    on_partition: Callable[[str, date], Awaitable[None]] | None = None,
) -> RefreshReport:
    """Rebuild every partition of the chosen rollups covering first..last (backfills), one
    transaction per partition. Does not move watermarks: dirty partitions may remain."""
    if last < first:
        raise DomainError("The range ends before it starts.", field="to")
    report = RefreshReport()
    for rollup in selected(rollups):
        keys = partitions(rollup, first, last)
        for part in keys:
            await rebuild_partition(rollup, part)
            if on_partition is not None:
                await on_partition(rollup.name, part)
        report.partitions[rollup.name] = len(keys)
        await _record(rollup.name, None, len(keys))
    return report


@dataclass(frozen=True)
class Freshness:
    """One rollup's freshness: its watermark and dirty partitions."""

    rollup: str
    description: str
    monthly: bool
    watermark: datetime | None
    refreshed_at: datetime | None
    dirty_partitions: int


async def freshness() -> list[Freshness]:
    """Every rollup's watermark and dirty partition count, in registry order."""
    states = {s.rollup: s for s in await RollupState.all()}
    counts = await dirty.counts()
    result = []
    for rollup in ROLLUPS.values():
        state = states.get(rollup.name)
        result.append(
            Freshness(
                rollup=rollup.name,
                description=rollup.description,
                monthly=rollup.monthly,
                watermark=state.watermark if state else None,
                refreshed_at=state.refreshed_at if state else None,
                dirty_partitions=counts.get(rollup.name, 0),
            )
        )
    return result
