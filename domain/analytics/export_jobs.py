"""Data set exports as background jobs: checked when asked for, written by a worker under
EXPORT_DIR, downloaded through a signed link by the caller who asked."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from domain import config, db, jobs
from domain.analytics import downloads, exports
from domain.analytics.exports import ExportFormat, ExportRequest
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode

EXPORT_JOB = "analytics.export"
# The personal-data export stays with `crm export`: a link must not carry names and phones.
OFFERED = tuple(name for name in exports.DATASETS if name != "segment")

Progress = Callable[[int, str], Awaitable[None]]


def _request(args: dict[str, Any], output: Path) -> ExportRequest:
    return ExportRequest(
        dataset=args["dataset"],
        output=output,
        export_format=ExportFormat(args["format"]),
        since=date.fromisoformat(args["since"]) if args.get("since") else None,
        until=date.fromisoformat(args["until"]) if args.get("until") else None,
    )


async def start_export(
    *,
    requested_by: str,
    dataset: str,
    export_format: ExportFormat,
    since: date | None,
    until: date | None,
) -> jobs.Job:
    """Check the request and defer the export job (in the caller's transaction, if any)."""
    if dataset not in OFFERED:
        raise DomainError(
            f"Unknown data set '{dataset}'; one of {', '.join(OFFERED)}.",
            field="dataset",
            code=ErrorCode.INVALID,
        )
    args = {
        "dataset": dataset,
        "format": export_format.value,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "requested_by": requested_by,
    }
    try:
        await exports.check(_request(args, Path(os.devnull)))
    except DomainError as error:
        # the export module names the window `since`/`until`, the API `from`/`to`
        error.field = {"since": "from", "until": "to"}.get(error.field or "", error.field)
        raise
    # The same request by the same caller within a minute is the same job (double clicks).
    minute = utc_now().strftime("%Y%m%d%H%M")
    digest = hashlib.sha256(json.dumps(args, sort_keys=True).encode()).hexdigest()[:32]
    async with db.transaction():
        return await jobs.defer(
            EXPORT_JOB, key=f"{EXPORT_JOB}:{digest}:{minute}", max_attempts=2, **args
        )


def file_of(job_id: int, args: dict[str, Any]) -> Path:
    """Where a job's file is written: one name per job, so a second run overwrites it."""
    return config.export_dir() / f"{job_id}-{args['dataset']}.{args['format']}"


async def run_export(
    job_id: int, args: dict[str, Any], *, now: Callable[[], datetime], progress: Progress
) -> dict[str, Any]:
    """Write the file (to a temporary name, renamed when complete) and return its summary with a
    download link for the caller who asked."""
    target = file_of(job_id, args)
    partial = target.with_name(f".{target.name}.partial")
    reports: list[asyncio.Future[None]] = []
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = min(99, int(100 * done / total)) if total else 99
        if percent != last[0]:
            last[0] = percent
            reports.append(asyncio.ensure_future(progress(percent, f"{done} of {total} rows")))

    async with db.connection().acquire_connection() as conn:
        written = await exports.export(conn, _request(args, partial), report)
    await asyncio.gather(*reports)
    partial.replace(target)
    link = downloads.mint(job_id, args["requested_by"], now())
    return {
        "dataset": args["dataset"],
        "format": args["format"],
        "rows": written,
        "bytes": target.stat().st_size,
        "download": link.url,
        "expiresAt": link.expires_at.isoformat(),
    }


async def export_job(job_id: int, subject: str) -> jobs.Job | None:
    """An export job started by `subject`; None for any other job or caller."""
    job = await jobs.get_job(job_id)
    if job is None or job.name != EXPORT_JOB or (job.args or {}).get("requested_by") != subject:
        return None
    return job


async def download(token: str, subject: str, now: datetime) -> Path:
    """The finished file a link names, for the caller it was issued to; LinkRefused otherwise."""
    job_id = downloads.read(token, subject, now)
    job = await export_job(job_id, subject)
    if job is None or job.status != jobs.JobStatus.DONE:
        raise downloads.LinkRefused(404, "No finished export behind this link.")
    path = file_of(job.id, job.args)
    if not path.is_file():
        raise downloads.LinkRefused(410, "The file was removed; ask for the export again.")
    return path
