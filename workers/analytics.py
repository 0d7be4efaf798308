"""Analytics jobs: rebuild the rollup partitions writers marked dirty, every quarter hour, and
yesterday's partitions of every rollup each night (T+1), visible through job(id)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from domain import db, jobs
from domain.analytics import export_jobs, reconcile, refresh
from domain.clock import business_today, utc_now
from workers.tasks import JobRun, task


@task("analytics.refresh")
async def refresh_rollups(run: JobRun, rollups: list[str] | None = None) -> dict[str, Any]:
    """Rebuild every dirty partition (one transaction each) and advance the watermarks.
    Safe to run twice: a partition is deleted and inserted again from the raw tables."""
    report = await refresh.refresh_dirty(now=utc_now(), rollups=rollups, progress=run.progress)
    return {"partitions": report.as_dict()}


@task("analytics.nightly")
async def nightly_rollups(run: JobRun, day: str) -> dict[str, Any]:
    """Mark the given business day of every rollup dirty, then refresh: the T+1 pass that also
    catches changes no writer marks (coupons expiring, rows loaded in bulk)."""
    async with db.transaction():
        await refresh.mark_day(date.fromisoformat(day))
    report = await refresh.refresh_dirty(now=utc_now(), progress=run.progress)
    return {"day": day, "partitions": report.as_dict()}


@task("analytics.reconcile")
async def reconcile_rollups(run: JobRun, seed: int | None = None) -> dict[str, Any]:
    """Compare every rollup with plain SQL over the raw tables and record the mismatches.
    Safe to run twice: it only reads, and records one more result per rollup."""
    outcomes = await reconcile.reconcile(now=utc_now(), seed=seed, progress=run.progress)
    return {
        "mismatches": {o.rollup: o.mismatches for o in outcomes},
        "days": {o.rollup: [d.isoformat() for d in o.days] for o in outcomes},
    }


@task(export_jobs.EXPORT_JOB)
async def export_dataset(run: JobRun, **args: Any) -> dict[str, Any]:
    """Write an exported data set's file and return its summary with a signed download link.
    Safe to run twice: the job's file is written again under the same name."""
    return await export_jobs.run_export(run.job_id, args, now=utc_now, progress=run.progress)


async def quarter_hourly_rollups(ctx: dict[str, Any]) -> None:
    """Cron: one refresh job per quarter hour."""
    now = utc_now()
    slot = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("analytics.refresh", key=f"analytics.refresh:{slot.isoformat()}")


async def nightly_analytics(ctx: dict[str, Any]) -> None:
    """Cron: one T+1 job per business day, for yesterday."""
    yesterday = business_today() - timedelta(days=1)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer(
            "analytics.nightly", key=f"analytics.nightly:{yesterday}", day=yesterday.isoformat()
        )


async def nightly_reconcile(ctx: dict[str, Any]) -> None:
    """Cron: one reconcile job per business day, after the T+1 refresh."""
    today = business_today()
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer(
            "analytics.reconcile", key=f"analytics.reconcile:{today}", seed=today.toordinal()
        )
