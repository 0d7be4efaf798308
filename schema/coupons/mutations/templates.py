"""Configuring coupons: templates, their state, and voiding a coupon."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.coupons.models import TemplateState
from schema.access import actor
from schema.context import Info
from schema.coupons.inputs import (
    DefineCouponTemplateInput,
    SetCouponTemplateStateInput,
    VoidCouponInput,
)
from schema.coupons.mutations.payloads import CouponPayload, CouponTemplatePayload, one_coupon
from schema.coupons.types import TemplateType
from schema.errors import returns_errors
from schema.permissions import IsStaff
from schema.relay import decode_id


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
class CouponTemplatesMutation:
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
        return await one_coupon(VoidCouponPayload, coupon)
