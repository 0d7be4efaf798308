"""Members' tag values of past runs, for audiences on "the value at a past day".

`member_tags` holds the latest run only; each published run's codes are also copied here and
kept TAG_HISTORY_DAYS (a setting). The run a past day reads is the latest published run on or
before it, so pruning keeps the newest run at or before the retention cut-off as well.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import numpy as np

from domain import config, db


async def keep_run(
    raw: Any, run_id: int, member_ids: list[int], codes: list[Any], as_of: date, *, conn: Any
) -> None:
    """Copy a run's member codes into the history (on the run's transaction) and prune."""
    days = config.TAG_HISTORY_DAYS.get()
    if days <= 0:
        await db.execute("DELETE FROM member_tag_history", conn=conn)
        return
    await raw.copy_records_to_table(
        "member_tag_history",
        columns=["run_id", "member_id", "codes"],
        records=((run_id, m, c) for m, c in zip(member_ids, codes, strict=True)),
    )
    await prune(as_of - timedelta(days=days), conn=conn)


async def prune(cutoff: date, *, conn: Any = None) -> int:
    """Drop the history of runs older than `cutoff`, but the newest run on or before it."""
    return await db.execute(
        "DELETE FROM member_tag_history WHERE run_id IN (SELECT id FROM tag_runs "
        "WHERE as_of <= $1 AND id < (SELECT max(id) FROM tag_runs WHERE status = 'PUBLISHED' "
        "AND as_of <= $1))",
        cutoff,
        conn=conn,
    )


async def members_with_value_at(tag_code: str, labels: list[str], day: date) -> np.ndarray:
    """Members whose `tag_code` value was one of `labels` in the latest published run on or
    before `day` that is still kept (none when there is no such run or value)."""
    run = await db.fetch_one(
        "SELECT r.id, r.columns FROM tag_runs r WHERE r.status = 'PUBLISHED' AND r.as_of <= $1 "
        "AND EXISTS (SELECT 1 FROM member_tag_history h WHERE h.run_id = r.id) "
        "ORDER BY r.as_of DESC, r.id DESC LIMIT 1",
        day,
    )
    if run is None:
        return np.zeros(0, dtype=np.int64)
    columns = run["columns"]
    if isinstance(columns, str):
        columns = json.loads(columns)
    position = next((i for i, c in enumerate(columns) if c["code"] == tag_code), None)
    if position is None:
        return np.zeros(0, dtype=np.int64)
    wanted = [i for i, label in enumerate(columns[position]["labels"]) if label in labels]
    rows = await db.fetch(
        "SELECT member_id FROM member_tag_history WHERE run_id = $1 "
        "AND codes[$2] = ANY($3::smallint[])",
        run["id"],
        position + 1,
        wanted,
    )
    return np.asarray([r["member_id"] for r in rows], dtype=np.int64)
