"""Merge hook: when members merge, the absorbed member's value moves to the survivor."""

from __future__ import annotations

from domain import db
from domain.ledger.models import EntryKind
from domain.ledger.service import Meta, _allocate, _lock, _write_entry, open_account
from domain.members import hooks as member_hooks
from domain.members.hooks import MemberColumn, MergeRule


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: the absorbed member's remaining lots move to the survivor's accounts with
    their expiry and funding party; a debt moves as a debt. Entries on both sides say so."""
    accounts = await db.fetch(
        "SELECT id, asset, available, allow_negative FROM ledger_accounts WHERE member_id = $1 "
        "ORDER BY id",
        absorbed_id,
    )
    for account in accounts:
        target = await open_account(
            survivor_id, account["asset"], allow_negative=account["allow_negative"]
        )
        await _lock(account["id"], require_active=False)
        await _lock(target.id, require_active=False)
        meta = Meta(source=f"merge:{absorbed_id}", reason="members merged", operator="oneid")
        lots = await db.fetch(
            "SELECT id, remaining, earned_at, expires_at, funding_party, carry_percent, "
            "carry_expires_at FROM ledger_lots WHERE account_id = $1 AND remaining > 0 "
            "ORDER BY id",
            account["id"],
        )
        for lot in lots:
            out = await _write_entry(
                account["id"],
                EntryKind.DEBIT,
                f"merge-out:{absorbed_id}:{lot['id']}",
                meta,
                amount=-int(lot["remaining"]),
            )
            await _allocate(out.id, [(lot["id"], int(lot["remaining"]))])
            moved = await _write_entry(
                target.id,
                EntryKind.CREDIT,
                f"merge-in:{absorbed_id}:{lot['id']}",
                meta,
                amount=int(lot["remaining"]),
                ref_entry_id=out.id,
            )
            await db.execute(
                """INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at,
                                            source, funding_party, entry_id, expired,
                                            carry_percent, carry_expires_at)
                   VALUES ($1, $2, $2, $3, $4, $5, $6, $7, false, $8, $9)""",
                target.id,
                int(lot["remaining"]),
                lot["earned_at"],
                lot["expires_at"],
                f"merge:{absorbed_id}",
                lot["funding_party"],
                moved.id,
                lot["carry_percent"],
                lot["carry_expires_at"],
            )
        if account["available"] < 0:
            debt = int(account["available"])
            await _write_entry(
                account["id"], EntryKind.ADJUST, f"merge-debt-out:{absorbed_id}", meta, amount=-debt
            )
            await _write_entry(
                target.id, EntryKind.ADJUST, f"merge-debt-in:{absorbed_id}", meta, amount=debt
            )


member_hooks.declare_merge_rules(
    "ledger",
    MemberColumn(
        "ledger_accounts",
        "member_id",
        MergeRule.COMBINE,
        "one account per member and asset: remaining lots move into the survivor's account of "
        "the same asset with their expiry, a debt as a debt; the emptied account keeps its entries",
    ),
)
member_hooks.register_merge_hook("ledger", move_on_merge)
