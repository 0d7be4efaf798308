"""exportDataset: an analytics data set written to a file by a job, and the signed link to it."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated

import strawberry

from domain.access import Scope
from domain.analytics import downloads, export_jobs
from domain.analytics.exports import ExportFormat
from domain.clock import utc_now
from domain.jobs import JobStatus
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.jobs.types import JobType
from schema.permissions import IsStaffOrBI
from schema.relay import decode_id

EXPORT_GATE = IsStaffOrBI.with_scope(Scope.ANALYTICS_EXPORT)
READ_GATE = IsStaffOrBI.with_scope(Scope.ANALYTICS_READ)


@strawberry.enum(description="File format of an exported data set.")
class ExportFileFormat(Enum):
    CSV = strawberry.enum_value(
        "CSV", description="UTF-8 CSV with a byte-order mark (Excel and WPS read Chinese)."
    )
    PARQUET = strawberry.enum_value("PARQUET", description="Apache Parquet, typed columns.")


@strawberry.input(description="A data set to export and the business days to include.")
class ExportDatasetInput:
    dataset: str = strawberry.field(
        description="members, orders, points, events, or a rollup view name (sales_daily, "
        "category_daily, item_monthly, members_daily, member_monthly, points_daily, "
        "coupon_daily, event_daily). Never personal data."
    )
    from_: date | None = strawberry.field(
        default=None, name="from", description="First business day, inclusive (not for members)."
    )
    to: date | None = strawberry.field(
        default=None, description="Last business day, inclusive (not for members)."
    )
    format: ExportFileFormat = strawberry.field(
        default=ExportFileFormat.CSV, description="CSV or PARQUET."
    )


@strawberry.type(description="The export job, or why it was refused.")
class ExportDatasetPayload:
    job: JobType | None = strawberry.field(
        description="The export job; follow it with datasetExport(id). Its result holds rows, "
        "bytes and a `download` link valid for EXPORT_LINK_MINUTES."
    )
    errors: list[UserError] = strawberry.field(description="Why nothing was started.")


@strawberry.type(description="An export job and, once it is done, a fresh download link.")
class DatasetExport:
    job: JobType = strawberry.field(description="The export job with its progress.")
    download_url: str | None = strawberry.field(
        description="Path of the file (GET with the same token that asked for the export); "
        "null until the job is done."
    )
    expires_at: datetime | None = strawberry.field(
        description="When download_url stops working (410 after)."
    )


def _caller(info: Info) -> str:
    principal = info.context.principal
    return principal.subject if principal else ""


@strawberry.type
class AnalyticsExportQuery:
    @strawberry.field(
        description="An export this caller started, with a download link minted now; null for "
        "another caller's job or any other job.",
        permission_classes=[READ_GATE],
    )
    async def dataset_export(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The export job's id.")],
    ) -> DatasetExport | None:
        subject = _caller(info)
        job = await export_jobs.export_job(decode_id(id, "Job", "id"), subject)
        if job is None:
            return None
        link = downloads.mint(job.id, subject, utc_now()) if job.status == JobStatus.DONE else None
        return DatasetExport(
            job=JobType.from_model(job),
            download_url=link.url if link else None,
            expires_at=link.expires_at if link else None,
        )


@strawberry.type
class AnalyticsExportMutation:
    @strawberry.mutation(
        description="Start writing a data set (the rows BI tools see in the analytics views) to "
        "a CSV or Parquet file in the background. The link in the job's result is signed for "
        "the caller who asked and expires. Errors: INVALID (dataset, from), INVALID_ID.",
        permission_classes=[EXPORT_GATE],
    )
    @returns_errors
    async def export_dataset(self, info: Info, input: ExportDatasetInput) -> ExportDatasetPayload:
        job = await export_jobs.start_export(
            requested_by=_caller(info),
            dataset=input.dataset,
            export_format=ExportFormat(input.format.name.lower()),
            since=input.from_,
            until=input.to,
        )
        return ExportDatasetPayload(job=JobType.from_model(job), errors=[])
