"""Stored-value wallet: recharge with bonus rules, pay, refund a payment, withdraw unused
principal, lock, unlock, close. Same guarantees as points: every call is idempotent on its key
and both accounts are locked before the balance is read."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import config_history, db
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound
from domain.ledger import reads as ledger_reads
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.ledger.service import Meta
from domain.wallet import split
from domain.wallet.models import (
    Payment,
    PaymentRefund,
    PayMode,
    Recharge,
    RechargeRule,
    Wallet,
    WalletStatus,
)

PRINCIPAL = "WALLET:PRINCIPAL"
BONUS = "WALLET:BONUS"
MAX_RECHARGE_CENTS = 10_000_000  # 100,000.00 in one recharge

LevelLookup = Callable[[int], Awaitable[str | None]]
_level_lookup: LevelLookup | None = None


def register_level_lookup(lookup: LevelLookup) -> None:
    """Levels tell the wallet a member's level code (for level-only recharge rules)."""
    global _level_lookup
    _level_lookup = lookup


@dataclass(frozen=True)
class Balances:
    wallet: Wallet
    principal: int
    bonus: int


async def _wallet(member_id: int, *, for_update: bool = False) -> Wallet:
    await db.execute(
        "INSERT INTO wallets (member_id, status, pay_mode, created_at) "
        "VALUES ($1, 'ACTIVE', 'PROPORTIONAL', now()) ON CONFLICT (member_id) DO NOTHING",
        member_id,
    )
    query = Wallet.filter(member_id=member_id)
    if for_update:
        query = query.select_for_update()
    wallet = await query.first()
    assert wallet is not None
    return wallet


def _require_active(wallet: Wallet) -> None:
    if wallet.status == WalletStatus.LOCKED:
        raise InvalidState("The wallet is locked.", field="memberId", code=ErrorCode.WALLET_LOCKED)
    if wallet.status == WalletStatus.CLOSED:
        raise InvalidState("The wallet is closed.", field="memberId", code=ErrorCode.WALLET_CLOSED)


async def _accounts(member_id: int) -> tuple[Account, Account]:
    principal = await ledger.open_account(member_id, PRINCIPAL)
    bonus = await ledger.open_account(member_id, BONUS)
    for account in sorted((principal, bonus), key=lambda a: a.id):
        await ledger.lock_account(account.id)
    return (await Account.get(id=principal.id), await Account.get(id=bonus.id))


async def balances(member_id: int) -> Balances:
    """The wallet and its principal and bonus balances; reading creates nothing."""
    (found,) = await balances_of([member_id])
    return found


async def balances_of(member_ids: Sequence[int]) -> list[Balances]:
    """Each member's wallet and balances, aligned to the ids, in two statements. A member
    without a wallet reads an unsaved active one with zero balances."""
    wallets = {w.member_id: w for w in await Wallet.filter(member_id__in=list(member_ids))}
    accounts = {
        (a.member_id, a.asset): a.available
        for a in await ledger_reads.accounts_of(member_ids, [PRINCIPAL, BONUS])
    }
    return [
        Balances(
            wallets.get(m) or Wallet(member_id=m),
            accounts.get((m, PRINCIPAL), 0),
            accounts.get((m, BONUS), 0),
        )
        for m in member_ids
    ]


async def recharge(
    *, member_id: int, amount_cents: int, channel: str, key: str, operator: str
) -> Recharge:
    """Add principal and the best applicable bonus. Idempotent on `key`."""
    ledger.require_positive(amount_cents, "amountCents")
    if amount_cents > MAX_RECHARGE_CENTS:
        raise DomainError(
            "The recharge is over the limit.", field="amountCents", code=ErrorCode.TOO_LARGE
        )
    async with db.transaction():
        wallet = await _wallet(member_id, for_update=True)
        existing = await Recharge.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        _require_active(wallet)
        principal, bonus_account = await _accounts(member_id)
        level = await _level_lookup(member_id) if _level_lookup else None
        rules = [
            split.Rule(
                r.id,
                r.pay_cents,
                r.bonus_cents,
                tuple(r.level_codes),
                tuple(r.channels),
                r.starts_at,
                r.ends_at,
                r.priority,
            )
            for r in await RechargeRule.filter(active=True)
        ]
        rule = split.pick_rule(rules, amount_cents, level, channel, utc_now())
        meta = Meta(source=f"recharge:{key}", reason="recharge", operator=operator)
        await ledger.credit(principal.id, amount_cents, f"recharge:{key}", meta)
        bonus = rule.bonus_cents if rule else 0
        if rule is not None and bonus:
            await ledger.credit(
                bonus_account.id,
                bonus,
                f"recharge:{key}",
                Meta(source=f"recharge:{key}", reason=f"bonus rule {rule.id}", operator=operator),
            )
        return await Recharge.create(
            member_id=member_id,
            idempotency_key=key,
            amount_cents=amount_cents,
            bonus_cents=bonus,
            rule_id=rule.id if rule else None,
            channel=channel,
        )


async def pay(
    *, member_id: int, amount_cents: int, order_ref: str, key: str, operator: str
) -> Payment:
    """Pay from the wallet, bonus used per the wallet's mode. Idempotent on `key`;
    INSUFFICIENT_BALANCE when principal and bonus together do not cover it."""
    ledger.require_positive(amount_cents, "amountCents")
    async with db.transaction():
        wallet = await _wallet(member_id, for_update=True)
        existing = await Payment.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        _require_active(wallet)
        principal, bonus = await _accounts(member_id)
        parts = split.split_payment(
            max(principal.available, 0),
            max(bonus.available, 0),
            amount_cents,
            PayMode(wallet.pay_mode).value,
        )
        if parts is None:
            raise DomainError(
                "The wallet balance does not cover this payment.",
                field="amountCents",
                code=ErrorCode.INSUFFICIENT_BALANCE,
            )
        meta = Meta(source=f"pay:{order_ref}", reason="payment", operator=operator)
        if parts[0]:
            await ledger.debit(principal.id, parts[0], f"pay:{key}", meta)
        if parts[1]:
            await ledger.debit(bonus.id, parts[1], f"pay:{key}", meta)
        return await Payment.create(
            member_id=member_id,
            idempotency_key=key,
            order_ref=order_ref,
            amount_cents=amount_cents,
            principal_cents=parts[0],
            bonus_cents=parts[1],
        )


async def get_payment(payment_id: int) -> Payment:
    """A wallet payment by id."""
    return await Payment.get(id=payment_id)


async def get_recharge(recharge_id: int) -> Recharge:
    """A recharge by id."""
    return await Recharge.get(id=recharge_id)


async def get_payment_refund(refund_id: int) -> PaymentRefund:
    """A payment refund by id."""
    return await PaymentRefund.get(id=refund_id)


async def refund_payment(
    *, payment_id: int, amount_cents: int, key: str, operator: str
) -> PaymentRefund:
    """Give (part of) a payment back in the proportion it was paid; never more than was paid.
    Idempotent on `key`."""
    ledger.require_positive(amount_cents, "amountCents")
    async with db.transaction():
        payment = await Payment.filter(id=payment_id).select_for_update().first()
        if payment is None:
            raise NotFound("No such payment.", field="paymentId")
        # Looked up under the payment's lock, so a concurrent copy finds the first one's refund.
        existing = await PaymentRefund.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        refunded = payment.refunded_principal_cents + payment.refunded_bonus_cents
        if refunded + amount_cents > payment.amount_cents:
            raise DomainError(
                f"At most {payment.amount_cents - refunded} can be refunded.",
                field="amountCents",
                code=ErrorCode.REFUND_EXCEEDS_PAID,
            )
        to_principal, to_bonus = split.split_refund(
            payment.principal_cents, payment.bonus_cents, refunded, amount_cents
        )
        principal, bonus = await _accounts(payment.member_id)
        meta = Meta(
            source=f"refund:{payment.order_ref}", reason="payment refund", operator=operator
        )
        if to_principal:
            await ledger.credit(principal.id, to_principal, f"refund:{key}", meta)
        if to_bonus:
            await ledger.credit(bonus.id, to_bonus, f"refund:{key}", meta)
        await Payment.filter(id=payment.id).update(
            refunded_principal_cents=payment.refunded_principal_cents + to_principal,
            refunded_bonus_cents=payment.refunded_bonus_cents + to_bonus,
        )
        return await PaymentRefund.create(
            payment_id=payment.id,
            idempotency_key=key,
            amount_cents=amount_cents,
            principal_cents=to_principal,
            bonus_cents=to_bonus,
        )


async def withdraw_principal(
    *, member_id: int, key: str, operator: str, amount_cents: int | None = None
) -> int:
    """Refund unused principal to the member (all of it by default); bonus is never paid out.
    Returns the cents withdrawn. Idempotent on `key`."""
    async with db.transaction():
        await _wallet(member_id, for_update=True)
        principal, _ = await _accounts(member_id)
        if await ledger.find_entry(principal.id, f"withdraw:{key}"):
            entry = await ledger.find_entry(principal.id, f"withdraw:{key}")
            return -entry.amount if entry else 0
        amount = principal.available if amount_cents is None else amount_cents
        if amount <= 0:
            return 0
        await ledger.debit(
            principal.id,
            amount,
            f"withdraw:{key}",
            Meta(source="withdraw", reason="unused principal refunded", operator=operator),
            field="amountCents",
        )
        return amount


async def set_status(*, member_id: int, status: WalletStatus, operator: str) -> Wallet:
    """Lock, unlock or close. Closing refunds unused principal and voids the bonus."""
    async with db.transaction():
        wallet = await _wallet(member_id, for_update=True)
        if wallet.status == WalletStatus.CLOSED:
            raise InvalidState(
                "The wallet is closed.", field="memberId", code=ErrorCode.WALLET_CLOSED
            )
        if status == WalletStatus.CLOSED:
            await withdraw_principal(member_id=member_id, key="close", operator=operator)
            _, bonus = await _accounts(member_id)
            if bonus.available > 0:
                await ledger.debit(
                    bonus.id,
                    bonus.available,
                    "close",
                    Meta(source="close", reason="bonus void on close", operator=operator),
                )
        await Wallet.filter(id=wallet.id).update(status=status)
    return await Wallet.get(id=wallet.id)


async def define_recharge_rule(**values: Any) -> RechargeRule:
    """A bonus rule (pay at least X, get Y)."""
    pay_cents, bonus_cents = values["pay_cents"], values["bonus_cents"]
    if not isinstance(pay_cents, int) or pay_cents <= 0:
        raise DomainError(
            "payCents must be positive.", field="payCents", code=ErrorCode.INVALID_AMOUNT
        )
    if not isinstance(bonus_cents, int) or bonus_cents < 0:
        raise DomainError(
            "bonusCents must not be negative.", field="bonusCents", code=ErrorCode.INVALID_AMOUNT
        )
    return await config_history.create(RechargeRule, "RechargeRule", **values)


@dataclass(frozen=True, slots=True)
class WalletMovement:
    id: int
    side: str  # PRINCIPAL or BONUS
    kind: str
    amount_cents: int
    source: str
    reason: str
    created_at: datetime


async def statement(member_id: int, *, before_id: int | None, limit: int) -> list[WalletMovement]:
    """Wallet movements newest first, with the side (principal or bonus)."""
    rows = await ledger_reads.entries(
        member_id, ["WALLET:PRINCIPAL", "WALLET:BONUS"], before_id=before_id, limit=limit
    )
    return [_movement(r) for r in rows]


async def movements_by_ids(ids: Sequence[int]) -> list[tuple[int, WalletMovement] | None]:
    """(member id, wallet movement) aligned to entry ids; None where unknown or not wallet."""
    rows = await ledger_reads.entries_by_ids(ids, "WALLET:")
    return [(int(r["member_id"]), _movement(r)) if r is not None else None for r in rows]


def _movement(r: dict[str, Any]) -> WalletMovement:
    return WalletMovement(
        id=r["id"],
        side=r["asset"].removeprefix("WALLET:"),
        kind=r["kind"],
        amount_cents=int(r["amount"]),
        source=r["source"],
        reason=r["reason"],
        created_at=r["created_at"],
    )


async def payments_by_ids(ids: Sequence[int]) -> list[Payment | None]:
    """Wallet payments aligned to ids (None where unknown)."""
    return await db.rows_by_ids(Payment, ids)
