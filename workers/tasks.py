"""The registry of job handlers by name; each area's module registers its handlers here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from domain import jobs


@dataclass
class JobRun:
    """What a handler knows about the run it is part of."""

    job_id: int
    attempt: int
    lease_seconds: int

    async def progress(self, percent: int, message: str = "") -> None:
        """Report progress; also renews the lease."""
        await jobs.report_progress(self.job_id, percent, message, self.lease_seconds)


Handler = Callable[..., Awaitable[dict[str, Any] | None]]
HANDLERS: dict[str, Handler] = {}


def task(name: str) -> Callable[[Handler], Handler]:
    """Register `async def handler(run: JobRun, **args) -> result summary` under a job name."""

    def decorate(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return decorate
