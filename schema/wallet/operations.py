"""Wallet queries and mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain import idempotency
from domain.access import Scope
from domain.wallet import service as wallet_service
from domain.wallet.models import Payment, PaymentRefund, Recharge, WalletStatus
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.permissions import IsMemberStaffOrService, IsStaff, IsStaffOrService
from schema.relay import (
    Connection,
    decode_id,
    encode_id,
    keyset_page,
)
from schema.wallet.types import WalletStatusEnum, WalletType


@strawberry.type(name="WalletEntry")
class WalletEntryType:
    id: strawberry.ID
    side: str = strawberry.field(description="PRINCIPAL or BONUS.")
    kind: str
    amount_cents: int
    source: str
    reason: str
    created_at: datetime

    @classmethod
    def from_movement(cls, m: wallet_service.WalletMovement) -> WalletEntryType:
        return cls(
            id=strawberry.ID(str(m.id)),
            side=m.side,
            kind=m.kind,
            amount_cents=m.amount_cents,
            source=m.source,
            reason=m.reason,
            created_at=m.created_at,
        )


@strawberry.type(name="WalletRecharge")
class RechargeType:
    amount_cents: int
    bonus_cents: int
    rule_id: int | None


@strawberry.type(name="WalletPayment")
class PaymentType:
    id: strawberry.ID = strawberry.field(description="Global id; refunds name it.")
    amount_cents: int
    principal_cents: int
    bonus_cents: int
    refunded_cents: int


@strawberry.type(name="WalletRefund")
class RefundType:
    amount_cents: int
    principal_cents: int
    bonus_cents: int


@strawberry.type
class WalletPayload:
    wallet: WalletType | None
    recharge: RechargeType | None = None
    payment: PaymentType | None = None
    refund: RefundType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


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


@strawberry.input
class SetWalletStatusInput:
    member_id: strawberry.ID
    status: WalletStatusEnum


@strawberry.input
class DefineRechargeRuleInput:
    name: str
    pay_cents: int
    bonus_cents: int
    level_codes: list[str] = strawberry.field(default_factory=list)
    channels: list[str] = strawberry.field(default_factory=list)
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    priority: int = 0


async def _wallet(member_id: int) -> WalletType:
    return WalletType.from_balances(await wallet_service.balances(member_id))


def _payment(p: Payment) -> PaymentType:
    return PaymentType(
        id=strawberry.ID(encode_id("WalletPayment", p.id)),
        amount_cents=p.amount_cents,
        principal_cents=p.principal_cents,
        bonus_cents=p.bonus_cents,
        refunded_cents=p.refunded_principal_cents + p.refunded_bonus_cents,
    )


@strawberry.type
class WalletQuery:
    @strawberry.field(
        description="A wallet's balances. Members read their own.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_READ)],
    )
    async def wallet(self, info: Info, member_id: strawberry.ID | None = None) -> WalletType:
        return await _wallet(await target_member(info, member_id))

    @strawberry.field(
        description="Wallet movements newest first.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.WALLET_READ)],
    )
    async def wallet_statement(
        self,
        info: Info,
        member_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WalletEntryType]:
        member = await target_member(info, member_id)
        return await keyset_page(
            lambda after_id, limit: wallet_service.statement(
                member, before_id=after_id, limit=limit
            ),
            first=first,
            after=after,
            key=lambda r: r.id,
            wrap=WalletEntryType.from_movement,
        )


@strawberry.type(description="What rechargeWallet returns.")
class RechargeWalletPayload(WalletPayload):
    pass


@strawberry.type(description="What payWithWallet returns.")
class PayWithWalletPayload(WalletPayload):
    pass


@strawberry.type(description="What refundWalletPayment returns.")
class RefundWalletPaymentPayload(WalletPayload):
    pass


@strawberry.type(description="What setWalletStatus returns.")
class SetWalletStatusPayload(WalletPayload):
    pass


@strawberry.type(description="What defineRechargeRule returns.")
class DefineRechargeRulePayload(WalletPayload):
    pass


@strawberry.type
class WalletMutation:
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
                operator=actor(info),
            ),
            remember=lambda done: {"id": done.id},
            recall=lambda stored: wallet_service.get_recharge(stored["id"]),
        )
        return RechargeWalletPayload(
            wallet=await _wallet(member),
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
    @returns_errors
    async def pay_with_wallet(self, info: Info, input: PayWithWalletInput) -> PayWithWalletPayload:
        member = await target_member(info, input.member_id)
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
                operator=actor(info),
            ),
            remember=lambda done: {"id": done.id},
            recall=lambda stored: wallet_service.get_payment(stored["id"]),
        )
        return PayWithWalletPayload(wallet=await _wallet(member), payment=_payment(payment))

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
        refund: PaymentRefund = await idempotency.run_once(
            principal=info.context.principal,
            operation="refundWalletPayment",
            key=input.idempotency_key,
            request={"payment": payment_id, "amount": input.amount_cents},
            call=lambda key: wallet_service.refund_payment(
                payment_id=payment_id,
                amount_cents=input.amount_cents,
                key=key,
                operator=actor(info),
            ),
            remember=lambda done: {"id": done.id},
            recall=lambda stored: wallet_service.get_payment_refund(stored["id"]),
        )
        payment = await wallet_service.get_payment(refund.payment_id)
        return RefundWalletPaymentPayload(
            wallet=await _wallet(payment.member_id),
            payment=_payment(payment),
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
    @returns_errors
    async def set_wallet_status(
        self, info: Info, input: SetWalletStatusInput
    ) -> SetWalletStatusPayload:
        member = await target_member(info, input.member_id)
        await wallet_service.set_status(
            member_id=member, status=WalletStatus(input.status), operator=actor(info)
        )
        return SetWalletStatusPayload(wallet=await _wallet(member))

    @strawberry.mutation(
        description="A recharge bonus rule. Errors: INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.WALLET_CONFIG)],
    )
    @returns_errors
    async def define_recharge_rule(
        self, input: DefineRechargeRuleInput
    ) -> DefineRechargeRulePayload:
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
        return DefineRechargeRulePayload(wallet=None)
