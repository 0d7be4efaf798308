"""The value-ledger core: accounts, lots and append-only entries with their lot allocations."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class AccountStatus(StrEnum):
    ACTIVE = "ACTIVE"
    LOCKED = "LOCKED"
    CLOSED = "CLOSED"


class EntryKind(StrEnum):
    CREDIT = "CREDIT"
    DEBIT = "DEBIT"
    EXPIRE = "EXPIRE"
    FREEZE = "FREEZE"
    UNFREEZE = "UNFREEZE"
    CONSUME_FROZEN = "CONSUME_FROZEN"
    REVERSE = "REVERSE"
    ADJUST = "ADJUST"


class Account(Model):
    """One member's balance of one asset (a point type, wallet principal, wallet bonus).

    `available` and `frozen` are a cache of the entries; `verify` proves them equal."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    asset = fields.CharField(max_length=40)
    available = fields.BigIntField(default=0)
    frozen = fields.BigIntField(default=0)
    allow_negative = fields.BooleanField(default=False)
    status = fields.CharEnumField(AccountStatus, max_length=10, default=AccountStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "ledger_accounts"
        unique_together = (("member_id", "asset"),)
        indexes = (("asset",),)


class Lot(Model):
    """A credit with what remains of it, when it expires, where it came from and who funds it."""

    id = fields.BigIntField(primary_key=True)
    account_id = fields.BigIntField()
    amount = fields.BigIntField()
    remaining = fields.BigIntField()
    earned_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    source = fields.CharField(max_length=100)
    funding_party = fields.CharField(max_length=100, default="platform")
    entry_id = fields.BigIntField()
    expired = fields.BooleanField(default=False)
    carry_percent = fields.IntField(default=0, description="Share carried over at expiry.")
    carry_expires_at = fields.DatetimeField(null=True, description="Expiry of the carried part.")

    class Meta:
        table = "ledger_lots"
        indexes = (("account_id", "expires_at"), ("expires_at",))


class Entry(Model):
    """An append-only movement: its effect on available and frozen, and why."""

    id = fields.BigIntField(primary_key=True)
    account_id = fields.BigIntField()
    kind = fields.CharEnumField(EntryKind, max_length=20)
    amount = fields.BigIntField(description="Effect on available (signed).")
    frozen_delta = fields.BigIntField(default=0, description="Effect on frozen (signed).")
    shortfall = fields.BigIntField(default=0, description="What could not be taken back.")
    idempotency_key = fields.CharField(max_length=200)
    ref_entry_id = fields.BigIntField(null=True)
    source = fields.CharField(max_length=100, default="")
    reason = fields.CharField(max_length=200, default="")
    operator = fields.CharField(max_length=100, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ledger_entries"
        unique_together = (("account_id", "idempotency_key"),)
        indexes = (("account_id", "created_at"), ("ref_entry_id",))


class Allocation(Model):
    """How much of a lot an entry took (positive) or gave back (negative)."""

    id = fields.BigIntField(primary_key=True)
    entry_id = fields.BigIntField(db_index=True)
    lot_id = fields.BigIntField(db_index=True)
    amount = fields.BigIntField()

    class Meta:
        table = "ledger_allocations"
