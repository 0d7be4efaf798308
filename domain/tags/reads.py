"""Tag reads for segment evaluation, kept here because they name the member_tags table."""

from __future__ import annotations

import numpy as np

from domain import db


async def members_with_number(position: int, low: float, high: float) -> np.ndarray:
    """Members whose published tag number at `position` (0-based in the run's numbers) lies in
    [low, high]; pass -inf or inf for an open end."""
    row = await db.fetch_one(
        "SELECT array_agg(member_id) AS ids FROM member_tags WHERE numbers[$1] >= $2 "
        "AND numbers[$1] <= $3",
        position + 1,
        low,
        high,
    )
    return np.asarray(row["ids"] or [], dtype=np.int64) if row else np.zeros(0, dtype=np.int64)
