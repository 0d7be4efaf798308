"""Visitor tokens: an anonymous device may track events, read recommendations and coupons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import strawberry

from domain import tokens
from domain.access import Role
from schema.errors import UserError, returns_errors
from schema.permissions import IsService


@strawberry.input(description="The device a visitor token is for.")
class IssueVisitorTokenInput:
    device_id: str = strawberry.field(
        description="The device's anonymous id, as its events carry it: 6-64 ASCII letters, "
        "digits, '.', '_', ':' or '-', starting with a letter or digit."
    )
    ttl_seconds: int | None = strawberry.field(
        default=None,
        description=f"Lifetime, 60..{tokens.MAX_VISITOR_TTL_SECONDS} seconds; "
        f"{tokens.DEFAULT_TTL_SECONDS[Role.VISITOR]} when omitted.",
    )


@strawberry.type(description="A visitor token, or why none was issued.")
class IssueVisitorTokenPayload:
    token: str | None = strawberry.field(description="The bearer token for the device.")
    expires_at: datetime | None = strawberry.field(description="When the token stops working.")
    errors: list[UserError] = strawberry.field(description="Problems of the input.")


@strawberry.type
class VisitorsMutation:
    @strawberry.mutation(
        description=(
            "A visitor token for an anonymous device (service role): with it the device may "
            "trackEvents (recorded against its anonymous id), read recommendations and "
            "claimableCoupons, nothing else. Its events join the member the device is bound to "
            "on registration. Errors: INVALID."
        ),
        permission_classes=[IsService],
    )
    @returns_errors
    async def issue_visitor_token(self, input: IssueVisitorTokenInput) -> IssueVisitorTokenPayload:
        token, ttl = tokens.mint_visitor(tokens.TokenConfig(), input.device_id, input.ttl_seconds)
        return IssueVisitorTokenPayload(
            token=token, expires_at=datetime.now(UTC) + timedelta(seconds=ttl), errors=[]
        )
