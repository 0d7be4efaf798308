"""Wallet balances and statements."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.wallet import service as wallet_service
from schema.access import target_member
from schema.context import Info
from schema.permissions import IsMemberStaffOrService
from schema.relay import Connection, keyset_page
from schema.wallet.gift_cards import GiftCardsQuery
from schema.wallet.types import WalletEntryType, WalletType, wallet_of


@strawberry.type
class WalletQuery(GiftCardsQuery):
    @strawberry.field(
        description="A wallet's balances. Members read their own.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_READ)],
    )
    async def wallet(self, info: Info, member_id: strawberry.ID | None = None) -> WalletType:
        return await wallet_of(await target_member(info, member_id))

    @strawberry.field(
        description="Wallet movements newest first.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_READ)],
    )
    async def wallet_statement(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WalletEntryType]:
        member = await target_member(info, member_id)
        return await keyset_page(
            lambda after_id, limit: wallet_service.statement(
                member, before_id=after_id, limit=limit
            ),
            first=first,
            after=after,
            key=lambda r: r.id,
            wrap=WalletEntryType.from_movement,
        )
