"""recordStrategy: the strategy library."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from schema.campaigns.types import CampaignType, StrategyType
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff
from schema.relay import optional_id


@strawberry.type(description="What recordStrategy returns.")
class RecordStrategyPayload:
    strategy_note: StrategyType | None = strawberry.field(
        description="The recorded note; null on errors."
    )
    campaign: CampaignType | None = strawberry.field(
        default=None,
        description="Not set by this operation: null.",
        deprecation_reason="Read `strategyNote`; this field is always null.",
    )
    errors: list[UserError]


@strawberry.type
class StrategyMutation:
    @strawberry.mutation(
        description="Record which strategy fitted which segment and its outcome. Errors: "
        "REQUIRED, NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.CAMPAIGNS_WRITE)],
    )
    @returns_errors
    async def record_strategy(
        self,
        info: Info,
        strategy: str,
        outcome: str,
        campaign_id: strawberry.ID | None = None,
        segment_id: strawberry.ID | None = None,
        uplift: float | None = None,
    ) -> RecordStrategyPayload:
        note = await campaigns_service.record_strategy(
            campaign_id=optional_id(campaign_id, "Campaign", "campaignId"),
            segment_id=optional_id(segment_id, "Segment", "segmentId"),
            strategy=strategy,
            outcome=outcome,
            uplift=uplift,
            operator=info.context.principal.subject if info.context.principal else "",
        )
        return RecordStrategyPayload(strategy_note=StrategyType.from_model(note), errors=[])
