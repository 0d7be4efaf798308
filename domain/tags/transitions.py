"""Tag transitions: how many members moved from each value of a tag to each other value between
one published run and the next, written by the run before it replaces the members' rows (the
rows keep only the latest run, so migration of RFM classes or lifecycle stages is kept here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from domain import db
from domain.errors import DomainError, ErrorCode, NotFound
from domain.tags.columns import NONE, Column
from domain.tags.models import TagRun, TagRunStatus

ABSENT = -2  # not a live member in that run (registered since, merged or erased)


class TagTransition(Model):
    """Members whose value of `tag_code` was `from_code` in the previous run and is `to_code` in
    run `run_id` (codes index the run's labels; -1 no value, -2 not a member then)."""

    id = fields.BigIntField(primary_key=True)
    run_id = fields.BigIntField()
    previous_run_id = fields.BigIntField()
    tag_code = fields.CharField(max_length=64)
    from_code = fields.SmallIntField()
    to_code = fields.SmallIntField()
    members = fields.BigIntField()

    class Meta:
        table = "tag_transitions"
        indexes = (("run_id", "tag_code"),)


def count_pairs(old: np.ndarray, new: np.ndarray) -> list[tuple[int, int, int]]:
    """(from, to, members) for every pair of codes; members absent from both are left out."""
    size = max(old.size, new.size)
    before = np.full(size, ABSENT, dtype=np.int32)
    after = np.full(size, ABSENT, dtype=np.int32)
    before[: old.size], after[: new.size] = old, new
    kept = (before != ABSENT) | (after != ABSENT)
    pairs, counts = np.unique(np.stack([before[kept], after[kept]]), axis=1, return_counts=True)
    return [(int(a), int(b), int(n)) for (a, b), n in zip(pairs.T, counts, strict=True)]


async def _previous_codes(
    positions: list[int], conn: BaseDBAsyncClient
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Member ids and, per asked position, their codes in the rows being replaced: one scan,
    flat integer arrays (no row objects per member)."""
    columns = "".join(f", array_agg(codes[{p + 1}] ORDER BY member_id) AS c{p}" for p in positions)
    row = await db.fetch_one(
        f"SELECT array_agg(member_id ORDER BY member_id) AS ids{columns} FROM member_tags",
        conn=conn,
    )
    assert row is not None
    ids = np.asarray(row["ids"] or [], dtype=np.int64)
    return ids, [np.asarray(row[f"c{p}"] or [], dtype=np.int32) for p in positions]


async def record(
    run_id: int, live_ids: np.ndarray, columns: list[Column], conn: BaseDBAsyncClient
) -> int:
    """In the run's transaction, before the rows are replaced: count each tag's value pairs
    against the previous published run. Returns the rows written."""
    previous = (
        await TagRun.filter(status=TagRunStatus.PUBLISHED, id__lt=run_id)
        .using_db(conn)
        .order_by("-id")
        .first()
    )
    if previous is None:
        return 0
    positions = {entry["code"]: i for i, entry in enumerate(previous.columns)}
    kept = sorted({positions[c.code] for c in columns if c.code in positions})
    ids, found = await _previous_codes(kept, conn)
    codes = dict(zip(kept, found, strict=True))
    size = int(max(ids.max(initial=-1), live_ids.max(initial=-1))) + 1
    rows = []
    for column in columns:
        old = np.full(size, ABSENT, dtype=np.int32)
        if column.code in positions:
            old[ids] = codes[positions[column.code]]
        new = np.full(size, ABSENT, dtype=np.int32)
        new[live_ids] = column.codes[live_ids]
        rows += [
            TagTransition(
                run_id=run_id,
                previous_run_id=previous.id,
                tag_code=column.code,
                from_code=a,
                to_code=b,
                members=n,
            )
            for a, b, n in count_pairs(old, new)
        ]
    await TagTransition.filter(run_id=run_id).using_db(conn).delete()
    await TagTransition.bulk_create(rows, using_db=conn)
    return len(rows)


@dataclass(frozen=True)
class Transition:
    """Members from one value to another (None: no value; ABSENT_LABEL: not a member then)."""

    from_value: str | None
    to_value: str | None
    members: int


ABSENT_LABEL = "(not a member)"


def _label(layout: list[dict[str, Any]], tag_code: str, code: int) -> str | None:
    if code == ABSENT:
        return ABSENT_LABEL
    if code == NONE:
        return None
    for entry in layout:
        if entry["code"] == tag_code:
            labels = entry["labels"]
            return str(labels[code]) if 0 <= code < len(labels) else None
    return None


async def transitions(
    tag_code: str, *, to_run: int | None = None, from_run: int | None = None
) -> tuple[TagRun, TagRun, list[Transition]]:
    """The matrix of a tag between a published run (the latest by default) and the one before
    it. Only consecutive runs are kept: another `from_run` is NOT_COVERED."""
    query = TagRun.filter(status=TagRunStatus.PUBLISHED)
    target = await (query.filter(id=to_run) if to_run else query.order_by("-id")).first()
    if target is None:
        raise NotFound("No such published tag run.", field="toRun")
    rows = await TagTransition.filter(run_id=target.id, tag_code=tag_code).order_by(
        "from_code", "to_code"
    )
    previous_id = rows[0].previous_run_id if rows else None
    if previous_id is None:
        raise DomainError(
            f"Run {target.id} kept no transitions of '{tag_code}' (the first run, or an unknown "
            "tag).",
            field="tag",
            code=ErrorCode.NOT_COVERED,
        )
    if from_run is not None and from_run != previous_id:
        raise DomainError(
            f"Transitions are kept between consecutive runs: run {target.id} follows run "
            f"{previous_id}.",
            field="fromRun",
            code=ErrorCode.NOT_COVERED,
        )
    source = await TagRun.get(id=previous_id)
    found = [
        Transition(
            _label(source.columns, tag_code, r.from_code),
            _label(target.columns, tag_code, r.to_code),
            r.members,
        )
        for r in rows
    ]
    return source, target, found
