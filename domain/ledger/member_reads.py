"""Reads of many members' accounts at once, one statement each whatever the number of members."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from domain import db
from domain.ledger.models import Account


async def accounts_of(member_ids: Sequence[int], assets: Sequence[str]) -> list[Account]:
    """The members' accounts for these assets (members without one have no row)."""
    if not member_ids or not assets:
        return []
    return list(await Account.filter(member_id__in=list(member_ids), asset__in=list(assets)))


async def accounts_with_prefix(member_ids: Sequence[int], prefix: str) -> list[Account]:
    """The members' accounts whose asset starts with `prefix` (e.g. every point type)."""
    if not member_ids:
        return []
    return list(await Account.filter(member_id__in=list(member_ids), asset__startswith=prefix))


async def credited_since(
    member_ids: Sequence[int], since: Sequence[datetime | None], asset: str
) -> dict[int, int]:
    """Per member, credits, adjustments and reversals of `asset` at or after its own instant
    (None: since the beginning); members with nothing are absent."""
    if not member_ids:
        return {}
    rows = await db.fetch(
        """SELECT w.member_id, sum(e.amount) AS amount
             FROM unnest($1::bigint[], $2::timestamptz[]) AS w(member_id, since)
             JOIN ledger_accounts a ON a.member_id = w.member_id AND a.asset = $3
             JOIN ledger_entries e ON e.account_id = a.id
            WHERE (w.since IS NULL OR e.created_at >= w.since)
              AND e.kind IN ('CREDIT', 'ADJUST', 'REVERSE')
            GROUP BY w.member_id""",
        list(member_ids),
        list(since),
        asset,
    )
    return {int(r["member_id"]): int(r["amount"]) for r in rows}


async def lots_expiring(
    member_ids: Sequence[int], asset_prefix: str, after: datetime, until: datetime
) -> list[dict[str, Any]]:
    """Remaining amounts of lots expiring in (after, until], per member, asset and instant,
    soonest first."""
    if not member_ids:
        return []
    return await db.fetch(
        """SELECT a.member_id, a.asset, l.expires_at, sum(l.remaining) AS amount
             FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
            WHERE a.member_id = ANY($1::bigint[]) AND a.asset LIKE $2 AND l.remaining > 0
              AND l.expires_at > $3 AND l.expires_at <= $4
            GROUP BY 1, 2, 3 ORDER BY 3""",
        list(member_ids),
        asset_prefix + "%",
        after,
        until,
    )
