"""Campaign reads: campaigns, message previews, the strategy library."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.campaigns import service as campaigns_service
from domain.campaigns import templates
from domain.campaigns.models import Campaign, StrategyNote
from domain.errors import DomainError
from schema.args import After, First
from schema.campaigns.types import CampaignStatusEnum, CampaignType, StrategyType
from schema.permissions import IsStaff, IsStaffOrBI
from schema.relay import Connection, decode_id, keyset_page


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
        first: First = None,
        after: After = None,
    ) -> Connection[CampaignType]:
        async def fetch(before_id: int | None, limit: int) -> list[Campaign]:
            return await campaigns_service.campaigns_page(
                status=status.value if status else None, before_id=before_id, limit=limit
            )

        return await keyset_page(
            fetch, first=first, after=after, key=lambda c: c.id, wrap=CampaignType.from_model
        )

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
                "store": "Sanlitun",
                "expiringPoints": 120,
                "recommendedItems": "Oolong tea, Mooncake gift box",
                "campaign": "Member day",
            },
        )

    @strawberry.field(
        description="The strategy library.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.CAMPAIGNS_READ)],
    )
    async def campaign_strategies(
        self, segment_id: strawberry.ID | None = None, first: First = None, after: After = None
    ) -> Connection[StrategyType]:
        segment = None if segment_id is None else decode_id(segment_id, "Segment", "segmentId")

        async def fetch(before_id: int | None, limit: int) -> list[StrategyNote]:
            return await campaigns_service.strategies_page(
                segment_id=segment, before_id=before_id, limit=limit
            )

        return await keyset_page(
            fetch, first=first, after=after, key=lambda s: s.id, wrap=StrategyType.from_model
        )
