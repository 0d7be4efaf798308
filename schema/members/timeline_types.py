"""A timeline entry (a member's event or order) and its global id."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry
from strawberry.scalars import JSON

from domain.orders.timeline import TimelineEntry
from schema.node import Node
from schema.relay import encode_id

# Events and orders are numbered apart, so one global id number carries both the kind and the
# row: even for an event, odd for an order.
_KINDS = ("EVENT", "ORDER")


def timeline_number(kind: str, pk: int) -> int:
    """The number inside a timeline entry's global id."""
    return pk * 2 + _KINDS.index(kind)


def timeline_ref(number: int) -> tuple[str, int]:
    """The (kind, row id) a timeline entry's global id number stands for."""
    return _KINDS[number % 2], number // 2


@strawberry.enum(description="What a timeline entry is.")
class TimelineEntryKind(Enum):
    EVENT = strawberry.enum_value("EVENT", description="A behaviour event.")
    ORDER = strawberry.enum_value("ORDER", description="A paid order.")


@strawberry.type(name="TimelineEntry", description="An event or an order in a member's timeline.")
class TimelineEntryType(Node):
    kind: TimelineEntryKind = strawberry.field(description="An event or an order.")
    id: strawberry.ID = strawberry.field(description="Global id of the timeline entry.")
    at: datetime
    name: str = strawberry.field(description="Event name, or channel:order number.")
    amount_cents: int | None = strawberry.field(description="Net amount of an order.")
    properties: JSON

    @classmethod
    def from_entry(cls, entry: TimelineEntry) -> TimelineEntryType:
        return cls(
            kind=TimelineEntryKind(entry.kind),
            id=strawberry.ID(encode_id("TimelineEntry", timeline_number(entry.kind, entry.id))),
            at=entry.at,
            name=entry.name,
            amount_cents=entry.amount_cents,
            properties=JSON(entry.properties),
        )
