"""Wallet mutations: recharge, pay, refund, status and recharge rules."""

from __future__ import annotations

import strawberry

from domain import idempotency
from domain.access import Scope
from domain.errors import DomainError
from domain.wallet import service as wallet_service
from domain.wallet.models import PaymentRefund, Recharge, WalletStatus
from schema.context import Info
from schema.errors import UserError
from schema.permissions import IsMemberStaffOrService, IsStaff, IsStaffOrService
from schema.points.queries import target_member
from schema.relay import (
    decode_id,
)
from schema.wallet.inputs import (
    DefineRechargeRuleInput,
    PayWithWalletInput,
    RechargeWalletInput,
    RefundWalletPaymentInput,
    SetWalletStatusInput,
)
from schema.wallet.types import RechargeType, RefundType, WalletPayload, payment_type, wallet_of


def _failed(error: DomainError) -> WalletPayload:
    return WalletPayload(wallet=None, errors=[UserError.from_domain(error)])


def _operator(info: Info) -> str:
    return info.context.principal.subject if info.context.principal else ""


@strawberry.type
class WalletMutation:
    @strawberry.mutation(
        description="Add principal (after payment) and the best bonus rule; "
        "idempotent on idempotencyKey. Errors: INVALID_AMOUNT, TOO_LARGE, "
        "WALLET_LOCKED, WALLET_CLOSED, NOT_FOUND, INVALID_ID.",
        permission_classes=[IsStaffOrService.with_scope(Scope.WALLET_WRITE)],
    )
    async def recharge_wallet(self, info: Info, input: RechargeWalletInput) -> WalletPayload:
        try:
            member = await target_member(info.context.principal, input.member_id)
            done: Recharge = await idempotency.run_once(
                principal=info.context.principal,
                operation="rechargeWallet",
                key=input.idempotency_key,
                request={"member": member, "amount": input.amount_cents, "channel": input.channel},
                call=lambda key: wallet_service.recharge(
                    member_id=member,
                    amount_cents=input.amount_cents,
                    channel=input.channel,
                    key=key,
                    operator=_operator(info),
                ),
                remember=lambda done: {"id": done.id},
                recall=lambda stored: wallet_service.get_recharge(stored["id"]),
            )
        except DomainError as error:
            return _failed(error)
        return WalletPayload(
            wallet=await wallet_of(member),
            recharge=RechargeType(
                amount_cents=done.amount_cents, bonus_cents=done.bonus_cents, rule_id=done.rule_id
            ),
        )

    @strawberry.mutation(
        description="Pay from the wallet; idempotent on idempotencyKey. "
        "Errors: INSUFFICIENT_BALANCE, INVALID_AMOUNT, WALLET_LOCKED, "
        "WALLET_CLOSED.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_WRITE)],
    )
    async def pay_with_wallet(self, info: Info, input: PayWithWalletInput) -> WalletPayload:
        try:
            member = await target_member(info.context.principal, input.member_id)
            payment = await idempotency.run_once(
                principal=info.context.principal,
                operation="payWithWallet",
                key=input.idempotency_key,
                request={
                    "member": member,
                    "amount": input.amount_cents,
                    "orderRef": input.order_ref,
                },
                call=lambda key: wallet_service.pay(
                    member_id=member,
                    amount_cents=input.amount_cents,
                    order_ref=input.order_ref,
                    key=key,
                    operator=_operator(info),
                ),
                remember=lambda done: {"id": done.id},
                recall=lambda stored: wallet_service.get_payment(stored["id"]),
            )
        except DomainError as error:
            return _failed(error)
        return WalletPayload(wallet=await wallet_of(member), payment=payment_type(payment))

    @strawberry.mutation(
        description="Refund (part of) a wallet payment in the proportion it "
        "was paid. Errors: NOT_FOUND, REFUND_EXCEEDS_PAID, INVALID_AMOUNT.",
        permission_classes=[IsStaffOrService.with_scope(Scope.WALLET_WRITE)],
    )
    async def refund_wallet_payment(
        self, info: Info, input: RefundWalletPaymentInput
    ) -> WalletPayload:
        try:
            payment_id = decode_id(input.payment_id, "WalletPayment", "paymentId")
            refund: PaymentRefund = await idempotency.run_once(
                principal=info.context.principal,
                operation="refundWalletPayment",
                key=input.idempotency_key,
                request={"payment": payment_id, "amount": input.amount_cents},
                call=lambda key: wallet_service.refund_payment(
                    payment_id=payment_id,
                    amount_cents=input.amount_cents,
                    key=key,
                    operator=_operator(info),
                ),
                remember=lambda done: {"id": done.id},
                recall=lambda stored: wallet_service.get_payment_refund(stored["id"]),
            )
        except DomainError as error:
            return _failed(error)
        payment = await wallet_service.get_payment(refund.payment_id)
        return WalletPayload(
            wallet=await wallet_of(payment.member_id),
            payment=payment_type(payment),
            refund=RefundType(
                amount_cents=refund.amount_cents,
                principal_cents=refund.principal_cents,
                bonus_cents=refund.bonus_cents,
            ),
        )

    @strawberry.mutation(
        description="Lock, unlock or close a wallet (closing refunds unused "
        "principal and voids bonus). Errors: WALLET_CLOSED, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.WALLET_WRITE)],
    )
    async def set_wallet_status(self, info: Info, input: SetWalletStatusInput) -> WalletPayload:
        try:
            member = await target_member(info.context.principal, input.member_id)
            await wallet_service.set_status(
                member_id=member, status=WalletStatus(input.status), operator=_operator(info)
            )
        except DomainError as error:
            return _failed(error)
        return WalletPayload(wallet=await wallet_of(member))

    @strawberry.mutation(
        description="A recharge bonus rule. Errors: INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.WALLET_CONFIG)],
    )
    async def define_recharge_rule(self, input: DefineRechargeRuleInput) -> WalletPayload:
        try:
            await wallet_service.define_recharge_rule(
                **{
                    k: getattr(input, k)
                    for k in (
                        "name",
                        "pay_cents",
                        "bonus_cents",
                        "level_codes",
                        "channels",
                        "starts_at",
                        "ends_at",
                        "priority",
                    )
                }
            )
        except DomainError as error:
            return _failed(error)
        return WalletPayload(wallet=None)
