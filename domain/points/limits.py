"""Earn limits and budgets: what a member may still earn in a period, what a rule or a
promotion may still give.

A member's earn limit (per point type, across all rules and event bonuses) counts the business
period an earning falls in. Budgets count points given, not points kept: a refund does not give
budget back. Callers hold the member's account lock, so the period sum cannot race; budget rows
are locked in id order (rules, then the promotion) so concurrent settlements cannot deadlock.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from domain import db
from domain.points.earning import EarnResult, RuleEarning
from domain.points.models import EarnPeriod, PointType


def period_bounds(period: EarnPeriod, day: date) -> tuple[date, date]:
    """The first day of the period `day` falls in and the first day of the next one."""
    if period == EarnPeriod.DAY:
        return day, day + timedelta(days=1)
    if period == EarnPeriod.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7)
    if period == EarnPeriod.MONTH:
        start = day.replace(day=1)
        following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, following
    start = date(day.year, 1, 1)
    return start, date(day.year + 1, 1, 1)


async def member_room(member_id: int, point_type: PointType, day: date) -> int | None:
    """Points the member may still earn of this type in the period of `day`; None: no limit."""
    if point_type.earn_limit is None or point_type.earn_limit_period is None:
        return None
    start, end = period_bounds(EarnPeriod(point_type.earn_limit_period), day)
    row = await db.fetch_one(
        "SELECT COALESCE(sum(points), 0) AS earned FROM point_earnings WHERE member_id = $1 "
        "AND point_type_id = $2 AND business_day >= $3 AND business_day < $4",
        member_id,
        point_type.id,
        start,
        end,
    )
    return max(0, int(point_type.earn_limit) - int(row["earned"] if row else 0))


def cut_to(amounts: Sequence[int], room: int | None) -> list[int]:
    """The amounts, in order, cut so that their sum is at most `room` (None: unchanged)."""
    if room is None:
        return list(amounts)
    out = []
    for amount in amounts:
        granted = max(0, min(amount, room))
        out.append(granted)
        room -= granted
    return out


async def lock_rule_budgets(rule_ids: Sequence[int]) -> dict[int, int]:
    """Lock the budgeted rules among `rule_ids` and return what each may still give."""
    rows = await db.fetch(
        "SELECT id, budget - budget_used AS room FROM point_earning_rules "
        "WHERE id = ANY($1::int[]) AND budget IS NOT NULL ORDER BY id FOR UPDATE",
        sorted(set(rule_ids)),
    )
    return {int(r["id"]): max(0, int(r["room"])) for r in rows}


async def lock_promotion_budget(promotion_id: int) -> int | None:
    """Lock a budgeted promotion and return what it may still give (None: no budget)."""
    row = await db.fetch_one(
        "SELECT budget - budget_used AS room FROM point_promotions "
        "WHERE id = $1 AND budget IS NOT NULL FOR UPDATE",
        promotion_id,
    )
    return max(0, int(row["room"])) if row else None


async def spend_budgets(
    rules: dict[int, int], promotion_id: int | None, promotion_points: int
) -> None:
    """Record points given against the locked rule budgets and the promotion's."""
    for rule_id, points in sorted(rules.items()):
        if points:
            await db.execute(
                "UPDATE point_earning_rules SET budget_used = budget_used + $2 "
                "WHERE id = $1 AND budget IS NOT NULL",
                rule_id,
                points,
            )
    if promotion_id is not None and promotion_points:
        await db.execute(
            "UPDATE point_promotions SET budget_used = budget_used + $2 "
            "WHERE id = $1 AND budget IS NOT NULL",
            promotion_id,
            promotion_points,
        )


async def limit_order_earning(
    member_id: int,
    point_type: PointType,
    day: date,
    base: EarnResult,
    full: EarnResult,
    *,
    budgeted_rules: set[int],
    budgeted_promotions: set[int],
) -> EarnResult:
    """What an order may credit: `full` (with the promotion) cut to the member's earn limit,
    each rule's budget and the promotion's budget (which pays only the share above `base`, the
    same order without the promotion), with the budgets spent. Call under the account lock."""
    rule_ids = [e.rule_id for e in full.by_rule]
    granted = cut_to(
        [e.points for e in full.by_rule], await member_room(member_id, point_type, day)
    )
    if budgeted_rules.intersection(rule_ids):
        rooms = await lock_rule_budgets([r for r in rule_ids if r in budgeted_rules])
        granted = [min(g, rooms.get(r, g)) for r, g in zip(rule_ids, granted, strict=True)]
    extra = 0
    if full.promotion_id is not None and full.promotion_id in budgeted_promotions:
        base_of = {e.rule_id: e.points for e in base.by_rule}
        extras = [max(0, g - base_of.get(r, 0)) for r, g in zip(rule_ids, granted, strict=True)]
        allowed = cut_to(extras, await lock_promotion_budget(full.promotion_id))
        granted = [g - e + a for g, e, a in zip(granted, extras, allowed, strict=True)]
        extra = sum(allowed)
    await spend_budgets(
        {r: g for r, g in zip(rule_ids, granted, strict=True) if r in budgeted_rules},
        full.promotion_id,
        extra,
    )
    return EarnResult(
        total=sum(granted),
        by_rule=[RuleEarning(r, g) for r, g in zip(rule_ids, granted, strict=True) if g > 0],
        multiplier=full.multiplier,
        promotion_id=full.promotion_id,
    )
