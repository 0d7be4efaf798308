"""Behaviour events: staff-defined names and schemas, batched intake deduplicated by event id."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import orjson

from domain import config_history, db, dirty, jobs
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode
from domain.members import service as members_service
from domain.members.rules import IdentityKey
from domain.orders.models import Event, EventDefinition
from domain.orders.rules import MAX_EVENTS_PER_BATCH, check_properties, check_schema

MAX_FUTURE = timedelta(hours=1)


@dataclass(frozen=True)
class EventInput:
    event_id: str
    name: str
    occurred_at: datetime
    properties: Any = field(default_factory=dict)
    member_id: int | None = None
    identity: IdentityKey | None = None
    anonymous_id: str | None = None


@dataclass(frozen=True)
class Rejected:
    index: int
    code: ErrorCode
    field: str
    message: str


@dataclass
class TrackResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)


async def define_event(
    *, name: str, description: str, properties_schema: Any, active: bool = True
) -> EventDefinition:
    """Create or change an event definition (by name)."""
    if not name or len(name) > 64 or not name.replace("_", "").replace(".", "").isalnum():
        raise DomainError("Event names are 1-64 letters, digits, '_' or '.'.", field="name")
    problem = check_schema(properties_schema)
    if problem:
        raise DomainError(problem, field="propertiesSchema", code=ErrorCode.INVALID_PROPERTIES)
    return await config_history.upsert(
        EventDefinition,
        "EventDefinition",
        defaults={
            "description": description,
            "properties_schema": properties_schema,
            "active": active,
        },
        named_by="name",
        name=name,
    )


async def list_definitions() -> list[EventDefinition]:
    """All event definitions by name."""
    return list(await EventDefinition.all().order_by("name"))


def abandoned_carts_sql(since: str, before: str) -> str:
    """A subquery of (`member_id`, `event_id`): members' add_to_cart events from the instant
    `since` until before `before` with no order paid after them."""
    return f"""SELECT e.member_id, e.id AS event_id FROM events e
                WHERE e.name = 'add_to_cart' AND e.member_id IS NOT NULL
                  AND e.occurred_at >= {since} AND e.occurred_at < {before}
                  AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.member_id = e.member_id
                                  AND o.paid_at > e.occurred_at)"""


async def member_events(event_ids: list[int]) -> list[Event]:
    """The events among `event_ids` that belong to a member, oldest id first."""
    return list(await Event.filter(id__in=event_ids, member_id__not_isnull=True).order_by("id"))


async def track_events(
    events: list[EventInput],
    *,
    forced_member_id: int | None,
    forced_anonymous_id: str | None = None,
) -> TrackResult:
    """Keep the good events of a batch, reject the bad ones with index and reason. Deduplicated
    by event id: a re-sent event is counted as a duplicate and changes nothing. With
    `forced_member_id` (a member tracking themself) every event is that member's; with
    `forced_anonymous_id` (a visitor's device) every event carries that anonymous id and names
    no member (it joins the member the device is bound to, now or on registration)."""
    if len(events) > MAX_EVENTS_PER_BATCH:
        raise DomainError(
            f"At most {MAX_EVENTS_PER_BATCH} events per batch.",
            field="events",
            code=ErrorCode.TOO_MANY,
        )
    definitions = {d.name: d for d in await EventDefinition.filter(active=True)}
    result = TrackResult()
    rows: list[tuple[Any, ...]] = []
    seen: set[str] = set()
    now = utc_now()
    for index, event in enumerate(events):
        problem = None
        if forced_anonymous_id is not None:
            problem = _visitor_problem(event, forced_anonymous_id)
            event = replace(event, anonymous_id=forced_anonymous_id)
        problem = problem or _check(event, definitions, now)
        if problem is not None:
            result.rejected.append(Rejected(index, *problem))
            continue
        if event.event_id in seen:
            result.duplicates += 1
            continue
        seen.add(event.event_id)
        member_id = forced_member_id or await _attribute(event)
        rows.append(
            (
                event.event_id,
                event.name,
                event.occurred_at,
                member_id,
                event.anonymous_id,
                orjson.dumps(event.properties).decode(),
            )
        )
    if not rows:
        return result
    async with db.transaction():
        inserted = await db.fetch(
            """
            INSERT INTO events (event_id, name, occurred_at, member_id, anonymous_id, properties,
                                received_at)
            SELECT e.event_id, e.name, e.occurred_at, e.member_id, e.anonymous_id,
                   e.properties::jsonb, now()
              FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::bigint[], $5::text[],
                          $6::text[])
                   AS e(event_id, name, occurred_at, member_id, anonymous_id, properties)
            ON CONFLICT (event_id) DO NOTHING RETURNING id, occurred_at
            """,
            *[list(column) for column in zip(*rows, strict=True)],
        )
        await dirty.mark_moments("events", [r["occurred_at"] for r in inserted])
        if inserted:
            await jobs.defer("events.process", event_ids=[r["id"] for r in inserted])
    result.accepted = len(inserted)
    result.duplicates += len(rows) - len(inserted)
    return result


def _visitor_problem(event: EventInput, device_id: str) -> tuple[ErrorCode, str, str] | None:
    """A visitor's event may not name a member or another device."""
    if event.member_id is not None:
        return ErrorCode.FORBIDDEN, "memberId", "a visitor's event names no member"
    if event.identity is not None:
        return ErrorCode.FORBIDDEN, "identity", "a visitor's event names no identity"
    if event.anonymous_id not in (None, device_id):
        return ErrorCode.FORBIDDEN, "anonymousId", "a visitor tracks only its own device"
    return None


def _check(
    event: EventInput, definitions: dict[str, EventDefinition], now: datetime
) -> tuple[ErrorCode, str, str] | None:
    if not event.event_id or len(event.event_id) > 64:
        return ErrorCode.INVALID, "eventId", "eventId is required (at most 64 characters)"
    definition = definitions.get(event.name)
    if definition is None:
        return ErrorCode.UNKNOWN_EVENT, "name", f"unknown event '{event.name}'"
    if event.occurred_at > now + MAX_FUTURE:
        return ErrorCode.INVALID, "occurredAt", "occurredAt is in the future"
    if event.anonymous_id is not None and len(event.anonymous_id) > 64:
        return ErrorCode.INVALID, "anonymousId", "anonymousId is longer than 64"
    problem = check_properties(event.properties, definition.properties_schema)
    if problem:
        return ErrorCode.INVALID_PROPERTIES, "properties", problem
    return None


async def _attribute(event: EventInput) -> int | None:
    if event.member_id is not None:
        return await members_service.resolve_member_id(event.member_id)
    if event.identity is not None:
        found = await members_service.find_member_id(event.identity)
        if found is not None:
            return found
    if event.anonymous_id:
        row = await db.fetch_one(
            "SELECT member_id FROM anonymous_bindings WHERE anonymous_id = $1", event.anonymous_id
        )
        if row:
            return int(row["member_id"])
    return None


async def definitions_page(*, after_id: int | None, limit: int) -> list[EventDefinition]:
    """Event definitions by id, one keyset page."""
    return await db.page_by_id(EventDefinition.all(), after_id=after_id, limit=limit)
