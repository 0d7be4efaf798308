"""Wallet merge rules: one wallet per member, so the survivor's wallet takes the absorbed one's
payments and recharges (the money itself moves with the ledger lots, expiry and all)."""

from __future__ import annotations

from domain import db
from domain.ledger import reads as ledger_reads
from domain.members.hooks import MemberColumn, MergeRule
from domain.wallet import gift_cards


async def move_on_merge(survivor_id: int, absorbed_id: int) -> None:
    """Merge hook: the survivor keeps its wallet (or takes over the absorbed one if it has
    none); a lock on either wallet holds on the survivor's; payments and recharges move, so a
    later refund of an absorbed member's payment is paid into the survivor's wallet."""
    await _combine_wallets(survivor_id, absorbed_id)
    for table in ("wallet_payments", "wallet_recharges"):
        await db.execute(
            f"UPDATE {table} SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
        )
    await _move_gift_cards(survivor_id, absorbed_id)


async def _move_gift_cards(survivor_id: int, absorbed_id: int) -> None:
    """The absorbed member's cards follow their balances, which the ledger has moved to the
    survivor's account of each card's asset."""
    cards = await db.fetch(
        "SELECT id FROM gift_cards WHERE member_id = $1 AND account_id IS NOT NULL", absorbed_id
    )
    assets = {gift_cards.asset_of(int(c["id"])): int(c["id"]) for c in cards}
    for account in await ledger_reads.accounts_of([survivor_id], list(assets)):
        await db.execute(
            "UPDATE gift_cards SET account_id = $2 WHERE id = $1", assets[account.asset], account.id
        )
    await db.execute(
        "UPDATE gift_cards SET member_id = $1 WHERE member_id = $2", survivor_id, absorbed_id
    )


async def _combine_wallets(survivor_id: int, absorbed_id: int) -> None:
    wallets = {
        row["member_id"]: row
        for row in await db.fetch(
            "SELECT id, member_id, status FROM wallets WHERE member_id = ANY($1::bigint[]) "
            "ORDER BY id FOR UPDATE",
            [survivor_id, absorbed_id],
        )
    }
    absorbed, survivor = wallets.get(absorbed_id), wallets.get(survivor_id)
    if absorbed is None or absorbed["status"] == "CLOSED":
        return
    if survivor is None:
        await db.execute(
            "UPDATE wallets SET member_id = $1 WHERE id = $2", survivor_id, absorbed["id"]
        )
        return
    if absorbed["status"] == "LOCKED" and survivor["status"] == "ACTIVE":
        await db.execute("UPDATE wallets SET status = 'LOCKED' WHERE id = $1", survivor["id"])
    # Its money has moved; closing it keeps anything from using the absorbed wallet again.
    await db.execute("UPDATE wallets SET status = 'CLOSED' WHERE id = $1", absorbed["id"])


MERGE_RULES: tuple[MemberColumn, ...] = (
    MemberColumn(
        "wallets",
        "member_id",
        MergeRule.COMBINE,
        "one wallet per member: the survivor's stays (LOCKED if either was), the absorbed one is "
        "closed with its history; a survivor without a wallet takes over an open absorbed one",
    ),
    MemberColumn(
        "wallet_payments",
        "member_id",
        MergeRule.MOVE,
        "refunds of pre-merge payments are paid into the survivor's wallet",
    ),
    MemberColumn(
        "wallet_recharges", "member_id", MergeRule.MOVE, "the survivor's recharge history"
    ),
    MemberColumn(
        "gift_cards",
        "member_id",
        MergeRule.MOVE,
        "the survivor holds the cards, each on the account its balance moved to",
    ),
)
