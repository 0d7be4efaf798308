"""Using coupons on an order: reserve at creation, confirm when paid, release or restore."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import strawberry

from domain.access import Scope
from domain.coupons import redemption
from domain.coupons import service as coupons_service
from domain.levels import service as levels_service
from schema.access import named_member, target_member
from schema.context import Info
from schema.coupons.inputs import (
    CartInput,
    ConfirmCouponsInput,
    OrderCouponsInput,
    ReserveCouponsInput,
    coupon_ids,
)
from schema.coupons.mutations.payloads import CouponsPayload, recall_coupons, remember_coupons
from schema.coupons.queries import coupon_types, quote_type
from schema.coupons.types import QuoteType
from schema.errors import UserError, returns_errors
from schema.idempotency import NaturalKey, Replay, run_once
from schema.permissions import IsMemberOrService, IsStaffOrService


@strawberry.type
class ReserveCouponsPayload:
    quote: QuoteType | None = strawberry.field(description="The reserved coupons' discounts.")
    errors: list[UserError]


@strawberry.type(description="What confirmCoupons returns.")
class ConfirmCouponsPayload(CouponsPayload):
    pass


@strawberry.type(description="What releaseCoupons returns.")
class ReleaseCouponsPayload(CouponsPayload):
    pass


@strawberry.type(description="What restoreCoupons returns.")
class RestoreCouponsPayload(CouponsPayload):
    pass


def _cart_request(cart: CartInput) -> dict[str, Any]:
    return {
        "lines": [asdict(line) for line in cart.domain_lines()],
        "channel": cart.channel,
        "scene": str(cart.scene.value),
        "store": cart.store_code,
    }


@strawberry.type
class CouponCheckoutMutation:
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
            scene=str(cart.scene.value),
            store_code=cart.store_code,
        )
        q = await run_once(
            info,
            "reserveCoupons",
            # the order's coupons are the member's, whoever sends
            NaturalKey(input.order_ref, "orderRef", f"member:{member}"),
            {"member": member, "coupons": ids, "cart": _cart_request(cart)},
            lambda _key: redemption.reserve(
                member_id=member, coupon_ids=ids, order_ref=input.order_ref, cart=domain_cart
            ),
            Replay(
                lambda _quote: {},
                lambda _done: redemption.reserved_quote(
                    member_id=member, coupon_ids=ids, order_ref=input.order_ref, cart=domain_cart
                ),
            ),
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
        coupons = await run_once(
            info,
            "confirmCoupons",
            NaturalKey(
                input.order_ref,
                "orderRef",
                None if member is None else f"member:{member}",
            ),
            {
                "member": member,
                "store": input.store_code,
                "total": input.order_total_cents,
            },
            lambda _key: redemption.confirm(
                order_ref=input.order_ref,
                member_id=member,
                store_code=input.store_code,
                order_total_cents=input.order_total_cents,
            ),
            Replay(remember_coupons, recall_coupons),
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
        coupons = await run_once(
            info,
            "releaseCoupons",
            NaturalKey(
                input.order_ref,
                "orderRef",
                None if member is None else f"member:{member}",
            ),
            {"member": member},
            lambda _key: redemption.release(order_ref=input.order_ref, member_id=member),
            Replay(remember_coupons, recall_coupons),
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
