"""The recommendation rebuild job and its nightly cron."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain import cache
from domain.jobs import Job
from domain.recs import published, training
from tests.factories import make_planted
from tests.helpers import run_jobs
from workers import recs as recs_tasks

pytestmark = pytest.mark.usefixtures("database")


async def test_nightly_cron_defers_one_rebuild_a_day_and_the_job_publishes(
    tmp_path: Path, monkeypatch, redis_client
) -> None:
    # given
    monkeypatch.setenv("INDEX_DIR", str(tmp_path))
    await make_planted(members=12, orders=3)
    # when
    first = await recs_tasks.nightly_rebuild({})
    second = await recs_tasks.nightly_rebuild({})
    await run_jobs(redis_client)
    # then
    assert first == second and await Job.filter(name="recs.rebuild").count() == 1
    job = await Job.get(id=first)
    assert job.status == "DONE" and job.result is not None and job.result["members"] == 12
    current = await published.current_version()
    assert current is not None and current.version == job.result["version"]


async def test_rebuild_without_behaviour_publishes_nothing(tmp_path: Path) -> None:
    # when
    result = await training.rebuild(index_dir=tmp_path)
    # then
    assert result == {"skipped": "no interactions yet"}
    assert await published.current_version() is None


async def test_a_second_concurrent_rebuild_is_skipped(tmp_path: Path) -> None:
    # given
    await cache.redis().set(training.LOCK_KEY, "someone-else", ex=60)
    # when
    result = await training.rebuild(index_dir=tmp_path)
    # then
    assert result == {"skipped": "another rebuild is running"}
    assert await cache.redis().get(training.LOCK_KEY) in ("someone-else", b"someone-else")
