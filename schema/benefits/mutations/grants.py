"""Benefit grants: grant, redeem, void."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.benefits import service as benefits_service
from schema.access import actor, target_member
from schema.benefits.types import (
    BenefitPayload,
    GrantType,
    grant_type,
    ok_payload,
    own_member,
)
from schema.context import Info
from schema.errors import returns_errors
from schema.idempotency import by_id, run_once
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.relay import decode_id, encode_id


@strawberry.input
class GrantBenefitInput:
    member_id: strawberry.ID
    benefit_code: str
    quantity: int
    idempotency_key: str
    expires_at: datetime | None = None


@strawberry.input
class RedeemBenefitInput:
    grant_id: strawberry.ID
    idempotency_key: str
    count: int = 1
    store_code: str | None = None


@strawberry.input
class VoidBenefitInput:
    grant_id: strawberry.ID
    reason: str


@strawberry.type(description="What grantBenefit returns.")
class GrantBenefitPayload(BenefitPayload):
    grant: GrantType | None = strawberry.field(description="The grant as it is now.")


@strawberry.type(description="What redeemBenefit returns.")
class RedeemBenefitPayload(BenefitPayload):
    grant: GrantType | None = strawberry.field(description="The grant as it is now.")


@strawberry.type(description="What voidBenefit returns.")
class VoidBenefitPayload(BenefitPayload):
    grant: GrantType | None = strawberry.field(description="The grant as it is now.")


@strawberry.type
class BenefitGrantsMutation:
    @strawberry.mutation(
        description="Grant a benefit to a member (idempotent). Errors: NOT_FOUND, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def grant_benefit(self, info: Info, input: GrantBenefitInput) -> GrantBenefitPayload:
        member = await target_member(info, input.member_id)
        grant = await run_once(
            info,
            "grantBenefit",
            input.idempotency_key,
            {
                "member": member,
                "benefit": input.benefit_code,
                "quantity": input.quantity,
                "expiresAt": input.expires_at,
            },
            lambda key: benefits_service.grant(
                member_id=member,
                benefit_code=input.benefit_code,
                quantity=input.quantity,
                source=f"staff:{actor(info)}",
                key=key,
                expires_at=input.expires_at,
            ),
            by_id(benefits_service.get_grant),
        )
        return ok_payload(
            GrantBenefitPayload,
            encode_id("BenefitGrant", grant.id),
            grant=await grant_type(grant.id),
        )

    @strawberry.mutation(
        description="Use a benefit (scan, hand-out, identity check); "
        "idempotent on idempotencyKey. Errors: BENEFIT_EXHAUSTED, EXPIRED, "
        "FORBIDDEN (another member's), INVALID_STATE, NOT_FOUND, INVALID_AMOUNT.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def redeem_benefit(self, info: Info, input: RedeemBenefitInput) -> RedeemBenefitPayload:
        grant_id = decode_id(input.grant_id, "BenefitGrant", "grantId")
        redemption = await run_once(
            info,
            "redeemBenefit",
            input.idempotency_key,
            {"grant": grant_id, "count": input.count, "store": input.store_code},
            lambda key: benefits_service.redeem(
                grant_id=grant_id,
                count=input.count,
                key=key,
                member_id=own_member(info),
                store_code=input.store_code,
                operator=actor(info),
            ),
            by_id(benefits_service.get_redemption),
        )
        return ok_payload(
            RedeemBenefitPayload, redemption.id, grant=await grant_type(redemption.grant_id)
        )

    @strawberry.mutation(
        description="Void a grant with a reason. Errors: NOT_FOUND, REQUIRED.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def void_benefit(self, input: VoidBenefitInput) -> VoidBenefitPayload:
        grant = await benefits_service.void(
            grant_id=decode_id(input.grant_id, "BenefitGrant", "grantId"), reason=input.reason
        )
        return ok_payload(
            VoidBenefitPayload,
            encode_id("BenefitGrant", grant.id),
            grant=await grant_type(grant.id),
        )
