"""Payment jobs: PENDING purchases past their time become EXPIRED."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.clock import utc_now
from domain.payments import service as payments_service
from workers.tasks import JobRun, task


@task("payments.expire")
async def expire_purchases(run: JobRun) -> dict[str, Any]:
    """Mark PENDING purchases past their time as EXPIRED (state-driven, safe to run twice)."""
    return {"expired": await payments_service.expire_pending(utc_now())}


async def expire_pending_purchases(ctx: dict[str, Any]) -> None:
    """Cron: one expiry job per five minutes."""
    now = utc_now()
    slot = now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("payments.expire", key=f"payments.expire:{slot.isoformat()}")
