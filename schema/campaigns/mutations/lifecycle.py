"""startCampaign, pauseCampaign, cancelCampaign."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from schema.campaigns.types import CampaignPayload, CampaignType
from schema.errors import returns_errors
from schema.permissions import IsStaff
from schema.relay import decode_id


@strawberry.type(description="What startCampaign returns.")
class StartCampaignPayload(CampaignPayload):
    pass


@strawberry.type(description="What pauseCampaign returns.")
class PauseCampaignPayload(CampaignPayload):
    pass


@strawberry.type(description="What cancelCampaign returns.")
class CancelCampaignPayload(CampaignPayload):
    pass


@strawberry.type
class CampaignLifecycleMutation:
    @strawberry.mutation(
        description="Start (or resume) a campaign. Errors: INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def start_campaign(self, id: strawberry.ID) -> StartCampaignPayload:
        campaign = await campaigns_service.start(decode_id(id, "Campaign", "id"))
        return StartCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])

    @strawberry.mutation(
        description="Pause between batches. Errors: INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def pause_campaign(self, id: strawberry.ID) -> PauseCampaignPayload:
        campaign = await campaigns_service.pause(decode_id(id, "Campaign", "id"))
        return PauseCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])

    @strawberry.mutation(
        description="Cancel for good. Errors: INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def cancel_campaign(self, id: strawberry.ID) -> CancelCampaignPayload:
        campaign = await campaigns_service.cancel(decode_id(id, "Campaign", "id"))
        return CancelCampaignPayload(campaign=CampaignType.from_model(campaign), errors=[])
