"""Staff reads of paid membership plans, and retiring them."""

from __future__ import annotations

from collections.abc import Sequence

from domain import config_history, db
from domain.levels.models import PaidPlan


async def paid_plans(*, active: bool | None, after_id: int | None, limit: int) -> list[PaidPlan]:
    """Paid plans by id, optionally only active or only retired ones."""
    query = PaidPlan.all() if active is None else PaidPlan.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def paid_plan(plan_id: int) -> PaidPlan | None:
    """One paid plan, or None."""
    return await PaidPlan.get_or_none(id=plan_id)


async def retire_paid_plan(plan_id: int) -> PaidPlan:
    """Sell this plan no more; memberships already bought run their course."""
    return await config_history.retire_row(PaidPlan, plan_id, "PaidPlan", active=False)


async def paid_plans_by_ids(ids: Sequence[int]) -> list[PaidPlan | None]:
    """Paid plans aligned to ids (None where unknown)."""
    return await db.rows_by_ids(PaidPlan, ids)
