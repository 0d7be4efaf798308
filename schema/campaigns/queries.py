"""Campaign reads: campaigns, message previews, the strategy library."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from domain.campaigns import templates
from domain.errors import DomainError
from schema.campaigns.types import CampaignStatusEnum, CampaignType, StrategyType
from schema.permissions import IsStaff, IsStaffOrBI
from schema.relay import decode_id


@strawberry.type
class CampaignsQuery:
    @strawberry.field(
        description="A campaign with its status and effect.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def campaign(self, id: strawberry.ID) -> CampaignType | None:
        try:
            return CampaignType.from_model(
                await campaigns_service.get(decode_id(id, "Campaign", "id"))
            )
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
        return [StrategyType.from_model(s) for s in await campaigns_service.strategies(segment_id)]
