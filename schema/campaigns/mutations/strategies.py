"""recordStrategy: the strategy library."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from schema.campaigns.types import CampaignPayload
from schema.context import Info
from schema.errors import returns_errors
from schema.permissions import IsStaff


@strawberry.type(description="What recordStrategy returns.")
class RecordStrategyPayload(CampaignPayload):
    pass


@strawberry.type
class StrategyMutation:
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
