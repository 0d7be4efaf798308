"""Getting coupons: claiming, exchanging for points, buying and issuing."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.coupons import claiming as coupons_claiming
from domain.coupons import issuing as coupons_issuing
from domain.coupons import service as coupons_service
from schema.access import actor, target_member
from schema.context import Info
from schema.coupons.inputs import ClaimCouponInput, IssueCouponsInput, PurchaseCouponInput
from schema.coupons.mutations.payloads import CouponPayload, one_coupon, remember_coupon
from schema.coupons.queries import coupon_types
from schema.coupons.types import CouponType
from schema.errors import UserError, returns_errors
from schema.idempotency import NaturalKey, Replay, run_once
from schema.permissions import IsMember, IsStaffOrService
from schema.relay import decode_id, encode_id


@strawberry.type(description="What one member got from issueCoupons.")
class IssuedToMember:
    member_id: strawberry.ID
    coupon: CouponType | None
    error: UserError | None


@strawberry.type
class IssueCouponsPayload:
    results: list[IssuedToMember]
    errors: list[UserError]


@strawberry.type(description="What claimCoupon returns.")
class ClaimCouponPayload(CouponPayload):
    pass


@strawberry.type(description="What exchangeCoupon returns.")
class ExchangeCouponPayload(CouponPayload):
    pass


@strawberry.type(description="What purchaseCoupon returns.")
class PurchaseCouponPayload(CouponPayload):
    pass


@strawberry.type
class CouponGettingMutation:
    @strawberry.mutation(
        description="Claim a free coupon in its claim window (the limited-time grab); "
        "idempotent on idempotencyKey. Errors: OUT_OF_STOCK, COUPON_LIMIT_REACHED, "
        "COUPON_PAUSED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def claim_coupon(self, info: Info, input: ClaimCouponInput) -> ClaimCouponPayload:
        member_id = await target_member(info, None)
        coupon = await coupons_claiming.claim(
            member_id=member_id, template_code=input.template_code, key=input.idempotency_key
        )
        return await one_coupon(ClaimCouponPayload, coupon)

    @strawberry.mutation(
        description="Exchange points for a coupon; the points debit and the issue succeed or "
        "fail together; idempotent on idempotencyKey. Errors: INSUFFICIENT_POINTS, "
        "OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED, INVALID_STATE.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def exchange_coupon(self, info: Info, input: ClaimCouponInput) -> ExchangeCouponPayload:
        member_id = await target_member(info, None)
        coupon = await run_once(
            info,
            "exchangeCoupon",
            input.idempotency_key,
            {"member": member_id, "template": input.template_code},
            lambda key: coupons_claiming.exchange(
                member_id=member_id, template_code=input.template_code, key=key
            ),
            Replay(remember_coupon, lambda done: coupons_service.get_coupon(done["id"])),
        )
        return await one_coupon(ExchangeCouponPayload, coupon)

    @strawberry.mutation(
        description="A member bought a coupon (the brand's system took the payment); "
        "idempotent on paymentNo. Errors: INVALID_AMOUNT, INVALID_STATE, OUT_OF_STOCK, "
        "COUPON_LIMIT_REACHED, COUPON_PAUSED, NOT_FOUND.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    @returns_errors
    async def purchase_coupon(
        self, info: Info, input: PurchaseCouponInput
    ) -> PurchaseCouponPayload:
        member = await target_member(info, input.member_id)
        coupon = await run_once(
            info,
            "purchaseCoupon",
            # a payment number is the brand's, whoever resends it
            NaturalKey(input.payment_no, "paymentNo", "coupon-payments"),
            {
                "member": member,
                "template": input.template_code,
                "paid": input.paid_cents,
            },
            lambda _key: coupons_claiming.purchase(
                member_id=member,
                template_code=input.template_code,
                payment_no=input.payment_no,
                paid_cents=input.paid_cents,
                operator=actor(info),
            ),
            Replay(remember_coupon, lambda done: coupons_service.get_coupon(done["id"])),
        )
        return await one_coupon(PurchaseCouponPayload, coupon)

    @strawberry.mutation(
        description="Issue to one member or a list (at most 1,000); idempotent on "
        "idempotencyKey (a replay gets the first results). Per member: OUT_OF_STOCK, "
        "COUPON_LIMIT_REACHED, COUPON_PAUSED; for the call: NOT_FOUND, TOO_MANY, INVALID_ID, "
        "IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    @returns_errors
    async def issue_coupons(self, info: Info, input: IssueCouponsInput) -> IssueCouponsPayload:
        ids = [decode_id(m, "Member", f"memberIds[{i}]") for i, m in enumerate(input.member_ids)]
        outcomes = await run_once(
            info,
            "issueCoupons",
            input.idempotency_key,
            {"template": input.template_code, "members": ids, "source": input.source},
            lambda key: coupons_issuing.issue_many(
                template_code=input.template_code,
                member_ids=ids,
                key=key,
                source=input.source,
                operator=actor(info),
            ),
            Replay(coupons_issuing.remember_issued, coupons_issuing.recall_issued),
        )
        issued = [o.coupon for o in outcomes if o.coupon]
        types = dict(zip([c.id for c in issued], await coupon_types(issued), strict=True))
        return IssueCouponsPayload(
            results=[
                IssuedToMember(
                    member_id=strawberry.ID(encode_id("Member", o.member_id)),
                    coupon=types[o.coupon.id] if o.coupon else None,
                    error=UserError.from_domain(o.error) if o.error else None,
                )
                for o in outcomes
            ],
            errors=[],
        )
