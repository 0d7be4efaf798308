"""Points jobs: nightly expiry and the ledger check, visible through job(id)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from domain import db, jobs
from domain.clock import business_today, utc_now
from domain.ledger import service as ledger
from domain.points import expiry as points_expiry
from domain.points import pending as points_pending
from workers.tasks import JobRun, task


@task("points.expire")
async def expire_points(run: JobRun) -> dict[str, Any]:
    """Expire every due lot; state-driven, so running it twice is harmless."""
    return await points_expiry.expire_all_due(run.progress)


@task("points.release_pending")
async def release_pending_points(run: JobRun) -> dict[str, Any]:
    """Credit held order points whose return window has ended; safe to run twice."""
    return await points_pending.release_due(utc_now(), run.progress)


@task("ledger.verify")
async def verify_ledgers(run: JobRun) -> dict[str, Any]:
    """Prove every cached balance equals its entries and lots; report any drift."""
    drift = await ledger.verify()
    return {"accountsWithDrift": len(drift), "sample": [asdict(d) for d in drift[:20]]}


async def nightly_expiry(ctx: dict[str, Any]) -> None:
    """Cron: one expiry job per business day."""
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("points.expire", key=f"points.expire:{business_today()}")


async def nightly_ledger_check(ctx: dict[str, Any]) -> None:
    """Cron: one ledger check per business day."""
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("ledger.verify", key=f"ledger.verify:{business_today()}")


async def hourly_pending_release(ctx: dict[str, Any]) -> None:
    """Cron: one release of held points an hour."""
    slot = utc_now().replace(minute=0, second=0, microsecond=0)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("points.release_pending", key=f"points.release_pending:{slot.isoformat()}")
