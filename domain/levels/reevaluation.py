"""Applying a ladder now: every member whose growth reaches a higher level on the ladder in force
is upgraded at once (with the passed levels' gifts), instead of at the member's next order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from domain import db, jobs
from domain.clock import business_zone, utc_now
from domain.jobs import Job
from domain.levels import service
from domain.levels.ladder import LevelInput, define_levels, ladder, settings
from domain.levels.models import Level
from domain.levels.preview import ranked_sql

REEVALUATE_JOB = "levels.reevaluate"


async def apply_ladder(
    levels: list[LevelInput],
    *,
    growth_point_type: str,
    growth_policy: str,
    basis: str = "GROWTH",
) -> tuple[list[Level], Job]:
    """Replace the ladder and, in the same transaction, defer the job that upgrades everyone
    it places higher (follow it with job(id))."""
    async with db.transaction():
        saved = await define_levels(
            levels,
            growth_point_type=growth_point_type,
            growth_policy=growth_policy,
            basis=basis,
        )
        job = await jobs.defer(REEVALUATE_JOB)
    return saved, job


async def _candidates(after: int, limit: int) -> list[int]:
    """Members after `after` (by id) whose growth reaches above their rank on today's ladder."""
    levels = await ladder()
    config = await settings()
    rows = await db.fetch(
        f"""SELECT member_id FROM ({ranked_sql(config.growth_policy, config.basis)}) r
             WHERE r.target > r.rank AND r.member_id > $6 ORDER BY member_id LIMIT $7""",
        f"POINTS:{config.growth_point_type}",
        str(business_zone()),
        [x.rank for x in levels],
        [x.reach_growth for x in levels],
        utc_now(),
        after,
        limit,
    )
    return [int(r["member_id"]) for r in rows]


async def reevaluate_all(
    progress: Callable[[int, str], Awaitable[None]] | None = None, batch: int = 500
) -> dict[str, int]:
    """Upgrade every member the ladder in force places higher; safe to run twice (each upgrade
    and gift is keyed, and a member already upgraded is no longer a candidate)."""
    after, checked, upgraded = 0, 0, 0
    while ids := await _candidates(after, batch):
        for member_id in ids:
            outcome = await service.apply_growth(member_id)
            upgraded += outcome.from_rank is not None
        checked += len(ids)
        after = ids[-1]
        if progress:
            await progress(50, f"{upgraded} members upgraded")
    return {"candidates": checked, "upgraded": upgraded}
