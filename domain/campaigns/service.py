"""Campaign definitions and their lifecycle: create (checked whole), start, pause, resume,
cancel; the audience; the strategy library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain import config_history, db, jobs
from domain.benefits import service as benefits_service
from domain.campaigns import rules, templates
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus, StrategyNote
from domain.coupons import templates as coupons_templates
from domain.coupons.models import TemplateState
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound, Problems
from domain.points import config as points_config
from domain.segments import service as segments_service
from domain.segments.models import SegmentSnapshot

REWARD_KINDS = frozenset(rules.RewardKind)
TRIGGERS = frozenset(rules.TriggerKind)
_ORDER_OPTIONS = frozenset({"min_total_cents", "channels", "stores"})
TRIGGER_OPTIONS: dict[rules.TriggerKind, frozenset[str]] = {
    rules.TriggerKind.REGISTERED: frozenset(),
    rules.TriggerKind.BIRTHDAY: frozenset(),
    rules.TriggerKind.FIRST_ORDER: _ORDER_OPTIONS,
    rules.TriggerKind.ORDER_PAID: _ORDER_OPTIONS,
    rules.TriggerKind.EVENT: frozenset({"event", "properties"}),
    rules.TriggerKind.INACTIVE: frozenset({"days"}),
    rules.TriggerKind.POINTS_EXPIRING: frozenset({"days"}),
    rules.TriggerKind.CART_ABANDONED: frozenset({"hours"}),
    rules.TriggerKind.LEVEL_REACHED: frozenset({"rank"}),
}
_COUNTS = frozenset({"min_total_cents", "days", "hours", "rank"})
_API_NAMES = {"min_total_cents": "minTotalCents"}


@dataclass
class CampaignInput:
    name: str
    owner: str
    starts_at: datetime
    ends_at: datetime
    mode: CampaignMode
    audience: dict[str, Any]
    rewards: list[dict[str, Any]] = field(default_factory=list)
    goal: str = ""
    trigger: dict[str, Any] = field(default_factory=dict)
    message: dict[str, Any] = field(default_factory=dict)
    frequency: dict[str, Any] = field(default_factory=lambda: {"cap": "ONCE"})
    control_percent: float = 0
    variants: list[dict[str, Any]] = field(default_factory=list)
    budget_points: int | None = None
    budget_coupons: int | None = None
    budget_cost_cents: int | None = None
    quiet_start: str = "21:00"
    quiet_end: str = "09:00"
    attribution_days: int = 7
    recurring_days: list[int] = field(default_factory=list)


async def _check_rewards(rewards: list[dict[str, Any]]) -> None:
    for i, reward in enumerate(rewards):
        kind = reward.get("kind")
        if kind not in REWARD_KINDS:
            raise DomainError(
                f"kind must be one of {', '.join(sorted(REWARD_KINDS))}.",
                field=f"rewards[{i}].kind",
            )
        if kind == "POINTS":
            await points_config.get_type(
                reward.get("pointType", "POINTS"), f"rewards[{i}].pointType"
            )
            if not isinstance(reward.get("points"), int) or reward["points"] <= 0:
                raise DomainError(
                    "points must be positive.",
                    field=f"rewards[{i}].points",
                    code=ErrorCode.INVALID_AMOUNT,
                )
        elif kind == "COUPON":
            template = await coupons_templates.template_by_code(
                str(reward.get("template")), f"rewards[{i}].template"
            )
            if template.state == TemplateState.PAUSED:
                raise DomainError(
                    "The coupon template is paused.",
                    field=f"rewards[{i}].template",
                    code=ErrorCode.COUPON_PAUSED,
                )
        else:
            await benefits_service.get_benefit(str(reward.get("benefit")), f"rewards[{i}].benefit")
            quantity = reward.get("quantity", 1)
            if not isinstance(quantity, int) or quantity <= 0:
                raise DomainError(
                    "quantity must be positive.",
                    field=f"rewards[{i}].quantity",
                    code=ErrorCode.INVALID_AMOUNT,
                )


def _check_message_extras(message: dict[str, Any]) -> None:
    """SMS and WeChat messages go out by a template the provider approved: its code is needed."""
    if message["channel"] in ("SMS", "WECHAT") and not str(message.get("templateCode") or ""):
        raise DomainError(
            f"A {message['channel']} message needs the provider's template code.",
            field="message.templateCode",
            code=ErrorCode.REQUIRED,
        )


def _check_trigger(trigger: dict[str, Any]) -> None:
    if not trigger:
        raise DomainError(
            "A triggered campaign needs a trigger.", field="trigger", code=ErrorCode.REQUIRED
        )
    kind = trigger.get("kind")
    if kind not in TRIGGERS:
        choices = ", ".join(sorted(TRIGGERS))
        raise DomainError(f"trigger.kind must be one of {choices}.", field="trigger.kind")
    allowed = TRIGGER_OPTIONS[rules.TriggerKind(kind)]
    for key, value in trigger.items():
        field = "trigger." + _API_NAMES.get(key, key)
        if key != "kind" and key not in allowed:
            raise DomainError(f"{kind} triggers take no {key}.", field=field)
        if key in _COUNTS and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise DomainError(
                f"{key} must be 0 or more.", field=field, code=ErrorCode.INVALID_AMOUNT
            )
    if kind == rules.TriggerKind.EVENT and not str(trigger.get("event") or "").strip():
        raise DomainError(
            "An EVENT trigger names the event.", field="trigger.event", code=ErrorCode.REQUIRED
        )


async def _check_audience(setting: dict[str, Any]) -> dict[str, Any]:
    """The audience setting as stored: a definition in its canonical JSON form."""
    audience = rules.parse_audience(setting)
    if audience.kind is rules.AudienceKind.DEFINITION:
        definition = await segments_service.check_audience(
            audience.definition, field="audience.definition"
        )
        return {"kind": audience.kind.value, "definition": definition}
    if audience.kind is rules.AudienceKind.SEGMENT:
        found = await segments_service.targetable_segment(audience.source_id) is not None
    elif audience.kind is rules.AudienceKind.SNAPSHOT:
        found = await SegmentSnapshot.exists(id=audience.source_id)
    else:
        return {"kind": audience.kind.value}
    if not found:
        what = "segment" if audience.kind is rules.AudienceKind.SEGMENT else "snapshot"
        raise DomainError(f"No such {what}.", field=f"audience.{what}", code=ErrorCode.NOT_FOUND)
    return {"kind": audience.kind.value, "id": audience.source_id}


async def create(spec: CampaignInput) -> Campaign:
    """Check everything (window, caps, audience, rewards, message variables, arms) and save a
    draft; nothing is saved when anything is wrong."""
    return await config_history.create(Campaign, "Campaign", **await check(spec))


async def check(spec: CampaignInput) -> dict[str, Any]:
    """Check a definition whole, as `create` does, and return the values it would save;
    writes nothing."""
    if not spec.name.strip():
        raise DomainError("name is required.", field="name", code=ErrorCode.REQUIRED)
    rules.validate_campaign(
        spec.starts_at,
        spec.ends_at,
        {
            "budgetPoints": spec.budget_points,
            "budgetCoupons": spec.budget_coupons,
            "budgetCostCents": spec.budget_cost_cents,
        },
    )
    audience = await _check_audience(spec.audience)
    await _check_rewards(spec.rewards)
    if spec.mode == CampaignMode.TRIGGERED:
        _check_trigger(spec.trigger)
    if spec.mode == CampaignMode.RECURRING and not all(
        1 <= d <= 31 for d in spec.recurring_days or [0]
    ):
        raise DomainError("recurringDays are days of the month 1..31.", field="recurringDays")
    if spec.message:
        if spec.message.get("channel") not in rules.CHANNELS:
            raise DomainError(
                f"message.channel must be one of {', '.join(sorted(rules.CHANNELS))}.",
                field="message.channel",
            )
        templates.validate_template(str(spec.message.get("body", "")), field="message.body")
        _check_message_extras(spec.message)
    rules.parse_frequency(spec.frequency)
    shares = rules.variant_shares(spec.variants, spec.control_percent)
    rules.arm_slices(float(spec.control_percent), shares)
    for i, variant in enumerate(spec.variants):
        if variant.get("body"):
            templates.validate_template(str(variant["body"]), field=f"variants[{i}].body")
        if variant.get("rewards") is not None:
            try:
                await _check_rewards(variant["rewards"])
            except DomainError as error:
                error.field = f"variants[{i}].{error.field}"
                raise
    values = dict(spec.__dict__)
    values["audience"] = audience
    values["variants"] = spec.variants or [
        {"code": code, "percent": percent} for code, percent in shares
    ]
    return values


async def get(campaign_id: int) -> Campaign:
    """A campaign, or NOT_FOUND."""
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None:
        raise NotFound("No such campaign.", field="campaignId")
    return campaign


async def list_campaigns(status: str | None = None) -> list[Campaign]:
    """Campaigns newest first."""
    query = Campaign.all()
    if status:
        query = query.filter(status=status)
    return list(await query.order_by("-id").limit(200))


async def start(campaign_id: int) -> Campaign:
    """Start (or resume): one-shot campaigns fan out in a job; triggered and recurring ones
    become active."""
    async with db.transaction():
        campaign = await Campaign.filter(id=campaign_id).select_for_update().first()
        if campaign is None:
            raise NotFound("No such campaign.", field="campaignId")
        if campaign.status not in (CampaignStatus.DRAFT, CampaignStatus.PAUSED):
            raise InvalidState(f"The campaign is {campaign.status}.", field="campaignId")
        await Campaign.filter(id=campaign_id).update(status=CampaignStatus.RUNNING)
        if campaign.mode == CampaignMode.ONE_SHOT:
            round_ = await jobs.count_keyed(f"campaign.run:{campaign_id}:")
            await jobs.defer(
                "campaigns.run",
                key=f"campaign.run:{campaign_id}:{round_}",
                campaign_id=campaign_id,
                occurrence="once",
            )
    return await Campaign.get(id=campaign_id)


async def pause(campaign_id: int) -> Campaign:
    """Stop between batches; start again to resume where it stopped."""
    return await _move(campaign_id, {CampaignStatus.RUNNING}, CampaignStatus.PAUSED)


async def cancel(campaign_id: int) -> Campaign:
    """Stop for good (what was delivered stays delivered); recorded in the history."""
    async with db.transaction():
        before = await Campaign.filter(id=campaign_id).select_for_update().first()
        campaign = await _move(
            campaign_id,
            {CampaignStatus.DRAFT, CampaignStatus.RUNNING, CampaignStatus.PAUSED},
            CampaignStatus.CANCELLED,
        )
        await config_history.record(
            "Campaign",
            campaign_id,
            before=config_history.snapshot(before),
            after=config_history.snapshot(campaign),
            action=config_history.ConfigChangeAction.RETIRE,
        )
    return campaign


async def _move(campaign_id: int, allowed: set[CampaignStatus], to: CampaignStatus) -> Campaign:
    changed = await Campaign.filter(id=campaign_id, status__in=list(allowed)).update(status=to)
    if not changed:
        campaign = await get(campaign_id)
        raise InvalidState(f"The campaign is {campaign.status}.", field="campaignId")
    return await Campaign.get(id=campaign_id)


async def record_strategy(
    *,
    campaign_id: int | None,
    segment_id: int | None,
    strategy: str,
    outcome: str,
    uplift: float | None,
    operator: str,
) -> StrategyNote:
    """Add to the strategy library; the campaign and segment named must exist. Every problem is
    reported at once."""
    problems = Problems()
    for name, text in (("strategy", strategy), ("outcome", outcome)):
        if not text.strip():
            problems.add(DomainError(f"{name} is required.", field=name, code=ErrorCode.REQUIRED))
    if campaign_id is not None and not await Campaign.exists(id=campaign_id):
        problems.add(NotFound("No such campaign.", field="campaignId"))
    if segment_id is not None and (await segments_service.segments_by_ids([segment_id]))[0] is None:
        problems.add(NotFound("No such segment.", field="segmentId"))
    problems.raise_if_any()
    return await StrategyNote.create(
        campaign_id=campaign_id,
        segment_id=segment_id,
        strategy=strategy[:200],
        outcome=outcome,
        uplift=uplift,
        created_by=operator[:100],
    )


async def strategies(segment_id: int | None = None) -> list[StrategyNote]:
    """The strategy library, newest first."""
    query = StrategyNote.all()
    if segment_id is not None:
        query = query.filter(segment_id=segment_id)
    return list(await query.order_by("-id").limit(200))


async def campaigns_by_ids(ids: Sequence[int]) -> list[Campaign | None]:
    """Campaigns aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Campaign, ids)


async def strategy_notes_by_ids(ids: Sequence[int]) -> list[StrategyNote | None]:
    """Strategy notes aligned to ids (None where unknown)."""
    return await db.rows_by_ids(StrategyNote, ids)


async def campaigns_page(
    *, status: str | None, before_id: int | None, limit: int
) -> list[Campaign]:
    """Campaigns newest first, one keyset page."""
    query = Campaign.all() if not status else Campaign.filter(status=status)
    return await db.page_by_id(query, after_id=before_id, limit=limit, newest_first=True)


async def strategies_page(
    *, segment_id: int | None, before_id: int | None, limit: int
) -> list[StrategyNote]:
    """The strategy library newest first, one keyset page."""
    query = StrategyNote.all()
    if segment_id is not None:
        query = query.filter(segment_id=segment_id)
    return await db.page_by_id(query, after_id=before_id, limit=limit, newest_first=True)
