"""Segments: checking definitions, previews, saved segments, snapshots, identity lists."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np

from domain import cache, db, jobs
from domain.audience import bitmaps, dsl
from domain.clock import business_today, utc_now
from domain.errors import DomainError, ErrorCode, NotFound
from domain.members import reads as members_reads
from domain.members.models import IdentityKind
from domain.members.rules import normalise_identity
from domain.segments.evaluate import PREFIX, Context, Evaluation, evaluate, sample
from domain.segments.models import IdentityList, Segment, SegmentSize, SegmentSnapshot
from domain.tags import service as tags_service
from domain.tags import store
from domain.tags.models import RefreshSchedule

MAX_DEPTH = 6
MAX_NODES = 50
MAX_LIST_ROWS = 100_000
MAX_SAMPLE = 100
LATEST_TTL_SECONDS = 3 * 86400


def latest_key(segment_id: int) -> str:
    """The members of a saved segment at its latest scheduled evaluation."""
    return f"{PREFIX}:segment:{segment_id}:latest"


def _walk(node: dsl.Definition, path: str = "definition") -> Iterator[tuple[Any, str]]:
    yield node, path
    if isinstance(node, dsl.And | dsl.Or):
        key = "and" if isinstance(node, dsl.And) else "or"
        for index, item in enumerate(node.items):
            yield from _walk(item, f"{path}.{key}[{index}]")
    elif isinstance(node, dsl.Not):
        yield from _walk(node.item, f"{path}.not")


def _invalid(
    message: str, field: str, code: ErrorCode = ErrorCode.INVALID
) -> dsl.InvalidDefinition:
    return dsl.InvalidDefinition(message, field=field, code=code)


def _check_tag(
    node: dsl.TagCondition, path: str, meta: dict[str, Any] | None, raw_values: list[Any]
) -> None:
    tag = (meta or {}).get("tags", {}).get(node.tag_code)
    if tag is None:
        raise _invalid(
            f"unknown or not yet computed tag {node.tag_code!r}",
            f"{path}.tag_code",
            ErrorCode.UNKNOWN_TAG,
        )
    if node.op is dsl.TagOp.RANGE:
        if not tag["number"]:
            raise _invalid("this tag has no number to range over", f"{path}.op")
        return
    for index, value in enumerate(raw_values):
        if value not in tag["labels"]:
            raise _invalid(
                f"one of {', '.join(map(str, tag['labels']))}", f"{path}.values[{index}]"
            )


def _raw_at(data: Any, path: str) -> Any:
    """The raw JSON under a definition path (values keep the order the caller gave)."""
    for name, index in re.findall(r"\.(\w+)(?:\[(\d+)\])?", path):
        data = data.get(name) if isinstance(data, dict) else None
        if index and isinstance(data, list):
            data = data[int(index)]
    return data


def _check_event(
    spec: dsl.EventSpec, path: str, events: set[str], metric: dsl.Metric | None
) -> None:
    if spec.source is dsl.Source.EVENT:
        if spec.event_name is not None and spec.event_name not in events:
            raise _invalid(
                f"unknown event {spec.event_name!r}", f"{path}.event_name", ErrorCode.UNKNOWN_EVENT
            )
        for name in ("category_ids", "brand_ids"):
            if getattr(spec.filters, name):
                raise _invalid(
                    "events filter by item, store, channel or property", f"{path}.filters.{name}"
                )
        if metric is dsl.Metric.AMOUNT:
            raise _invalid("events have no amount", f"{path}.metric")
    elif spec.filters.properties:
        raise _invalid("orders have no properties", f"{path}.filters.properties")


async def check_definition(
    data: Any, *, segment_id: int | None = None, meta: dict[str, Any] | None = None
) -> dsl.Definition:
    """Parse and validate a definition's JSON form; errors carry a code and the path."""
    definition = dsl.from_dict(data)
    saved = {s.id: s.definition for s in await Segment.all().only("id", "definition")}

    def resolve(other: int) -> dsl.Definition | None:
        raw = saved.get(other)
        return dsl.from_dict(raw) if raw is not None else None

    dsl.validate(
        definition,
        max_depth=MAX_DEPTH,
        max_nodes=MAX_NODES,
        resolve_segment=resolve,
        segment_id=segment_id,
    )
    events = await tags_service.sources_event_names()
    lists = [n.list_id for n, _ in _walk(definition) if isinstance(n, dsl.IdentityList)]
    known_lists = set(await db.values_of(IdentityList.filter(id__in=lists), "id"))
    for node, path in _walk(definition):
        match node:
            case dsl.TagCondition():
                raw = _raw_at(data, f"{path}.tag") or {}
                _check_tag(node, f"{path}.tag", meta, list(raw.get("values") or node.values))
            case dsl.BehaviourCondition():
                spec = dsl.EventSpec(node.source, node.event_name, node.filters)
                _check_event(spec, f"{path}.behaviour", events, node.metric)
            case dsl.Sequence():
                _check_event(node.first, f"{path}.sequence.first", events, None)
                _check_event(node.then, f"{path}.sequence.then", events, None)
            case dsl.IdentityList() if node.list_id not in known_lists:
                raise _invalid(
                    f"identity list {node.list_id} not found",
                    f"{path}.list.list_id",
                    ErrorCode.NOT_FOUND,
                )
    return definition


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
        if segment_id is None:
            segment = await Segment.create(created_by=operator, **values)
        else:
            if await Segment.filter(id=segment_id).update(**values) == 0:
                raise NotFound("Segment not found.", field="id")
            segment = await Segment.get(id=segment_id)
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
    for segment in await Segment.exclude(refresh=RefreshSchedule.MANUAL).order_by("id"):
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


@dataclass(frozen=True)
class ListRow:
    """One uploaded identity."""

    kind: IdentityKind
    value: str
    namespace: str | None = None


async def upload_identity_list(name: str, rows: list[ListRow], *, operator: str) -> IdentityList:
    """Resolve identities to members and save the list; a malformed row refuses the whole upload."""
    if not name.strip() or len(name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    if not rows:
        raise DomainError("The list is empty.", field="rows", code=ErrorCode.REQUIRED)
    if len(rows) > MAX_LIST_ROWS:
        raise DomainError(f"At most {MAX_LIST_ROWS} rows.", field="rows", code=ErrorCode.TOO_MANY)
    keys = [
        normalise_identity(r.kind, r.value, r.namespace, field=f"rows[{i}]")
        for i, r in enumerate(rows)
    ]
    wanted = [(k.kind.value, k.namespace, k.value) for k in keys]
    found = await members_reads.match_identities(wanted)
    unmatched = [
        {"index": i, "kind": rows[i].kind.value, "value": rows[i].value}
        for i, member_id in enumerate(found)
        if member_id is None
    ]
    ids = np.asarray(sorted({m for m in found if m is not None}), dtype=np.int64)
    return await IdentityList.create(
        name=name.strip(),
        row_count=len(rows),
        member_count=int(ids.size),
        unmatched=unmatched,
        bitmap=bitmaps.ids_to_bitmap(ids),
        uploaded_by=operator,
    )


async def save_member_list(name: str, member_ids: np.ndarray, *, operator: str) -> IdentityList:
    """Save chosen members (e.g. a lookalike audience) as a list segments can select."""
    if not name.strip() or len(name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    ids = np.unique(np.asarray(member_ids, dtype=np.int64))
    return await IdentityList.create(
        name=name.strip(),
        row_count=int(ids.size),
        member_count=int(ids.size),
        unmatched=[],
        bitmap=bitmaps.ids_to_bitmap(ids),
        uploaded_by=operator[:100],
    )


async def list_member_count(list_id: int) -> int:
    """Members in a saved list (0 if it is gone)."""
    found = await IdentityList.get_or_none(id=list_id)
    return found.member_count if found else 0


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
