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


async def model_number(model: str) -> tuple[int, int, int] | None:
    """(run id, number position, horizon days) of an online tag of the MODEL kind `model` in
    the newest published run, or None when no run scored it."""
    from domain.tags.models import TagDefinition, TagKind, TagRun, TagRunStatus

    run = await TagRun.filter(status=TagRunStatus.PUBLISHED).order_by("-id").first()
    if run is None:
        return None
    for tag in await TagDefinition.filter(kind=TagKind.MODEL).order_by("id"):
        if tag.rule.get("model") == model and tag.code in run.numbers:
            return run.id, run.numbers.index(tag.code), int(tag.rule.get("days", 365))
    return None
