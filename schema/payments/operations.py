"""Payment confirmation by the brand's payment system, purchases and external refunds."""

from __future__ import annotations

import strawberry

from domain.access import Scope, can_read_member
from domain.coupons import sales as coupon_sales
from domain.payments import refunds as payment_refunds
from domain.payments import service as payments_service
from domain.payments.models import PaymentMethod
from schema.context import Info
from schema.coupons.queries import coupon_types
from schema.coupons.types import CouponType
from schema.errors import UserError, returns_errors
from schema.idempotency import Replay, run_once
from schema.payments.types import ExternalRefundType, PaymentMethodEnum, PurchaseType
from schema.permissions import IsMember, IsMemberStaffOrService, IsService, IsStaffOrService
from schema.relay import Connection, decode_id, keyset_page


@strawberry.input
class ConfirmPaymentInput:
    purchase_id: strawberry.ID = strawberry.field(description="The PENDING purchase's id.")
    payment_no: str = strawberry.field(
        description="The payment system's number; a repeat returns the first outcome."
    )
    amount_cents: int = strawberry.field(description="The amount captured; must be exact.")


@strawberry.type
class ConfirmPaymentPayload:
    purchase: PurchaseType | None = strawberry.field(description="The purchase, now PAID.")
    errors: list[UserError] = strawberry.field(description="Why nothing was confirmed.")


@strawberry.input
class BuyCouponInput:
    template_code: str = strawberry.field(description="A coupon template with a price.")
    payment_method: PaymentMethodEnum = strawberry.field(
        description="WALLET or POINTS pay now; EXTERNAL waits for confirmPayment."
    )
    idempotency_key: str = strawberry.field(description="The caller's key for this purchase.")


@strawberry.type
class BuyCouponPayload:
    coupon: CouponType | None = strawberry.field(description="The coupon, once paid.")
    purchase: PurchaseType | None = strawberry.field(description="The payment.")
    errors: list[UserError] = strawberry.field(description="Why nothing was bought.")


async def _recall_coupon(stored: dict) -> coupon_sales.CouponOrder:
    purchase = await payments_service.get_purchase(stored["id"])
    assert purchase is not None
    return await coupon_sales.order_of(purchase)


@strawberry.type
class PaymentsQuery:
    @strawberry.field(
        description="A purchase; members see their own.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.PAYMENTS_READ)],
    )
    async def purchase(self, info: Info, id: strawberry.ID) -> PurchaseType | None:
        found = await payments_service.get_purchase(decode_id(id, "Purchase", "id"))
        if found is None or not can_read_member(info.context.principal, found.member_id):
            return None
        return PurchaseType.from_model(found)

    @strawberry.field(
        description="External refunds for the payment system to execute, newest first.",
        permission_classes=[IsStaffOrService.with_scope(Scope.PAYMENTS_READ)],
    )
    async def external_refunds(
        self, first: int | None = None, after: str | None = None
    ) -> Connection[ExternalRefundType]:
        return await keyset_page(
            lambda after_id, limit: payment_refunds.external_refunds(
                before_id=after_id, limit=limit
            ),
            first=first,
            after=after,
            key=lambda r: r.id,
            wrap=ExternalRefundType.from_model,
        )


@strawberry.type
class PaymentsMutation:
    @strawberry.mutation(
        description="Buy a coupon that has a price: from the wallet or with points at once, "
        "or EXTERNAL: a PENDING purchase the payment system confirms with confirmPayment; "
        "idempotent on idempotencyKey. Errors: INSUFFICIENT_BALANCE, INSUFFICIENT_POINTS, "
        "PAYMENT_METHOD_NOT_ACCEPTED, OUT_OF_STOCK, COUPON_LIMIT_REACHED, COUPON_PAUSED, "
        "INVALID_STATE, NOT_FOUND, IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMember],
    )
    @returns_errors
    async def buy_coupon(self, info: Info, input: BuyCouponInput) -> BuyCouponPayload:
        principal = info.context.principal
        assert principal is not None and principal.member_id is not None
        member_id = principal.member_id
        order = await run_once(
            info,
            "buyCoupon",
            input.idempotency_key,
            {"template": input.template_code, "method": input.payment_method.value},
            lambda key: coupon_sales.buy(
                member_id=member_id,
                template_code=input.template_code,
                method=PaymentMethod(input.payment_method),
                key=key,
                operator=principal.subject,
            ),
            Replay(lambda done: {"id": done.purchase.id}, _recall_coupon),
        )
        coupon = (await coupon_types([order.coupon]))[0] if order.coupon else None
        return BuyCouponPayload(
            coupon=coupon, purchase=PurchaseType.from_model(order.purchase), errors=[]
        )

    @strawberry.mutation(
        description="The payment system captured the money of a PENDING purchase: it is "
        "paid and its product activated once; idempotent on paymentNo. Errors: "
        "PAYMENT_AMOUNT_MISMATCH, PAYMENT_NO_USED, IDEMPOTENCY_KEY_REUSED (the number was "
        "confirmed for another purchase or amount), EXPIRED, INVALID_STATE, NOT_FOUND, "
        "INVALID_ID.",
        permission_classes=[IsService],
    )
    @returns_errors
    async def confirm_payment(
        self, info: Info, input: ConfirmPaymentInput
    ) -> ConfirmPaymentPayload:
        purchase_id = decode_id(input.purchase_id, "Purchase", "purchaseId")
        purchase = await run_once(
            info,
            "confirmPayment",
            input.payment_no,
            {"purchase": purchase_id, "amount": input.amount_cents},
            lambda _key: payments_service.confirm(
                purchase_id=purchase_id,
                payment_no=input.payment_no,
                amount_cents=input.amount_cents,
            ),
            Replay(
                lambda done: {"id": done.id if done else None},
                lambda stored: payments_service.get_purchase(stored["id"]),
            ),
        )
        return ConfirmPaymentPayload(
            purchase=PurchaseType.from_model(purchase) if purchase else None, errors=[]
        )
