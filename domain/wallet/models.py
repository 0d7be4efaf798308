"""Stored-value wallets: the wallet, recharge rules, recharges, payments and refunds.

The money itself lives in two ledger accounts per member, WALLET:PRINCIPAL and WALLET:BONUS, so
principal and bonus are kept apart and every movement is an append-only ledger entry."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class WalletStatus(StrEnum):
    ACTIVE = "ACTIVE"
    LOCKED = "LOCKED"
    CLOSED = "CLOSED"


class PayMode(StrEnum):
    PROPORTIONAL = "PROPORTIONAL"
    PRINCIPAL_FIRST = "PRINCIPAL_FIRST"


class Wallet(Model):
    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(unique=True)
    status = fields.CharEnumField(WalletStatus, max_length=10, default=WalletStatus.ACTIVE)
    pay_mode = fields.CharEnumField(PayMode, max_length=20, default=PayMode.PROPORTIONAL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallets"


class RechargeRule(Model):
    """Pay `pay_cents` or more, get `bonus_cents`; optionally by level, channel and window."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    pay_cents = fields.BigIntField()
    bonus_cents = fields.BigIntField()
    level_codes: list[Any] = fields.JSONField(default=list)
    channels: list[Any] = fields.JSONField(default=list)
    starts_at = fields.DatetimeField(null=True)
    ends_at = fields.DatetimeField(null=True)
    priority = fields.IntField(default=0)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "wallet_recharge_rules"


class Recharge(Model):
    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    amount_cents = fields.BigIntField()
    bonus_cents = fields.BigIntField()
    rule_id = fields.IntField(null=True)
    channel = fields.CharField(max_length=20)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_recharges"


class Payment(Model):
    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    order_ref = fields.CharField(max_length=100)
    amount_cents = fields.BigIntField()
    principal_cents = fields.BigIntField()
    bonus_cents = fields.BigIntField()
    refunded_principal_cents = fields.BigIntField(default=0)
    refunded_bonus_cents = fields.BigIntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_payments"


class PaymentRefund(Model):
    id = fields.BigIntField(primary_key=True)
    payment_id = fields.BigIntField(db_index=True)
    idempotency_key = fields.CharField(max_length=200, unique=True)
    amount_cents = fields.BigIntField()
    principal_cents = fields.BigIntField()
    bonus_cents = fields.BigIntField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "wallet_payment_refunds"


class GiftCardState(StrEnum):
    ISSUED = "ISSUED"  # printed or sent, not yet activated
    ACTIVE = "ACTIVE"  # bound to a member, spendable
    TRANSFERRING = "TRANSFERRING"  # its holder sent it on; the next activation takes it
    VOID = "VOID"


class GiftCard(Model):
    """A stored-value card with a secret code; its balance is a ledger account of its own."""

    id = fields.BigIntField(primary_key=True)
    code_hash = fields.CharField(max_length=64, unique=True, description="SHA-256 of the code.")
    code_tail = fields.CharField(max_length=4, description="Last characters, for display.")
    face_cents = fields.BigIntField()
    state = fields.CharEnumField(GiftCardState, max_length=12, default=GiftCardState.ISSUED)
    member_id = fields.BigIntField(null=True, db_index=True)
    account_id = fields.BigIntField(null=True)
    batch = fields.CharField(max_length=64, default="")
    expires_at = fields.DatetimeField()
    activated_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "gift_cards"
