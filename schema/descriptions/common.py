# ruff: noqa: E501  (one description a line reads better than wrapped strings)
"""Patterns for the elements every area repeats (connections, payload errors, paging and input
arguments) and the shared root and paging types. `*` stands for any part of a coordinate; an
exact key in an area's catalogue wins."""

from schema.relay import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

# Errors outside payloads: the response's `errors`, each with `extensions.code`.
_TOP_LEVEL = (
    "Errors outside a payload come in the response's `errors` with `extensions.code`: "
    "UNAUTHENTICATED (no usable token), FORBIDDEN (role or scope), INVALID (a variable of the "
    "wrong shape, with `extensions.field`), QUERY_TOO_COMPLEX (depth, aliases or size), "
    "QUERY_TOO_COSTLY (over the role's cost budget), RATE_LIMITED, PAYLOAD_TOO_LARGE, "
    "BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, PERSISTED_QUERY_NOT_FOUND, "
    "and INTERNAL_ERROR with the `requestId` to quote."
)

DESCRIPTIONS: dict[str, str] = {
    "Mutation.retireWebhook(id:)": "The subscription (global ID).",
    "Mutation.replayWebhookDeliveries(subscriptionId:)": "The subscription (global ID).",
    "Mutation.replayWebhookDeliveries(since:)": "Events that occurred at or after this instant are sent again.",
    "Query.webhookDeliveries(subscriptionId:)": "The subscription (global ID).",
    "Query.webhookDeliveries(status:)": "Only deliveries in this status; all when omitted.",
    "ReplayWebhookDeliveriesPayload.queued": "Deliveries queued again; null on errors.",
    "RetireWebhookPayload.subscription": "The subscription, now inactive; null on errors.",
    "SubscribeWebhookInput": "Input of subscribeWebhook.",
    "SubscribeWebhookInput.url": "The endpoint, an http(s) URL of at most 500 characters.",
    "SubscribeWebhookInput.events": "Event types to receive, at least one.",
    "SubscribeWebhookPayload.subscription": "The subscription; null on errors.",
    "SubscribeWebhookPayload.secret": "The signing secret, shown this once; null on errors.",
    "WebhookDelivery": "One event on its way to one subscriber.",
    "WebhookDelivery.id": "Id of the delivery, sent as X-CRM-Delivery (receivers de-duplicate on it).",
    "WebhookDelivery.eventId": "Id of the event (the body's id).",
    "WebhookDelivery.status": "Where the delivery stands.",
    "WebhookDelivery.attempts": "Attempts made so far.",
    "WebhookDelivery.nextAttemptAt": "When it is tried next (UTC).",
    "WebhookDelivery.lastError": "Why the last attempt failed; empty when none did.",
    "WebhookDelivery.deliveredAt": "When the endpoint accepted it (UTC).",
    "WebhookDeliveryStatus": "Where a webhook delivery stands.",
    "WebhookDeliveryStatus.PENDING": "Waiting for its next attempt.",
    "WebhookDeliveryStatus.DELIVERED": "Accepted by the endpoint (a 2xx answer).",
    "WebhookDeliveryStatus.FAILED": "Given up after 8 attempts over about 15 hours; replayable.",
    "WebhookEventType": "A domain event type subscribers can receive.",
    "WebhookEventType.MEMBER_REGISTERED": "member.registered: a new member (memberId, channel, sourceStore).",
    "WebhookEventType.MEMBER_MERGED": "member.merged: one member absorbed another (memberId, absorbedId).",
    "WebhookEventType.MEMBER_ERASED": "member.erased: a member's personal data was erased (memberId).",
    "WebhookEventType.POINTS_EARNED": "points.earned: an order's points were credited (memberId, pointType, points, orderId).",
    "WebhookEventType.POINTS_REDEEMED": "points.redeemed: a member spent points (memberId, pointType, points, purpose).",
    "WebhookEventType.POINTS_EXPIRED": "points.expired: reserved; not emitted yet.",
    "WebhookEventType.LEVEL_CHANGED": "level.changed: an upgrade or a downgrade at review (memberId, fromRank, toRank, kind).",
    "WebhookEventType.COUPON_ISSUED": "coupon.issued: a coupon was issued (memberId, couponId, template, source, validUntil).",
    "WebhookEventType.COUPON_USED": "coupon.used: a paid order used a coupon (memberId, couponId, orderId).",
    "WebhookSubscription": "An endpoint of the brand's that receives domain events.",
    "WebhookSubscription.id": "Global id of the subscription.",
    "WebhookSubscription.url": "The endpoint.",
    "WebhookSubscription.events": "Event types it receives.",
    "WebhookSubscription.active": "False once retired.",
    "WebhookSubscription.createdAt": "When it was created (UTC).",
    "*Connection.edges": "The edges of this page, in the list's order.",
    "*Connection.pageInfo": "Whether a next page exists and the cursor to ask for it.",
    "*Edge.cursor": "Opaque position of this edge; pass it as `after` to read on from here.",
    "*Edge.node": "The object at this position.",
    "*Payload.errors": (
        "Why the operation changed nothing, each with a stable code and the input field it "
        "concerns; empty on success."
    ),
    "Query.*(first:)": (
        f"Page size, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}); outside that range the "
        "query fails with TOO_MANY."
    ),
    "Query.*(after:)": (
        "Cursor to continue after: the `pageInfo.endCursor` of the previous page; omit it for "
        "the first page."
    ),
    "Query.*(memberId:)": (
        "The member (global ID, or its plain number). A member caller always gets their own and "
        "may leave it out; staff and service must name one (REQUIRED)."
    ),
    "Mutation.*(input:)": "What to do; every field is described on the input type.",
    "PageInfo.hasNextPage": "Whether more results follow this page.",
    "PageInfo.endCursor": "Cursor of the last edge of this page; pass it as `after` for the next page.",
    "Query": f"Reads. Each field says which roles may call it. {_TOP_LEVEL}",
    "Mutation": (
        "Changes. Each field says which roles may call it and the codes its payload's `errors` "
        f"can hold (see ErrorCode). {_TOP_LEVEL}"
    ),
}
