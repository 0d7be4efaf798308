"""The arq worker process: rides out Redis restarts instead of exiting."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from arq.worker import Worker, get_kwargs
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger("crm.worker")

REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, ConnectionError, asyncio.TimeoutError)
FIRST_PAUSE_SECONDS = 0.2
LONGEST_PAUSE_SECONDS = 5.0


class ResilientWorker(Worker):
    """An arq Worker whose polling loop waits for Redis with back-off when it goes away.

    Jobs Redis lost while it was down are still PENDING in the outbox: the sweeper re-enqueues
    them once Redis is back.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pause = 0.0

    async def _poll_iteration(self) -> None:
        try:
            await super()._poll_iteration()
        except REDIS_DOWN as exc:
            self._pause = min(LONGEST_PAUSE_SECONDS, max(FIRST_PAUSE_SECONDS, self._pause * 2))
            log.warning("redis unavailable (%s); retrying in %.1fs", exc, self._pause)
            await asyncio.sleep(self._pause)
        else:
            if self._pause:
                log.info("redis is back")
            self._pause = 0.0

    async def start_jobs(self, job_ids: list[bytes]) -> None:
        for job_id in job_ids:
            try:
                await super().start_jobs([job_id])
            except REDIS_DOWN:
                # arq took a slot for this job before Redis failed; give it back or it leaks
                self.job_counter -= 1
                self.sem.release()
                raise


def run(settings: type, **overrides: Any) -> None:
    """Run a ResilientWorker with `settings` (an arq WorkerSettings class) until stopped."""
    ResilientWorker(**{**get_kwargs(settings), **overrides}).run()
