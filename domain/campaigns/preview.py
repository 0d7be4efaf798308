"""What a campaign would do if it ran now, without doing any of it: the audience, the control
group, the members a message would reach after consent, addresses and the contact cap, what
the rewards would cost against the budgets, and the first messages rendered. Reads only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.campaigns import audience, fanout, notify, pressure, rewards, rules
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import Campaign

SAMPLES = 5
BATCH = 2000


@dataclass
class Preview:
    """The figures of a campaign's preview; costs in cents."""

    channel: str = ""
    budget_cost_cents: int | None = None
    audience: int = 0
    control: int = 0
    treated: int = 0
    reachable: int = 0
    not_reached: dict[str, int] = field(default_factory=dict)
    expected_points: int = 0
    expected_coupons: int = 0
    expected_cost_cents: int = 0
    affordable: int = 0
    samples: list[notify.Planned] = field(default_factory=list)


async def preview(campaign: Campaign, now: datetime) -> Preview:
    """Preview a saved or an unsaved (checked, never stored) campaign as if it ran at `now`."""
    members = (await audience.member_ids(campaign)).tolist()
    shares = rules.variant_shares(campaign.variants, float(campaign.control_percent))
    arms = rules.assign_arms(campaign.id or 0, members, float(campaign.control_percent), shares)
    result = Preview(
        channel=str(campaign.message.get("channel", "")) if campaign.message else "",
        budget_cost_cents=campaign.budget_cost_cents,
        audience=len(members),
    )
    by_arm: dict[str, list[int]] = {}
    for member_id, arm in zip(members, arms, strict=True):
        by_arm.setdefault(arm, []).append(member_id)
    result.control = len(by_arm.pop(rules.CONTROL, []))
    counts: dict[int, int] = {}
    for arm, treated in by_arm.items():
        variant: dict[str, Any] = next((v for v in campaign.variants if v["code"] == arm), {})
        own = variant.get("rewards")
        given = own if own is not None else campaign.rewards
        unit = await rewards.unit_cost(given)
        result.treated += len(treated)
        affordable = fanout.affordable(campaign, len(treated), unit)
        result.affordable += affordable
        result.expected_points += unit.points * len(treated)
        result.expected_coupons += unit.coupons * len(treated)
        result.expected_cost_cents += unit.cents * len(treated)
        if campaign.message:
            await _reach(campaign, variant, treated, given, unit, counts, result, now)
        else:
            result.reachable += len(treated)
    return result


async def _reach(
    campaign: Campaign,
    variant: dict[str, Any],
    treated: list[int],
    given: list[dict[str, Any]],
    unit: rewards.UnitCost,
    counts: dict[int, int],
    result: Preview,
    now: datetime,
) -> None:
    """Count who a message would reach; render the first SAMPLES of them in full."""
    sample_ids: list[int] = []
    for start in range(0, len(treated), BATCH):
        batch = treated[start : start + BATCH]
        counts.update(await pressure.recent(batch, now))
        planned = await notify.plan(
            campaign, variant, batch, given, unit, now, counts, render=False
        )
        for item in planned:
            if item.status == "PENDING":
                result.reachable += 1
                if len(result.samples) + len(sample_ids) < SAMPLES:
                    sample_ids.append(item.member_id)
            else:
                result.not_reached[item.status] = result.not_reached.get(item.status, 0) + 1
    if sample_ids:  # these passed the cap above; render them without counting them twice
        result.samples += await notify.plan(campaign, variant, sample_ids, given, unit, now, {})


async def preview_saved(campaign_id: int, now: datetime) -> Preview:
    """Preview a saved campaign; NOT_FOUND when there is none."""
    return await preview(await campaigns_service.get(campaign_id), now)


async def preview_definition(spec: campaigns_service.CampaignInput, now: datetime) -> Preview:
    """Check a definition as createCampaign does and preview it; nothing is saved."""
    return await preview(Campaign(**await campaigns_service.check(spec)), now)
