"""Settlement: the points an order earns, and the share a refund takes back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from domain import db
from domain.audience import membership
from domain.clock import to_business
from domain.ledger import reads as ledger_reads
from domain.ledger import service as ledger
from domain.ledger.models import Entry
from domain.ledger.service import Meta
from domain.members import service as members_service
from domain.orders import service as orders_service
from domain.points import earning, earning_log, limits, pending, purchase_match
from domain.points.config import account_for, asset_of, rule_view
from domain.points.models import EarningRule, PointKind, PointType, Promotion
from domain.points.policy import ExpiryPolicy
from domain.webhooks import outbox

LevelMultiplier = Callable[[int, str], Awaitable[Fraction]]
_level_multipliers: list[LevelMultiplier] = []


def register_level_multiplier(provider: LevelMultiplier) -> None:
    """Levels register how a member's level multiplies a point type's earnings (once each)."""
    if provider not in _level_multipliers:
        _level_multipliers.append(provider)


async def _level_factor(member_id: int, code: str) -> Fraction:
    factor = Fraction(1)
    for provider in _level_multipliers:
        factor *= await provider(member_id, code)
    return factor


@dataclass(frozen=True)
class Settled:
    point_type: str
    points: int


async def earn_for_order(order_id: int) -> list[Settled]:
    """Credit the points an order earns, per point type; nothing when an approved receipt
    already earned this purchase. Idempotent on the order."""
    order = await orders_service.get_order(order_id)
    if order is None or order.member_id is None:
        return []
    async with db.transaction():
        if await purchase_match.earned_by_receipt(order):
            return []
    (lines,) = await orders_service.lines_of([order_id])
    settled = []
    for point_type in await PointType.filter(
        active=True, kind__in=[PointKind.SPENDABLE, PointKind.GROWTH]
    ):
        running = [
            r
            for r in await EarningRule.filter(point_type_id=point_type.id, active=True)
            if (r.starts_at is None or r.starts_at <= order.paid_at)
            and (r.ends_at is None or order.paid_at < r.ends_at)
            and (not r.audience or await membership.includes(r.audience, order.member_id))
        ]
        if not running:
            continue
        rules = _RuleSet(
            [rule_view(r) for r in running], {r.id for r in running if r.budget is not None}
        )
        points = await _settle_order_type(order, lines, point_type, rules)
        settled.append(Settled(point_type.code, points))
    return settled


@dataclass(frozen=True)
class _RuleSet:
    rules: list[earning.Rule]
    budgeted: set[int]


async def _promotions(point_type: PointType) -> tuple[list[earning.PromotionWindow], set[int]]:
    """The point type's promotions, and those of them with a budget."""
    stored = await Promotion.filter(point_type_id=point_type.id, active=True)
    windows = [
        earning.PromotionWindow(
            p.id,
            Fraction(p.numerator, p.denominator),
            p.starts_at,
            p.ends_at,
            tuple(p.days_of_month),
            tuple(p.weekdays),
        )
        for p in stored
    ]
    return windows, {p.id for p in stored if p.budget is not None}


async def _settle_order_type(
    order: Any, lines: list[Any], point_type: PointType, rules: _RuleSet
) -> int:
    key = f"order:{order.id}"
    async with db.transaction():
        account = await account_for(order.member_id, point_type)
        await ledger.lock_account(account.id)
        if await ledger.find_entry(account.id, key) is not None or await pending.held(
            point_type.id, key
        ):
            return 0
        day = to_business(order.paid_at).date()
        promotions, budgeted_promotions = await _promotions(point_type)

        def compute(windows: list[earning.PromotionWindow]) -> earning.EarnResult:
            return earning.compute_order_points(
                rules.rules,
                [earning.Line(li.amount_cents, li.category_id, li.brand_id) for li in lines],
                channel=order.channel,
                store_code=order.store_code,
                paid_at=order.paid_at,
                promotions=windows,
                level_factor=level_factor,
                earned_today=earned_today,
            )

        level_factor = await _level_factor(order.member_id, point_type.code)
        earned_today = await earning_log.order_points_today(order.member_id, point_type.id, day)
        full = compute(promotions)
        result = await limits.limit_order_earning(
            order.member_id,
            point_type,
            day,
            compute([]) if full.promotion_id in budgeted_promotions else full,
            full,
            budgeted_rules=rules.budgeted,
            budgeted_promotions=budgeted_promotions,
        )
        if result.total <= 0:
            return 0
        window = pending.window_days(point_type, order.channel)
        if window > 0:
            await pending.hold(
                member_id=order.member_id,
                point_type=point_type,
                order_id=order.id,
                key=key,
                points=result.total,
                earned_at=order.paid_at,
                days=window,
            )
        else:
            await _credit_now(order, account.id, point_type, key, result.total)
            await outbox.emit(
                "points.earned",
                {
                    "memberId": order.member_id,
                    "pointType": point_type.code,
                    "points": result.total,
                    "orderId": order.id,
                },
                at=order.paid_at,
            )
        for item in result.by_rule:
            await earning_log.record_earning(
                order.member_id, point_type.id, key, "ORDER", item.rule_id, item.points, day
            )
        return result.total


async def _credit_now(
    order: Any, account_id: int, point_type: PointType, key: str, points: int
) -> None:
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    expires = policy.expires_at(order.paid_at)
    await ledger.credit(
        account_id,
        points,
        key,
        Meta(
            source=key,
            reason=f"order {order.channel}:{order.external_no}",
            operator="settlement",
        ),
        expires_at=expires,
        earned_at=order.paid_at,
        funding_party=f"store:{order.store_code}" if order.store_code else "platform",
        carry_percent=policy.carry_percent,
        carry_expires_at=policy.carry_expires_at(expires),
    )


async def reverse_for_refund(refund_id: int) -> list[Settled]:
    """Take back points in proportion to a refund (cumulative over the order's refunds, so the
    whole order refunded takes back exactly what it earned). Idempotent on the refund."""
    refund = await orders_service.get_refund(refund_id)
    if refund is None:
        return []
    order = await orders_service.get_order(refund.order_id)
    if order is None or order.member_id is None:
        return []
    refunds = await orders_service.refunds_of(order.id)
    before = sum(r.amount_cents for r in refunds if r.id < refund.id)
    owner = await members_service.resolve_member_id(order.member_id) or order.member_id
    family = [owner, *await members_service.absorbed_member_ids(owner)]
    out = []
    for point_type in await PointType.filter(kind__in=[PointKind.SPENDABLE, PointKind.GROWTH]):
        held = await pending.for_order(family, point_type.id, f"order:{order.id}")
        if held is not None:
            cancelled = await pending.cancel_for_refund(
                held.id, point_type, refund.id, order.total_cents, before, refund.amount_cents
            )
            if cancelled is not None:  # still held: the refund's share never reaches the balance
                out.append(Settled(point_type.code, -cancelled))
                continue
        found = await _order_credit(family, asset_of(point_type), f"order:{order.id}")
        if found is None:
            continue
        credit_account_id, credit = found
        # a credit released from hold counts refunds on the points the order first earned
        earned = held.points if held is not None else credit.amount
        points = earning.reversal_for_refund(earned, order.total_cents, before, refund.amount_cents)
        key = f"refund:{refund.id}"
        # A refund reversed before the merge stays reversed on the account it was taken from.
        if points > 0 and not await ledger.find_entry(credit_account_id, key):
            account = await account_for(owner, point_type)
            await ledger.reverse(
                account.id,
                f"order:{order.id}",
                points,
                key,
                Meta(source=f"refund:{refund.id}", reason="order refunded", operator="settlement"),
                credit_account_id=credit_account_id,
            )
        out.append(Settled(point_type.code, -points))
    return out


async def _order_credit(member_ids: list[int], asset: str, key: str) -> tuple[int, Entry] | None:
    """The credit an order earned, on the account of the member or of one it absorbed."""
    for account in await ledger_reads.accounts_of(member_ids, [asset]):
        credit = await ledger.find_entry(account.id, key)
        if credit is not None:
            return account.id, credit
    return None
