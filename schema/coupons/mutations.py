"""Coupon mutations: getting coupons, using them, and configuring templates."""

from __future__ import annotations

import strawberry

from domain import idempotency
from domain.access import Scope
from domain.coupons import claiming as coupons_claiming
from domain.coupons import issuing as coupons_issuing
from domain.coupons import redemption
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import TemplateState
from domain.errors import DomainError
from domain.levels import service as levels_service
from schema.context import Info
from schema.coupons.inputs import (
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
from schema.coupons.payloads import (
    CouponPayload,
    CouponsPayload,
    CouponTemplatePayload,
    IssueCouponsPayload,
    IssuedToMember,
    ReserveCouponsPayload,
    cart_request,
    coupon_payload,
    member_of,
    operator_of,
    recall_coupons,
    remember_coupon,
    remember_coupons,
)
from schema.coupons.queries import coupon_types, quote_type
from schema.coupons.types import TemplateType
from schema.errors import UserError, errors_of
from schema.permissions import IsMember, IsMemberOrService, IsStaff, IsStaffOrService
from schema.points.queries import target_member
from schema.relay import decode_id


@strawberry.type
class CouponsMutation:
    @strawberry.mutation(
        description="Claim a free coupon in its claim window (the limited-time grab); "
        "idempotent on idempotencyKey. Errors: OUT_OF_STOCK, COUPON_LIMIT_REACHED, "
        "COUPON_PAUSED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsMember],
    )
    async def claim_coupon(self, info: Info, input: ClaimCouponInput) -> CouponPayload:
        try:
            member_id = await target_member(info.context.principal, None)
            coupon = await coupons_claiming.claim(
                member_id=member_id, template_code=input.template_code, key=input.idempotency_key
            )
        except DomainError as error:
            return CouponPayload(coupon=None, **errors_of(error))
        return await coupon_payload(coupon)

    @strawberry.mutation(
        description="Exchange points for a coupon; the points debit and the issue succeed or "
        "fail together; idempotent on idempotencyKey. Errors: INSUFFICIENT_POINTS, "
        "OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED, INVALID_STATE.",
        permission_classes=[IsMember],
    )
    async def exchange_coupon(self, info: Info, input: ClaimCouponInput) -> CouponPayload:
        try:
            member_id = await target_member(info.context.principal, None)
            coupon = await idempotency.run_once(
                principal=info.context.principal,
                operation="exchangeCoupon",
                key=input.idempotency_key,
                request={"member": member_id, "template": input.template_code},
                call=lambda key: coupons_claiming.exchange(
                    member_id=member_id, template_code=input.template_code, key=key
                ),
                remember=remember_coupon,
                recall=lambda done: coupons_service.get_coupon(done["id"]),
            )
        except DomainError as error:
            return CouponPayload(coupon=None, **errors_of(error))
        return await coupon_payload(coupon)

    @strawberry.mutation(
        description="A member bought a coupon (the brand's system took the payment); "
        "idempotent on paymentNo. Errors: INVALID_AMOUNT, INVALID_STATE, OUT_OF_STOCK, "
        "COUPON_LIMIT_REACHED, COUPON_PAUSED, NOT_FOUND.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    async def purchase_coupon(self, info: Info, input: PurchaseCouponInput) -> CouponPayload:
        try:
            member = await target_member(info.context.principal, input.member_id)
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
                    operator=operator_of(info),
                ),
                remember=remember_coupon,
                recall=lambda done: coupons_service.get_coupon(done["id"]),
                keep_failures=False,
            )
        except DomainError as error:
            return CouponPayload(coupon=None, **errors_of(error))
        return await coupon_payload(coupon)

    @strawberry.mutation(
        description="Issue to one member or a list (at most 1,000); idempotent on "
        "idempotencyKey (a replay gets the first results). Per member: OUT_OF_STOCK, "
        "COUPON_LIMIT_REACHED, COUPON_PAUSED; for the call: NOT_FOUND, TOO_MANY, INVALID_ID, "
        "IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    async def issue_coupons(self, info: Info, input: IssueCouponsInput) -> IssueCouponsPayload:
        try:
            ids = [
                decode_id(m, "Member", f"memberIds[{i}]") for i, m in enumerate(input.member_ids)
            ]
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
                    operator=operator_of(info),
                ),
                remember=coupons_issuing.remember_issued,
                recall=coupons_issuing.recall_issued,
            )
        except DomainError as error:
            return IssueCouponsPayload(results=[], **errors_of(error))
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
    async def reserve_coupons(
        self, info: Info, input: ReserveCouponsInput
    ) -> ReserveCouponsPayload:
        try:
            member = await target_member(info.context.principal, input.member_id)
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
                request={"member": member, "coupons": ids, "cart": cart_request(cart)},
                call=lambda _key: redemption.reserve(
                    member_id=member, coupon_ids=ids, order_ref=input.order_ref, cart=domain_cart
                ),
                remember=lambda _quote: {},
                recall=lambda _done: redemption.reserved_quote(
                    member_id=member, coupon_ids=ids, order_ref=input.order_ref, cart=domain_cart
                ),
                keep_failures=False,
            )
        except DomainError as error:
            return ReserveCouponsPayload(quote=None, **errors_of(error))
        coupons = [c for c in await coupons_service.coupons_by_ids(ids) if c is not None]
        return ReserveCouponsPayload(
            quote=quote_type(q, await coupon_types(coupons), [c.id for c in coupons]), errors=[]
        )

    @strawberry.mutation(
        description="The order was paid: its locked coupons become used (recording a paid "
        "order with the same external number does this too). Idempotent.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    async def confirm_coupons(self, info: Info, input: ConfirmCouponsInput) -> CouponsPayload:
        try:
            member = await member_of(info, input.member_id)
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
                remember=remember_coupons,
                recall=recall_coupons,
                keep_failures=False,
            )
        except DomainError as error:
            return CouponsPayload(coupons=[], **errors_of(error))
        return CouponsPayload(coupons=await coupon_types(coupons), errors=[])

    @strawberry.mutation(
        description="The order was cancelled: its locked coupons are available again. "
        "Idempotent; members release their own.",
        permission_classes=[IsMemberOrService],
    )
    async def release_coupons(self, info: Info, input: OrderCouponsInput) -> CouponsPayload:
        try:
            member = await member_of(info, input.member_id)
            coupons = await idempotency.run_once(
                principal=info.context.principal,
                scope=None if member is None else f"member:{member}",
                operation="releaseCoupons",
                key=input.order_ref,
                key_field="orderRef",
                request={"member": member},
                call=lambda _key: redemption.release(order_ref=input.order_ref, member_id=member),
                remember=remember_coupons,
                recall=recall_coupons,
                keep_failures=False,
            )
        except DomainError as error:
            return CouponsPayload(coupons=[], **errors_of(error))
        return CouponsPayload(coupons=await coupon_types(coupons), errors=[])

    @strawberry.mutation(
        description="The order was refunded in full: its coupons come back where the template "
        "allows (a full refund recorded by refundOrder does this too). Idempotent.",
        permission_classes=[IsStaffOrService.with_scope(Scope.COUPONS_WRITE)],
    )
    async def restore_coupons(self, info: Info, input: OrderCouponsInput) -> CouponsPayload:
        try:
            member = await member_of(info, input.member_id)
            coupons = await redemption.restore(order_ref=input.order_ref, member_id=member)
        except DomainError as error:
            return CouponsPayload(coupons=[], **errors_of(error))
        return CouponsPayload(coupons=await coupon_types(coupons), errors=[])

    @strawberry.mutation(
        description="Create a template, or change one (value and rules are fixed once coupons "
        "exist). Errors: INVALID_PERCENTAGE, INVALID_THRESHOLD, INVALID_AMOUNT, "
        "INVALID_WINDOW, INVALID, REQUIRED, INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_CONFIG)],
    )
    async def define_coupon_template(
        self, input: DefineCouponTemplateInput
    ) -> CouponTemplatePayload:
        try:
            template = await coupons_templates.define_template(**input.values())
        except DomainError as error:
            return CouponTemplatePayload(template=None, **errors_of(error))
        return CouponTemplatePayload(template=TemplateType.from_model(template), errors=[])

    @strawberry.mutation(
        description="Activate, pause, resume or end a template (ENDED is final). "
        "Errors: NOT_FOUND, INVALID_STATE.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_WRITE)],
    )
    async def set_coupon_template_state(
        self, input: SetCouponTemplateStateInput
    ) -> CouponTemplatePayload:
        try:
            template = await coupons_templates.set_state(input.code, TemplateState(input.state))
        except DomainError as error:
            return CouponTemplatePayload(template=None, **errors_of(error))
        return CouponTemplatePayload(template=TemplateType.from_model(template), errors=[])

    @strawberry.mutation(
        description="Void an available coupon with a reason. Errors: INVALID_STATE, "
        "NOT_FOUND, REQUIRED, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.COUPONS_WRITE)],
    )
    async def void_coupon(self, info: Info, input: VoidCouponInput) -> CouponPayload:
        try:
            coupon = await coupons_service.void(
                coupon_id=decode_id(input.coupon_id, "Coupon", "couponId"),
                reason=input.reason,
                operator=operator_of(info),
            )
        except DomainError as error:
            return CouponPayload(coupon=None, **errors_of(error))
        return await coupon_payload(coupon)
