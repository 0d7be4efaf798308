"""Reading and retiring point configuration: earning rules, promotions, event bonuses."""

from __future__ import annotations

from collections.abc import Sequence

from domain import config_history, db
from domain.points.models import EarningRule, EventBonusRule, Promotion, Receipt, ReceiptStatus


async def earning_rules(
    *, active: bool | None, after_id: int | None, limit: int
) -> list[EarningRule]:
    """Earning rules by id, optionally only active or only retired ones."""
    query = EarningRule.all() if active is None else EarningRule.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def promotions(*, active: bool | None, after_id: int | None, limit: int) -> list[Promotion]:
    """Promotions by id, optionally only active or only retired ones."""
    query = Promotion.all() if active is None else Promotion.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def event_bonuses(
    *, active: bool | None, after_id: int | None, limit: int
) -> list[EventBonusRule]:
    """Event bonus rules by id, optionally only active or only retired ones."""
    query = EventBonusRule.all() if active is None else EventBonusRule.filter(active=active)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def earning_rule(rule_id: int) -> EarningRule | None:
    """One earning rule, or None."""
    return await EarningRule.get_or_none(id=rule_id)


async def promotion(promotion_id: int) -> Promotion | None:
    """One promotion, or None."""
    return await Promotion.get_or_none(id=promotion_id)


async def event_bonus(rule_id: int) -> EventBonusRule | None:
    """One event bonus rule, or None."""
    return await EventBonusRule.get_or_none(id=rule_id)


async def retire_earning_rule(rule_id: int) -> EarningRule:
    """Stop a rule earning from now on; its past earnings and history stay."""
    return await config_history.retire_row(EarningRule, rule_id, "EarningRule", active=False)


async def retire_promotion(promotion_id: int) -> Promotion:
    """Stop a promotion multiplying from now on."""
    return await config_history.retire_row(Promotion, promotion_id, "Promotion", active=False)


async def retire_event_bonus(rule_id: int) -> EventBonusRule:
    """Stop an event bonus; defining it again for the same event brings it back."""
    return await config_history.retire_row(EventBonusRule, rule_id, "EventBonusRule", active=False)


async def receipts(
    *, status: ReceiptStatus | None, after_id: int | None, limit: int
) -> list[Receipt]:
    """Submitted receipts oldest first (the review queue when PENDING)."""
    query = Receipt.all() if status is None else Receipt.filter(status=status)
    return await db.page_by_id(query, after_id=after_id, limit=limit)


async def receipt(receipt_id: int) -> Receipt | None:
    """One receipt, or None."""
    return await Receipt.get_or_none(id=receipt_id)


async def earning_rules_by_ids(ids: Sequence[int]) -> list[EarningRule | None]:
    """Earning rules aligned to ids (None where unknown)."""
    return await db.rows_by_ids(EarningRule, ids)


async def promotions_by_ids(ids: Sequence[int]) -> list[Promotion | None]:
    """Promotions aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Promotion, ids)


async def event_bonuses_by_ids(ids: Sequence[int]) -> list[EventBonusRule | None]:
    """Event bonus rules aligned to ids (None where unknown)."""
    return await db.rows_by_ids(EventBonusRule, ids)
