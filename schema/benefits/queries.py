"""A member's benefit grants and cards."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from schema.access import target_member
from schema.benefits.types import (
    CardType,
    GrantType,
)
from schema.context import Info
from schema.permissions import IsMemberStaffOrService


@strawberry.type
class BenefitsQuery:
    @strawberry.field(
        description="A member's benefit grants with what remains.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_READ)],
    )
    async def member_benefits(
        self, info: Info, member_id: strawberry.ID | None = None, include_spent: bool = False
    ) -> list[GrantType]:
        member = await target_member(info, member_id)
        rows = await benefits_service.grants_of(member, include_spent=include_spent)
        return [GrantType.from_grant(r) for r in rows]

    @strawberry.field(
        description="A member's benefit cards with the drops left.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_READ)],
    )
    async def member_cards(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> list[CardType]:
        member = await target_member(info, member_id)
        return [CardType.from_card(r) for r in await cards_service.cards_of(member)]
