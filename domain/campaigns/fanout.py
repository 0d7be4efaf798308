"""Rewarding and notifying members of a campaign, a batch at a time.

Each batch is one transaction: the delivery rows are inserted first (unique per campaign,
member and occurrence, so a member already handled is skipped whatever crashed or repeated),
the budget is taken from the campaign row under its lock (stopping exactly at a cap), rewards
are credited with keys derived from the delivery, and notifications are queued for the next
moment outside quiet hours (consent checked; what cannot be sent now is deferred)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain import db
from domain.campaigns import notify, rewards, rules
from domain.campaigns.models import Campaign, CampaignStatus
from domain.clock import utc_now

BATCH = 2000
Progress = Callable[[int, str], Awaitable[None]]
Pairs = list[tuple[int, str]]


@dataclass
class BatchResult:
    new: int = 0
    rewarded: int = 0
    control: int = 0
    capped: int = 0
    notified: int = 0
    stopped: str | None = None
    failures: dict[str, int] = field(default_factory=dict)

    def add(self, other: BatchResult) -> None:
        """Count another batch into these totals (its stop reason included)."""
        self.new += other.new
        self.rewarded += other.rewarded
        self.control += other.control
        self.capped += other.capped
        self.notified += other.notified
        self.stopped = other.stopped or self.stopped
        for code, n in other.failures.items():
            self.failures[code] = self.failures.get(code, 0) + n


def _variant(campaign: Campaign, code: str) -> dict[str, Any]:
    return next((v for v in campaign.variants if v["code"] == code), {})


def affordable(campaign: Campaign, count: int, unit: rewards.UnitCost) -> int:
    """How many members the remaining budgets still pay for."""
    allowed = count
    for budget, spent, per in (
        (campaign.budget_points, campaign.spent_points, unit.points),
        (campaign.budget_coupons, campaign.spent_coupons, unit.coupons),
        (campaign.budget_cost_cents, campaign.spent_cost_cents, unit.cents),
    ):
        allowed = rules.affordable(None if budget is None else budget - spent, per, allowed)
    return allowed


async def _last_rewarded(campaign_id: int, member_ids: list[int]) -> dict[int, datetime]:
    rows = await db.fetch(
        "SELECT member_id, max(delivered_at) AS at FROM campaign_deliveries "
        "WHERE campaign_id = $1 AND member_id = ANY($2::bigint[]) AND status = 'REWARDED' "
        "GROUP BY member_id",
        campaign_id,
        member_ids,
    )
    return {int(r["member_id"]): r["at"] for r in rows}


async def reward_batch(
    campaign_id: int,
    member_ids: list[int],
    occurrence: str | list[str],
    *,
    frequency: rules.Frequency | None = None,
    now: datetime | None = None,
) -> BatchResult:
    """Handle one batch of members for one occurrence (or one occurrence per member). With a
    `frequency` (triggers), members it does not let be rewarded again are left out (checked
    under the campaign's lock, so two triggers at the same moment cannot both pass)."""
    now = now or utc_now()
    result = BatchResult()
    occurrences = occurrence if isinstance(occurrence, list) else [occurrence] * len(member_ids)
    pairs = list(zip(member_ids, occurrences, strict=True))
    async with db.transaction():
        campaign = await Campaign.filter(id=campaign_id).select_for_update().first()
        if campaign is None or campaign.status != CampaignStatus.RUNNING:
            result.stopped = str(campaign.status) if campaign else "MISSING"
            return result
        if frequency is not None:
            last = await _last_rewarded(campaign.id, member_ids)
            pairs = [(m, o) for m, o in pairs if rules.may_repeat(frequency, last.get(m), now)]
        inserted = await _insert_deliveries(campaign, pairs, now)
        result.new = len(inserted)
        by_arm: dict[str, Pairs] = {}
        for member_id, occurrence_, arm in inserted:
            if arm == rules.CONTROL:
                result.control += 1
            else:
                by_arm.setdefault(arm, []).append((member_id, occurrence_))
        for arm, members in by_arm.items():
            if result.stopped:  # the budget ran out in an earlier arm of this batch
                await _set_status(campaign.id, members, "BUDGET_CAPPED")
                result.capped += len(members)
                continue
            await _reward_arm(campaign, arm, members, result, now)
        await Campaign.filter(id=campaign.id).update(processed=campaign.processed + result.new)
    return result


async def _insert_deliveries(
    campaign: Campaign, pairs: Pairs, now: datetime
) -> list[tuple[int, str, str]]:
    """Insert the turns not taken yet; returns (member, occurrence, arm) of the new ones."""
    shares = rules.variant_shares(campaign.variants, float(campaign.control_percent))
    arms = rules.assign_arms(
        campaign.id, [m for m, _ in pairs], float(campaign.control_percent), shares
    )
    rows = await db.fetch(
        """INSERT INTO campaign_deliveries (campaign_id, member_id, occurrence, arm, status,
                                            cost_cents, points, coupons, delivered_at)
           SELECT $1, t.member_id, t.occurrence, t.arm,
                  CASE WHEN t.arm = $5 THEN 'CONTROL' ELSE 'REWARDED' END, 0, 0, 0, $6
             FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(member_id, occurrence, arm)
           ON CONFLICT (campaign_id, member_id, occurrence) DO NOTHING
           RETURNING member_id, occurrence, arm""",
        campaign.id,
        [m for m, _ in pairs],
        [o for _, o in pairs],
        arms,
        rules.CONTROL,
        now,
    )
    return [(int(r["member_id"]), r["occurrence"], r["arm"]) for r in rows]


async def _reward_arm(
    campaign: Campaign, arm: str, members: Pairs, result: BatchResult, now: datetime
) -> None:
    variant = _variant(campaign, arm)
    own: list[rewards.Reward] | None = variant.get("rewards")
    given: list[rewards.Reward] = own if own is not None else campaign.rewards
    unit = await rewards.unit_cost(given)
    allowed = affordable(campaign, len(members), unit)
    if allowed < len(members):
        capped = members[allowed:]
        members = members[:allowed]
        await _set_status(campaign.id, capped, "BUDGET_CAPPED")
        result.capped += len(capped)
        result.stopped = CampaignStatus.BUDGET_EXHAUSTED
        await Campaign.filter(id=campaign.id).update(status=CampaignStatus.BUDGET_EXHAUSTED)
    if not members:
        return
    await _charge(campaign, unit, len(members))
    await _set_status(campaign.id, members, "REWARDED", unit)
    failed: dict[int, str] = {}
    for index, reward in enumerate(given):
        missed = await rewards.give(campaign, reward, index, members)
        for code in missed.values():
            result.failures[code] = result.failures.get(code, 0) + 1
        failed.update(missed)
    if failed:  # a coupon out of stock or a limit reached: not rewarded, and not charged
        lost = [p for p in members if p[0] in failed]
        await _set_status(campaign.id, lost, "REWARD_FAILED")
        await _set_failure_codes(campaign.id, lost, failed)
        await _charge(campaign, unit, -len(lost))
        members = [p for p in members if p[0] not in failed]
    result.rewarded += len(members)
    if campaign.message:
        result.notified += await notify.queue(campaign, variant, members, given, unit, now)


async def _charge(campaign: Campaign, unit: rewards.UnitCost, members: int) -> None:
    """Add what `members` rewards cost to the campaign's spending (negative gives it back)."""
    campaign.spent_points += unit.points * members
    campaign.spent_coupons += unit.coupons * members
    campaign.spent_cost_cents += unit.cents * members
    await Campaign.filter(id=campaign.id).update(
        spent_points=campaign.spent_points,
        spent_coupons=campaign.spent_coupons,
        spent_cost_cents=campaign.spent_cost_cents,
    )


async def _set_status(
    campaign_id: int, members: Pairs, status: str, unit: rewards.UnitCost | None = None
) -> None:
    """Set the deliveries' status, with what each cost (nothing unless rewarded)."""
    unit = unit or rewards.UnitCost()
    await db.execute(
        """UPDATE campaign_deliveries d SET status = $4, cost_cents = $5, points = $6,
                  coupons = $7
             FROM unnest($2::bigint[], $3::text[]) AS t(member_id, occurrence)
            WHERE d.campaign_id = $1 AND d.member_id = t.member_id
              AND d.occurrence = t.occurrence""",
        campaign_id,
        [m for m, _ in members],
        [o for _, o in members],
        status,
        unit.cents,
        unit.points,
        unit.coupons,
    )


async def _set_failure_codes(campaign_id: int, members: Pairs, codes: dict[int, str]) -> None:
    """Record why each member's reward failed (the first failing reward's error code)."""
    await db.execute(
        """UPDATE campaign_deliveries d SET failure_code = t.code
             FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(member_id, occurrence, code)
            WHERE d.campaign_id = $1 AND d.member_id = t.member_id
              AND d.occurrence = t.occurrence""",
        campaign_id,
        [m for m, _ in members],
        [o for _, o in members],
        [codes[m] for m, _ in members],
    )


async def has_failures(campaign_id: int) -> bool:
    """Whether any member of the campaign was not rewarded because a reward failed."""
    row = await db.fetch_one(
        "SELECT EXISTS (SELECT 1 FROM campaign_deliveries WHERE campaign_id = $1 "
        "AND status = 'REWARD_FAILED') AS failed",
        campaign_id,
    )
    return bool(row and row["failed"])


async def run(
    campaign_id: int,
    occurrence: str,
    member_ids: list[int],
    progress: Progress | None = None,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> dict[str, Any]:
    """Fan a list of members out in batches; stops when paused, cancelled or out of budget.
    Safe to run again: members already handled are skipped. Each batch reads `clock` when it
    starts, so a long run keeps to the quiet hours."""
    totals = BatchResult()
    for start in range(0, len(member_ids), BATCH):
        batch = await reward_batch(
            campaign_id, member_ids[start : start + BATCH], occurrence, now=clock()
        )
        totals.add(batch)
        if batch.stopped:
            break
        if progress:
            done = min(start + BATCH, len(member_ids))
            await progress(int(done * 100 / max(1, len(member_ids))), f"{done} members")
    return totals.__dict__
