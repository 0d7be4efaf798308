"""The ledger core every value type uses: credit, debit, freeze, unfreeze, reverse, expire, adjust.

Every operation takes the account's row lock first, so operations on one account are serialised
by PostgreSQL and nothing is read-modified-written across an await without that lock. Every
operation is idempotent on (account, idempotency key): a replay returns the first entry and
changes nothing. Debits consume lots expiring soonest first, then oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import db, dirty, metrics
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode, InvalidState, NotFound
from domain.ledger.models import Account, AccountStatus, Entry, EntryKind


class InsufficientBalance(DomainError):
    code = ErrorCode.INSUFFICIENT_BALANCE


@dataclass(frozen=True)
class Movement:
    """The entry an operation wrote, or found when the same key was used before."""

    entry: Entry
    replayed: bool


@dataclass(frozen=True)
class Meta:
    """Who and why, recorded on the entry."""

    source: str = ""
    reason: str = ""
    operator: str = ""


def require_positive(amount: Any, field: str) -> int:
    """Amounts are positive integers (no zero, negative, fractional or boolean amounts)."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise DomainError(
            "Amount must be a positive whole number.", field=field, code=ErrorCode.INVALID_AMOUNT
        )
    return amount


async def open_account(member_id: int, asset: str, *, allow_negative: bool = False) -> Account:
    """The member's account for an asset, created on first use."""
    existing = await Account.get_or_none(member_id=member_id, asset=asset)
    if existing is not None:
        return existing
    await db.execute(
        """INSERT INTO ledger_accounts (member_id, asset, available, frozen, allow_negative,
                                        status, created_at, updated_at)
           VALUES ($1, $2, 0, 0, $3, 'ACTIVE', now(), now())
           ON CONFLICT (member_id, asset) DO NOTHING""",
        member_id,
        asset,
        allow_negative,
    )
    return await Account.get(member_id=member_id, asset=asset)


async def reassign_account(account_id: int, member_id: int) -> None:
    """Hand a whole account to another member (an asset that belongs to one object, such as
    a gift card, changing hands); its entries and lots stay with it."""
    await db.execute(
        "UPDATE ledger_accounts SET member_id = $2, updated_at = now() WHERE id = $1",
        account_id,
        member_id,
    )


async def find_account(member_id: int, asset: str) -> Account | None:
    """The member's account for an asset, if it exists."""
    return await Account.get_or_none(member_id=member_id, asset=asset)


async def _lock(account_id: int, *, require_active: bool = True) -> dict[str, Any]:
    row = await db.fetch_one(
        "SELECT id, available, frozen, allow_negative, status FROM ledger_accounts "
        "WHERE id = $1 FOR UPDATE",
        account_id,
    )
    if row is None:
        raise NotFound("Account not found.", field="accountId")
    if require_active and row["status"] != AccountStatus.ACTIVE:
        code = ErrorCode.WALLET_CLOSED if row["status"] == "CLOSED" else ErrorCode.WALLET_LOCKED
        raise InvalidState(f"The account is {row['status'].lower()}.", field="accountId", code=code)
    return row


async def lock_account(account_id: int) -> None:
    """Take an account's row lock in the caller's transaction (to read then write safely)."""
    await _lock(account_id, require_active=False)


async def find_entry(account_id: int, key: str) -> Entry | None:
    """The entry an idempotency key produced on an account, if any."""
    return await Entry.get_or_none(account_id=account_id, idempotency_key=key)


async def _replay(account_id: int, key: str) -> Movement | None:
    row = await db.fetch_one(
        "SELECT * FROM ledger_entries WHERE account_id = $1 AND idempotency_key = $2",
        account_id,
        key,
    )
    return Movement(Entry._init_from_db(**row), True) if row else None


async def _write_entry(
    account_id: int,
    kind: EntryKind,
    key: str,
    meta: Meta,
    *,
    amount: int,
    frozen_delta: int = 0,
    shortfall: int = 0,
    ref_entry_id: int | None = None,
) -> Entry:
    row = await db.fetch_one(
        """INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall,
                                       idempotency_key, ref_entry_id, source, reason, operator,
                                       created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *""",
        account_id,
        kind.value,
        amount,
        frozen_delta,
        shortfall,
        key[:200],
        ref_entry_id,
        meta.source[:100],
        meta.reason[:200],
        meta.operator[:100],
        utc_now(),  # the clock lots expire by, not the database's: windows compare them
    )
    assert row is not None
    await dirty.mark_moments("ledger", [row["created_at"]])
    if amount or frozen_delta:
        account = await db.fetch_one(
            "UPDATE ledger_accounts SET available = available + $2, frozen = frozen + $3, "
            "updated_at = now() WHERE id = $1 RETURNING asset",
            account_id,
            amount,
            frozen_delta,
        )
        if account is not None:
            metrics.ledger_written(account["asset"], kind.value, amount)
    return Entry._init_from_db(**row)  # built from RETURNING *, no second read


async def _allocate(entry_id: int, takes: list[tuple[int, int]]) -> None:
    """Record and apply lot allocations: positive takes from a lot, negative gives back."""
    if not takes:
        return
    lot_ids = [lot for lot, _ in takes]
    amounts = [amount for _, amount in takes]
    await db.execute(
        """UPDATE ledger_lots l SET remaining = l.remaining - t.amount
             FROM unnest($1::bigint[], $2::bigint[]) AS t(lot_id, amount)
            WHERE l.id = t.lot_id""",
        lot_ids,
        amounts,
    )
    await db.execute(
        """INSERT INTO ledger_allocations (entry_id, lot_id, amount)
           SELECT $1, t.lot_id, t.amount
             FROM unnest($2::bigint[], $3::bigint[]) AS t(lot_id, amount)""",
        entry_id,
        lot_ids,
        amounts,
    )


async def _spendable_lots(
    account_id: int, now: datetime, first: int | None = None
) -> list[dict[str, Any]]:
    return await db.fetch(
        """SELECT id, remaining FROM ledger_lots
            WHERE account_id = $1 AND remaining > 0 AND (expires_at IS NULL OR expires_at > $2)
            ORDER BY (id = $3) DESC, expires_at ASC NULLS LAST, earned_at ASC, id ASC""",
        account_id,
        now,
        first or 0,
    )


def take_in_order(lots: list[dict[str, Any]], amount: int) -> list[tuple[int, int]]:
    """Take `amount` from lots in the given order; fewer if the lots do not hold enough."""
    takes: list[tuple[int, int]] = []
    need = amount
    for lot in lots:
        if need <= 0:
            break
        take = min(need, int(lot["remaining"]))
        if take > 0:
            takes.append((int(lot["id"]), take))
            need -= take
    return takes


async def credit(
    account_id: int,
    amount: int,
    key: str,
    meta: Meta,
    *,
    expires_at: datetime | None = None,
    earned_at: datetime | None = None,
    funding_party: str = "platform",
    kind: EntryKind = EntryKind.CREDIT,
    carry_percent: int = 0,
    carry_expires_at: datetime | None = None,
) -> Movement:
    """Add a lot. A negative balance (debt) is repaid first, so the lot holds only the rest.
    With `carry_percent`, that share of what is left at expiry is carried into a new lot."""
    require_positive(amount, "amount")
    async with db.transaction():
        account = await _lock(account_id)
        if replay := await _replay(account_id, key):
            return replay
        before = int(account["available"])
        entry = await _write_entry(account_id, kind, key, meta, amount=amount)
        lot = await db.fetch_one(
            """INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at,
                                        source, funding_party, entry_id, expired, carry_percent,
                                        carry_expires_at)
               VALUES ($1, $2, $2, $3, $4, $5, $6, $7, false, $8, $9) RETURNING id""",
            account_id,
            amount,
            earned_at or utc_now(),
            expires_at,
            meta.source[:100],
            funding_party[:100],
            entry.id,
            carry_percent,
            carry_expires_at,
        )
        repaid = amount - (max(0, before + amount) - max(0, before))
        if repaid and lot:  # a negative balance is repaid from the new lot first
            await _allocate(entry.id, [(int(lot["id"]), repaid)])
        return Movement(entry, False)


async def debit(
    account_id: int,
    amount: int,
    key: str,
    meta: Meta,
    *,
    insufficient: ErrorCode = ErrorCode.INSUFFICIENT_BALANCE,
    field: str = "amount",
    kind: EntryKind = EntryKind.DEBIT,
) -> Movement:
    """Spend from the lots expiring soonest; INSUFFICIENT_* when the balance does not cover it."""
    require_positive(amount, field)
    async with db.transaction():
        await _lock(account_id)
        if replay := await _replay(account_id, key):
            return replay
        now = utc_now()
        await _expire_due_locked(account_id, now)
        lots = await _spendable_lots(account_id, now)
        takes = take_in_order(lots, amount)
        if sum(t for _, t in takes) < amount:
            raise InsufficientBalance(
                "The balance does not cover this amount.", field=field, code=insufficient
            )
        entry = await _write_entry(account_id, kind, key, meta, amount=-amount)
        await _allocate(entry.id, takes)
        return Movement(entry, False)


async def freeze(
    account_id: int,
    amount: int,
    key: str,
    meta: Meta,
    *,
    insufficient: ErrorCode = ErrorCode.INSUFFICIENT_BALANCE,
) -> Movement:
    """Set value aside (for a pending order): available -> frozen, lots reserved."""
    require_positive(amount, "amount")
    async with db.transaction():
        await _lock(account_id)
        if replay := await _replay(account_id, key):
            return replay
        now = utc_now()
        await _expire_due_locked(account_id, now)
        takes = take_in_order(await _spendable_lots(account_id, now), amount)
        if sum(t for _, t in takes) < amount:
            raise InsufficientBalance(
                "The balance does not cover this amount.", field="amount", code=insufficient
            )
        entry = await _write_entry(
            account_id, EntryKind.FREEZE, key, meta, amount=-amount, frozen_delta=amount
        )
        await _allocate(entry.id, takes)
        return Movement(entry, False)


async def _frozen_left(freeze_entry: Entry) -> int:
    row = await db.fetch_one(
        "SELECT COALESCE(sum(frozen_delta), 0) AS used FROM ledger_entries WHERE ref_entry_id = $1 "
        "AND kind IN ('UNFREEZE', 'CONSUME_FROZEN')",
        freeze_entry.id,
    )
    result: int = freeze_entry.frozen_delta + int(row["used"] if row else 0)
    return result


async def _freeze_entry(account_id: int, freeze_key: str) -> Entry:
    entry = await Entry.get_or_none(
        account_id=account_id, idempotency_key=freeze_key, kind=EntryKind.FREEZE
    )
    if entry is None:
        raise NotFound("No such freeze.", field="freezeKey")
    return entry


async def _release_amount(
    account_id: int, freeze_key: str, amount: int | None
) -> tuple[Entry, int]:
    """The freeze and how much of it to release: all that is left, or a positive part of it."""
    frozen = await _freeze_entry(account_id, freeze_key)
    left = await _frozen_left(frozen)
    amount = left if amount is None else require_positive(amount, "amount")
    if amount <= 0 or amount > left:
        raise DomainError(
            f"Only {left} is still frozen by this freeze.",
            field="amount",
            code=ErrorCode.INSUFFICIENT_FROZEN,
        )
    return frozen, amount


async def unfreeze(
    account_id: int, freeze_key: str, key: str, meta: Meta, amount: int | None = None
) -> Movement:
    """Release what a freeze set aside (all of what is left, or `amount`) back to its lots."""
    async with db.transaction():
        await _lock(account_id, require_active=False)
        if replay := await _replay(account_id, key):
            return replay
        frozen, amount = await _release_amount(account_id, freeze_key, amount)
        entry = await _write_entry(
            account_id,
            EntryKind.UNFREEZE,
            key,
            meta,
            amount=amount,
            frozen_delta=-amount,
            ref_entry_id=frozen.id,
        )
        given_back = await db.fetch(
            """SELECT a.lot_id, a.amount - COALESCE((
                       SELECT sum(-b.amount) FROM ledger_allocations b
                         JOIN ledger_entries e ON e.id = b.entry_id
                        WHERE e.ref_entry_id = $1 AND b.lot_id = a.lot_id), 0) AS remaining
                 FROM ledger_allocations a WHERE a.entry_id = $1 ORDER BY a.id DESC""",
            frozen.id,
        )
        takes = take_in_order(
            [{"id": r["lot_id"], "remaining": r["remaining"]} for r in given_back], amount
        )
        await _allocate(entry.id, [(lot, -take) for lot, take in takes])
        await _expire_due_locked(account_id, utc_now())
        return Movement(entry, False)


async def consume_frozen(
    account_id: int, freeze_key: str, key: str, meta: Meta, amount: int | None = None
) -> Movement:
    """Spend what a freeze set aside (the pending order was paid)."""
    async with db.transaction():
        await _lock(account_id, require_active=False)
        if replay := await _replay(account_id, key):
            return replay
        frozen, amount = await _release_amount(account_id, freeze_key, amount)
        entry = await _write_entry(
            account_id,
            EntryKind.CONSUME_FROZEN,
            key,
            meta,
            amount=0,
            frozen_delta=-amount,
            ref_entry_id=frozen.id,
        )
        return Movement(entry, False)


async def _lot_of_credit(entry_id: int, account_id: int) -> int | None:
    """The lot a credit's value sits in on an account, followed through merge moves."""
    lot = await db.fetch_one("SELECT id, account_id FROM ledger_lots WHERE entry_id = $1", entry_id)
    while lot is not None and lot["account_id"] != account_id:
        lot = await db.fetch_one(
            """SELECT l.id, l.account_id FROM ledger_allocations a
                 JOIN ledger_entries o ON o.id = a.entry_id AND o.idempotency_key LIKE 'merge-out:%'
                 JOIN ledger_entries i ON i.ref_entry_id = o.id
                 JOIN ledger_lots l ON l.entry_id = i.id
                WHERE a.lot_id = $1
                LIMIT 1""",
            lot["id"],
        )
    return lot["id"] if lot else None


async def reverse(
    account_id: int,
    credit_key: str,
    amount: int,
    key: str,
    meta: Meta,
    *,
    credit_account_id: int | None = None,
) -> Movement:
    """Take back (part of) a credit: from its own lot first, then other lots; what is already
    spent makes the balance negative where the account allows it, else it is the shortfall.
    `credit_account_id` names the account the credit was booked on when its lots have since
    moved to this one (a merged member's account)."""
    require_positive(amount, "amount")
    async with db.transaction():
        account = await _lock(account_id, require_active=False)
        if replay := await _replay(account_id, key):
            return replay
        original = await Entry.get_or_none(
            account_id=credit_account_id or account_id, idempotency_key=credit_key
        )
        if original is None:
            raise NotFound("No such credit to reverse.", field="creditKey")
        now = utc_now()
        await _expire_due_locked(account_id, now)
        takes = take_in_order(
            await _spendable_lots(
                account_id, now, first=await _lot_of_credit(original.id, account_id)
            ),
            amount,
        )
        taken = sum(t for _, t in takes)
        missing = amount - taken
        owed = missing if account["allow_negative"] else 0
        entry = await _write_entry(
            account_id,
            EntryKind.REVERSE,
            key,
            meta,
            amount=-(taken + owed),
            shortfall=missing - owed,
            ref_entry_id=original.id,
        )
        await _allocate(entry.id, takes)
        return Movement(entry, False)


async def adjust(
    account_id: int,
    delta: int,
    key: str,
    meta: Meta,
    *,
    insufficient: ErrorCode = ErrorCode.INSUFFICIENT_BALANCE,
) -> Movement:
    """A staff correction: positive adds a lot, negative spends like a debit."""
    if isinstance(delta, bool) or not isinstance(delta, int) or delta == 0:
        raise DomainError(
            "delta must be a non-zero whole number.", field="delta", code=ErrorCode.INVALID_AMOUNT
        )
    if delta > 0:
        return await credit(account_id, delta, key, meta, kind=EntryKind.ADJUST)
    return await debit(
        account_id,
        -delta,
        key,
        meta,
        insufficient=insufficient,
        field="delta",
        kind=EntryKind.ADJUST,
    )


async def _expire_due_locked(account_id: int, now: datetime) -> int:
    """Expire every lot of a locked account whose time has come; returns the amount."""
    due = await db.fetch(
        "SELECT id, remaining, carry_percent, carry_expires_at, funding_party FROM ledger_lots "
        "WHERE account_id = $1 AND remaining > 0 AND expires_at <= $2 ORDER BY expires_at, id",
        account_id,
        now,
    )
    total = 0
    stamp = int(now.timestamp() * 1_000_000)
    for lot in due:
        amount = int(lot["remaining"])
        entry = await _write_entry(
            account_id,
            EntryKind.EXPIRE,
            f"expire:{lot['id']}:{stamp}",
            Meta(source=f"lot:{lot['id']}", reason="expiry"),
            amount=-amount,
        )
        await _allocate(entry.id, [(lot["id"], amount)])
        await db.execute("UPDATE ledger_lots SET expired = true WHERE id = $1", lot["id"])
        carry = amount * int(lot["carry_percent"]) // 100
        if carry > 0:
            carried = await _write_entry(
                account_id,
                EntryKind.CREDIT,
                f"carry:{lot['id']}:{stamp}",
                Meta(source=f"carry:{lot['id']}", reason="decay carry-over"),
                amount=carry,
            )
            await db.execute(
                """INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at,
                                            source, funding_party, entry_id, expired,
                                            carry_percent, carry_expires_at)
                   VALUES ($1, $2, $2, $3, $4, $5, $6, $7, false, 0, NULL)""",
                account_id,
                carry,
                now,
                lot["carry_expires_at"],
                f"carry:{lot['id']}",
                lot["funding_party"],
                carried.id,
            )
        total += amount - carry
    return total


async def expire_due(account_id: int, now: datetime | None = None) -> int:
    """Expire an account's due lots now. Safe to run twice: nothing is due the second time."""
    async with db.transaction():
        await _lock(account_id, require_active=False)
        return await _expire_due_locked(account_id, now or utc_now())


@dataclass(frozen=True, slots=True)
class Drift:
    """An account whose cached balances disagree with its entries or lots."""

    account_id: int
    available: int
    frozen: int
    entries_available: int
    entries_frozen: int
    lots_remaining: int


async def verify(account_id: int | None = None) -> list[Drift]:
    """Accounts whose cached balances differ from their entries or lots (empty: all good)."""
    rows = await db.fetch(
        """
        SELECT a.id AS account_id, a.available, a.frozen,
               COALESCE(e.available, 0) AS entries_available,
               COALESCE(e.frozen, 0) AS entries_frozen,
               COALESCE(l.remaining, 0) AS lots_remaining
          FROM ledger_accounts a
          LEFT JOIN (SELECT account_id, sum(amount) AS available, sum(frozen_delta) AS frozen
                       FROM ledger_entries GROUP BY account_id) e ON e.account_id = a.id
          LEFT JOIN (SELECT account_id, sum(remaining) AS remaining, min(remaining) AS lowest
                       FROM ledger_lots GROUP BY account_id) l ON l.account_id = a.id
         WHERE ($1::bigint IS NULL OR a.id = $1)
           AND (a.available <> COALESCE(e.available, 0) OR a.frozen <> COALESCE(e.frozen, 0)
                OR COALESCE(l.remaining, 0) <> GREATEST(a.available, 0)
                OR COALESCE(l.lowest, 0) < 0 OR a.frozen < 0)
        """,
        account_id,
    )
    return [
        Drift(
            account_id=r["account_id"],
            available=r["available"],
            frozen=r["frozen"],
            entries_available=int(r["entries_available"]),
            entries_frozen=int(r["entries_frozen"]),
            lots_remaining=int(r["lots_remaining"]),
        )
        for r in rows
    ]


async def lots_consistent(account_id: int) -> bool:
    """Every lot's remaining equals its amount less what entries took from it."""
    row = await db.fetch_one(
        """SELECT count(*) AS bad FROM ledger_lots l
            WHERE l.account_id = $1 AND l.remaining <> l.amount - COALESCE(
                  (SELECT sum(amount) FROM ledger_allocations a WHERE a.lot_id = l.id), 0)""",
        account_id,
    )
    return row is not None and int(row["bad"]) == 0


async def set_status(account_id: int, status: AccountStatus) -> Account:
    """Lock, unlock or close an account."""
    async with db.transaction():
        await _lock(account_id, require_active=False)
        await Account.filter(id=account_id).update(status=status)
    return await Account.get(id=account_id)
