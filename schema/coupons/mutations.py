"""Coupon mutations: getting coupons, using them, and configuring templates."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TypeVar

import strawberry

from domain import idempotency
from domain.access import Scope
from domain.coupons import claiming as coupons_claiming
from domain.coupons import issuing as coupons_issuing
from domain.coupons import redemption
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, TemplateState
from domain.levels import service as levels_service
from schema.access import actor, named_member, target_member
from schema.context import Info
from schema.coupons.inputs import (
    CartInput,
    ClaimCouponInput,
    ConfirmCouponsInput,
    DefineCouponTemplateInput,
    IssueCouponsInput,
    OrderCouponsInput,
    PurchaseCouponInput,
    ReserveCouponsInput,
    SetCouponTemplateStateInput,
    VoidCouponInput,
    coupon_ids,
)
from schema.coupons.queries import coupon_types, quote_type
from schema.coupons.types import CouponType, QuoteType, TemplateType
from schema.errors import UserError, returns_errors
from schema.permissions import IsMember, IsMemberOrService, IsStaff, IsStaffOrService
from schema.relay import decode_id


@strawberry.type
class CouponPayload:
    coupon: CouponType | None
    errors: list[UserError]


@strawberry.type(description="What one member got from issueCoupons.")
class IssuedToMember:
    member_id: strawberry.ID
    coupon: CouponType | None
    error: UserError | None


@strawberry.type
class IssueCouponsPayload:
    results: list[IssuedToMember]
    errors: list[UserError]


@strawberry.type
class ReserveCouponsPayload:
    quote: QuoteType | None = strawberry.field(description="The reserved coupons' discounts.")
    errors: list[UserError]


@strawberry.type
class CouponsPayload:
    coupons: list[CouponType]
    errors: list[UserError]


@strawberry.type
class CouponTemplatePayload:
    template: TemplateType | None
    errors: list[UserError]


def _cart_request(cart: CartInput) -> dict[str, Any]:
    return {
        "lines": [asdict(line) for line in cart.domain_lines()],
        "channel": cart.channel,
        "scene": cart.scene,
        "store": cart.store_code,
    }


def _remember_coupon(coupon: Coupon) -> dict[str, int]:
    return {"id": coupon.id}


def _remember_coupons(coupons: list[Coupon]) -> dict[str, list[int]]:
    return {"ids": [c.id for c in coupons]}


async def _recall_coupons(done: dict) -> list[Coupon]:
    return [c for c in await coupons_service.coupons_by_ids(done["ids"]) if c is not None]


C = TypeVar("C", bound=CouponPayload)


async def _one(cls: type[C], coupon: Coupon) -> C:
    return cls(coupon=(await coupon_types([coupon]))[0], errors=[])


@strawberry.type(description="What claimCoupon returns.")
class ClaimCouponPayload(CouponPayload):
    pass


@strawberry.type(description="What exchangeCoupon returns.")
class ExchangeCouponPayload(CouponPayload):
    pass


@strawberry.type(description="What purchaseCoupon returns.")
class PurchaseCouponPayload(CouponPayload):
    pass


@strawberry.type(description="What confirmCoupons returns.")
class ConfirmCouponsPayload(CouponsPayload):
    pass


@strawberry.type(description="What releaseCoupons returns.")
class ReleaseCouponsPayload(CouponsPayload):
    pass


@strawberry.type(description="What restoreCoupons returns.")
class RestoreCouponsPayload(CouponsPayload):
    pass


@strawberry.type(description="What defineCouponTemplate returns.")
class DefineCouponTemplatePayload(CouponTemplatePayload):
    pass


@strawberry.type(description="What setCouponTemplateState returns.")
class SetCouponTemplateStatePayload(CouponTemplatePayload):
    pass


@strawberry.type(description="What voidCoupon returns.")
class VoidCouponPayload(CouponPayload):
    pass


@strawberry.type
class CouponsMutation:
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
        return await _one(ClaimCouponPayload, coupon)

    @strawberry.mutation(
        description="Exchange points for a coupon; the points debit and the issue succeed or "
        "fail together; idempotent on idempotencyKey. Errors: INSUFFICIENT_POINTS, "
        "OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED, INVALID_STATE.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def exchange_coupon(self, info: Info, input: ClaimCouponInput) -> ExchangeCouponPayload:
        member_id = await target_member(info, None)
        coupon = await idempotency.run_once(
            principal=info.context.principal,
            operation="exchangeCoupon",
            key=input.idempotency_key,
            request={"member": member_id, "template": input.template_code},
            call=lambda key: coupons_claiming.exchange(
                member_id=member_id, template_code=input.template_code, key=key
            ),
            remember=_remember_coupon,
            recall=lambda done: coupons_service.get_coupon(done["id"]),
        )
        return await _one(ExchangeCouponPayload, coupon)

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
        coupon = await idempotency.run_once(
            principal=info.context.principal,
            scope="coupon-payments",  # a payment number is the brand's, whoever resends it
            operation="purchaseCoupon",
            key=input.payment_no,
            key_field="paymentNo",
            request={
                "member": member,
                "template": input.template_code,
                "paid": input.paid_cents,
            },
            call=lambda _key: coupons_claiming.purchase(
                member_id=member,
                template_code=input.template_code,
                payment_no=input.payment_no,
                paid_cents=input.paid_cents,
                operator=actor(info),
            ),
            remember=_remember_coupon,
            recall=lambda done: coupons_service.get_coupon(done["id"]),
            keep_failures=False,
        )
        return await _one(PurchaseCouponPayload, coupon)

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
        outcomes = await idempotency.run_once(
            principal=info.context.principal,
            operation="issueCoupons",
            key=input.idempotency_key,
            request={"template": input.template_code, "members": ids, "source": input.source},
            call=lambda key: coupons_issuing.issue_many(
                template_code=input.template_code,
                member_ids=ids,
                key=key,
                source=input.source,
                operator=actor(info),
            ),
            remember=coupons_issuing.remember_issued,
            recall=coupons_issuing.recall_issued,
        )
        issued = [o.coupon for o in outcomes if o.coupon]
        types = dict(zip([c.id for c in issued], await coupon_types(issued), strict=True))
        return IssueCouponsPayload(
            results=[
                IssuedToMember(
                    member_id=strawberry.ID(str(o.member_id)),
                    coupon=types[o.coupon.id] if o.coupon else None,
                    error=UserError.from_domain(o.error) if o.error else None,
                )
                for o in outcomes
            ],
            errors=[],
        )

    @strawberry.mutation(
        description="Lock coupons to an order at its creation; they must apply together to "
        "the cart; a coupon is locked by one order at most. Errors: COUPON_USED, EXPIRED, "
        "COUPON_PAUSED, COUPON_NOT_APPLICABLE, NOT_FOUND, INVALID_AMOUNT, DUPLICATE.",
        permission_classes=[IsMemberOrService],
    )
    @returns_errors
    async def reserve_coupons(
        self, info: Info, input: ReserveCouponsInput
    ) -> ReserveCouponsPayload:
        member = await target_member(info, input.member_id)
        ids = coupon_ids(input.coupon_ids)
        cart = input.cart
        domain_cart = await redemption.cart_for(
            member,
            cart.domain_lines(),
            level_code=await levels_service.level_code(member),
            channel=cart.channel,
            scene=cart.scene,
            store_code=cart.store_code,
        )
        q = await idempotency.run_once(
            principal=info.context.principal,
            scope=f"member:{member}",  # the order's coupons are the member's, whoever sends
            operation="reserveCoupons",
            key=input.order_ref,
            key_field="orderRef",
            request={"member": member, "coupons": ids, "cart": _cart_request(cart)},
            call=lambda _key: redemption.reserve(
                member_id=member, coupon_ids=ids, order_ref=input.order_ref, cart=domain_cart
            ),
            remember=lambda _quote: {},
            recall=lambda _done: redemption.reserved_quote(
                member_id=member, coupon_ids=ids, order_ref=input.order_ref, cart=domain_cart
            ),
            keep_failures=False,
        )
        coupons = [c for c in await coupons_service.coupons_by_ids(ids) if c is not None]
        return ReserveCouponsPayload(
            quote=quote_type(q, await coupon_types(coupons), [c.id for c in coupons]), errors=[]
        )

    @strawberry.mutation(
        description="The order was paid: its locked coupons become used (recording a paid "
        "order with the same external number does this too). Idempotent.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    @returns_errors
    async def confirm_coupons(
        self, info: Info, input: ConfirmCouponsInput
    ) -> ConfirmCouponsPayload:
        member = await named_member(info, input.member_id)
        coupons = await idempotency.run_once(
            principal=info.context.principal,
            scope=None if member is None else f"member:{member}",
            operation="confirmCoupons",
            key=input.order_ref,
            key_field="orderRef",
            request={
                "member": member,
                "store": input.store_code,
                "total": input.order_total_cents,
            },
            call=lambda _key: redemption.confirm(
                order_ref=input.order_ref,
                member_id=member,
                store_code=input.store_code,
                order_total_cents=input.order_total_cents,
            ),
            remember=_remember_coupons,
            recall=_recall_coupons,
            keep_failures=False,
        )
        return ConfirmCouponsPayload(coupons=await coupon_types(coupons), errors=[])

    @strawberry.mutation(
        description="The order was cancelled: its locked coupons are available again. "
        "Idempotent; members release their own.",
        permission_classes=[IsMemberOrService],
    )
    @returns_errors
    async def release_coupons(self, info: Info, input: OrderCouponsInput) -> ReleaseCouponsPayload:
        member = await named_member(info, input.member_id)
        coupons = await idempotency.run_once(
            principal=info.context.principal,
            scope=None if member is None else f"member:{member}",
            operation="releaseCoupons",
            key=input.order_ref,
            key_field="orderRef",
            request={"member": member},
            call=lambda _key: redemption.release(order_ref=input.order_ref, member_id=member),
            remember=_remember_coupons,
            recall=_recall_coupons,
            keep_failures=False,
        )
        return ReleaseCouponsPayload(coupons=await coupon_types(coupons), errors=[])

    @strawberry.mutation(
        description="The order was refunded in full: its coupons come back where the template "
        "allows (a full refund recorded by refundOrder does this too). Idempotent.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    @returns_errors
    async def restore_coupons(self, info: Info, input: OrderCouponsInput) -> RestoreCouponsPayload:
        member = await named_member(info, input.member_id)
        coupons = await redemption.restore(order_ref=input.order_ref, member_id=member)
        return RestoreCouponsPayload(coupons=await coupon_types(coupons), errors=[])

    @strawberry.mutation(
        description="Create a template, or change one (value and rules are fixed once coupons "
        "exist). Errors: INVALID_PERCENTAGE, INVALID_THRESHOLD, INVALID_AMOUNT, "
        "INVALID_WINDOW, INVALID, REQUIRED, INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_CONFIG)],
    )
    @returns_errors
    async def define_coupon_template(
        self, input: DefineCouponTemplateInput
    ) -> DefineCouponTemplatePayload:
        template = await coupons_templates.define_template(**input.values())
        return DefineCouponTemplatePayload(template=TemplateType.from_model(template), errors=[])

    @strawberry.mutation(
        description="Activate, pause, resume or end a template (ENDED is final). "
        "Errors: NOT_FOUND, INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_WRITE)],
    )
    @returns_errors
    async def set_coupon_template_state(
        self, input: SetCouponTemplateStateInput
    ) -> SetCouponTemplateStatePayload:
        template = await coupons_templates.set_state(input.code, TemplateState(input.state))
        return SetCouponTemplateStatePayload(template=TemplateType.from_model(template), errors=[])

    @strawberry.mutation(
        description="Void an available coupon with a reason. Errors: INVALID_STATE, "
        "NOT_FOUND, REQUIRED, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_WRITE)],
    )
    @returns_errors
    async def void_coupon(self, info: Info, input: VoidCouponInput) -> VoidCouponPayload:
        coupon = await coupons_service.void(
            coupon_id=decode_id(input.coupon_id, "Coupon", "couponId"),
            reason=input.reason,
            operator=actor(info),
        )
        return await _one(VoidCouponPayload, coupon)
