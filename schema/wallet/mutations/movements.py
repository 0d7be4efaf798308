"""Money in and out of a wallet: recharges, payments and their refunds."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.wallet import service as wallet_service
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import returns_errors
from schema.idempotency import by_id, run_once
from schema.permissions import IsMemberStaffOrService, IsStaffOrService
from schema.relay import decode_id
from schema.wallet.types import PaymentType, RechargeType, RefundType, WalletPayload, wallet_of


@strawberry.input
class RechargeWalletInput:
    member_id: strawberry.ID
    amount_cents: int
    channel: str
    idempotency_key: str


@strawberry.input
class PayWithWalletInput:
    amount_cents: int
    order_ref: str
    idempotency_key: str
    member_id: strawberry.ID | None = None


@strawberry.input
class RefundWalletPaymentInput:
    payment_id: strawberry.ID = strawberry.field(description="The payment's global id.")
    amount_cents: int
    idempotency_key: str


@strawberry.type(description="What rechargeWallet returns.")
class RechargeWalletPayload(WalletPayload):
    pass


@strawberry.type(description="What payWithWallet returns.")
class PayWithWalletPayload(WalletPayload):
    pass


@strawberry.type(description="What refundWalletPayment returns.")
class RefundWalletPaymentPayload(WalletPayload):
    pass


@strawberry.type
class WalletMovementsMutation:
    @strawberry.mutation(
        description="Add principal (after payment) and the best bonus rule; "
        "idempotent on idempotencyKey. Errors: INVALID_AMOUNT, TOO_LARGE, "
        "WALLET_LOCKED, WALLET_CLOSED, NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaffOrService.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def recharge_wallet(
        self, info: Info, input: RechargeWalletInput
    ) -> RechargeWalletPayload:
        member = await target_member(info, input.member_id)
        recharge = await run_once(
            info,
            "rechargeWallet",
            input.idempotency_key,
            {"member": member, "amount": input.amount_cents, "channel": input.channel},
            lambda key: wallet_service.recharge(
                member_id=member,
                amount_cents=input.amount_cents,
                channel=input.channel,
                key=key,
                operator=actor(info),
            ),
            by_id(wallet_service.get_recharge),
        )
        return RechargeWalletPayload(
            wallet=await wallet_of(member), recharge=RechargeType.from_model(recharge)
        )

    @strawberry.mutation(
        description="Pay from the wallet; idempotent on idempotencyKey. "
        "Errors: INSUFFICIENT_BALANCE, INVALID_AMOUNT, WALLET_LOCKED, "
        "WALLET_CLOSED.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def pay_with_wallet(self, info: Info, input: PayWithWalletInput) -> PayWithWalletPayload:
        member = await target_member(info, input.member_id)
        payment = await run_once(
            info,
            "payWithWallet",
            input.idempotency_key,
            {"member": member, "amount": input.amount_cents, "orderRef": input.order_ref},
            lambda key: wallet_service.pay(
                member_id=member,
                amount_cents=input.amount_cents,
                order_ref=input.order_ref,
                key=key,
                operator=actor(info),
            ),
            by_id(wallet_service.get_payment),
        )
        return PayWithWalletPayload(
            wallet=await wallet_of(member), payment=PaymentType.from_model(payment)
        )

    @strawberry.mutation(
        description="Refund (part of) a wallet payment in the proportion it "
        "was paid. Errors: NOT_FOUND, REFUND_EXCEEDS_PAID, INVALID_AMOUNT.",
        permission_classes=[IsStaffOrService.with_scope(Scope.WALLET_WRITE)],
    )
    @returns_errors
    async def refund_wallet_payment(
        self, info: Info, input: RefundWalletPaymentInput
    ) -> RefundWalletPaymentPayload:
        payment_id = decode_id(input.payment_id, "WalletPayment", "paymentId")
        refund = await run_once(
            info,
            "refundWalletPayment",
            input.idempotency_key,
            {"payment": payment_id, "amount": input.amount_cents},
            lambda key: wallet_service.refund_payment(
                payment_id=payment_id,
                amount_cents=input.amount_cents,
                key=key,
                operator=actor(info),
            ),
            by_id(wallet_service.get_payment_refund),
        )
        payment = await wallet_service.get_payment(refund.payment_id)
        return RefundWalletPaymentPayload(
            wallet=await wallet_of(payment.member_id),
            payment=PaymentType.from_model(payment),
            refund=RefundType.from_model(refund),
        )
