"""Expiry: the daily run that expires every due lot of every points account."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from domain.clock import utc_now
from domain.ledger import batch as ledger_batch
from domain.ledger import service as ledger


async def expire_all_due(
    progress: Callable[[int, str], Awaitable[None]] | None = None, batch: int = 500
) -> dict[str, int]:
    """Expire every due lot of every account, in batches (state-driven: safe to run twice)."""
    now = utc_now()
    after, accounts, amount = 0, 0, 0
    while True:
        ids = await ledger_batch.accounts_with_due_lots(now, after, batch)
        if not ids:
            break
        amount += await ledger_batch.expire_due_batch(ids, now)
        for account_id in await ledger_batch.accounts_with_due_lots(now, after, batch, ids):
            amount += await ledger.expire_due(account_id, now)  # lots that carry a share over
        accounts += len(ids)
        after = ids[-1]
        if progress:
            await progress(50, f"{accounts} accounts expired")
    return {"accounts": accounts, "expired": amount}
