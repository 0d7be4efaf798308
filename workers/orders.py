"""Order, refund and event jobs: every later area hangs its step on these same jobs."""

from __future__ import annotations

from typing import Any

from domain.campaigns import triggers as campaign_triggers
from domain.clock import utc_now
from domain.coupons import redemption as coupons_redemption
from domain.engagement import referrals
from domain.engagement import tasks as engagement_tasks
from domain.levels import service as levels_service
from domain.orders import service as orders_service
from domain.points import bonuses as points_bonuses
from domain.points import settlement as points_settlement
from domain.recs import member_context as recs_context
from domain.tags import service as tags_service
from workers.tasks import JobRun, task


@task("orders.process")
async def process_order(run: JobRun, order_id: int) -> dict[str, Any]:
    """A paid order: statistics, points, coupons used, a referral's first-order rewards, level,
    campaign triggers, tags."""
    member_id = await orders_service.process_order(order_id)
    result: dict[str, Any] = {"orderId": order_id, "memberId": member_id}
    settled = await points_settlement.earn_for_order(order_id)
    result["points"] = {s.point_type: s.points for s in settled}
    result["couponsUsed"] = await coupons_redemption.confirm_for_order(order_id)
    if member_id is not None:
        rewarded = await referrals.reward_first_order(
            order_id=order_id, member_id=member_id, now=utc_now()
        )
        for other in (m for m in rewarded if m != member_id):  # the referrer's growth counts too
            await levels_service.apply_growth(other)
        result["referralRewards"] = rewarded
        result["level"] = (await levels_service.apply_growth(member_id)).rank
        result["campaigns"] = await campaign_triggers.on_order(order_id)
        result["tasksCompleted"] = len(await engagement_tasks.on_order(order_id))
        await tags_service.refresh_member_tags(member_id)
        await recs_context.forget_members([member_id])
    return result


@task("orders.process_refund")
async def process_refund(run: JobRun, refund_id: int) -> dict[str, Any]:
    """A refund: statistics, points taken back, coupons restored, tags."""
    member_id = await orders_service.process_refund(refund_id)
    result: dict[str, Any] = {"refundId": refund_id, "memberId": member_id}
    reversed_ = await points_settlement.reverse_for_refund(refund_id)
    result["points"] = {s.point_type: s.points for s in reversed_}
    result["couponsRestored"] = await coupons_redemption.restore_for_refund(refund_id)
    if member_id is not None:
        await tags_service.refresh_member_tags(member_id)
        await recs_context.forget_members([member_id])
    return result


@task("events.process")
async def process_events(run: JobRun, event_ids: list[int]) -> dict[str, Any]:
    """Newly recorded events: bonus points (and the levels they reach), tags, campaign triggers."""
    bonus = await points_bonuses.bonus_for_events(event_ids)
    for member_id in bonus:  # growth from events can upgrade too
        await levels_service.apply_growth(member_id)
    members = await tags_service.refresh_event_members(event_ids)
    await recs_context.forget_members(members)
    fired = await campaign_triggers.on_events(event_ids)
    completed = await engagement_tasks.on_events(event_ids)
    return {
        "tasksCompleted": len(completed),
        "events": len(event_ids),
        "members": len(members),
        "bonusPoints": sum(bonus.values()),
        "campaigns": fired,
    }
