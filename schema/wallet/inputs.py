"""Wallet mutation inputs."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.wallet.types import WalletStatusEnum


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
