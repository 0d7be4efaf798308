"""Staff reads of recharge bonus rules, and retiring them."""

from __future__ import annotations

from collections.abc import Sequence

from domain import config_history, db
from domain.wallet.models import RechargeRule


async def recharge_rules(
    *, active: bool | None, after_id: int | None, limit: int
) -> list[RechargeRule]:
    """Recharge rules by id, optionally only active or only retired ones."""
    query = RechargeRule.all() if active is None else RechargeRule.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def recharge_rule(rule_id: int) -> RechargeRule | None:
    """One recharge rule, or None."""
    return await RechargeRule.get_or_none(id=rule_id)


async def retire_recharge_rule(rule_id: int) -> RechargeRule:
    """Give this bonus on no further recharge; bonuses already given stay."""
    return await config_history.retire_row(RechargeRule, rule_id, "RechargeRule", active=False)


async def recharge_rules_by_ids(ids: Sequence[int]) -> list[RechargeRule | None]:
    """Recharge rules aligned to ids (None where unknown)."""
    return await db.rows_by_ids(RechargeRule, ids)
