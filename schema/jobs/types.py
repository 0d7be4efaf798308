"""The visible state of a background job."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TypeAlias

import strawberry
from strawberry.scalars import JSON

from domain.jobs import Job, JobStatus
from schema.node import Node
from schema.relay import encode_id

JobStatusEnum: TypeAlias = JobStatus
strawberry.enum(JobStatus, name="JobStatus")


@strawberry.type(name="Job", description="A background job: status, progress and result.")
class JobType(Node):
    name: str
    status: JobStatusEnum
    progress: int = strawberry.field(description="0 to 100.")
    message: str
    attempts: int
    result: JSON | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def from_model(cls, job: Job) -> JobType:
        return cls(
            id=strawberry.ID(encode_id("Job", job.id)),
            name=job.name,
            status=job.status if isinstance(job.status, Enum) else JobStatus(job.status),
            progress=job.progress,
            message=job.message,
            attempts=job.attempts,
            result=JSON(job.result),
            error=job.error,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
        )
