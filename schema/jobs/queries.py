"""Job lookups for staff."""

from __future__ import annotations

import strawberry

from domain import jobs
from domain.access import Scope
from schema.jobs.types import JobType
from schema.permissions import IsStaff
from schema.relay import decode_id


@strawberry.type
class JobsQuery:
    @strawberry.field(
        description="A background job by id: status, progress, result summary, error.",
        permission_classes=[IsStaff.with_scope(Scope.JOBS_READ)],
    )
    async def job(self, id: strawberry.ID) -> JobType | None:
        job = await jobs.get_job(decode_id(id, "Job", "id"))
        return JobType.from_model(job) if job else None
