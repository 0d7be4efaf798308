"""Every area's task module is imported here so its handlers register; cron jobs are listed."""

from __future__ import annotations

from typing import Any

from workers import orders, system  # noqa: F401

CRON_JOBS: list[Any] = []
