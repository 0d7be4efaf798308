"""Merge hook: when members merge, the absorbed member's value moves to the survivor."""

from __future__ import annotations

from domain import db
from domain.clock import utc_now
from domain.ledger.models import Entry, EntryKind
from domain.ledger.service import (
    Meta,
    _allocate,
    _frozen_left,
    _lock,
    _spendable_lots,
    _write_entry,
    find_entry,
    open_account,
    take_in_order,
    unfreeze,
)
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: the absorbed member's remaining lots move to the survivor's accounts with
    their expiry and funding party; a debt moves as a debt, and what a pending order froze is
    frozen again on the survivor's account under the same key. Entries on both sides say so."""
    accounts = await db.fetch(
        "SELECT id, asset, allow_negative FROM ledger_accounts WHERE member_id = $1 ORDER BY id",
        absorbed_id,
    )
    meta = Meta(source=f"merge:{absorbed_id}", reason="members merged", operator="oneid")
    for account in accounts:
        target = await open_account(
            survivor_id, account["asset"], allow_negative=account["allow_negative"]
        )
        await _lock(account["id"], require_active=False)
        await _lock(target.id, require_active=False)
        freezes = await _release_freezes(account["id"], absorbed_id, meta)
        await _move_lots(account["id"], target.id, absorbed_id, meta)
        available = await db.fetch_one(
            "SELECT available FROM ledger_accounts WHERE id = $1", account["id"]
        )
        if available is not None and available["available"] < 0:
            debt = int(available["available"])
            await _write_entry(
                account["id"], EntryKind.ADJUST, f"merge-debt-out:{absorbed_id}", meta, amount=-debt
            )
            await _write_entry(
                target.id, EntryKind.ADJUST, f"merge-debt-in:{absorbed_id}", meta, amount=debt
            )
        await _refreeze(target.id, freezes, meta)


async def _release_freezes(account_id: int, absorbed_id: int, meta: Meta) -> list[tuple[str, int]]:
    """Unfreeze what is still frozen on the account; returns (freeze key, amount) to redo."""
    freezes = await Entry.filter(account_id=account_id, kind=EntryKind.FREEZE).order_by("id")
    released = []
    for frozen in freezes:
        left = await _frozen_left(frozen)
        if left > 0:
            key = f"merge-unfreeze:{absorbed_id}:{frozen.id}"
            await unfreeze(account_id, frozen.idempotency_key, key, meta, left)
            released.append((frozen.idempotency_key, left))
    return released


async def _refreeze(account_id: int, freezes: list[tuple[str, int]], meta: Meta) -> None:
    # Like freeze(), but a locked survivor account must not stop the merge.
    for key, amount in freezes:
        if await find_entry(account_id, key) is not None:
            continue  # the survivor froze under the same key: the absorbed part stays available
        takes = take_in_order(await _spendable_lots(account_id, utc_now()), amount)
        taken = sum(t for _, t in takes)
        entry = await _write_entry(
            account_id, EntryKind.FREEZE, key, meta, amount=-taken, frozen_delta=taken
        )
        await _allocate(entry.id, takes)


async def _move_lots(account_id: int, target_id: int, absorbed_id: int, meta: Meta) -> None:
    lots = await db.fetch(
        "SELECT id, remaining, earned_at, expires_at, funding_party, carry_percent, "
        "carry_expires_at FROM ledger_lots WHERE account_id = $1 AND remaining > 0 ORDER BY id",
        account_id,
    )
    for lot in lots:
        remaining = int(lot["remaining"])
        out = await _write_entry(
            account_id,
            EntryKind.DEBIT,
            f"merge-out:{absorbed_id}:{lot['id']}",
            meta,
            amount=-remaining,
        )
        await _allocate(out.id, [(lot["id"], remaining)])
        moved = await _write_entry(
            target_id,
            EntryKind.CREDIT,
            f"merge-in:{absorbed_id}:{lot['id']}",
            meta,
            amount=remaining,
            ref_entry_id=out.id,
        )
        await db.execute(
            """INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at,
                                        source, funding_party, entry_id, expired,
                                        carry_percent, carry_expires_at)
               VALUES ($1, $2, $2, $3, $4, $5, $6, $7, false, $8, $9)""",
            target_id,
            remaining,
            lot["earned_at"],
            lot["expires_at"],
            f"merge:{absorbed_id}",
            lot["funding_party"],
            moved.id,
            lot["carry_percent"],
            lot["carry_expires_at"],
        )


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "ledger_accounts",
        "member_id",
        MergeRule.COMBINE,
        "one account per member and asset: remaining lots move into the survivor's account of "
        "the same asset with their expiry, a debt as a debt, a freeze as a freeze under its key; "
        "the emptied account keeps its entries",
    ),
)
