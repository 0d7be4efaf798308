"""Coupon jobs: nightly expiry of unused coupons."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.clock import business_today
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
