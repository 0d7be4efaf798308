"""Paid membership: plans by audience and tier; purchase, renew, upgrade by paying the
difference pro rata, refund pro rata, expiry. At most one active paid plan per member."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from domain import db
from domain.benefits import service as benefits_service
from domain.clock import business_today
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound
from domain.levels import rules
from domain.levels.models import PaidMembership, PaidPlan, PlanStatus


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
) -> PaidPlan:
    """Create or change a plan (by code)."""
    if price_cents < 0:
        raise DomainError(
            "priceCents must not be negative.", field="priceCents", code=ErrorCode.INVALID_AMOUNT
        )
    if validity_days <= 0:
        raise DomainError(
            "validityDays must be positive.", field="validityDays", code=ErrorCode.INVALID_WINDOW
        )
    for i, item in enumerate(benefits or []):
        await benefits_service.get_benefit(str(item.get("benefit")), f"benefits[{i}].benefit")
    plan, _ = await PaidPlan.update_or_create(
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
            key=f"plan:{membership.id}:{item['benefit']}",
        )
    return membership


async def purchase(*, member_id: int, plan_code: str, key: str) -> PaidMembership:
    """Buy a plan from today; PLAN_OVERLAP while another paid plan is active. Idempotent."""
    plan = await _plan(plan_code)
    async with db.transaction():
        existing = await PaidMembership.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        today = business_today()
        active = await _lock_member(member_id)
        rules.check_no_overlap(
            [rules.Period(m.starts_on, m.ends_on) for m in active],
            rules.Period(today, today + timedelta(days=plan.validity_days)),
        )
        return await _start(member_id, plan, key, today, plan.price_cents)


async def renew(*, member_id: int, key: str) -> PaidMembership:
    """Extend the active plan by one validity, starting when the current one ends."""
    async with db.transaction():
        existing = await PaidMembership.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        active = await _lock_member(member_id)
        if not active:
            raise NotFound("No active paid plan to renew.", field="memberId")
        last = max(active, key=lambda m: m.ends_on)
        plan = await PaidPlan.get(id=last.plan_id)
        return await _start(member_id, plan, key, last.ends_on, plan.price_cents, last.id)


async def upgrade(*, member_id: int, plan_code: str, key: str) -> PaidMembership:
    """Move to another plan today, paying the new price less the unused value of the old."""
    plan = await _plan(plan_code)
    async with db.transaction():
        existing = await PaidMembership.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        today = business_today()
        active = [m for m in await _lock_member(member_id) if m.starts_on <= today]
        if not active:
            raise NotFound("No active paid plan to upgrade.", field="memberId")
        old = active[0]
        if old.plan_id == plan.id:
            raise InvalidState("That is the current plan.", field="planCode")
        due = rules.upgrade_difference(
            old.paid_cents, old.starts_on, old.ends_on, plan.price_cents, today
        )
        await PaidMembership.filter(id=old.id).update(status=PlanStatus.UPGRADED, ends_on=today)
        return await _start(member_id, plan, key, today, due, old.id)


async def refund(*, membership_id: int) -> PaidMembership:
    """Refund the unused time of a membership pro rata (rounded down); EXPIRED after its end."""
    async with db.transaction():
        membership = await PaidMembership.filter(id=membership_id).select_for_update().first()
        if membership is None:
            raise NotFound("No such membership.", field="membershipId")
        if membership.status != PlanStatus.ACTIVE:
            raise InvalidState(f"The membership is {membership.status}.", field="membershipId")
        amount = rules.refund_plan(
            membership.paid_cents,
            membership.starts_on,
            membership.ends_on,
            business_today(),
            field="membershipId",
        )
        await PaidMembership.filter(id=membership.id).update(
            status=PlanStatus.REFUNDED, refunded_cents=amount
        )
    return await PaidMembership.get(id=membership_id)


async def expire_ended() -> int:
    """Mark memberships whose time is over as expired (state-driven, safe to repeat)."""
    return await db.execute(
        "UPDATE paid_memberships SET status = 'EXPIRED' WHERE status = 'ACTIVE' AND ends_on <= $1",
        business_today(),
    )


async def memberships_of(member_id: int) -> list[dict[str, Any]]:
    """A member's purchases, newest first."""
    return await db.fetch(
        """SELECT pm.id, p.code, p.name, p.audience, p.tier, pm.starts_on, pm.ends_on,
                  pm.price_cents, pm.paid_cents, pm.refunded_cents, pm.status
             FROM paid_memberships pm JOIN paid_plans p ON p.id = pm.plan_id
            WHERE pm.member_id = $1 ORDER BY pm.id DESC""",
        member_id,
    )
