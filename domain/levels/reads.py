"""Level and paid-plan reads for audience leaves, kept here because they name the level tables.

Segments sit on the same layer as levels, so they reach these through the fact sources that
`hooks_setup` registers (`segments.facts.register_source`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from domain import db
from domain.audience.facts import FactCondition, FactMembers, compare


def _ids(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.asarray([r["member_id"] for r in rows], dtype=np.int64)


async def level_members(condition: FactCondition, as_of: date) -> FactMembers:
    """Members at one of the level codes; with a comparison, also by days at the current level
    (members without a level row hold the first rank and have no such day: they match only
    without a comparison)."""
    rows = await db.fetch(
        "SELECT ml.member_id, $1::date - ml.reached_on AS days, l.code = ANY($2::text[]) AS hit "
        "FROM member_levels ml LEFT JOIN levels l ON l.rank = ml.rank",
        as_of,
        list(condition.codes),
    )
    ids = _ids(rows)
    hits = np.asarray([bool(r["hit"]) for r in rows], dtype=bool)
    if condition.op is not None:
        days = np.asarray([r["days"] for r in rows], dtype=np.int64)
        return FactMembers(ids[hits & compare(days, condition)])
    first = await db.fetch_one(
        "SELECT code = ANY($1::text[]) AS hit FROM levels WHERE rank = 1",
        list(condition.codes),
    )
    if first is not None and first["hit"]:
        # Everyone without a row is at the first rank: all live members but the rows elsewhere.
        return FactMembers(ids[~hits], complement=True)
    return FactMembers(ids[hits])


async def plan_holders(condition: FactCondition, as_of: date) -> FactMembers:
    """Members with an active paid membership (of one of the plan codes; any when none) on
    `as_of`."""
    rows = await db.fetch(
        "SELECT DISTINCT pm.member_id FROM paid_memberships pm JOIN paid_plans p "
        "ON p.id = pm.plan_id WHERE ($1::text[] = '{}' OR p.code = ANY($1::text[])) "
        "AND pm.status = 'ACTIVE' AND pm.starts_on <= $2 AND pm.ends_on >= $2",
        list(condition.codes),
        as_of,
    )
    return FactMembers(_ids(rows))
