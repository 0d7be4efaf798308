"""The full tag run: compute every online tag for every member, write the rows, publish bitmaps."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import numpy as np

from domain import db, jobs
from domain.clock import business_today, utc_now
from domain.members import reads as members_reads
from domain.orders import reads as orders_reads
from domain.tags import compute, history, store, transitions
from domain.tags.columns import Column, Inputs
from domain.tags.definitions import ensure_system_tags
from domain.tags.models import (
    TagDefinition,
    TagKind,
    TagRun,
    TagRunStatus,
    TagStatus,
)

Progress = Callable[[int, str], Awaitable[None]]


async def start_compute(*, key: str | None = None) -> jobs.Job:
    """Defer the full computation job (in the caller's transaction, if any)."""
    async with db.transaction():
        return await jobs.defer("tags.compute_all", key=key, max_attempts=2)


async def _manual_assignments(
    tag_ids: list[int], only: list[int] | None
) -> dict[int, dict[str, np.ndarray]]:
    rows = await db.fetch(
        "SELECT tag_id, value, array_agg(member_id) AS ids FROM member_manual_tags "
        "WHERE tag_id = ANY($1::int[]) AND ($2::bigint[] IS NULL OR member_id = ANY($2::bigint[])) "
        "GROUP BY tag_id, value",
        tag_ids,
        only,
    )
    found: dict[int, dict[str, np.ndarray]] = {}
    for row in rows:
        found.setdefault(row["tag_id"], {})[row["value"]] = np.asarray(row["ids"], dtype=np.int64)
    return found


async def compute_columns(
    tags: list[TagDefinition], inputs: Inputs, progress: Progress | None
) -> list[Column]:
    """Every tag's column for the inputs, reporting progress as it goes."""
    manual = await _manual_assignments(
        [t.id for t in tags if t.kind == TagKind.MANUAL], inputs.only
    )
    columns = []
    for index, tag in enumerate(tags):
        columns.append(await compute.column_of(tag, inputs, manual.get(tag.id)))
        if progress is not None:
            await progress(20 + int(50 * (index + 1) / len(tags)), f"computed {tag.code}")
    return columns


def _layout(columns: list[Column]) -> list[dict[str, Any]]:
    layout, number = [], 0
    for column in columns:
        entry: dict[str, Any] = {
            "tag_id": column.tag_id,
            "code": column.code,
            "labels": column.labels,
            "number": None,
        }
        if column.number is not None:
            entry["number"] = number
            number += 1
        layout.append(entry)
    return layout


async def _write_rows(
    run_id: int, live_ids: np.ndarray, columns: list[Column], as_of: date
) -> None:
    codes = (
        np.stack([c.codes[live_ids] for c in columns], axis=1)
        if columns
        else np.zeros((live_ids.size, 0))
    )
    numbered = [c.number[live_ids] for c in columns if c.number is not None]
    numbers = np.stack(numbered, axis=1) if numbered else np.zeros((live_ids.size, 0))
    now = utc_now()
    records = zip(live_ids.tolist(), codes.tolist(), numbers.tolist(), strict=True)
    async with db.transaction() as conn:
        await transitions.record(run_id, live_ids, columns, conn)
        await db.execute("DELETE FROM member_tags", conn=conn)
        raw = conn._connection  # asyncpg connection under Tortoise's transaction wrapper
        await raw.copy_records_to_table(
            "member_tags",
            columns=["member_id", "run_id", "codes", "numbers", "updated_at"],
            records=((m, run_id, c, n, now) for m, c, n in records),
        )
        await history.keep_run(raw, run_id, live_ids.tolist(), codes.tolist(), as_of, conn=conn)
        await (
            TagRun.filter(id=run_id)
            .using_db(conn)
            .update(status=TagRunStatus.PUBLISHED, finished_at=utc_now())
        )


async def compute_all(
    *, job_id: int | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """Compute every online tag for every member; publish PostgreSQL rows and Redis bitmaps.

    Readers see the previous run until the new one is committed and its pointer swapped.
    Safe to run twice: each run is a new version.
    """
    await ensure_system_tags()
    tags = list(await TagDefinition.filter(status=TagStatus.ONLINE).order_by("id"))
    as_of = business_today()
    run = await TagRun.create(job_id=job_id, as_of=as_of, status=TagRunStatus.RUNNING)
    frame = await members_reads.member_frame()
    orders = await orders_reads.order_frame(frame.size)
    if progress is not None:
        await progress(20, f"read {int(frame.live.sum())} members")
    inputs = Inputs(frame=frame, orders=orders, as_of=as_of)
    columns = await compute_columns(tags, inputs, progress)
    layout = _layout(columns)
    await TagRun.filter(id=run.id).update(
        columns=layout,
        numbers=[c.code for c in columns if c.number is not None],
        params=_json_safe(inputs.params),
        member_count=int(frame.live.sum()),
    )
    live_ids = np.flatnonzero(frame.live)
    await _write_rows(run.id, live_ids, columns, as_of)
    if progress is not None:
        await progress(85, "wrote member tag rows")
    keys = await store.write_version(
        run.id, frame.live, [(c.code, c.codes, len(c.labels)) for c in columns]
    )
    await store.publish(store.meta_of(run.id, frame.size, layout))
    return {
        "runId": run.id,
        "members": int(live_ids.size),
        "tags": len(columns),
        "bitmaps": keys,
        "asOf": as_of.isoformat(),
    }


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, float) and not np.isfinite(value):
        return None
    if isinstance(value, np.generic):
        return _json_safe(value.item())
    return value


async def published_run() -> TagRun | None:
    """The newest published run."""
    return await TagRun.filter(status=TagRunStatus.PUBLISHED).order_by("-id").first()
