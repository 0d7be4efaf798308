"""The reconcile check: every rollup against plain SQL over the raw tables.

Per rollup, in one read-only snapshot: the grand total of each measure, then every row of up to
`SAMPLE_DAYS` sampled partitions at full grain, compared by EXCEPT in both directions. Dirty
partitions (changed since their last rebuild, waiting for a refresh) are left out of both
sides, so a rollup that is merely behind is not reported. The sample is drawn from a recorded
seed, so a run can be repeated exactly.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from domain import clock, db, dirty, metrics
from domain.analytics.checks import RAW
from domain.analytics.records import ReconcileResult
from domain.analytics.refresh import selected
from domain.analytics.rollups import Rollup

SAMPLE_DAYS = 7

Progress = Callable[[int, str], Awaitable[None]]


@dataclass(frozen=True)
class Outcome:
    """What one rollup's check found."""

    rollup: str
    days: list[date]
    total_mismatches: int
    row_mismatches: int
    skipped_partitions: int

    @property
    def mismatches(self) -> int:
        """Measures whose totals differ plus rows found on one side only."""
        return self.total_mismatches + self.row_mismatches


def sample(parts: list[date], seed: int, size: int = SAMPLE_DAYS) -> list[date]:
    """Up to `size` partitions drawn without replacement by `seed`, sorted."""
    ordered = sorted(set(parts))
    return sorted(random.Random(seed).sample(ordered, min(size, len(ordered))))


def _raw(rollup: Rollup) -> str:
    return f"SELECT * FROM ({RAW[rollup.name]}) r({', '.join(rollup.columns)})"


async def _totals_differ(rollup: Rollup, skipped: list[date]) -> int:
    sums = ", ".join(f"COALESCE(sum({m}), 0)" for m in rollup.measures)
    row = await db.fetch_one(
        f"SELECT (SELECT ARRAY[{sums}] FROM {rollup.table} WHERE day <> ALL($2::date[])) AS mine,"
        f" (SELECT ARRAY[{sums}] FROM ({_raw(rollup)}) r WHERE r.day <> ALL($2::date[])) AS raw",
        clock.business_zone().key,
        skipped,
    )
    assert row is not None
    return sum(1 for a, b in zip(row["mine"], row["raw"], strict=True) if a != b)


async def _rows_differ(rollup: Rollup, days: list[date]) -> int:
    if not days:
        return 0
    table = f"SELECT {', '.join(rollup.columns)} FROM {rollup.table} WHERE day = ANY($2::date[])"
    raw = f"SELECT * FROM ({_raw(rollup)}) r WHERE r.day = ANY($2::date[])"
    row = await db.fetch_one(
        f"SELECT (SELECT count(*) FROM ({table} EXCEPT ALL {raw}) a)"
        f" + (SELECT count(*) FROM ({raw} EXCEPT ALL {table}) b) AS n",
        clock.business_zone().key,
        days,
    )
    assert row is not None
    return int(row["n"])


async def check(rollup: Rollup, seed: int) -> Outcome:
    """Compare one rollup with the raw tables in one read-only snapshot."""
    async with db.transaction():
        await db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        skipped = await dirty.pending(rollup.name)
        found = await db.fetch(f"SELECT DISTINCT day FROM {rollup.table}")
        candidates = [r["day"] for r in found if r["day"] not in set(skipped)]
        days = sample(candidates, seed)
        totals = await _totals_differ(rollup, skipped)
        rows = await _rows_differ(rollup, days)
    return Outcome(rollup.name, days, totals, rows, len(skipped))


async def reconcile(
    *,
    now: datetime,
    seed: int | None = None,
    rollups: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> list[Outcome]:
    """Check every chosen rollup, record each result and set the mismatch gauge. The seed
    defaults to the business day of `now`, so a repeated run of one night samples the same."""
    seed = clock.business_today(now).toordinal() if seed is None else seed
    chosen = selected(rollups)
    outcomes = []
    for index, rollup in enumerate(chosen):
        outcome = await check(rollup, seed)
        await ReconcileResult.create(
            rollup=rollup.name,
            reconciled_at=now,
            seed=seed,
            days=[d.isoformat() for d in outcome.days],
            total_mismatches=outcome.total_mismatches,
            row_mismatches=outcome.row_mismatches,
            skipped_partitions=outcome.skipped_partitions,
        )
        metrics.reconcile_checked(rollup.name, outcome.mismatches)
        outcomes.append(outcome)
        if progress is not None:
            await progress(int(100 * (index + 1) / len(chosen)), rollup.name)
    return outcomes


async def latest() -> dict[str, ReconcileResult]:
    """The most recent result of each rollup that was ever reconciled."""
    rows: list[ReconcileResult] = await ReconcileResult.raw(
        "SELECT DISTINCT ON (rollup) * FROM analytics_reconcile"
        " ORDER BY rollup, reconciled_at DESC, id DESC"
    )
    return {row.rollup: row for row in rows}
