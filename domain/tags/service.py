"""Tags: catalogue, manual tagging, the full computation run and incremental member refresh."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from domain import db, jobs
from domain.clock import business_today, utc_now
from domain.errors import DomainError, ErrorCode, NotFound
from domain.members import reads as members_reads
from domain.members import service as members_service
from domain.orders import events as events_service
from domain.orders import reads as orders_reads
from domain.tags import compute, store
from domain.tags.catalog import SYSTEM_TAGS, validate_rule
from domain.tags.models import (
    MemberTags,
    RefreshSchedule,
    TagCategory,
    TagDefinition,
    TagKind,
    TagRun,
    TagRunStatus,
    TagStatus,
)

Progress = Callable[[int, str], Awaitable[None]]
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
MAX_TAG_MEMBERS = 1000


async def ensure_system_tags() -> None:
    """Create the built-in tags (profile attributes and value models) if missing."""
    category, _ = await TagCategory.get_or_create(code="system", defaults={"name": "Built-in"})
    for code, name, kind, rule in SYSTEM_TAGS:
        await TagDefinition.get_or_create(
            code=code,
            defaults={
                "name": name,
                "kind": kind,
                "rule": rule,
                "owner": "system",
                "status": TagStatus.ONLINE,
                "system": True,
                "category_id": category.id,
            },
        )


async def _category_for(path: list[str]) -> int | None:
    parent: int | None = None
    for depth, name in enumerate(path):
        if not name.strip() or len(name) > 60:
            raise DomainError("Category names are 1-60 characters.", field=f"category[{depth}]")
        code = "/".join(p.strip().lower() for p in path[: depth + 1])[:64]
        category, _ = await TagCategory.get_or_create(
            code=code, defaults={"name": name.strip(), "parent_id": parent}
        )
        parent = category.id
    return parent


@dataclass(frozen=True)
class TagSpec:
    """What staff give to define or change a tag."""

    code: str
    name: str
    kind: TagKind
    owner: str
    description: str = ""
    category: tuple[str, ...] = ()
    rule: dict[str, Any] | None = None
    refresh: RefreshSchedule = RefreshSchedule.DAILY
    status: TagStatus = TagStatus.DRAFT
    value_labels: tuple[str, ...] = ()


async def define_tag(spec: TagSpec) -> TagDefinition:
    """Create or change a tag by code; the rule is checked before anything is written."""
    if not CODE_PATTERN.match(spec.code):
        raise DomainError("Codes are 2-64 of a-z, 0-9, _ starting with a letter.", field="code")
    if not spec.name.strip() or len(spec.name) > 200:
        raise DomainError("Name is 1-200 characters.", field="name")
    event_names = await sources_event_names()
    validate_rule(spec.kind, spec.rule or {}, list(spec.value_labels), event_names)
    async with db.transaction():
        existing = await TagDefinition.select_for_update().get_or_none(code=spec.code)
        if existing is not None and existing.system:
            raise DomainError(
                "Built-in tags cannot be redefined.", field="code", code=ErrorCode.CONFLICT
            )
        if existing is not None and existing.status == TagStatus.RETIRED:
            raise DomainError(
                "A retired tag stays retired.", field="status", code=ErrorCode.INVALID_STATE
            )
        values: dict[str, Any] = {
            "name": spec.name.strip(),
            "kind": spec.kind,
            "owner": spec.owner,
            "description": spec.description,
            "category_id": await _category_for(list(spec.category)),
            "rule": spec.rule or {},
            "refresh": spec.refresh,
            "status": spec.status,
            "value_labels": list(spec.value_labels),
        }
        if existing is None:
            return await TagDefinition.create(code=spec.code, **values)
        await TagDefinition.filter(id=existing.id).update(**values)
        return await TagDefinition.get(id=existing.id)


async def sources_event_names() -> set[str]:
    """Defined behaviour event names (through the orders area's service)."""
    return {d.name for d in await events_service.list_definitions()}


async def list_tags(status: TagStatus | None = None) -> list[TagDefinition]:
    """Tag definitions by code, built-ins included."""
    if not await TagDefinition.filter(system=True).exists():
        await ensure_system_tags()
    query = TagDefinition.all()
    if status is not None:
        query = query.filter(status=status)
    return list(await query.order_by("code"))


async def categories_by_ids(ids: list[int]) -> list[TagCategory | None]:
    """Categories aligned to ids."""
    found = await TagCategory.in_bulk(ids, "id")
    return [found.get(i) for i in ids]


async def get_tag(code: str) -> TagDefinition | None:
    """A tag by code."""
    return await TagDefinition.get_or_none(code=code)


async def tag_members(
    *, tag_code: str, value: str | None, member_ids: list[int], operator: str
) -> int:
    """Give members a MANUAL tag's value (or remove it with value None); returns members changed."""
    if not member_ids:
        raise DomainError("Give at least one member.", field="memberIds", code=ErrorCode.REQUIRED)
    if len(member_ids) > MAX_TAG_MEMBERS:
        raise DomainError(
            f"At most {MAX_TAG_MEMBERS} members.", field="memberIds", code=ErrorCode.TOO_MANY
        )
    tag = await get_tag(tag_code)
    if tag is None:
        raise DomainError(f"Unknown tag {tag_code!r}.", field="tagCode", code=ErrorCode.UNKNOWN_TAG)
    if tag.kind != TagKind.MANUAL or tag.status in (TagStatus.OFFLINE, TagStatus.RETIRED):
        raise DomainError(
            "Only online or draft MANUAL tags are given by hand.",
            field="tagCode",
            code=ErrorCode.INVALID_STATE,
        )
    labels = list(tag.value_labels or ["YES"])
    if value is not None and value not in labels:
        raise DomainError(f"One of {', '.join(labels)}.", field="value")

    members = await members_service.members_by_ids(member_ids)
    for index, member in enumerate(members):
        if member is None or member.status != "ACTIVE":
            raise NotFound("No live member with this id.", field=f"memberIds[{index}]")
    async with db.transaction():
        if value is None:
            changed = await db.fetch(
                "DELETE FROM member_manual_tags WHERE tag_id = $1 "
                "AND member_id = ANY($2::bigint[]) RETURNING member_id",
                tag.id,
                member_ids,
            )
        else:
            changed = await db.fetch(
                """
                INSERT INTO member_manual_tags (tag_id, member_id, value, tagged_by, tagged_at)
                SELECT $1, m, $2, $3, now() FROM unnest($4::bigint[]) m
                ON CONFLICT (tag_id, member_id) DO UPDATE SET value = EXCLUDED.value,
                    tagged_by = EXCLUDED.tagged_by, tagged_at = EXCLUDED.tagged_at
                RETURNING member_id
                """,
                tag.id,
                value,
                operator,
                member_ids,
            )
    for member_id in sorted(set(member_ids)):
        await refresh_member_tags(member_id)
    return len(changed)


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


async def _columns(
    tags: list[TagDefinition], inputs: compute.Inputs, progress: Progress | None
) -> list[compute.Column]:
    manual = await _manual_assignments(
        [t.id for t in tags if t.kind == TagKind.MANUAL], inputs.only
    )
    columns = []
    for index, tag in enumerate(tags):
        columns.append(await compute.column_of(tag, inputs, manual.get(tag.id)))
        if progress is not None:
            await progress(20 + int(50 * (index + 1) / len(tags)), f"computed {tag.code}")
    return columns


def _layout(columns: list[compute.Column]) -> list[dict[str, Any]]:
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


async def _write_rows(run_id: int, live_ids: np.ndarray, columns: list[compute.Column]) -> None:
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
        await db.execute("DELETE FROM member_tags", conn=conn)
        raw = conn._connection  # asyncpg connection under Tortoise's transaction wrapper
        await raw.copy_records_to_table(
            "member_tags",
            columns=["member_id", "run_id", "codes", "numbers", "updated_at"],
            records=((m, run_id, c, n, now) for m, c, n in records),
        )
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
    inputs = compute.Inputs(frame=frame, orders=orders, as_of=as_of)
    columns = await _columns(tags, inputs, progress)
    layout = _layout(columns)
    await TagRun.filter(id=run.id).update(
        columns=layout,
        numbers=[c.code for c in columns if c.number is not None],
        params=_json_safe(inputs.params),
        member_count=int(frame.live.sum()),
    )
    live_ids = np.flatnonzero(frame.live)
    await _write_rows(run.id, live_ids, columns)
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


async def refresh_member_tags(member_id: int) -> dict[str, Any]:
    """Recompute one member's tags with the published run's parameters; update row and bits."""
    run = await published_run()
    if run is None:
        return {"memberId": member_id, "refreshed": False}
    by_id = await TagDefinition.in_bulk([c["tag_id"] for c in run.columns], "id")
    tags = [by_id[c["tag_id"]] for c in run.columns if c["tag_id"] in by_id]
    frame = await members_reads.member_frame(only=[member_id])
    orders = await orders_reads.order_frame(frame.size, only=[member_id])
    inputs = compute.Inputs(
        frame=frame, orders=orders, as_of=business_today(), fixed=run.params, only=[member_id]
    )
    columns = {c.code: c for c in await _columns(tags, inputs, None)}
    live = bool(frame.live[member_id])
    codes, numbers, bits = [], [], {}
    for entry in run.columns:
        column = columns.get(entry["code"])
        code = int(column.codes[member_id]) if column is not None else compute.NONE
        if column is not None and column.labels != entry["labels"]:
            # A label the run did not know (a new city): no value until the next run.
            label = column.labels[code] if code >= 0 else None
            code = entry["labels"].index(label) if label in entry["labels"] else compute.NONE
        codes.append(code)
        bits[entry["code"]] = (code, len(entry["labels"]))
        if entry["number"] is not None:
            number = (
                column.number[member_id]
                if column is not None and column.number is not None
                else np.nan
            )
            numbers.append(float(number))
    if live:
        await db.execute(
            """
            INSERT INTO member_tags (member_id, run_id, codes, numbers, updated_at)
            VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (member_id) DO UPDATE SET run_id = EXCLUDED.run_id, codes = EXCLUDED.codes,
                numbers = EXCLUDED.numbers, updated_at = now()
            """,
            member_id,
            run.id,
            codes,
            numbers,
        )
    else:
        await db.execute("DELETE FROM member_tags WHERE member_id = $1", member_id)
    await store.set_member(run.id, member_id, live, bits)
    return {"memberId": member_id, "refreshed": True, "runId": run.id}


async def refresh_event_members(event_ids: list[int]) -> list[int]:
    """Refresh the tags of the members behind some events; returns their ids."""
    member_ids = await orders_reads.event_members(event_ids)
    for member_id in member_ids:
        await refresh_member_tags(member_id)
    return member_ids


@dataclass(frozen=True)
class MemberTagValue:
    """One tag value of a member, with its number when the tag has one."""

    tag: TagDefinition
    value: str | None
    number: float | None


async def member_tag_values(member_id: int) -> list[MemberTagValue]:
    """A member's tag values as of their row's run (empty before the first run)."""
    (values,) = await member_tag_values_of([member_id])
    return values


async def member_tag_values_of(member_ids: Sequence[int]) -> list[list[MemberTagValue]]:
    """`member_tag_values` for many members in at most three statements, aligned to the ids."""
    rows = {r.member_id: r for r in await MemberTags.filter(member_id__in=list(member_ids))}
    if not rows:
        return [[] for _ in member_ids]
    runs = await TagRun.in_bulk({r.run_id for r in rows.values()}, "id")
    tag_ids = {c["tag_id"] for run in runs.values() for c in run.columns}
    by_id = await TagDefinition.in_bulk(tag_ids, "id")
    out: list[list[MemberTagValue]] = []
    for member_id in member_ids:
        row = rows.get(member_id)
        run = runs.get(row.run_id) if row else None
        out.append(_values(row, run, by_id) if row and run else [])
    return out


def _values(row: MemberTags, run: TagRun, by_id: dict[int, TagDefinition]) -> list[MemberTagValue]:
    values = []
    for index, entry in enumerate(run.columns):
        tag = by_id.get(entry["tag_id"])
        if tag is None or index >= len(row.codes):
            continue
        code = row.codes[index]
        number = None
        if entry["number"] is not None and entry["number"] < len(row.numbers):
            raw = row.numbers[entry["number"]]
            number = None if raw is None or not np.isfinite(raw) else float(raw)
        values.append(MemberTagValue(tag, entry["labels"][code] if code >= 0 else None, number))
    return values
