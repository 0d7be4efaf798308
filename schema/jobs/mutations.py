"""Staff-triggered maintenance jobs."""

from __future__ import annotations

import strawberry

from domain import jobs
from domain.access import Scope
from schema.errors import UserError, returns_errors
from schema.jobs.types import JobType
from schema.permissions import IsStaff


@strawberry.type
class StartJobPayload:
    job: JobType | None
    errors: list[UserError]


@strawberry.type
class JobsMutation:
    @strawberry.mutation(
        description=(
            "Start the worker probe: a job of `steps` steps that records each step once. It shows "
            "the queue, the workers and job progress working end to end. Errors: INVALID."
        ),
        permission_classes=[IsStaff.with_scope(Scope.JOBS_WRITE)],
    )
    @returns_errors
    async def run_worker_probe(self, steps: int = 3) -> StartJobPayload:
        job = await jobs.start_probe(steps)
        return StartJobPayload(job=JobType.from_model(job), errors=[])
