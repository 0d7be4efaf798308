"""Paid membership: plans by audience and tier; purchase, renew, upgrade by paying the
difference pro rata, refund pro rata, expiry. At most one active paid plan per member.
Nothing priced starts before it is paid (domain.payments)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from domain import config_history, db
from domain.benefits import service as benefits_service
from domain.clock import business_today, utc_now
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound
from domain.levels import rules
from domain.levels.models import PaidMembership, PaidPlan, PlanStatus
from domain.payments import refunds as payment_refunds
from domain.payments import service as payments
from domain.payments.models import PaymentMethod, ProductKind, Purchase, PurchaseStatus
from domain.periods import refund_plan


class Action(StrEnum):
    PURCHASE = "PURCHASE"
    RENEW = "RENEW"
    UPGRADE = "UPGRADE"


@dataclass(frozen=True)
class PlanOrder:
    """A plan order's purchase (None when nothing was due) and membership (None while the
    payment is pending)."""

    purchase: Purchase | None
    membership: PaidMembership | None


async def define_plan(
    *,
    code: str,
    name: str,
    audience: str,
    tier: int,
    price_cents: int,
    validity_days: int,
    multiplier_percent: int = 100,
    discount_percent: int = 0,
    benefits: list[dict[str, Any]] | None = None,
    points_price: int | None = None,
    point_type_code: str = "POINTS",
) -> PaidPlan:
    """Create or change a plan (by code); `points_price` also sells it for points."""
    if price_cents < 0:
        raise DomainError(
            "priceCents must not be negative.", field="priceCents", code=ErrorCode.INVALID_AMOUNT
        )
    if points_price is not None and points_price <= 0:
        raise DomainError(
            "pointsPrice must be positive.", field="pointsPrice", code=ErrorCode.INVALID_AMOUNT
        )
    if validity_days <= 0:
        raise DomainError(
            "validityDays must be positive.", field="validityDays", code=ErrorCode.INVALID_WINDOW
        )
    for i, item in enumerate(benefits or []):
        await benefits_service.get_benefit(str(item.get("benefit")), f"benefits[{i}].benefit")
    plan = await config_history.upsert(
        PaidPlan,
        "PaidPlan",
        code=code,
        defaults={
            "name": name,
            "audience": audience,
            "tier": tier,
            "price_cents": price_cents,
            "validity_days": validity_days,
            "multiplier_percent": multiplier_percent,
            "discount_percent": discount_percent,
            "benefits": benefits or [],
            "points_price": points_price,
            "point_type_code": point_type_code,
            "active": True,
        },
    )
    return plan


async def _plan(code: str) -> PaidPlan:
    plan = await PaidPlan.get_or_none(code=code, active=True)
    if plan is None:
        raise NotFound(f"Unknown plan '{code}'.", field="planCode")
    return plan


async def _lock_member(member_id: int) -> list[PaidMembership]:
    await db.fetch("SELECT pg_advisory_xact_lock(hashtextextended($1, 11))", f"paid:{member_id}")
    return list(await PaidMembership.filter(member_id=member_id, status=PlanStatus.ACTIVE))


async def _start(
    member_id: int,
    plan: PaidPlan,
    key: str,
    starts_on: Any,
    paid_cents: int,
    previous_id: int | None = None,
) -> PaidMembership:
    membership = await PaidMembership.create(
        member_id=member_id,
        plan_id=plan.id,
        idempotency_key=key,
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=plan.validity_days),
        price_cents=plan.price_cents,
        paid_cents=paid_cents,
        status=PlanStatus.ACTIVE,
        previous_id=previous_id,
    )
    for item in plan.benefits:
        await benefits_service.grant(
            member_id=member_id,
            benefit_code=item["benefit"],
            quantity=int(item.get("quantity", 1)),
            source=f"plan:{plan.code}",
            key=f"{_grant_prefix(membership.id)}{item['benefit']}",
        )
    return membership


def _grant_prefix(membership_id: int) -> str:
    return f"plan:{membership_id}:"


@dataclass(frozen=True)
class Quote:
    """What an action would do now: the plan, what is due and the membership it follows."""

    action: Action
    plan: PaidPlan
    due_cents: int
    starts_on: date
    previous: PaidMembership | None


async def _quote(member_id: int, action: Action, plan_code: str, today: date) -> Quote:
    """Check the action against the member's active plans (locked) and price it."""
    active = await _lock_member(member_id)
    if action == Action.PURCHASE:
        plan = await _plan(plan_code)
        rules.check_no_overlap(
            [rules.Period(m.starts_on, m.ends_on) for m in active],
            rules.Period(today, today + timedelta(days=plan.validity_days)),
        )
        return Quote(action, plan, plan.price_cents, today, None)
    if action == Action.RENEW:
        if not active:
            raise NotFound("No active paid plan to renew.", field="memberId")
        last = max(active, key=lambda m: m.ends_on)
        plan = await PaidPlan.get(id=last.plan_id)
        return Quote(action, plan, plan.price_cents, last.ends_on, last)
    plan = await _plan(plan_code)
    current = [m for m in active if m.starts_on <= today]
    if not current:
        raise NotFound("No active paid plan to upgrade.", field="memberId")
    old = current[0]
    if old.plan_id == plan.id:
        raise InvalidState("That is the current plan.", field="planCode")
    due = rules.upgrade_difference(
        old.paid_cents, old.starts_on, old.ends_on, plan.price_cents, today
    )
    return Quote(action, plan, due, today, old)


async def _apply(member_id: int, quote: Quote, key: str, paid_cents: int) -> PaidMembership:
    previous_id = quote.previous.id if quote.previous else None
    if quote.action == Action.UPGRADE:
        await PaidMembership.filter(id=previous_id).update(
            status=PlanStatus.UPGRADED, ends_on=quote.starts_on
        )
    return await _start(member_id, quote.plan, key, quote.starts_on, paid_cents, previous_id)


def _price(quote: Quote) -> payments.Price:
    # Points buy a whole plan; an upgrade's pro-rata difference is paid in money only.
    points = quote.plan.points_price if quote.action != Action.UPGRADE else None
    return payments.Price(quote.due_cents, points, quote.plan.point_type_code)


async def buy(
    *,
    member_id: int,
    action: Action,
    plan_code: str,
    method: PaymentMethod,
    key: str,
    operator: str,
    now: datetime | None = None,
) -> PlanOrder:
    """Purchase, renew or upgrade a plan, paid by `method`: from the wallet or with points the
    membership starts at once; EXTERNAL leaves a PENDING purchase that starts it when the
    payment is confirmed. A plan with nothing due starts at once. Idempotent on `key`."""
    now = now or utc_now()
    async with db.transaction():
        existing = await PaidMembership.get_or_none(idempotency_key=key)
        if existing is not None:
            return PlanOrder(await payments.purchase_of(ProductKind.PLAN, existing.id), existing)
        paid_before = await payments.find_purchase(member_id, f"plan:{key}")
        if paid_before is not None:
            return await order_of(paid_before)
        quote = await _quote(member_id, action, plan_code, business_today(now))
        if quote.due_cents == 0:
            return PlanOrder(None, await _apply(member_id, quote, key, 0))
        purchase = await payments.pay(
            member_id=member_id,
            kind=ProductKind.PLAN,
            product_code=quote.plan.code,
            price=_price(quote),
            method=method,
            key=f"plan:{key}",
            operator=operator,
            details={"action": action.value},
            now=now,
        )
        if purchase.status != PurchaseStatus.PAID:
            return PlanOrder(purchase, None)
        membership = await _apply(member_id, quote, key, purchase.amount_cents)
        await payments.set_fulfilment(purchase.id, membership.id)
        return PlanOrder(await payments.get_purchase(purchase.id), membership)


async def order_of(purchase: Purchase) -> PlanOrder:
    """A plan purchase with the membership it started, if it did."""
    membership = None
    if purchase.fulfilment_id is not None:
        membership = await PaidMembership.get_or_none(id=purchase.fulfilment_id)
    return PlanOrder(purchase, membership)


async def fulfil_purchase(purchase: Purchase) -> int:
    """A confirmed external payment starts the membership it paid for."""
    action = Action(purchase.details["action"])
    today = business_today(purchase.paid_at)
    quote = await _quote(purchase.member_id, action, purchase.product_code, today)
    membership = await _apply(
        purchase.member_id, quote, f"purchase:{purchase.id}", purchase.amount_cents
    )
    result: int = membership.id
    return result


async def refund(*, membership_id: int, operator: str = "") -> PaidMembership:
    """Refund the unused time of a membership pro rata (rounded down) the way it was paid, and
    withdraw the benefits it granted that are unused; EXPIRED after its end."""
    async with db.transaction():
        membership = await PaidMembership.filter(id=membership_id).select_for_update().first()
        if membership is None:
            raise NotFound("No such membership.", field="membershipId")
        if membership.status != PlanStatus.ACTIVE:
            raise InvalidState(f"The membership is {membership.status}.", field="membershipId")
        purchase = await payments.purchase_of(ProductKind.PLAN, membership.id)
        amount = refund_plan(
            payment_refunds.paid_amount(purchase) if purchase else 0,
            membership.starts_on,
            membership.ends_on,
            business_today(),
            field="membershipId",
        )
        if purchase is not None:
            await payment_refunds.refund(
                purchase_id=purchase.id,
                amount=amount,
                key=f"membership:{membership.id}",
                reason="paid plan refunded",
                operator=operator,
            )
        await benefits_service.withdraw_unused(
            member_id=membership.member_id,
            key_prefix=_grant_prefix(membership.id),
            reason="paid plan refunded",
        )
        refunded_cents = amount if purchase and purchase.method != PaymentMethod.POINTS else 0
        await PaidMembership.filter(id=membership.id).update(
            status=PlanStatus.REFUNDED, refunded_cents=refunded_cents
        )
    return await PaidMembership.get(id=membership_id)


async def membership(membership_id: int) -> PaidMembership:
    """A membership by id."""
    return await PaidMembership.get(id=membership_id)


async def plan_of(membership: PaidMembership) -> PaidPlan:
    """The plan a membership is of."""
    return await PaidPlan.get(id=membership.plan_id)


async def expire_ended(today: date | None = None) -> int:
    """Expire memberships over by business date `today` (state-driven, safe to repeat)."""
    return await db.execute(
        "UPDATE paid_memberships SET status = 'EXPIRED' WHERE status = 'ACTIVE' AND ends_on <= $1",
        today or business_today(),
    )


@dataclass(frozen=True, slots=True)
class HeldMembership:
    membership: PaidMembership
    plan_code: str


async def memberships_of(member_id: int) -> list[HeldMembership]:
    """A member's purchases with their plan codes, newest first."""
    (held,) = await memberships_of_members([member_id])
    return held


async def memberships_of_members(member_ids: Sequence[int]) -> list[list[HeldMembership]]:
    """`memberships_of` for many members in two statements, aligned to the ids."""
    memberships = await PaidMembership.filter(member_id__in=list(member_ids)).order_by("-id")
    plan_ids = {m.plan_id for m in memberships}
    codes = dict(await PaidPlan.filter(id__in=plan_ids).values_list("id", "code"))
    grouped: dict[int, list[HeldMembership]] = {m: [] for m in member_ids}
    for m in memberships:
        grouped[m.member_id].append(HeldMembership(m, codes[m.plan_id]))
    return [grouped[m] for m in member_ids]


async def memberships_by_ids(ids: Sequence[int]) -> list[HeldMembership | None]:
    """Paid memberships with their plan codes aligned to ids, in two statements."""
    memberships = await PaidMembership.filter(id__in=list(set(ids))) if ids else []
    plan_ids = {m.plan_id for m in memberships}
    codes = (
        dict(await PaidPlan.filter(id__in=plan_ids).values_list("id", "code")) if plan_ids else {}
    )
    found = {m.id: HeldMembership(m, codes[m.plan_id]) for m in memberships}
    return [found.get(i) for i in ids]
