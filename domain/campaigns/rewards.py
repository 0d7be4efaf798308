"""What a campaign's rewards cost and giving them: points in one set-based credit, coupons and
benefits member by member (a coupon can run out of stock; that member is reported, not charged).
Every reward carries a key derived from the delivery, so a repeated batch gives nothing twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.benefits import service as benefits_service
from domain.campaigns.models import Campaign
from domain.coupons import issuing as coupons_issuing
from domain.coupons import templates as coupons_templates
from domain.errors import DomainError
from domain.points import config as points_config
from domain.points import movements as points_movements

Reward = dict[str, Any]


@dataclass(frozen=True)
class UnitCost:
    """What one member's rewards take from the campaign's three budgets."""

    points: int = 0
    coupons: int = 0
    cents: int = 0


async def unit_cost(rewards: list[Reward]) -> UnitCost:
    """Points, coupons and cents one member's rewards cost."""
    points = coupons = cents = 0
    for reward in rewards:
        if reward["kind"] == "POINTS":
            points += reward["points"]
            point_type = await points_config.get_type(reward.get("pointType", "POINTS"))
            cents += points_config.cash_value(point_type, reward["points"])
        elif reward["kind"] == "COUPON":
            coupons += 1
            template = await coupons_templates.template_by_code(reward["template"])
            cents += template.amount_off_cents or template.cap_cents or 0
        else:
            benefit = await benefits_service.get_benefit(reward["benefit"])
            cents += benefit.unit_cost_cents * int(reward.get("quantity", 1))
    return UnitCost(points, coupons, cents)


async def give(
    campaign: Campaign, reward: Reward, index: int, members: list[tuple[int, str]]
) -> dict[int, str]:
    """Give the campaign's `index`-th reward to (member, occurrence) pairs; returns the members
    it could not reach with the error code why."""
    keys = [f"campaign:{campaign.id}:{m}:{o}:{index}" for m, o in members]
    operator = f"campaign:{campaign.id}"
    if reward["kind"] == "POINTS":
        await points_movements.credit_points_batch(
            member_ids=[m for m, _ in members],
            point_type_code=reward.get("pointType", "POINTS"),
            points=reward["points"],
            keys=keys,
            reason=f"campaign {campaign.name}"[:200],
            operator=operator,
        )
        return {}
    failed: dict[int, str] = {}
    for (member_id, _), key in zip(members, keys, strict=True):
        try:
            if reward["kind"] == "COUPON":
                await coupons_issuing.issue_coupon(
                    member_id=member_id,
                    template_code=reward["template"],
                    key=key,
                    source="CAMPAIGN",
                    operator=operator,
                )
            else:
                await benefits_service.grant(
                    member_id=member_id,
                    benefit_code=reward["benefit"],
                    quantity=int(reward.get("quantity", 1)),
                    source=operator,
                    key=key,
                )
        except DomainError as error:
            failed[member_id] = error.code.value
    return failed
