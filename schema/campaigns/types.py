"""Campaign output types: the campaign, its settings as typed objects, its effect."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, TypeAlias

import strawberry
from strawberry.scalars import JSON

from domain.campaigns import rules
from domain.campaigns.effect import CentsEstimate, Estimate
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus, StrategyNote
from schema.campaigns.dataloaders import CampaignEffect
from schema.context import Info
from schema.errors import ErrorCode, UserError
from schema.node import Node
from schema.relay import encode_id, optional_global_id
from schema.segments.definition import SegmentDefinition
from schema.segments.definition import from_json as definition_from_json

CampaignModeEnum: TypeAlias = CampaignMode
strawberry.enum(CampaignMode, name="CampaignMode")
CampaignStatusEnum: TypeAlias = CampaignStatus
strawberry.enum(CampaignStatus, name="CampaignStatus")
AudienceKindEnum: TypeAlias = rules.AudienceKind
strawberry.enum(
    rules.AudienceKind,
    name="CampaignAudienceKind",
    description="Which kind of audience a campaign has.",
)
TriggerKindEnum: TypeAlias = rules.TriggerKind
strawberry.enum(
    rules.TriggerKind,
    name="CampaignTriggerKind",
    description="What makes a triggered campaign reward a member.",
)
ChannelEnum: TypeAlias = rules.MessageChannel
strawberry.enum(
    rules.MessageChannel,
    name="CampaignChannel",
    description="Where a campaign message goes; LOG only writes it to the log.",
)
FrequencyCapEnum: TypeAlias = rules.FrequencyCap
strawberry.enum(
    rules.FrequencyCap,
    name="CampaignFrequencyCap",
    description="How often one member may be rewarded by one campaign.",
)


@strawberry.type(name="Interval", description="An estimate with its 95% interval.")
class IntervalType:
    value: float = strawberry.field(description="The point estimate.")
    low: float = strawberry.field(description="Lower bound.")
    high: float = strawberry.field(description="Upper bound.")


@strawberry.type(
    name="CampaignRewardFailure", description="Members an arm did not reward, for one reason."
)
class RewardFailureType:
    code: ErrorCode = strawberry.field(
        description="Why the reward failed (e.g. OUT_OF_STOCK, LIMIT_REACHED)."
    )
    members: int = strawberry.field(description="How many members it left unrewarded.")


@strawberry.type(
    name="CampaignArmEffect",
    description="One arm's figures; treatment arms "
    "carry uplift, incremental sales and ROI against control (95% intervals).",
)
class ArmType:
    arm: str
    members: int
    sent: int
    delivered: int
    clicked: int
    converted: int
    sales_cents: int
    cost_cents: int
    new_members: int
    returning_members: int
    retained_7d: int
    retained_next_month: int
    uplift: IntervalType | None
    incremental_sales_cents: IntervalType | None
    roi: IntervalType | None
    failed_rewards: list[RewardFailureType] = strawberry.field(
        description="Members not rewarded because a reward failed, by reason; their members "
        "are not counted in `members`."
    )


def _failures(codes: Mapping[str, int]) -> list[RewardFailureType]:
    known = {code.value for code in ErrorCode}
    return [
        RewardFailureType(code=ErrorCode(code if code in known else "INVALID"), members=n)
        for code, n in codes.items()
    ]


def _interval(estimate: Estimate | CentsEstimate | None) -> IntervalType | None:
    if estimate is None:
        return None
    return IntervalType(
        value=float(estimate.value),
        low=float(estimate.low),
        high=float(estimate.high),
    )


@strawberry.type(name="CampaignAudience", description="Who a campaign is for.")
class AudienceType:
    kind: AudienceKindEnum = strawberry.field(description="Which of the fields below applies.")
    segment: strawberry.ID | None = strawberry.field(description="SEGMENT: the segment's id.")
    snapshot: strawberry.ID | None = strawberry.field(description="SNAPSHOT: the snapshot's id.")
    definition: SegmentDefinition | None = strawberry.field(
        description="DEFINITION: the campaign's own audience definition."
    )

    @classmethod
    def from_setting(cls, setting: Mapping[str, Any]) -> AudienceType:
        audience = rules.parse_audience(setting)
        kind = audience.kind
        return cls(
            kind=kind,
            segment=strawberry.ID(encode_id("Segment", audience.source_id))
            if kind is rules.AudienceKind.SEGMENT
            else None,
            snapshot=strawberry.ID(encode_id("SegmentSnapshot", audience.source_id))
            if kind is rules.AudienceKind.SNAPSHOT
            else None,
            definition=definition_from_json(dict(audience.definition or {}))
            if kind is rules.AudienceKind.DEFINITION
            else None,
        )


@strawberry.type(name="PointsReward", description="Points credited to the member.")
class PointsRewardType:
    points: int = strawberry.field(description="How many points.")
    point_type: str = strawberry.field(description="The point type's code.")


@strawberry.type(name="CouponReward", description="A coupon issued to the member.")
class CouponRewardType:
    template: str = strawberry.field(description="The coupon template's code.")


@strawberry.type(name="BenefitReward", description="A benefit granted to the member.")
class BenefitRewardType:
    benefit: str = strawberry.field(description="The benefit's code.")
    quantity: int = strawberry.field(description="How many.")


CampaignReward = Annotated[
    PointsRewardType | CouponRewardType | BenefitRewardType,
    strawberry.union("CampaignReward", description="One reward a campaign gives each member."),
]


def reward_from_setting(reward: Mapping[str, Any]) -> CampaignReward:
    """The output form of one stored reward ({"kind", ...})."""
    if reward.get("kind") == rules.RewardKind.POINTS:
        return PointsRewardType(
            points=int(reward.get("points", 0)), point_type=str(reward.get("pointType", "POINTS"))
        )
    if reward.get("kind") == rules.RewardKind.COUPON:
        return CouponRewardType(template=str(reward.get("template", "")))
    return BenefitRewardType(
        benefit=str(reward.get("benefit", "")), quantity=int(reward.get("quantity", 1))
    )


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


@strawberry.type(name="CampaignTrigger", description="What makes a triggered campaign fire.")
class TriggerType:
    kind: TriggerKindEnum = strawberry.field(description="The kind of trigger.")
    min_total_cents: int | None = strawberry.field(
        description="ORDER_PAID, FIRST_ORDER: the least order total."
    )
    channels: list[str] | None = strawberry.field(
        description="ORDER_PAID, FIRST_ORDER: order channels; null means any."
    )
    stores: list[str] | None = strawberry.field(
        description="ORDER_PAID, FIRST_ORDER: store codes; null means any."
    )
    event: str | None = strawberry.field(description="EVENT: the event's name.")
    properties: JSON | None = strawberry.field(
        description="EVENT: property values the event must have."
    )
    days: int | None = strawberry.field(
        description="INACTIVE: days without an order; POINTS_EXPIRING: days ahead."
    )
    hours: int | None = strawberry.field(description="CART_ABANDONED: hours since the cart.")
    rank: int | None = strawberry.field(description="LEVEL_REACHED: the level rank reached.")

    @classmethod
    def from_setting(cls, trigger: Mapping[str, Any]) -> TriggerType | None:
        if not trigger.get("kind"):
            return None
        channels, stores = trigger.get("channels"), trigger.get("stores")
        properties = trigger.get("properties")
        return cls(
            kind=rules.TriggerKind(trigger["kind"]),
            min_total_cents=_optional_int(trigger.get("min_total_cents")),
            channels=None if channels is None else [str(c) for c in channels],
            stores=None if stores is None else [str(s) for s in stores],
            event=trigger.get("event"),
            properties=None if properties is None else JSON(properties),
            days=_optional_int(trigger.get("days")),
            hours=_optional_int(trigger.get("hours")),
            rank=_optional_int(trigger.get("rank")),
        )


@strawberry.type(name="CampaignMessage", description="The message sent with the rewards.")
class MessageType:
    channel: ChannelEnum = strawberry.field(description="Where it goes.")
    body: str = strawberry.field(description="The template, e.g. 'Hi {name}'.")
    title: str | None = strawberry.field(description="PUSH, INBOX: title; EMAIL: subject.")
    template_code: str | None = strawberry.field(
        description="SMS: the provider's template code; WECHAT: the subscribe template id."
    )
    link: str | None = strawberry.field(description="WECHAT: page; PUSH, INBOX: deep link.")

    @classmethod
    def from_setting(cls, message: Mapping[str, Any]) -> MessageType | None:
        if not message.get("channel"):
            return None
        return cls(
            channel=rules.MessageChannel(message["channel"]),
            body=str(message.get("body", "")),
            title=message.get("title"),
            template_code=message.get("templateCode"),
            link=message.get("link"),
        )


@strawberry.type(name="CampaignFrequency", description="How often one member may be rewarded.")
class FrequencyType:
    cap: FrequencyCapEnum = strawberry.field(description="Once, or again after some days.")
    days: int = strawberry.field(description="EVERY_N_DAYS: business days between rewards.")

    @classmethod
    def from_setting(cls, frequency: Mapping[str, Any]) -> FrequencyType:
        parsed = rules.parse_frequency(frequency)
        return cls(cap=parsed.cap, days=parsed.days)


@strawberry.type(name="CampaignVariant", description="One treatment arm of a campaign.")
class VariantType:
    code: str = strawberry.field(description="The arm's code, unique in the campaign.")
    percent: float = strawberry.field(description="Share of the audience, in percent.")
    body: str | None = strawberry.field(description="Its own message body, if any.")
    rewards: list[CampaignReward] | None = strawberry.field(
        description="Its own rewards; null means the campaign's."
    )

    @classmethod
    def from_setting(cls, variant: Mapping[str, Any]) -> VariantType:
        rewards = variant.get("rewards")
        return cls(
            code=str(variant["code"]),
            percent=float(variant["percent"]),
            body=variant.get("body") or None,
            rewards=None if rewards is None else [reward_from_setting(r) for r in rewards],
        )


@strawberry.type(name="Campaign", description="A campaign: who, what, when and how it did.")
class CampaignType(Node):
    pk: strawberry.Private[int]
    name: str
    goal: str
    owner: str
    starts_at: datetime
    ends_at: datetime
    mode: CampaignModeEnum
    status: CampaignStatusEnum
    audience: AudienceType = strawberry.field(description="Who the campaign is for.")
    trigger: TriggerType | None = strawberry.field(
        description="TRIGGERED campaigns: what fires them."
    )
    rewards: list[CampaignReward] = strawberry.field(description="What each member gets.")
    message: MessageType | None = strawberry.field(description="The message, if any.")
    frequency: FrequencyType = strawberry.field(description="How often one member is rewarded.")
    control_percent: float
    variants: list[VariantType] = strawberry.field(description="The treatment arms.")
    audience_size: int
    processed: int
    spent_points: int
    spent_coupons: int
    spent_cost_cents: int

    @classmethod
    def from_model(cls, c: Campaign) -> CampaignType:
        return cls(
            pk=c.id,
            id=strawberry.ID(encode_id("Campaign", c.id)),
            name=c.name,
            goal=c.goal,
            owner=c.owner,
            starts_at=c.starts_at,
            ends_at=c.ends_at,
            mode=CampaignMode(c.mode),
            status=CampaignStatus(c.status),
            audience=AudienceType.from_setting(c.audience),
            trigger=TriggerType.from_setting(c.trigger or {}),
            rewards=[reward_from_setting(r) for r in c.rewards or []],
            message=MessageType.from_setting(c.message or {}),
            frequency=FrequencyType.from_setting(c.frequency or {}),
            control_percent=float(c.control_percent),
            variants=[VariantType.from_setting(v) for v in c.variants or []],
            audience_size=c.audience_size,
            processed=c.processed,
            spent_points=c.spent_points,
            spent_coupons=c.spent_coupons,
            spent_cost_cents=c.spent_cost_cents,
        )

    @strawberry.field(description="Per-arm effect (audience, control, funnel, uplift, ROI).")
    async def effect(self, info: Info) -> list[ArmType]:
        return [
            ArmType(
                arm=r.arm,
                members=r.members,
                sent=r.sent,
                delivered=r.delivered,
                clicked=r.clicked,
                converted=r.converted,
                sales_cents=r.sales_cents,
                cost_cents=r.cost_cents,
                new_members=r.new_members,
                returning_members=r.members - r.new_members,
                retained_7d=r.retained_7d,
                retained_next_month=r.retained_next_month,
                uplift=_interval(r.uplift),
                incremental_sales_cents=_interval(r.incremental_sales),
                roi=_interval(r.roi),
                failed_rewards=_failures(r.failures),
            )
            for r in await info.context.loaders.of(CampaignEffect).load(self.pk)
        ]


@strawberry.type(name="StrategyNote", description="Which strategy fitted which segment.")
class StrategyType(Node):
    campaign_id: strawberry.ID | None
    segment_id: strawberry.ID | None
    strategy: str
    outcome: str
    uplift: float | None
    created_by: str
    created_at: datetime

    @classmethod
    def from_model(cls, s: StrategyNote) -> StrategyType:
        return cls(
            id=strawberry.ID(encode_id("StrategyNote", s.id)),
            campaign_id=optional_global_id("Campaign", s.campaign_id),
            segment_id=optional_global_id("Segment", s.segment_id),
            strategy=s.strategy,
            outcome=s.outcome,
            uplift=s.uplift,
            created_by=s.created_by,
            created_at=s.created_at,
        )


@strawberry.type(description="A campaign, or the errors that stopped the change.")
class CampaignPayload:
    campaign: CampaignType | None
    errors: list[UserError]
