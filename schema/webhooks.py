"""Webhook subscriptions: staff subscribe the brand's endpoints to domain events, read the
deliveries and replay them."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

import strawberry

from domain.access import Scope
from domain.clock import utc_now
from domain.webhooks import outbox
from domain.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookSubscription
from schema.access import actor
from schema.args import After, First
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff
from schema.relay import Connection, decode_id, encode_id, keyset_page

if TYPE_CHECKING:
    WebhookEventType = Enum
else:
    WebhookEventType = strawberry.enum(
        Enum("WebhookEventType", {t.replace(".", "_").upper(): t for t in outbox.EVENT_TYPES}),
        name="WebhookEventType",
    )
strawberry.enum(DeliveryStatus, name="WebhookDeliveryStatus")


@strawberry.type(name="WebhookSubscription")
class WebhookSubscriptionType:
    id: strawberry.ID
    url: str
    events: list[str]
    active: bool
    created_at: datetime

    @classmethod
    def from_model(cls, s: WebhookSubscription) -> WebhookSubscriptionType:
        return cls(
            id=strawberry.ID(encode_id("WebhookSubscription", s.id)),
            url=s.url,
            events=[str(e) for e in s.events],
            active=s.active,
            created_at=s.created_at,
        )


@strawberry.type(name="WebhookDelivery")
class WebhookDeliveryType:
    id: strawberry.ID
    event_id: int
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    last_error: str
    delivered_at: datetime | None

    @classmethod
    def from_model(cls, d: WebhookDelivery) -> WebhookDeliveryType:
        return cls(
            id=strawberry.ID(str(d.id)),
            event_id=d.event_id,
            status=DeliveryStatus(d.status),
            attempts=d.attempts,
            next_attempt_at=d.next_attempt_at,
            last_error=d.last_error,
            delivered_at=d.delivered_at,
        )


@strawberry.input
class SubscribeWebhookInput:
    url: str
    events: list[WebhookEventType]


@strawberry.type(description="What subscribeWebhook returns.")
class SubscribeWebhookPayload:
    subscription: WebhookSubscriptionType | None
    secret: str | None
    errors: list[UserError]


@strawberry.type(description="What retireWebhook returns.")
class RetireWebhookPayload:
    subscription: WebhookSubscriptionType | None
    errors: list[UserError]


@strawberry.type(description="What replayWebhookDeliveries returns.")
class ReplayWebhookDeliveriesPayload:
    queued: int | None
    errors: list[UserError]


@strawberry.type
class WebhooksMutation:
    @strawberry.mutation(
        description="Subscribe an endpoint to domain events. Deliveries are POSTs of "
        "{id, type, occurredAt, data} signed with the returned secret (shown once): header "
        "X-CRM-Signature = sha256=HMAC-SHA256(secret, timestamp + '.' + body), with "
        "X-CRM-Timestamp and X-CRM-Delivery (de-duplicate on it: delivery is at least once). "
        "Errors: INVALID (url, events[i]), REQUIRED (events), TOO_MANY.",
        permission_classes=[IsStaff.with_scope(Scope.WEBHOOKS_CONFIG)],
    )
    @returns_errors
    async def subscribe_webhook(
        self, info: Info, input: SubscribeWebhookInput
    ) -> SubscribeWebhookPayload:
        sub = await outbox.subscribe(
            url=input.url, events=[e.value for e in input.events], operator=actor(info)
        )
        return SubscribeWebhookPayload(
            subscription=WebhookSubscriptionType.from_model(sub), secret=sub.secret, errors=[]
        )

    @strawberry.mutation(
        description="Stop a subscription; its pending deliveries are dropped. Errors: "
        "NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.WEBHOOKS_CONFIG)],
    )
    @returns_errors
    async def retire_webhook(self, id: strawberry.ID) -> RetireWebhookPayload:
        sub = await outbox.retire(decode_id(id, "WebhookSubscription", "id"))
        return RetireWebhookPayload(subscription=WebhookSubscriptionType.from_model(sub), errors=[])

    @strawberry.mutation(
        description="Send a subscription's events since an instant again (delivered or "
        "failed). Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.WEBHOOKS_CONFIG)],
    )
    @returns_errors
    async def replay_webhook_deliveries(
        self, subscription_id: strawberry.ID, since: datetime
    ) -> ReplayWebhookDeliveriesPayload:
        queued = await outbox.replay(
            decode_id(subscription_id, "WebhookSubscription", "subscriptionId"),
            since=since,
            now=utc_now(),
        )
        return ReplayWebhookDeliveriesPayload(queued=queued, errors=[])


@strawberry.type
class WebhooksQuery:
    @strawberry.field(
        description="Webhook subscriptions by id.",
        permission_classes=[IsStaff.with_scope(Scope.WEBHOOKS_CONFIG)],
    )
    async def webhooks(
        self, first: First = None, after: After = None
    ) -> Connection[WebhookSubscriptionType]:
        return await keyset_page(
            outbox.subscriptions_page,
            first=first,
            after=after,
            key=lambda s: s.id,
            wrap=WebhookSubscriptionType.from_model,
        )

    @strawberry.field(
        description="A subscription's deliveries, newest first, optionally of one status.",
        permission_classes=[IsStaff.with_scope(Scope.WEBHOOKS_CONFIG)],
    )
    async def webhook_deliveries(
        self,
        subscription_id: strawberry.ID,
        status: DeliveryStatus | None = None,
        first: First = None,
        after: After = None,
    ) -> Connection[WebhookDeliveryType]:
        sub = decode_id(subscription_id, "WebhookSubscription", "subscriptionId")

        return await keyset_page(
            lambda after_id, limit: outbox.deliveries_page(
                sub, status=status, before_id=after_id, limit=limit
            ),
            first=first,
            after=after,
            key=lambda d: d.id,
            wrap=WebhookDeliveryType.from_model,
        )
