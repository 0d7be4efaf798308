"""The member's inbox: myMessages, unreadMessageCount, markMessagesRead."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.campaigns import inbox
from domain.campaigns.models import InboxMessage
from domain.clock import utc_now
from schema.access import target_member
from schema.args import After, First
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.node import Node
from schema.permissions import IsMember
from schema.relay import Connection, decode_id, encode_id, keyset_page


@strawberry.type(name="InboxMessage", description="A message in the member's in-app inbox.")
class InboxMessageType(Node):
    title: str = strawberry.field(description="The title; may be empty.")
    body: str = strawberry.field(description="The text, rendered for the member.")
    link: str = strawberry.field(description="A deep link to open; may be empty.")
    created_at: datetime = strawberry.field(description="When it arrived.")
    read_at: datetime | None = strawberry.field(description="When it was read; null: unread.")
    read: bool = strawberry.field(description="Whether it has been read.")

    @classmethod
    def from_model(cls, m: InboxMessage) -> InboxMessageType:
        return cls(
            id=strawberry.ID(encode_id("InboxMessage", m.id)),
            title=m.title,
            body=m.body,
            link=m.link,
            created_at=m.created_at,
            read_at=m.read_at,
            read=m.read_at is not None,
        )


@strawberry.input(description="Which messages to mark read: give ids or all.")
class MarkMessagesReadInput:
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Up to 100 of the member's message ids."
    )
    all: bool = strawberry.field(default=False, description="true marks every message read.")


@strawberry.type(description="What markMessagesRead returns.")
class MarkMessagesReadPayload:
    marked: int = strawberry.field(description="How many messages changed from unread to read.")
    unread: int = strawberry.field(description="How many are still unread.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed, if so.")


@strawberry.type
class InboxQuery:
    @strawberry.field(
        description="The member's inbox, newest first; unread: true lists the unread only, "
        "false the read only.",
        permission_classes=[IsMember],
    )
    async def my_messages(
        self, info: Info, unread: bool | None = None, first: First = None, after: After = None
    ) -> Connection[InboxMessageType]:
        member = await target_member(info, None)

        async def fetch(before_id: int | None, limit: int) -> list[InboxMessage]:
            return await inbox.messages_page(
                member, unread=unread, before_id=before_id, limit=limit
            )

        return await keyset_page(
            fetch, first=first, after=after, key=lambda m: m.id, wrap=InboxMessageType.from_model
        )

    @strawberry.field(
        description="How many of the member's inbox messages are unread.",
        permission_classes=[IsMember],
    )
    async def unread_message_count(self, info: Info) -> int:
        return await inbox.unread_count(await target_member(info, None))


@strawberry.type
class InboxMutation:
    @strawberry.mutation(
        description="Mark the member's inbox messages read: the ids given (others' are "
        "ignored) or all. Errors: INVALID (both or neither given), TOO_MANY (ids), "
        "INVALID_ID (ids).",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def mark_messages_read(
        self, info: Info, input: MarkMessagesReadInput
    ) -> MarkMessagesReadPayload:
        member = await target_member(info, None)
        ids = (
            None
            if input.ids is None
            else [decode_id(i, "InboxMessage", f"ids[{n}]") for n, i in enumerate(input.ids)]
        )
        marked = await inbox.mark_read(member, ids=ids, every=input.all, now=utc_now())
        return MarkMessagesReadPayload(
            marked=marked, unread=await inbox.unread_count(member), errors=[]
        )
