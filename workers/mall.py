"""Points mall jobs: exchanges whose cash part lapsed give their points and stock back."""

from __future__ import annotations

from typing import Any

from domain import db, jobs
from domain.clock import utc_now
from domain.engagement import mall_fulfilment
from workers.tasks import JobRun, task


@task("mall.release_unpaid")
async def release_unpaid(run: JobRun) -> dict[str, Any]:
    """Cancel exchanges whose cash was not paid in time (state-driven, safe to run twice)."""
    return {"released": await mall_fulfilment.release_unpaid(utc_now())}


async def release_unpaid_exchanges(ctx: dict[str, Any]) -> None:
    """Cron: one release job per five minutes."""
    now = utc_now()
    slot = now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("mall.release_unpaid", key=f"mall.release_unpaid:{slot.isoformat()}")
