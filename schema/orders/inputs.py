"""Order, refund and event inputs."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from domain.members.models import Channel
from domain.orders.events import EventInput
from domain.orders.recording import LineInput, OrderInput
from domain.orders.rules import RefundLineRequest
from schema.members.inputs import IdentityInput
from schema.members.types import ChannelEnum
from schema.orders.event_schema import EventPropertyInput
from schema.relay import decode_id


@strawberry.input
class OrderLineInput:
    item_code: str
    quantity: int
    unit_price_cents: int
    amount_cents: int | None = strawberry.field(
        default=None, description="Paid amount of the line; default quantity x unit price."
    )


@strawberry.input(
    description="Give memberId or identity; an unknown identity keeps the order "
    "waiting for the member who registers it."
)
class RecordOrderInput:
    channel: ChannelEnum
    external_no: str
    paid_at: datetime
    lines: list[OrderLineInput]
    member_id: strawberry.ID | None = None
    identity: IdentityInput | None = None
    store_code: str | None = None
    coupon_used: bool = False

    def to_domain(self) -> OrderInput:
        return OrderInput(
            channel=Channel(self.channel),
            external_no=self.external_no,
            paid_at=self.paid_at,
            lines=[
                LineInput(li.item_code, li.quantity, li.unit_price_cents, li.amount_cents)
                for li in self.lines
            ],
            member_id=decode_id(self.member_id, "Member", "memberId") if self.member_id else None,
            identity=self.identity.to_key() if self.identity else None,
            store_code=self.store_code,
            coupon_used=self.coupon_used,
        )


@strawberry.input
class RefundLineInput:
    line_no: int
    quantity: int
    amount_cents: int | None = None


@strawberry.input(description="Omit lines to refund everything that is left.")
class RefundOrderInput:
    channel: ChannelEnum
    external_no: str
    refund_no: str
    refunded_at: datetime
    lines: list[RefundLineInput] | None = None

    def line_requests(self) -> list[RefundLineRequest] | None:
        if self.lines is None:
            return None
        return [RefundLineRequest(li.line_no, li.quantity, li.amount_cents) for li in self.lines]


@strawberry.input
class TrackEventInput:
    event_id: str = strawberry.field(description="Sender's unique id; re-sent events are ignored.")
    name: str
    occurred_at: datetime
    properties: JSON | None = None
    member_id: strawberry.ID | None = None
    identity: IdentityInput | None = None
    anonymous_id: str | None = None

    def to_domain(self, index: int) -> EventInput:
        return EventInput(
            event_id=self.event_id,
            name=self.name,
            occurred_at=self.occurred_at,
            properties=self.properties if self.properties is not None else {},
            member_id=decode_id(self.member_id, "Member", f"events[{index}].memberId")
            if self.member_id
            else None,
            identity=self.identity.to_key(f"events[{index}].identity") if self.identity else None,
            anonymous_id=self.anonymous_id,
        )


@strawberry.input
class TrackEventsInput:
    events: list[TrackEventInput]


@strawberry.input(description="An event name and the properties its events carry.")
class DefineEventInput:
    name: str
    description: str = ""
    properties_schema: list[EventPropertyInput] = strawberry.field(
        default_factory=list,
        description="Its properties; empty: any properties are accepted, else only these.",
    )
    active: bool = True
