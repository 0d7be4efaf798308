"""Paying a referral stage: each party once, through the points ledger and the coupon service.

Callers hold the referrer's invite-code row lock, so the month's count under the cap cannot race.
A (referral, stage, party) row is inserted before anything is paid, in the caller's transaction:
a retried or concurrent payment meets the unique key and pays nothing; the ledger and coupon
keys repeat the same triple.
"""

from __future__ import annotations

from datetime import datetime

from domain import db
from domain.clock import business_today
from domain.coupons import issuing as coupons_issuing
from domain.coupons import templates as coupon_templates
from domain.engagement.referrals_config import rewards_of
from domain.engagement.referrals_models import Referral, ReferralRule
from domain.engagement.referrals_rules import Party, RewardSpec, Stage, referrer_capped
from domain.errors import DomainError
from domain.points import movements


async def pay_stage(
    referral: Referral, stage: Stage, rule: ReferralRule, now: datetime
) -> list[int]:
    """Pay both parties their reward for `stage`; returns the members paid now."""
    month = business_today(now).replace(day=1)
    paid = []
    for party, spec in ((p, rewards_of(rule)[(stage, p)]) for p in Party):
        if spec.empty:
            continue
        member_id = referral.referrer_id if party is Party.REFERRER else referral.invitee_id
        capped = party is Party.REFERRER and referrer_capped(
            await _rewarded(member_id, stage, month), rule.monthly_cap
        )
        reward_id = await _claim(referral.id, stage, party, member_id, month, capped, now)
        if reward_id is None or capped:
            continue
        key = f"referral:{referral.id}:{stage.value}:{party.value}"
        coupon_id = await _pay(member_id, spec, rule, key, now)
        await db.execute(
            "UPDATE referral_rewards SET points = $2, growth = $3, coupon_id = $4 WHERE id = $1",
            reward_id,
            spec.points,
            spec.growth if rule.growth_point_type else 0,
            coupon_id,
        )
        paid.append(member_id)
    return paid


async def _rewarded(member_id: int, stage: Stage, month: object) -> int:
    row = await db.fetch_one(
        "SELECT count(*) AS n FROM referral_rewards WHERE member_id = $1 AND month = $2 "
        "AND stage = $3 AND party = 'REFERRER' AND NOT capped",
        member_id,
        month,
        stage.value,
    )
    return int(row["n"]) if row else 0


async def _claim(
    referral_id: int,
    stage: Stage,
    party: Party,
    member_id: int,
    month: object,
    capped: bool,
    now: datetime,
) -> int | None:
    row = await db.fetch_one(
        """INSERT INTO referral_rewards
               (referral_id, stage, party, member_id, month, capped, points, growth, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, 0, 0, $7)
           ON CONFLICT (referral_id, stage, party) DO NOTHING RETURNING id""",
        referral_id,
        stage.value,
        party.value,
        member_id,
        month,
        capped,
        now,
    )
    return int(row["id"]) if row else None


async def _pay(
    member_id: int, spec: RewardSpec, rule: ReferralRule, key: str, now: datetime
) -> int | None:
    """Credit points and growth, issue the coupon; the coupon id, None when none was issued
    (out of stock or paused: the points still count, the coupon is not owed later)."""
    reason = "referral reward"
    if spec.points:
        await movements.credit_points(
            member_id=member_id,
            point_type_code=rule.point_type,
            points=spec.points,
            key=f"{key}:points",
            reason=reason,
            operator="referral",
            earned_at=now,
        )
    if spec.growth and rule.growth_point_type:
        await movements.credit_points(
            member_id=member_id,
            point_type_code=rule.growth_point_type,
            points=spec.growth,
            key=f"{key}:growth",
            reason=reason,
            operator="referral",
            earned_at=now,
        )
    if spec.coupon is None:
        return None
    try:
        template = await coupon_templates.template_by_code(spec.coupon)
        coupon, _ = await coupons_issuing.issue_for_key(
            member_id, template, key=f"{key}:coupon", source="referral", operator="referral"
        )
    except DomainError:
        return None
    return int(coupon.id)
