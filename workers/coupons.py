"""Coupon jobs: nightly expiry of unused coupons; release of reservations left unpaid."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain import db, jobs
from domain.clock import business_today, utc_now
from domain.coupons import redemption
from domain.coupons import service as coupons_service
from workers.tasks import JobRun, task


@task("coupons.expire")
async def expire_coupons(run: JobRun) -> dict[str, Any]:
    """Mark unused coupons past their validity as expired (safe to run twice)."""
    return {"expired": await coupons_service.expire_due()}


async def nightly_coupon_expiry(ctx: dict[str, Any]) -> None:
    """Cron: one expiry job per business day."""
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("coupons.expire", key=f"coupons.expire:{business_today()}")


@task("coupons.release_stale")
async def release_stale_reservations(run: JobRun, now: str) -> dict[str, Any]:
    """Release coupons locked to orders longer than the reservation time before `now`."""
    return {"released": await redemption.release_stale(now=datetime.fromisoformat(now))}


async def release_stale_coupons(ctx: dict[str, Any]) -> None:
    """Cron: one release job per run, for the minute it was scheduled."""
    now = utc_now().replace(second=0, microsecond=0)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer(
            "coupons.release_stale",
            key=f"coupons.release_stale:{now.isoformat()}",
            now=now.isoformat(),
        )
