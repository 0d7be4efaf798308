"""Segments: checking definitions, previews, saved segments, snapshots, identity lists."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from domain import cache, config_history, db, jobs
from domain.audience import bitmaps, dsl
from domain.clock import business_today, utc_now
from domain.errors import DomainError, InvalidInput, NotFound
from domain.segments.checks import check_definition
from domain.segments.evaluate import PREFIX, Context, Evaluation, evaluate, sample
from domain.segments.models import IdentityList, Segment, SegmentSize, SegmentSnapshot
from domain.tags import store
from domain.tags.models import RefreshSchedule

MAX_SAMPLE = 100
LATEST_TTL_SECONDS = 3 * 86400


def latest_key(segment_id: int) -> str:
    """The members of a saved segment at its latest scheduled evaluation."""
    return f"{PREFIX}:segment:{segment_id}:latest"


async def _load_segment(segment_id: int) -> dsl.Definition | None:
    segment = await Segment.get_or_none(id=segment_id)
    return dsl.from_dict(segment.definition) if segment else None


async def _load_list(list_id: int) -> bytes | None:
    found = await IdentityList.get_or_none(id=list_id)
    return bytes(found.bitmap) if found else None


async def _context() -> Context:
    return Context(await store.current(), business_today(), _load_segment, _load_list)


async def _evaluate(definition: dsl.Definition, ctx: Context | None = None) -> Evaluation:
    return await evaluate(definition, ctx or await _context())


@dataclass(frozen=True)
class Preview:
    """A definition's member count, a sample of member ids and the time it took."""

    count: int
    sample: list[int]
    elapsed_ms: float


async def preview(data: Any, *, sample_size: int = 10) -> Preview:
    """Count and sample the members of a definition without saving anything."""
    started = time.perf_counter()
    ctx = await _context()
    definition = await check_definition(data, meta=ctx.meta)
    result = await _evaluate(definition, ctx)
    members = await sample(result.key, min(max(sample_size, 0), MAX_SAMPLE))
    return Preview(result.count, members, (time.perf_counter() - started) * 1000)


@dataclass(frozen=True)
class SegmentInput:
    """What staff give to save a segment."""

    name: str
    definition: Any
    description: str = ""
    refresh: RefreshSchedule = RefreshSchedule.DAILY


async def save_segment(
    spec: SegmentInput, *, operator: str, segment_id: int | None = None
) -> Segment:
    """Create a segment (or change one by id), then evaluate it once for its size history."""
    if not spec.name.strip() or len(spec.name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    meta = await store.current()
    definition = await check_definition(spec.definition, segment_id=segment_id, meta=meta)
    values: dict[str, Any] = {
        "name": spec.name.strip(),
        "description": spec.description,
        "definition": dsl.to_dict(definition),
        "refresh": spec.refresh,
    }
    async with db.transaction():
        before = None
        if segment_id is None:
            segment = await Segment.create(created_by=operator, **values)
        else:
            before = await Segment.select_for_update().get_or_none(id=segment_id)
            if before is None:
                raise NotFound("Segment not found.", field="id")
            await Segment.filter(id=segment_id).update(**values)
            segment = await Segment.get(id=segment_id)
        await config_history.record(
            "Segment",
            segment.id,
            before=config_history.snapshot(before),
            after=config_history.snapshot(segment),
        )
    await refresh_segment(segment.id)
    return await Segment.get(id=segment.id)


async def refresh_segment(segment_id: int) -> int | None:
    """Evaluate a saved segment: keep its member bitmap as the latest and record its size."""
    segment = await Segment.get_or_none(id=segment_id)
    if segment is None:
        return None
    result = await _evaluate(dsl.from_dict(segment.definition))
    redis = cache.redis()
    await redis.copy(result.key, latest_key(segment_id), replace=True)
    await redis.expire(latest_key(segment_id), LATEST_TTL_SECONDS)
    now = utc_now()
    async with db.transaction():
        await SegmentSize.create(
            segment_id=segment_id, size=result.count, as_of=business_today(), evaluated_at=now
        )
        await Segment.filter(id=segment_id).update(last_size=result.count, last_evaluated_at=now)
    return result.count


async def refresh_due_segments() -> int:
    """Re-evaluate the saved segments whose schedule is due; returns how many."""
    now = utc_now()
    due = 0
    scheduled = Segment.filter(archived_at=None).exclude(refresh=RefreshSchedule.MANUAL)
    for segment in await scheduled.order_by("id"):
        period = (
            timedelta(hours=1) if segment.refresh == RefreshSchedule.HOURLY else timedelta(days=1)
        )
        if (
            segment.last_evaluated_at is None
            or segment.last_evaluated_at <= now - period + timedelta(minutes=5)
        ):
            await refresh_segment(segment.id)
            due += 1
    return due


async def defer_refresh_due(key: str) -> jobs.Job:
    """Defer the job that refreshes due segments (once per key)."""
    return await jobs.defer("segments.refresh_due", key=key)


async def get_segment(segment_id: int) -> Segment | None:
    """A saved segment by id."""
    return await Segment.get_or_none(id=segment_id)


async def targetable_segment(segment_id: int) -> Segment | None:
    """A saved segment new campaigns may target: it exists and is not archived."""
    return await Segment.get_or_none(id=segment_id, archived_at=None)


async def segments_page(
    *, archived: bool | None, before_id: int | None, limit: int
) -> list[Segment]:
    """Saved segments newest first, optionally only archived or only live ones."""
    query = Segment.all()
    if archived is not None:
        query = query.filter(archived_at__isnull=not archived)
    return await db.page_by_id(query, after_id=before_id, limit=limit, newest_first=True)


async def archive_segment(segment_id: int, *, now: datetime) -> Segment:
    """Archive a segment: no more scheduled refreshes or new campaigns; snapshots, history and
    running campaigns stay. Archiving twice keeps the first instant."""
    found = await Segment.get_or_none(id=segment_id)
    if found is not None and found.archived_at is not None:
        return found
    return await config_history.retire_row(Segment, segment_id, "Segment", archived_at=now)


async def size_history(segment_id: int, limit: int = 30) -> list[SegmentSize]:
    """The newest evaluations of a segment, newest first."""
    return list(
        await SegmentSize.filter(segment_id=segment_id)
        .order_by("-evaluated_at", "-id")
        .limit(limit)
    )


async def current_size(segment_id: int) -> Evaluation | None:
    """Evaluate a saved segment now (nothing recorded)."""
    segment = await get_segment(segment_id)
    return await _evaluate(dsl.from_dict(segment.definition)) if segment else None


async def segment_member_ids(segment_id: int) -> np.ndarray:
    """The members of a saved segment right now, sorted ids (for campaigns)."""
    result = await current_size(segment_id)
    if result is None:
        raise NotFound("Segment not found.", field="segmentId")
    return bitmaps.bitmap_to_ids(await store.get_bitmap(result.key))


async def check_audience(data: Any, *, field: str) -> dict[str, Any]:
    """Check an unsaved definition (a campaign's own audience) and return its stored JSON form;
    error fields start at `field` instead of `definition`."""
    try:
        definition = await check_definition(data, meta=await store.current())
    except DomainError as error:
        for problem in [error, *(error.errors if isinstance(error, InvalidInput) else [])]:
            if problem.field and problem.field.startswith("definition"):
                problem.field = field + problem.field.removeprefix("definition")
        raise
    return dsl.to_dict(definition)


async def definition_member_ids(data: Any) -> np.ndarray:
    """The members of an unsaved definition right now, sorted ids (for campaigns)."""
    result = await _evaluate(dsl.from_dict(data))
    return bitmaps.bitmap_to_ids(await store.get_bitmap(result.key))


async def definition_includes(data: Any, member_id: int) -> bool:
    """Whether one member is in an unsaved definition now; its leaves come from the cache."""
    result = await _evaluate(dsl.from_dict(data))
    return bool(await cache.redis().getbit(result.key, member_id))


async def snapshot_segment(segment_id: int, *, name: str, operator: str) -> SegmentSnapshot:
    """Freeze a segment's current members for a campaign."""
    segment = await get_segment(segment_id)
    if segment is None:
        raise NotFound("Segment not found.", field="segmentId")
    result = await _evaluate(dsl.from_dict(segment.definition))
    data = await store.get_bitmap(result.key)
    return await SegmentSnapshot.create(
        segment_id=segment_id,
        name=name[:200],
        definition=segment.definition,
        size=result.count,
        bitmap=data,
        created_by=operator,
    )


async def snapshot_member_ids(snapshot_id: int) -> np.ndarray:
    """The frozen member ids of a snapshot, sorted (for campaigns)."""
    snapshot = await SegmentSnapshot.get_or_none(id=snapshot_id)
    if snapshot is None:
        raise NotFound("Snapshot not found.", field="snapshotId")
    return bitmaps.bitmap_to_ids(bytes(snapshot.bitmap))


async def member_segments(member_id: int) -> list[Segment]:
    """Saved segments whose latest evaluation holds the member."""
    segments = list(await Segment.all().order_by("id"))
    if not segments:
        return []
    pipe = cache.redis().pipeline(transaction=False)
    for segment in segments:
        pipe.getbit(latest_key(segment.id), member_id)
    bits = await pipe.execute()
    return [s for s, bit in zip(segments, bits, strict=True) if bit]


async def segments_by_ids(ids: Sequence[int]) -> list[Segment | None]:
    """Segments aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Segment, ids)


async def snapshots_by_ids(ids: Sequence[int]) -> list[SegmentSnapshot | None]:
    """Segment snapshots without their bitmaps, aligned to ids (None where unknown)."""
    columns = ("id", "segment_id", "name", "size", "created_at")
    rows = await SegmentSnapshot.filter(id__in=list(set(ids))).only(*columns) if ids else []
    found = {row.id: row for row in rows}
    return [found.get(i) for i in ids]
