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
