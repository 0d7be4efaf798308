"""The analytics jobs through a real worker: the nightly T+1 pass and the quarter-hour cron."""

from __future__ import annotations

from datetime import timedelta

from domain import db
from domain.clock import business_today
from domain.jobs import Job, JobStatus
from tests.factories import make_member
from tests.helpers import run_jobs
from workers import analytics


async def test_the_nightly_job_rebuilds_yesterday_even_without_marks(database, redis_client):
    # given a member registered yesterday whose registration day was never marked
    member = await make_member()
    yesterday = business_today() - timedelta(days=1)
    await db.execute(
        "UPDATE members SET registered_at = registered_at - interval '1 day' WHERE id = $1",
        member.id,
    )
    await db.execute("DELETE FROM analytics_dirty")
    # when the cron defers its job twice and a worker runs it
    await analytics.nightly_analytics({})
    await analytics.nightly_analytics({})
    await run_jobs(redis_client)
    # then one job ran and yesterday's new member is counted
    ran = await Job.filter(name="analytics.nightly")
    assert [(j.status, j.args) for j in ran] == [(JobStatus.DONE, {"day": yesterday.isoformat()})]
    counted = await db.fetch("SELECT day, new_members FROM analytics_members_daily")
    assert [(r["day"], r["new_members"]) for r in counted] == [(yesterday, 1)]


async def test_the_quarter_hour_cron_drains_what_writers_marked(database, redis_client):
    # given
    await make_member()
    # when
    await analytics.quarter_hourly_rollups({})
    await run_jobs(redis_client)
    # then
    job = await Job.get(name="analytics.refresh")
    assert job.status == JobStatus.DONE
    assert job.result == {"partitions": {**dict.fromkeys(_names(), 0), "members_daily": 1}}
    assert await db.fetch("SELECT 1 FROM analytics_dirty") == []


def _names() -> list[str]:
    from domain.analytics.rollups import ROLLUPS

    return list(ROLLUPS)
