"""Levels and benefits jobs: nightly evaluation, birthday and monthly gifts, card drops,
paid-plan expiry. Each cron defers one job per business day, visible through job(id)."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain import db, jobs
from domain.benefits import card_drops
from domain.clock import business_today
from domain.levels import evaluation as levels_evaluation
from domain.levels import gifts as levels_gifts
from domain.levels import paid as paid_service
from domain.levels import reevaluation as levels_reevaluation
from workers.tasks import JobRun, task


@task("levels.evaluate")
async def evaluate_levels(run: JobRun, day: str | None = None) -> dict[str, Any]:
    """Keep or downgrade every member whose level period ends by the job's business day."""
    return await levels_evaluation.evaluate_due(_business_day(day), progress=run.progress)


@task(levels_reevaluation.REEVALUATE_JOB)
async def reevaluate_levels(run: JobRun) -> dict[str, Any]:
    """After a new ladder: upgrade at once every member its thresholds place higher."""
    return await levels_reevaluation.reevaluate_all(run.progress)


@task("levels.daily_gifts")
async def daily_gifts(run: JobRun, day: str | None = None) -> dict[str, Any]:
    """Birthday gifts, monthly level packs, card drops and paid-plan expiry for the business day
    the job was deferred for (today for jobs deferred without one)."""
    today = _business_day(day)
    birthdays = await levels_gifts.grant_birthday_gifts(today)
    await run.progress(25, "birthdays")
    monthly = await levels_gifts.grant_monthly_benefits(today)
    await run.progress(50, "monthly packs")
    drops = await card_drops.distribute_due(today=today, progress=run.progress)
    expired = await paid_service.expire_ended(today)
    return {"birthdayGifts": birthdays, "monthlyGrants": monthly, **drops, "expiredPlans": expired}


async def nightly_levels(ctx: dict[str, Any]) -> None:
    """Cron: the day's level evaluation and gifts, each once per business day, and the upgrade
    of members whose measure grew without an order (a tenure ladder, a credit from staff)."""
    day = business_today()
    async with jobs.deferred_scope(), db.transaction():
        await jobs.defer("levels.evaluate", key=f"levels.evaluate:{day}", day=day.isoformat())
        await jobs.defer("levels.daily_gifts", key=f"levels.daily_gifts:{day}", day=day.isoformat())
        await jobs.defer(
            levels_reevaluation.REEVALUATE_JOB, key=f"{levels_reevaluation.REEVALUATE_JOB}:{day}"
        )


def _business_day(day: str | None) -> date:
    """The business day a job was deferred for; today for jobs deferred without one."""
    return date.fromisoformat(day) if day else business_today()
