"""Wallet queries: a member's balance, entries and recharge rules."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.errors import DomainError
from domain.wallet import service as wallet_service
from schema.context import Info
from schema.members.queries import query_error
from schema.permissions import IsMemberStaffOrService
from schema.points.queries import target_member
from schema.relay import (
    Connection,
    Edge,
    PageInfo,
    decode_cursor,
    encode_cursor,
    page_size,
)
from schema.wallet.types import WalletEntryType, WalletType, wallet_of


@strawberry.type
class WalletQuery:
    @strawberry.field(
        description="A wallet's balances. Members read their own.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_READ)],
    )
    async def wallet(self, info: Info, member_id: strawberry.ID | None = None) -> WalletType:
        try:
            return await wallet_of(await target_member(info.context.principal, member_id))
        except DomainError as error:
            raise query_error(error) from error

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
        try:
            member = await target_member(info.context.principal, member_id)
            size = page_size(first)
            rows = await wallet_service.statement(
                member, before_id=decode_cursor(after), limit=size + 1
            )
        except DomainError as error:
            raise query_error(error) from error
        edges = [
            Edge(cursor=encode_cursor(r.id), node=WalletEntryType.from_movement(r))
            for r in rows[:size]
        ]
        return Connection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=len(rows) > size, end_cursor=edges[-1].cursor if edges else None
            ),
        )
