"""Rewarding and notifying members of a campaign, a batch at a time.

Each batch is one transaction: the delivery rows are inserted first (unique per campaign,
member and occurrence, so a member already handled is skipped whatever crashed or repeated),
the budget is taken from the campaign row under its lock (stopping exactly at a cap), rewards
are credited with keys derived from the delivery, and notifications are queued for the next
moment outside quiet hours (consent checked; what cannot be sent now is deferred)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Any

from domain import db
from domain.benefits import service as benefits_service
from domain.campaigns import rules, templates
from domain.campaigns.models import Campaign, CampaignStatus
from domain.clock import utc_now
from domain.coupons import issuing as coupons_issuing
from domain.coupons import templates as coupons_templates
from domain.errors import DomainError
from domain.points import config as points_config
from domain.points import movements as points_movements

BATCH = 2000
CONSENT = {
    "SMS": "consent_sms",
    "PUSH": "consent_push",
    "INBOX": "consent_push",
    "WECHAT": "consent_push",
    "WEBHOOK": "consent_push",
}


@dataclass
class BatchResult:
    new: int = 0
    rewarded: int = 0
    control: int = 0
    capped: int = 0
    notified: int = 0
    stopped: str | None = None
    failures: dict[str, int] = field(default_factory=dict)


def _variants(campaign: Campaign) -> list[tuple[str, float]]:
    return [(v["code"], float(v["percent"])) for v in campaign.variants]


def _variant(campaign: Campaign, code: str) -> dict[str, Any]:
    return next((v for v in campaign.variants if v["code"] == code), {})


async def _unit_cost(rewards: list[dict[str, Any]]) -> tuple[int, int, int]:
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
    return points, coupons, cents


def _affordable(campaign: Campaign, count: int, unit: tuple[int, int, int]) -> int:
    """How many members the remaining budgets still pay for."""
    allowed = count
    for budget, spent, per in (
        (campaign.budget_points, campaign.spent_points, unit[0]),
        (campaign.budget_coupons, campaign.spent_coupons, unit[1]),
        (campaign.budget_cost_cents, campaign.spent_cost_cents, unit[2]),
    ):
        if budget is not None and per > 0:
            allowed = min(allowed, max(0, (budget - spent) // per))
    return allowed


async def reward_batch(
    campaign_id: int,
    member_ids: list[int],
    occurrence: str | list[str],
    *,
    min_gap_days: int | None = None,
) -> BatchResult:
    """Handle one batch of members for one occurrence (or one occurrence per member). With
    `min_gap_days`, members the campaign rewarded more recently are left out (checked under the
    campaign's lock, so two triggers at the same moment cannot both pass)."""
    result = BatchResult()
    occurrences = occurrence if isinstance(occurrence, list) else [occurrence] * len(member_ids)
    async with db.transaction():
        campaign = await Campaign.filter(id=campaign_id).select_for_update().first()
        if campaign is None or campaign.status != CampaignStatus.RUNNING:
            result.stopped = str(campaign.status) if campaign else "MISSING"
            return result
        if min_gap_days is not None:
            recent = {
                r["member_id"]
                for r in await db.fetch(
                    "SELECT DISTINCT member_id FROM campaign_deliveries WHERE campaign_id = $1 "
                    "AND member_id = ANY($2::bigint[]) AND status = 'REWARDED' "
                    "AND delivered_at > now() - make_interval(days => $3)",
                    campaign.id,
                    member_ids,
                    min_gap_days,
                )
            }
            kept = [(m, o) for m, o in zip(member_ids, occurrences, strict=True) if m not in recent]
            member_ids, occurrences = [m for m, _ in kept], [o for _, o in kept]
        arms = [
            rules.assign_arm(campaign.id, m, float(campaign.control_percent), _variants(campaign))
            for m in member_ids
        ]
        rows = await db.fetch(
            """INSERT INTO campaign_deliveries (campaign_id, member_id, occurrence, arm, status,
                                                cost_cents, points, coupons, delivered_at)
               SELECT $1, t.member_id, t.occurrence, t.arm,
                      CASE WHEN t.arm = 'control' THEN 'CONTROL' ELSE 'REWARDED' END, 0, 0, 0,
                      now()
                 FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(member_id, occurrence, arm)
               ON CONFLICT (campaign_id, member_id, occurrence) DO NOTHING
               RETURNING member_id, occurrence, arm""",
            campaign.id,
            member_ids,
            occurrences,
            arms,
        )
        result.new = len(rows)
        result.control = sum(1 for r in rows if r["arm"] == rules.CONTROL)
        by_arm: dict[str, list[tuple[int, str]]] = {}
        for r in rows:
            if r["arm"] != rules.CONTROL:
                by_arm.setdefault(r["arm"], []).append((int(r["member_id"]), r["occurrence"]))
        for arm, members in by_arm.items():
            if result.stopped:  # the budget ran out in an earlier arm of this batch
                await _mark_capped(campaign.id, members)
                result.capped += len(members)
                continue
            await _reward_arm(campaign, arm, members, result)
        await Campaign.filter(id=campaign.id).update(processed=campaign.processed + result.new)
    return result


async def _reward_arm(
    campaign: Campaign, arm: str, members: list[tuple[int, str]], result: BatchResult
) -> None:
    variant = _variant(campaign, arm)
    rewards: list[dict[str, Any]] = (
        variant["rewards"] if variant.get("rewards") is not None else campaign.rewards
    )
    unit = await _unit_cost(rewards)
    allowed = _affordable(campaign, len(members), unit)
    if allowed < len(members):
        capped = members[allowed:]
        members = members[:allowed]
        await _mark_capped(campaign.id, capped)
        result.capped += len(capped)
        result.stopped = CampaignStatus.BUDGET_EXHAUSTED
        await Campaign.filter(id=campaign.id).update(status=CampaignStatus.BUDGET_EXHAUSTED)
    if not members:
        return
    campaign.spent_points += unit[0] * len(members)
    campaign.spent_coupons += unit[1] * len(members)
    campaign.spent_cost_cents += unit[2] * len(members)
    await Campaign.filter(id=campaign.id).update(
        spent_points=campaign.spent_points,
        spent_coupons=campaign.spent_coupons,
        spent_cost_cents=campaign.spent_cost_cents,
    )
    await db.execute(
        """UPDATE campaign_deliveries d SET cost_cents = $4, points = $5, coupons = $6
             FROM unnest($2::bigint[], $3::text[]) AS t(member_id, occurrence)
            WHERE d.campaign_id = $1 AND d.member_id = t.member_id
              AND d.occurrence = t.occurrence""",
        campaign.id,
        [m for m, _ in members],
        [o for _, o in members],
        unit[2],
        unit[0],
        unit[1],
    )
    failed: set[int] = set()
    for index, reward in enumerate(rewards):
        failed |= await _give(campaign, reward, index, members, result)
    if failed:  # a coupon out of stock or a limit reached: not rewarded, and not charged
        members = await _refund_failed(campaign, members, failed, unit)
    result.rewarded += len(members)
    if campaign.message:
        result.notified += await _queue_notifications(campaign, variant, members, rewards)


async def _mark_capped(campaign_id: int, members: list[tuple[int, str]]) -> None:
    await db.execute(
        """UPDATE campaign_deliveries d SET status = 'BUDGET_CAPPED'
             FROM unnest($2::bigint[], $3::text[]) AS t(member_id, occurrence)
            WHERE d.campaign_id = $1 AND d.member_id = t.member_id
              AND d.occurrence = t.occurrence""",
        campaign_id,
        [m for m, _ in members],
        [o for _, o in members],
    )


async def _give(
    campaign: Campaign,
    reward: dict[str, Any],
    index: int,
    members: list[tuple[int, str]],
    result: BatchResult,
) -> set[int]:
    """Give one reward to the members; returns those it could not be given to."""
    keys = [f"campaign:{campaign.id}:{m}:{o}:{index}" for m, o in members]
    if reward["kind"] == "POINTS":
        await points_movements.credit_points_batch(
            member_ids=[m for m, _ in members],
            point_type_code=reward.get("pointType", "POINTS"),
            points=reward["points"],
            keys=keys,
            reason=f"campaign {campaign.name}"[:200],
            operator=f"campaign:{campaign.id}",
        )
        return set()
    failed: set[int] = set()
    for (member_id, _), key in zip(members, keys, strict=True):
        try:
            if reward["kind"] == "COUPON":
                await coupons_issuing.issue_coupon(
                    member_id=member_id,
                    template_code=reward["template"],
                    key=key,
                    source="CAMPAIGN",
                    operator=f"campaign:{campaign.id}",
                )
            else:
                await benefits_service.grant(
                    member_id=member_id,
                    benefit_code=reward["benefit"],
                    quantity=int(reward.get("quantity", 1)),
                    source=f"campaign:{campaign.id}",
                    key=key,
                )
        except DomainError as error:
            result.failures[error.code.value] = result.failures.get(error.code.value, 0) + 1
            failed.add(member_id)
    return failed


async def _refund_failed(
    campaign: Campaign,
    members: list[tuple[int, str]],
    failed: set[int],
    unit: tuple[int, int, int],
) -> list[tuple[int, str]]:
    """Mark the members a reward could not reach and give their cost back to the budget."""
    lost = [(m, o) for m, o in members if m in failed]
    await db.execute(
        """UPDATE campaign_deliveries d SET status = 'REWARD_FAILED', cost_cents = 0,
                  points = 0, coupons = 0
             FROM unnest($2::bigint[], $3::text[]) AS t(member_id, occurrence)
            WHERE d.campaign_id = $1 AND d.member_id = t.member_id
              AND d.occurrence = t.occurrence""",
        campaign.id,
        [m for m, _ in lost],
        [o for _, o in lost],
    )
    campaign.spent_points -= unit[0] * len(lost)
    campaign.spent_coupons -= unit[1] * len(lost)
    campaign.spent_cost_cents -= unit[2] * len(lost)
    await Campaign.filter(id=campaign.id).update(
        spent_points=campaign.spent_points,
        spent_coupons=campaign.spent_coupons,
        spent_cost_cents=campaign.spent_cost_cents,
    )
    return [(m, o) for m, o in members if m not in failed]


def _clock(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


async def _queue_notifications(
    campaign: Campaign,
    variant: dict[str, Any],
    members: list[tuple[int, str]],
    rewards: list[dict[str, Any]],
) -> int:
    channel = campaign.message["channel"]
    body = variant.get("body") or campaign.message.get("body", "")
    consent = CONSENT.get(channel)
    profiles = {
        r["id"]: r
        for r in await db.fetch(
            "SELECT id, name, consent_sms, consent_push FROM members WHERE id = ANY($1::bigint[])",
            [m for m, _ in members],
        )
    }
    points = sum(r.get("points", 0) for r in rewards if r["kind"] == "POINTS")
    coupon = next((r["template"] for r in rewards if r["kind"] == "COUPON"), "")
    send_after = rules.next_send_time(
        utc_now(), _clock(campaign.quiet_start), _clock(campaign.quiet_end)
    )
    ids, occurrences, bodies, statuses = [], [], [], []
    for member_id, occurrence in members:
        profile = profiles.get(member_id)
        if profile is None:
            continue
        allowed = consent is None or bool(profile[consent])
        ids.append(member_id)
        occurrences.append(occurrence)
        bodies.append(
            templates.render(body, _values(profile, points, coupon, campaign)) if allowed else ""
        )
        statuses.append("PENDING" if allowed else "NO_CONSENT")
    await db.execute(
        """INSERT INTO campaign_notifications (campaign_id, member_id, occurrence, channel, body,
                                               status, send_after, attempts)
           SELECT $1, t.m, t.o, $2, t.b, t.s, $3, 0
             FROM unnest($4::bigint[], $5::text[], $6::text[], $7::text[]) AS t(m, o, b, s)
           ON CONFLICT (campaign_id, member_id, occurrence) DO NOTHING""",
        campaign.id,
        channel,
        send_after,
        ids,
        occurrences,
        bodies,
        statuses,
    )
    return statuses.count("PENDING")


def _values(
    profile: dict[str, Any], points: int, coupon: str, campaign: Campaign
) -> dict[str, object]:
    return {
        name: value
        for name, value in {
            "name": profile["name"] or "member",
            "points": points,
            "coupon": coupon,
            "expiry_date": campaign.ends_at.date().isoformat(),
            "campaign": campaign.name,
            "level": "",
            "amount": "",
            "store": "",
        }.items()
    }


async def run(
    campaign_id: int, occurrence: str, member_ids: list[int], progress: Any = None
) -> dict[str, Any]:
    """Fan a list of members out in batches; stops when paused, cancelled or out of budget.
    Safe to run again: members already handled are skipped."""
    totals = BatchResult()
    for start in range(0, len(member_ids), BATCH):
        batch = await reward_batch(campaign_id, member_ids[start : start + BATCH], occurrence)
        for name in ("new", "rewarded", "control", "capped", "notified"):
            setattr(totals, name, getattr(totals, name) + getattr(batch, name))
        for code, n in batch.failures.items():
            totals.failures[code] = totals.failures.get(code, 0) + n
        if batch.stopped:
            totals.stopped = batch.stopped
            break
        if progress:
            done = min(start + BATCH, len(member_ids))
            await progress(int(done * 100 / max(1, len(member_ids))), f"{done} members")
    return totals.__dict__
