"""Wallet types shared by the wallet queries, mutations and the member."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TypeAlias

import strawberry

from domain.wallet import service as wallet_service
from domain.wallet.models import Payment, PaymentRefund, PayMode, Recharge, WalletStatus
from domain.wallet.service import Balances
from schema.errors import UserError
from schema.node import Node
from schema.relay import encode_id, optional_global_id

WalletStatusEnum: TypeAlias = WalletStatus
strawberry.enum(WalletStatus, name="WalletStatus")
PayModeEnum: TypeAlias = PayMode
strawberry.enum(PayMode, name="PayMode")


@strawberry.type(name="Wallet", description="Stored value: principal and bonus kept apart.")
class WalletType:
    status: WalletStatusEnum
    pay_mode: PayModeEnum
    principal_cents: int
    bonus_cents: int

    @strawberry.field(description="Principal plus bonus.")
    def balance_cents(self) -> int:
        return self.principal_cents + self.bonus_cents

    @classmethod
    def from_balances(cls, b: Balances) -> WalletType:
        return cls(
            status=WalletStatus(b.wallet.status),
            pay_mode=PayMode(b.wallet.pay_mode),
            principal_cents=b.principal,
            bonus_cents=b.bonus,
        )


async def wallet_of(member_id: int) -> WalletType:
    """The member's wallet as it is now."""
    return WalletType.from_balances(await wallet_service.balances(member_id))


@strawberry.enum(description="Which part of the wallet a movement touches.")
class WalletSide(Enum):
    PRINCIPAL = strawberry.enum_value("PRINCIPAL", description="Money the member paid in.")
    BONUS = strawberry.enum_value("BONUS", description="Bonus given on recharges.")


@strawberry.type(name="WalletEntry")
class WalletEntryType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the ledger entry.")
    side: WalletSide = strawberry.field(description="Principal or bonus.")
    kind: str
    amount_cents: int
    source: str
    reason: str
    created_at: datetime

    @classmethod
    def from_movement(cls, m: wallet_service.WalletMovement) -> WalletEntryType:
        return cls(
            id=strawberry.ID(encode_id("WalletEntry", m.id)),
            side=WalletSide(m.side),
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
    rule_id: strawberry.ID | None

    @classmethod
    def from_model(cls, r: Recharge) -> RechargeType:
        return cls(
            amount_cents=r.amount_cents,
            bonus_cents=r.bonus_cents,
            rule_id=optional_global_id("RechargeRule", r.rule_id),
        )


@strawberry.type(name="WalletPayment")
class PaymentType(Node):
    id: strawberry.ID = strawberry.field(description="Global id; refunds name it.")
    amount_cents: int
    principal_cents: int
    bonus_cents: int
    refunded_cents: int

    @classmethod
    def from_model(cls, p: Payment) -> PaymentType:
        return cls(
            id=strawberry.ID(encode_id("WalletPayment", p.id)),
            amount_cents=p.amount_cents,
            principal_cents=p.principal_cents,
            bonus_cents=p.bonus_cents,
            refunded_cents=p.refunded_principal_cents + p.refunded_bonus_cents,
        )


@strawberry.type(name="WalletRefund")
class RefundType:
    amount_cents: int
    principal_cents: int
    bonus_cents: int

    @classmethod
    def from_model(cls, r: PaymentRefund) -> RefundType:
        return cls(
            amount_cents=r.amount_cents,
            principal_cents=r.principal_cents,
            bonus_cents=r.bonus_cents,
        )


@strawberry.type
class WalletPayload:
    wallet: WalletType | None
    recharge: RechargeType | None = None
    payment: PaymentType | None = None
    refund: RefundType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
