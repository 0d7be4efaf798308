"""Event bonuses: points for behaviour events, at most a rule's daily limit a business day."""

from __future__ import annotations

from domain import db
from domain.clock import to_business
from domain.ledger import service as ledger
from domain.ledger.service import Meta
from domain.orders import reads as orders_reads
from domain.orders.reads import MemberEvent
from domain.points import earning_log, limits
from domain.points.config import account_for
from domain.points.models import EventBonusRule, PointType
from domain.points.policy import ExpiryPolicy


async def bonus_for_events(event_ids: list[int]) -> dict[int, int]:
    """Credit event bonuses (daily limits per rule and business day). Idempotent per event.
    Returns the points credited per member."""
    events = await orders_reads.member_events_in_order(event_ids)
    rules: dict[str, list[EventBonusRule]] = {}
    for rule in await EventBonusRule.filter(active=True):
        rules.setdefault(rule.event_name, []).append(rule)
    credited: dict[int, int] = {}
    for event in events:
        for rule in rules.get(event.name, []):
            points = await _event_bonus(event, rule)
            if points:
                credited[event.member_id] = credited.get(event.member_id, 0) + points
    return credited


async def _event_bonus(event: MemberEvent, rule: EventBonusRule) -> int:
    point_type = await PointType.get(id=rule.point_type_id)
    key = f"event:{event.id}:{rule.id}"
    day = to_business(event.occurred_at).date()
    async with db.transaction():
        account = await account_for(event.member_id, point_type)
        await ledger.lock_account(account.id)
        if await ledger.find_entry(account.id, key) is not None:
            return 0
        if await earning_log.event_bonuses_on(event.member_id, rule.id, day) >= (rule.daily_limit):
            return 0
        room = await limits.member_room(event.member_id, point_type, day)
        points = int(rule.points) if room is None else min(int(rule.points), room)
        if points <= 0:
            return 0
        policy = ExpiryPolicy.from_json(point_type.expiry_policy)
        expires = policy.expires_at(event.occurred_at)
        await ledger.credit(
            account.id,
            points,
            key,
            Meta(source=key, reason=f"event {event.name}", operator="bonus"),
            expires_at=expires,
            earned_at=event.occurred_at,
            carry_percent=policy.carry_percent,
            carry_expires_at=policy.carry_expires_at(expires),
        )
        await earning_log.record_earning(
            event.member_id, point_type.id, key, "EVENT", rule.id, points, day
        )
        return points
