"""Orders, refunds and behaviour events from the brand's systems and front-ends."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import strawberry

from domain.access import Role, Scope
from domain.errors import DomainError, ErrorCode
from domain.members.models import Channel
from domain.orders import events as events_service
from domain.orders import recording as orders_recording
from domain.orders import refunds as orders_refunds
from domain.orders import service as orders_service
from domain.orders.recording import OrderInput
from domain.orders.rules import MAX_EVENTS_PER_BATCH
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.idempotency import NaturalKey, Replay, run_once
from schema.orders.event_schema import property_schema
from schema.orders.inputs import (
    DefineEventInput,
    RecordOrderInput,
    RefundOrderInput,
    TrackEventsInput,
)
from schema.orders.types import EventDefinitionType, OrderType, RefundType, RejectedEventType
from schema.permissions import IsMemberServiceOrVisitor, IsService, IsStaff


@strawberry.type
class RecordOrderPayload:
    order: OrderType | None
    created: bool = strawberry.field(description="False when this order was recorded before.")
    errors: list[UserError]


@strawberry.type
class RefundOrderPayload:
    refund: RefundType | None
    order: OrderType | None
    created: bool
    errors: list[UserError]


@strawberry.type
class TrackEventsPayload:
    accepted: int
    duplicates: int
    rejected: list[RejectedEventType]
    errors: list[UserError]


@strawberry.type
class DefineEventPayload:
    definition: EventDefinitionType | None
    errors: list[UserError]


def _order_request(order: OrderInput) -> dict[str, Any]:
    """What makes two sends of one order the same order (its number is the key)."""
    request = asdict(order)
    del request["external_no"]
    return request


@strawberry.type
class OrdersMutation:
    @strawberry.mutation(
        description=(
            "Record a paid order; idempotent on (channel, externalNo): re-sending returns the "
            "first result and changes nothing. Errors: REQUIRED, TOO_MANY, INVALID_AMOUNT, "
            "UNKNOWN_ITEM, UNKNOWN_STORE, NOT_FOUND, MEMBER_ERASED, INVALID_PHONE, INVALID_ID."
        ),
        permission_classes=[IsService],
    )
    @returns_errors
    async def record_order(self, info: Info, input: RecordOrderInput) -> RecordOrderPayload:
        order = input.to_domain()
        recorded = await run_once(
            info,
            "recordOrder",
            # any sender's resend is the same order
            NaturalKey(order.external_no, "externalNo", f"orders:{order.channel.value}"),
            _order_request(order),
            lambda _key: orders_recording.record_order(order),
            Replay(lambda done: {"id": done.order.id}, orders_recording.replayed_order),
        )
        return RecordOrderPayload(
            order=OrderType.from_model(recorded.order), created=recorded.created, errors=[]
        )

    @strawberry.mutation(
        description=(
            "Refund some lines or the rest of an order; idempotent on refundNo, never more than "
            "was paid. Errors: ORDER_NOT_FOUND, REFUND_EXCEEDS_PAID, NOT_FOUND, INVALID_AMOUNT."
        ),
        permission_classes=[IsService],
    )
    @returns_errors
    async def refund_order(self, info: Info, input: RefundOrderInput) -> RefundOrderPayload:
        channel, lines = Channel(input.channel), input.line_requests()
        order_id = await orders_recording.find_order_id(channel, input.external_no)
        if order_id is None:
            raise DomainError("No such order.", field="externalNo", code=ErrorCode.ORDER_NOT_FOUND)
        refund, created = await run_once(
            info,
            "refundOrder",
            # any sender's resend of a refund is the same request
            NaturalKey(input.refund_no, "refundNo", f"order:{order_id}"),
            {
                "refundedAt": input.refunded_at,
                "lines": None if lines is None else [asdict(line) for line in lines],
            },
            lambda _key: orders_refunds.refund_order(
                channel=channel,
                external_no=input.external_no,
                refund_no=input.refund_no,
                refunded_at=input.refunded_at,
                lines=lines,
            ),
            Replay(lambda done: {"id": done[0].id}, orders_refunds.replayed_refund),
        )
        order = await orders_service.get_order(refund.order_id)
        return RefundOrderPayload(
            refund=RefundType.from_model(refund),
            order=OrderType.from_model(order) if order else None,
            created=created,
            errors=[],
        )

    @strawberry.mutation(
        description=(
            f"Track up to {MAX_EVENTS_PER_BATCH} behaviour events. Good events are kept, bad "
            "ones are listed in `rejected` with their index and reason (UNKNOWN_EVENT, "
            "INVALID_PROPERTIES, INVALID, FORBIDDEN); re-sent event ids count as duplicates. A "
            "member tracks only their own events; a visitor only its device's (no memberId or "
            "identity), which join the member the device is bound to. Errors: TOO_MANY."
        ),
        permission_classes=[IsMemberServiceOrVisitor],
    )
    @returns_errors
    async def track_events(self, info: Info, input: TrackEventsInput) -> TrackEventsPayload:
        principal = info.context.principal
        assert principal is not None
        forced = principal.member_id if principal.role is Role.MEMBER else None
        if len(input.events) > MAX_EVENTS_PER_BATCH:
            raise DomainError(
                f"At most {MAX_EVENTS_PER_BATCH} events per batch.",
                field="events",
                code=ErrorCode.TOO_MANY,
            )
        converted, early = [], []
        for index, event in enumerate(input.events):
            try:
                converted.append((index, event.to_domain(index)))
            except DomainError as error:
                early.append(
                    RejectedEventType(
                        index=index,
                        code=error.code.value,
                        field=error.field or "",
                        message=error.message,
                    )
                )
        result = await events_service.track_events(
            [e for _, e in converted],
            forced_member_id=forced,
            forced_anonymous_id=principal.device_id,
        )
        positions = [index for index, _ in converted]
        rejected = early + [
            RejectedEventType(
                index=positions[r.index], code=r.code.value, field=r.field, message=r.message
            )
            for r in result.rejected
        ]
        return TrackEventsPayload(
            accepted=result.accepted,
            duplicates=result.duplicates,
            rejected=sorted(rejected, key=lambda r: r.index),
            errors=[],
        )

    @strawberry.mutation(
        description="Define (or change) an event name and its property schema. Errors: INVALID, "
        "INVALID_PROPERTIES, DUPLICATE and REQUIRED (propertiesSchema[i].name), TOO_MANY.",
        permission_classes=[IsStaff.with_scope(Scope.ORDERS_WRITE)],
    )
    @returns_errors
    async def define_event(self, input: DefineEventInput) -> DefineEventPayload:
        definition = await events_service.define_event(
            name=input.name,
            description=input.description,
            properties_schema=property_schema(input.properties_schema, "propertiesSchema"),
            active=input.active,
        )
        return DefineEventPayload(definition=EventDefinitionType.from_model(definition), errors=[])
