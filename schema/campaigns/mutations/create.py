"""createCampaign: typed settings converted to the domain's and checked whole."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import CampaignMode
from domain.errors import DomainError
from schema.campaigns.inputs import CreateCampaignInput, input_path, translate_error
from schema.campaigns.types import CampaignPayload, CampaignType
from schema.context import Info
from schema.errors import returns_errors
from schema.permissions import IsStaff


@strawberry.type(description="What createCampaign returns.")
class CreateCampaignPayload(CampaignPayload):
    pass


def spec_of(input: CreateCampaignInput, owner: str) -> campaigns_service.CampaignInput:
    """The domain's campaign definition from the typed input."""
    return campaigns_service.CampaignInput(
        name=input.name,
        owner=owner,
        starts_at=input.starts_at,
        ends_at=input.ends_at,
        mode=CampaignMode(input.mode),
        audience=input.audience.to_setting(),
        rewards=[reward.to_setting() for reward in input.rewards],
        goal=input.goal,
        trigger=input.trigger.to_setting() if input.trigger else {},
        message=input.message.to_setting() if input.message else {},
        frequency=input.frequency.to_setting() if input.frequency else {"cap": "ONCE"},
        control_percent=input.control_percent,
        variants=[variant.to_setting() for variant in input.variants],
        budget_points=input.budget_points,
        budget_coupons=input.budget_coupons,
        budget_cost_cents=input.budget_cost_cents,
        quiet_start=input.quiet_start,
        quiet_end=input.quiet_end,
        attribution_days=input.attribution_days,
        recurring_days=list(input.recurring_days),
    )


@strawberry.type
class CreateCampaignMutation:
    @strawberry.mutation(
        description="Create a draft campaign, checked whole. Errors: "
        "INVALID_WINDOW (endsAt), INVALID_AMOUNT (caps, rewards[i].points.points, "
        "rewards[i].benefit.quantity), NOT_FOUND (audience.segment, audience.snapshot, "
        "rewards[i].*), INVALID_ID (audience.*), COUPON_PAUSED, UNKNOWN_VARIABLE (body), "
        "UNKNOWN_POINT_TYPE, UNKNOWN_TAG, INVALID_WINDOW, SEGMENT_CYCLE and "
        "DEFINITION_TOO_COMPLEX (audience.definition.*), INVALID_PERCENTAGE, INVALID, REQUIRED.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def create_campaign(
        self, info: Info, input: CreateCampaignInput
    ) -> CreateCampaignPayload:
        owner = info.context.principal.subject if info.context.principal else ""
        try:
            campaign = await campaigns_service.create(spec_of(input, owner))
        except DomainError as error:
            translate_error(error, input_path(input))
            raise
        return CreateCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])
