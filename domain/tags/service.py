"""Tags given by hand, and one member's tags refreshed or read with the published run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from domain import db
from domain.clock import business_today
from domain.errors import DomainError, ErrorCode, NotFound
from domain.members import reads as members_reads
from domain.members import service as members_service
from domain.orders import reads as orders_reads
from domain.tags import store
from domain.tags.columns import NONE, Inputs
from domain.tags.definitions import get_tag
from domain.tags.models import (
    MemberTags,
    TagDefinition,
    TagKind,
    TagRun,
    TagStatus,
)
from domain.tags.runs import compute_columns, published_run

MAX_TAG_MEMBERS = 1000


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


async def refresh_member_tags(member_id: int) -> dict[str, Any]:
    """Recompute one member's tags with the published run's parameters; update row and bits."""
    run = await published_run()
    if run is None:
        return {"memberId": member_id, "refreshed": False}
    by_id = await TagDefinition.in_bulk([c["tag_id"] for c in run.columns], "id")
    tags = [by_id[c["tag_id"]] for c in run.columns if c["tag_id"] in by_id]
    frame = await members_reads.member_frame(only=[member_id])
    orders = await orders_reads.order_frame(frame.size, only=[member_id])
    inputs = Inputs(
        frame=frame, orders=orders, as_of=business_today(), fixed=run.params, only=[member_id]
    )
    columns = {c.code: c for c in await compute_columns(tags, inputs, None)}
    live = bool(frame.live[member_id])
    codes, numbers, bits = [], [], {}
    for entry in run.columns:
        column = columns.get(entry["code"])
        code = int(column.codes[member_id]) if column is not None else NONE
        if column is not None and column.labels != entry["labels"]:
            # A label the run did not know (a new city): no value until the next run.
            label = column.labels[code] if code >= 0 else None
            code = entry["labels"].index(label) if label in entry["labels"] else NONE
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
