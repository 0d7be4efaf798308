"""Staff-triggered maintenance jobs."""

from __future__ import annotations

import strawberry

from domain import db, jobs
from domain.access import Scope
from domain.errors import ErrorCode
from schema.errors import UserError
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
    async def run_worker_probe(self, steps: int = 3) -> StartJobPayload:
        if not 1 <= steps <= 100:
            return StartJobPayload(
                job=None,
                errors=[
                    UserError(
                        code=ErrorCode.INVALID, field="steps", message="steps must be 1..100."
                    )
                ],
            )
        async with db.transaction():
            job = await jobs.defer("system.probe", steps=steps, delay_ms=200)
        return StartJobPayload(job=JobType.from_model(job), errors=[])
