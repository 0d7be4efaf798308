"""Pure ledger rules: amount checks, lot allocation for debits and reversals, balance invariants.

Plain data in, plain data out; the services run these inside the account's row lock and write
what they return. Lots are consumed soonest-expiring first (lots that never expire last), then
oldest earned, then lowest id, so the order is total and the same in SQL and in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.errors import DomainError, ErrorCode, InvalidAmount


class InsufficientBalance(DomainError):
    """The account (or the lots offered) does not hold the amount asked for."""

    code = ErrorCode.INSUFFICIENT_BALANCE

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        code: ErrorCode | None = None,
        available: int | None = None,
        requested: int | None = None,
    ) -> None:
        super().__init__(message, field=field, code=code)
        self.available = available
        self.requested = requested


class InsufficientPoints(InsufficientBalance):
    """A points account does not hold the points asked for."""

    code = ErrorCode.INSUFFICIENT_POINTS


class LedgerDrift(DomainError):
    """Entries do not add up to a valid balance."""

    code = ErrorCode.LEDGER_DRIFT


class EntryKind(StrEnum):
    """Kinds of ledger entries; the values equal those of `domain.ledger.models.EntryKind`."""

    CREDIT = "CREDIT"
    DEBIT = "DEBIT"
    EXPIRE = "EXPIRE"
    FREEZE = "FREEZE"
    UNFREEZE = "UNFREEZE"
    CONSUME_FROZEN = "CONSUME_FROZEN"
    REVERSE = "REVERSE"
    ADJUST = "ADJUST"


@dataclass(frozen=True)
class LotView:
    """What allocation needs to know of a lot."""

    id: int
    remaining: int
    earned_at: datetime
    expires_at: datetime | None = None
    source: str = ""


@dataclass(frozen=True)
class ReversalPlan:
    """The lots a reversal reduces, and what it could not take back."""

    takes: list[tuple[int, int]]
    shortfall: int


@dataclass(frozen=True)
class Balances:
    """Available and frozen amounts of an account."""

    available: int
    frozen: int


def require_positive_int(value: object, field: str) -> int:
    """Return `value` if it is a positive int; reject zero, negatives, bools and non-ints."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidAmount("Amount must be a positive whole number.", field=field)
    return value


def require_non_negative_int(value: object, field: str) -> int:
    """Return `value` if it is an int of zero or more; reject negatives, bools and non-ints."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidAmount("Amount must be a whole number of zero or more.", field=field)
    return value


def consumption_key(lot: LotView) -> tuple[bool, datetime | None, datetime, int]:
    """Sort key of the consumption order: soonest expiry (never-expiring last), oldest, id."""
    return (lot.expires_at is None, lot.expires_at, lot.earned_at, lot.id)


def spendable_lots(lots: Iterable[LotView], now: datetime | None = None) -> list[LotView]:
    """Lots with something left (and not yet expired at `now`), in consumption order."""
    usable = [
        lot
        for lot in lots
        if lot.remaining > 0 and (now is None or lot.expires_at is None or lot.expires_at > now)
    ]
    # Two None expiries compare equal, so ordering falls through to earned_at and id.
    return sorted(usable, key=consumption_key)


def take_in_order(lots: Sequence[LotView], amount: int) -> list[tuple[int, int]]:
    """Take up to `amount` from lots in the given order; fewer if they do not hold enough."""
    takes: list[tuple[int, int]] = []
    need = amount
    for lot in lots:
        if need <= 0:
            break
        take = min(need, lot.remaining)
        if take > 0:
            takes.append((lot.id, take))
            need -= take
    return takes


def allocate_debit(
    lots: Iterable[LotView],
    amount: int,
    *,
    now: datetime | None = None,
    field: str = "amount",
    error: type[InsufficientBalance] = InsufficientBalance,
) -> list[tuple[int, int]]:
    """Split a debit over lots as (lot_id, take), soonest expiry first; raise `error` if short."""
    require_positive_int(amount, field)
    ordered = spendable_lots(lots, now)
    available = sum(lot.remaining for lot in ordered)
    if available < amount:
        raise error(
            f"Balance {available} does not cover {amount}.",
            field=field,
            available=available,
            requested=amount,
        )
    return take_in_order(ordered, amount)


def allocate_reversal(
    lots: Iterable[LotView],
    source: str,
    amount: int,
    *,
    take_rest_from_other_lots: bool = False,
    field: str = "amount",
) -> ReversalPlan:
    """Reduce the lots a credit created (`source`) by `amount`, reporting what was already spent.

    The credit's own lots go first, in consumption order. What they no longer hold was spent;
    with `take_rest_from_other_lots` it is taken from the account's other lots (same order),
    and whatever is still missing is the shortfall the caller records or writes off.
    """
    require_positive_int(amount, field)
    pool = spendable_lots(lots)
    own = [lot for lot in pool if lot.source == source]
    takes = take_in_order(own, amount)
    missing = amount - sum(take for _, take in takes)
    if missing and take_rest_from_other_lots:
        extra = take_in_order([lot for lot in pool if lot.source != source], missing)
        takes += extra
        missing -= sum(take for _, take in extra)
    return ReversalPlan(takes=takes, shortfall=missing)


_NEGATIVE_KINDS = {EntryKind.DEBIT, EntryKind.EXPIRE, EntryKind.REVERSE, EntryKind.FREEZE}


def entry_effect(kind: str, amount: int) -> Balances:
    """The change an entry makes to available and frozen, checking the sign its kind needs.

    `amount` is the entry's signed effect on available, except for CONSUME_FROZEN, which does
    not touch available and carries its (negative) effect on frozen.
    """
    entry_kind = EntryKind(kind)
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise InvalidAmount("Entry amounts are whole numbers.", field="amount")
    if entry_kind is EntryKind.CREDIT or entry_kind is EntryKind.UNFREEZE:
        valid = amount > 0
    elif entry_kind is EntryKind.ADJUST:
        valid = amount != 0
    else:
        valid = amount < 0
    if not valid:
        raise InvalidAmount(f"{entry_kind} entry has amount {amount}.", field="amount")
    if entry_kind is EntryKind.CONSUME_FROZEN:
        return Balances(available=0, frozen=amount)
    if entry_kind is EntryKind.FREEZE or entry_kind is EntryKind.UNFREEZE:
        return Balances(available=amount, frozen=-amount)
    return Balances(available=amount, frozen=0)


def balances_from_entries(
    entries: Iterable[tuple[str, int]], *, allow_negative: bool = False
) -> Balances:
    """Replay (kind, signed amount) entries in order into available and frozen, proving both
    stay valid: frozen never below zero, available below zero only when allowed."""
    available = frozen = 0
    for position, (kind, amount) in enumerate(entries):
        effect = entry_effect(kind, amount)
        available += effect.available
        frozen += effect.frozen
        if frozen < 0 or (available < 0 and not allow_negative):
            raise LedgerDrift(
                f"Entry {position} ({kind} {amount}) leaves available {available}, "
                f"frozen {frozen}.",
                field="entries",
            )
    return Balances(available=available, frozen=frozen)


def balance_drift(
    entries: Iterable[tuple[str, int]], cached: Balances, *, allow_negative: bool = False
) -> Balances:
    """Cached balances minus what the entries prove (zero in both: the cache is right)."""
    proven = balances_from_entries(entries, allow_negative=allow_negative)
    return Balances(cached.available - proven.available, cached.frozen - proven.frozen)
