"""Campaign queries and mutations."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry
from strawberry.scalars import JSON

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from domain.campaigns import templates
from domain.campaigns.effect import CentsEstimate, Estimate
from domain.campaigns.models import Campaign, CampaignMode, CampaignStatus
from domain.errors import DomainError
from schema.campaigns.dataloaders import CampaignEffect
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.json_defaults import JsonDefaults, optional_json
from schema.json_shapes import as_object, as_objects
from schema.permissions import IsStaff, IsStaffOrBI
from schema.relay import plain_id

CampaignModeEnum: TypeAlias = CampaignMode
strawberry.enum(CampaignMode, name="CampaignMode")
CampaignStatusEnum: TypeAlias = CampaignStatus
strawberry.enum(CampaignStatus, name="CampaignStatus")


@strawberry.type(name="Interval")
class IntervalType:
    value: float
    low: float
    high: float


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


def _interval(estimate: Estimate | CentsEstimate | None) -> IntervalType | None:
    if estimate is None:
        return None
    return IntervalType(
        value=float(estimate.value),
        low=float(estimate.low),
        high=float(estimate.high),
    )


@strawberry.type(name="Campaign")
class CampaignType:
    pk: strawberry.Private[int]
    id: strawberry.ID
    name: str
    goal: str
    owner: str
    starts_at: datetime
    ends_at: datetime
    mode: CampaignModeEnum
    status: CampaignStatusEnum
    audience: JSON
    trigger: JSON
    rewards: JSON
    message: JSON
    control_percent: float
    variants: JSON
    audience_size: int
    processed: int
    spent_points: int
    spent_coupons: int
    spent_cost_cents: int

    @classmethod
    def from_model(cls, c: Campaign) -> CampaignType:
        return cls(
            pk=c.id,
            id=strawberry.ID(str(c.id)),
            name=c.name,
            goal=c.goal,
            owner=c.owner,
            starts_at=c.starts_at,
            ends_at=c.ends_at,
            mode=CampaignMode(c.mode),
            status=CampaignStatus(c.status),
            audience=JSON(c.audience),
            trigger=JSON(c.trigger),
            rewards=JSON(c.rewards),
            message=JSON(c.message),
            control_percent=float(c.control_percent),
            variants=JSON(c.variants),
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
            )
            for r in await info.context.loaders.of(CampaignEffect).load(self.pk)
        ]


@strawberry.input
class CreateCampaignInput(JsonDefaults):
    name: str
    starts_at: datetime
    ends_at: datetime
    mode: CampaignModeEnum
    audience: JSON = strawberry.field(
        description='{"kind": "EVERYONE"|"SEGMENT"|"SNAPSHOT", "id": n}'
    )
    rewards: JSON | None = optional_json(
        list,
        '[{"kind": "POINTS", '
        '"points": 100} | {"kind": "COUPON", "template": code} | '
        '{"kind": "BENEFIT", "benefit": code, "quantity": n}]',
    )
    goal: str = ""
    trigger: JSON | None = optional_json(dict)
    message: JSON | None = optional_json(
        dict,
        '{"channel": "SMS|PUSH|INBOX|WECHAT|WEBHOOK|LOG",'
        ' "body": "Hi {name}, {points} points for you"}',
    )
    frequency: JSON | None = optional_json(lambda: {"cap": "ONCE"})
    control_percent: float = 0
    variants: JSON | None = optional_json(list)
    budget_points: int | None = None
    budget_coupons: int | None = None
    budget_cost_cents: int | None = None
    quiet_start: str = "21:00"
    quiet_end: str = "09:00"
    attribution_days: int = 7
    recurring_days: list[int] = strawberry.field(default_factory=list)


@strawberry.type
class CampaignPayload:
    campaign: CampaignType | None
    errors: list[UserError]


@strawberry.type(name="StrategyNote")
class StrategyType:
    id: strawberry.ID
    campaign_id: int | None
    segment_id: int | None
    strategy: str
    outcome: str
    uplift: float | None
    created_by: str
    created_at: datetime


def _pk(value: strawberry.ID) -> int:
    return plain_id(value, "id")


@strawberry.type
class CampaignsQuery:
    @strawberry.field(
        description="A campaign with its status and effect.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def campaign(self, id: strawberry.ID) -> CampaignType | None:
        try:
            return CampaignType.from_model(await campaigns_service.get(_pk(id)))
        except DomainError:
            return None

    @strawberry.field(
        description="Campaigns newest first.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def campaigns(
        self,
        status: CampaignStatusEnum | None = None,
    ) -> list[CampaignType]:
        rows = await campaigns_service.list_campaigns(status.value if status else None)
        return [CampaignType.from_model(c) for c in rows]

    @strawberry.field(
        description="Render a message template with sample values.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def preview_message(self, body: str) -> str:
        templates.validate_template(body)
        return templates.render(
            body,
            {
                "name": "Wang Fang",
                "points": 100,
                "coupon": "SPRING50",
                "expiry_date": "2026-12-31",
                "level": "GOLD",
                "amount": "50.00",
                "store": "BJ01",
                "campaign": "Member day",
            },
        )

    @strawberry.field(
        description="The strategy library.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def campaign_strategies(self, segment_id: int | None = None) -> list[StrategyType]:
        return [
            StrategyType(
                id=strawberry.ID(str(s.id)),
                campaign_id=s.campaign_id,
                segment_id=s.segment_id,
                strategy=s.strategy,
                outcome=s.outcome,
                uplift=s.uplift,
                created_by=s.created_by,
                created_at=s.created_at,
            )
            for s in await campaigns_service.strategies(segment_id)
        ]


@strawberry.type(description="What createCampaign returns.")
class CreateCampaignPayload(CampaignPayload):
    pass


@strawberry.type(description="What startCampaign returns.")
class StartCampaignPayload(CampaignPayload):
    pass


@strawberry.type(description="What pauseCampaign returns.")
class PauseCampaignPayload(CampaignPayload):
    pass


@strawberry.type(description="What cancelCampaign returns.")
class CancelCampaignPayload(CampaignPayload):
    pass


@strawberry.type(description="What recordStrategy returns.")
class RecordStrategyPayload(CampaignPayload):
    pass


@strawberry.type
class CampaignsMutation:
    @strawberry.mutation(
        description="Create a draft campaign, checked whole. Errors: "
        "INVALID_WINDOW (endsAt), INVALID_AMOUNT (caps), NOT_FOUND (audience.id, "
        "rewards[i].*), COUPON_PAUSED, UNKNOWN_VARIABLE (body), UNKNOWN_POINT_TYPE,"
        " INVALID, REQUIRED.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def create_campaign(
        self, info: Info, input: CreateCampaignInput
    ) -> CreateCampaignPayload:
        owner = info.context.principal.subject if info.context.principal else ""
        campaign = await campaigns_service.create(
            campaigns_service.CampaignInput(
                name=input.name,
                owner=owner,
                starts_at=input.starts_at,
                ends_at=input.ends_at,
                mode=CampaignMode(input.mode),
                audience=as_object(input.audience),
                rewards=as_objects(input.rewards),
                goal=input.goal,
                trigger=as_object(input.trigger),
                message=as_object(input.message),
                frequency=as_object(input.frequency) or {"cap": "ONCE"},
                control_percent=input.control_percent,
                variants=as_objects(input.variants),
                budget_points=input.budget_points,
                budget_coupons=input.budget_coupons,
                budget_cost_cents=input.budget_cost_cents,
                quiet_start=input.quiet_start,
                quiet_end=input.quiet_end,
                attribution_days=input.attribution_days,
                recurring_days=list(input.recurring_days),
            )
        )
        return CreateCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])

    @strawberry.mutation(
        description="Start (or resume) a campaign. Errors: INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def start_campaign(self, id: strawberry.ID) -> StartCampaignPayload:
        campaign = await campaigns_service.start(_pk(id))
        return StartCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])

    @strawberry.mutation(
        description="Pause between batches. Errors: INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def pause_campaign(self, id: strawberry.ID) -> PauseCampaignPayload:
        campaign = await campaigns_service.pause(_pk(id))
        return PauseCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])

    @strawberry.mutation(
        description="Cancel for good. Errors: INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def cancel_campaign(self, id: strawberry.ID) -> CancelCampaignPayload:
        campaign = await campaigns_service.cancel(_pk(id))
        return CancelCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])

    @strawberry.mutation(
        description="Record which strategy fitted which segment and its outcome. Errors: REQUIRED.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def record_strategy(
        self,
        info: Info,
        strategy: str,
        outcome: str,
        campaign_id: int | None = None,
        segment_id: int | None = None,
        uplift: float | None = None,
    ) -> RecordStrategyPayload:
        await campaigns_service.record_strategy(
            campaign_id=campaign_id,
            segment_id=segment_id,
            strategy=strategy,
            outcome=outcome,
            uplift=uplift,
            operator=info.context.principal.subject if info.context.principal else "",
        )
        return RecordStrategyPayload(campaign=None, errors=[])
