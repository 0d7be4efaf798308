"""A member's benefit grants and cards."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from schema.access import target_member
from schema.args import After, First
from schema.benefits.types import (
    CardType,
    GrantType,
)
from schema.context import Info
from schema.paging import page_by_key
from schema.permissions import IsMemberStaffOrService
from schema.relay import Connection


@strawberry.type
class BenefitsQuery:
    @strawberry.field(
        description="A member's benefit grants with what remains, oldest first.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_READ)],
    )
    async def member_benefits(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        include_spent: bool = False,
        first: First = None,
        after: After = None,
    ) -> Connection[GrantType]:
        member = await target_member(info, member_id)
        rows = await benefits_service.grants_of(member, include_spent=include_spent)
        return await page_by_key(
            rows, first=first, after=after, key=lambda g: g.id, wrap=GrantType.from_grant
        )

    @strawberry.field(
        description="A member's benefit cards with the drops left, oldest first.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_READ)],
    )
    async def member_cards(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[CardType]:
        member = await target_member(info, member_id)
        rows = await cards_service.cards_of(member)
        return await page_by_key(
            rows, first=first, after=after, key=lambda c: c.id, wrap=CardType.from_card
        )
