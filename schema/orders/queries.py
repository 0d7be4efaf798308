"""Order and event-definition queries."""

from __future__ import annotations

import strawberry

from domain.access import Role, Scope
from domain.members import service as members_service
from domain.orders import events as events_service
from domain.orders import service as orders_service
from domain.orders.models import EventDefinition
from schema.args import After, First
from schema.context import Info
from schema.orders.types import EventDefinitionType, OrderType
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.relay import Connection, PageInfo, decode_id, keyset_page


@strawberry.type
class OrdersQuery:
    @strawberry.field(
        description="Orders newest first. Members see their own; staff and service any member's "
        "(or all with no memberId).",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.ORDERS_READ)],
    )
    async def orders(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[OrderType]:
        principal = info.context.principal
        assert principal is not None
        target: int | None
        if principal.role is Role.MEMBER:
            target = principal.member_id
        elif member_id is not None:
            target = await members_service.resolve_member_id(
                decode_id(member_id, "Member", "memberId")
            )
            if target is None:
                return Connection(
                    edges=[], page_info=PageInfo(has_next_page=False, end_cursor=None)
                )
        else:
            target = None
        return await keyset_page(
            lambda key, limit: orders_service.orders_page(member_id=target, after=key, limit=limit),
            first=first,
            after=after,
            key=lambda o: o.id,
            wrap=OrderType.from_model,
        )

    @strawberry.field(
        description="Defined behaviour events by id.",
        permission_classes=[IsStaff.with_scope(Scope.ORDERS_READ)],
    )
    async def event_definitions(
        self, first: First = None, after: After = None
    ) -> Connection[EventDefinitionType]:
        async def fetch(after_id: int | None, limit: int) -> list[EventDefinition]:
            return await events_service.definitions_page(after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda d: d.id, wrap=EventDefinitionType.from_model
        )
