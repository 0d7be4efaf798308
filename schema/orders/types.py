"""Order, line, refund and event-definition types."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeAlias

import strawberry

from domain.orders.models import EventDefinition, Order, OrderLine, OrderStatus, Refund
from schema.context import Info
from schema.members.dataloaders import MemberById
from schema.members.types import MemberType
from schema.node import Node
from schema.orders.dataloaders import LinesByOrder
from schema.orders.event_schema import EventPropertyDefinitionType, property_definitions
from schema.relay import encode_id

OrderStatusEnum: TypeAlias = OrderStatus
strawberry.enum(OrderStatus, name="OrderStatus")


@strawberry.type(name="OrderLine")
class OrderLineType:
    line_no: int
    item_code: str
    quantity: int
    unit_price_cents: int
    amount_cents: int
    refunded_quantity: int
    refunded_cents: int

    @classmethod
    def from_model(cls, line: OrderLine) -> OrderLineType:
        return cls(
            line_no=line.line_no,
            item_code=line.item_code,
            quantity=line.quantity,
            unit_price_cents=line.unit_price_cents,
            amount_cents=line.amount_cents,
            refunded_quantity=line.refunded_quantity,
            refunded_cents=line.refunded_cents,
        )


@strawberry.type(name="Order", description="A paid order recorded from a channel.")
class OrderType(Node):
    pk: strawberry.Private[int]
    member_pk: strawberry.Private[int | None]
    channel: str
    external_no: str
    store_code: str | None
    status: OrderStatusEnum
    total_cents: int
    refunded_cents: int
    coupon_used: bool
    paid_at: datetime

    @classmethod
    def from_model(cls, order: Order) -> OrderType:
        return cls(
            pk=order.id,
            member_pk=order.member_id,
            id=strawberry.ID(encode_id("Order", order.id)),
            channel=order.channel,
            external_no=order.external_no,
            store_code=order.store_code,
            status=OrderStatus(order.status),
            total_cents=order.total_cents,
            refunded_cents=order.refunded_cents,
            coupon_used=order.coupon_used,
            paid_at=order.paid_at,
        )

    @strawberry.field(description="The order's lines.")
    async def lines(self, info: Info) -> list[OrderLineType]:
        rows = await info.context.loaders.of(LinesByOrder).load(self.pk)
        return [OrderLineType.from_model(r) for r in rows]

    @strawberry.field(description="The member, once the order's identity is known.")
    async def member(self, info: Info) -> MemberType | None:
        if self.member_pk is None:
            return None
        found = await info.context.loaders.of(MemberById).load(self.member_pk)
        return MemberType.from_model(found, info.context.principal) if found else None


@strawberry.type(name="RefundLine", description="What a refund took back from one order line.")
class RefundLineType:
    line_no: int = strawberry.field(description="The order line's number.")
    quantity: int = strawberry.field(description="Units refunded.")
    amount_cents: int = strawberry.field(description="Money refunded for them.")

    @classmethod
    def from_json(cls, line: dict[str, Any]) -> RefundLineType:
        """The refund's stored line."""
        return cls(
            line_no=int(line["lineNo"]),
            quantity=int(line["quantity"]),
            amount_cents=int(line["amountCents"]),
        )


@strawberry.type(name="Refund")
class RefundType(Node):
    refund_no: str
    amount_cents: int
    lines: list[RefundLineType] = strawberry.field(description="The lines refunded.")
    refunded_at: datetime

    @classmethod
    def from_model(cls, refund: Refund) -> RefundType:
        return cls(
            id=strawberry.ID(encode_id("Refund", refund.id)),
            refund_no=refund.refund_no,
            amount_cents=refund.amount_cents,
            lines=[RefundLineType.from_json(x) for x in refund.lines],
            refunded_at=refund.refunded_at,
        )


@strawberry.type(name="EventDefinition")
class EventDefinitionType:
    name: str
    description: str
    properties_schema: list[EventPropertyDefinitionType] = strawberry.field(
        description="Its properties; empty: any properties are accepted."
    )
    active: bool

    @classmethod
    def from_model(cls, definition: EventDefinition) -> EventDefinitionType:
        return cls(
            name=definition.name,
            description=definition.description,
            properties_schema=property_definitions(definition.properties_schema),
            active=definition.active,
        )


@strawberry.type(name="RejectedEvent", description="An event of a batch that was not kept.")
class RejectedEventType:
    index: int
    code: str
    field: str
    message: str
