"""Every area's task module is imported here so its handlers register; cron jobs are listed."""

from __future__ import annotations

from typing import Any

from arq import cron

from workers import orders, system, tags  # noqa: F401

CRON_JOBS: list[Any] = [
    # 02:00 on the worker's clock: one full tag computation a day (keyed by business day).
    cron(tags.nightly_tags, hour={2}, minute={0}, unique=True),
]
