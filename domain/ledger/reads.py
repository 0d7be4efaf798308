"""Ledger reads for the areas built on it (points, wallet, levels): accounts and growth of many
members at once, lots about to expire, statements, totals, holdings and the funding-party
clearing, by asset. Kept here because they name the ledger's tables; `growth_sql` and
`holders_expiring_sql` are fragments a set-based statement of another area embeds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from domain import db
from domain.ledger.models import Account, Entry, Lot

# Entry kinds that count as growth: what was earned, adjusted or given back.
GROWTH_KINDS = "('CREDIT', 'ADJUST', 'REVERSE')"


def growth_sql(member_expression: str, asset_placeholder: str, since_expression: str) -> str:
    """A scalar subquery: the sum of a member's credits, adjustments and reversals on an asset
    since an instant (NULL when there are none)."""
    return f"""(SELECT sum(e.amount) FROM ledger_accounts a
                  JOIN ledger_entries e ON e.account_id = a.id
                 WHERE a.member_id = {member_expression} AND a.asset = {asset_placeholder}
                   AND e.kind IN {GROWTH_KINDS} AND e.created_at >= {since_expression})"""


def available_sql(member_expression: str, asset_placeholder: str) -> str:
    """A scalar subquery: the member's available balance of an asset (NULL without account)."""
    return f"""(SELECT a.available FROM ledger_accounts a
                 WHERE a.member_id = {member_expression} AND a.asset = {asset_placeholder})"""


def holders_expiring_sql(asset_pattern: str, after: str, until: str) -> str:
    """A subquery of `member_id`: members with an unspent lot of an asset matching the LIKE
    pattern `asset_pattern` that expires after the instant `after` and at or before `until`
    (each member once)."""
    return f"""SELECT DISTINCT a.member_id
                 FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
                WHERE a.asset LIKE {asset_pattern} AND l.remaining > 0
                  AND l.expires_at > {after} AND l.expires_at <= {until}"""


@dataclass(frozen=True, slots=True)
class ExpiringLots:
    """What remains of one member's lots of one asset that expire at one instant."""

    member_id: int
    asset: str
    expires_at: datetime
    amount: int


async def account(account_id: int) -> Account:
    """One account by id."""
    return await Account.get(id=account_id)


async def entry(entry_id: int) -> Entry:
    """One entry by id."""
    return await Entry.get(id=entry_id)


async def entry_or_none(entry_id: int) -> Entry | None:
    """One entry by id, or None."""
    return await Entry.get_or_none(id=entry_id)


async def lot(lot_id: int) -> Lot | None:
    """One lot by id, or None."""
    return await Lot.get_or_none(id=lot_id)


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
        f"""SELECT w.member_id, sum(e.amount) AS amount
             FROM unnest($1::bigint[], $2::timestamptz[]) AS w(member_id, since)
             JOIN ledger_accounts a ON a.member_id = w.member_id AND a.asset = $3
             JOIN ledger_entries e ON e.account_id = a.id
            WHERE (w.since IS NULL OR e.created_at >= w.since)
              AND e.kind IN {GROWTH_KINDS}
            GROUP BY w.member_id""",
        list(member_ids),
        list(since),
        asset,
    )
    return {int(r["member_id"]): int(r["amount"]) for r in rows}


async def lots_expiring(
    member_ids: Sequence[int], asset_prefix: str, after: datetime, until: datetime
) -> list[ExpiringLots]:
    """Remaining amounts of lots expiring in (after, until], per member, asset and instant,
    soonest first."""
    if not member_ids:
        return []
    rows = await db.fetch(
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
    return [
        ExpiringLots(
            member_id=int(r["member_id"]),
            asset=r["asset"],
            expires_at=r["expires_at"],
            amount=int(r["amount"]),
        )
        for r in rows
    ]


async def available(member_id: int, asset: str) -> int:
    """The member's available balance of an asset (0 without an account)."""
    row = await db.fetch_one(
        "SELECT available FROM ledger_accounts WHERE member_id = $1 AND asset = $2",
        member_id,
        asset,
    )
    return int(row["available"]) if row else 0


async def growth_since(member_id: int, asset: str, since: datetime) -> int:
    """Credits, adjustments and reversals of the member's asset since an instant."""
    row = await db.fetch_one(
        f"SELECT COALESCE({growth_sql('$1', '$2', '$3')}, 0) AS growth", member_id, asset, since
    )
    return int(row["growth"]) if row else 0


async def entries(
    member_id: int,
    assets: Sequence[str],
    *,
    kinds: Sequence[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_id: int | None = None,
    limit: int,
) -> list[dict[str, Any]]:
    """The member's entries on some assets newest first (keyset on entry id), optionally of
    some kinds and in [since, until): id, asset, kind, amount, frozen_delta, shortfall, source,
    reason, created_at."""
    return await db.fetch(
        """SELECT e.id, a.asset, e.kind, e.amount, e.frozen_delta, e.shortfall, e.source,
                  e.reason, e.created_at
             FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
            WHERE a.member_id = $1 AND a.asset = ANY($2::text[])
              AND ($3::text[] IS NULL OR e.kind = ANY($3::text[]))
              AND ($4::timestamptz IS NULL OR e.created_at >= $4)
              AND ($5::timestamptz IS NULL OR e.created_at < $5)
              AND ($6::bigint IS NULL OR e.id < $6)
            ORDER BY e.id DESC LIMIT $7""",
        member_id,
        list(assets),
        None if kinds is None else list(kinds),
        since,
        until,
        before_id,
        limit,
    )


async def entry_totals(
    member_id: int,
    asset: str,
    kinds: Sequence[str],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> dict[str, tuple[int, int]]:
    """(sum of amount, sum of frozen_delta) per entry kind of the member's asset in
    [since, until)."""
    rows = await db.fetch(
        """SELECT e.kind, sum(e.amount) AS amount, sum(e.frozen_delta) AS frozen
             FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
            WHERE a.member_id = $1 AND a.asset = $2 AND e.kind = ANY($3::text[])
              AND ($4::timestamptz IS NULL OR e.created_at >= $4)
              AND ($5::timestamptz IS NULL OR e.created_at < $5)
            GROUP BY e.kind""",
        member_id,
        asset,
        list(kinds),
        since,
        until,
    )
    return {r["kind"]: (int(r["amount"]), int(r["frozen"])) for r in rows}


async def holdings(assets: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Per asset: (outstanding amount, available when positive plus frozen; number of holders
    with something available or frozen). Assets without accounts are left out."""
    rows = await db.fetch(
        """SELECT asset, COALESCE(sum(GREATEST(available, 0) + frozen), 0) AS amount,
                  count(*) FILTER (WHERE available > 0 OR frozen > 0) AS holders
             FROM ledger_accounts WHERE asset = ANY($1::text[]) GROUP BY asset""",
        list(assets),
    )
    return {r["asset"]: (int(r["amount"]), int(r["holders"])) for r in rows}


async def clearing(prefix: str, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """Per asset starting with `prefix` (returned without it as `code`) and funding party:
    amounts issued, redeemed, expired and reversed in [since, until), by the funding party
    of the lots they came from."""
    return await db.fetch(
        """
        WITH issued AS (
            SELECT a.asset, l.funding_party, sum(l.amount) AS points
              FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
              JOIN ledger_entries e ON e.id = l.entry_id
             WHERE starts_with(a.asset, $3) AND e.kind IN ('CREDIT', 'ADJUST')
               AND e.created_at >= $1 AND e.created_at < $2
             GROUP BY 1, 2),
        used AS (
            SELECT a.asset, l.funding_party, e.kind, sum(al.amount) AS points
              FROM ledger_allocations al JOIN ledger_entries e ON e.id = al.entry_id
              JOIN ledger_lots l ON l.id = al.lot_id JOIN ledger_accounts a ON a.id = l.account_id
             WHERE starts_with(a.asset, $3) AND e.created_at >= $1 AND e.created_at < $2
             GROUP BY 1, 2, 3)
        SELECT substr(k.asset, length($3) + 1) AS code, k.funding_party,
               COALESCE((SELECT points FROM issued i WHERE i.asset = k.asset
                          AND i.funding_party = k.funding_party), 0) AS issued,
               COALESCE(sum(u.points) FILTER (WHERE u.kind IN ('DEBIT', 'FREEZE', 'ADJUST')), 0)
                 - COALESCE(-sum(u.points) FILTER (WHERE u.kind = 'UNFREEZE'), 0) AS redeemed,
               COALESCE(sum(u.points) FILTER (WHERE u.kind = 'EXPIRE'), 0) AS expired,
               COALESCE(sum(u.points) FILTER (WHERE u.kind = 'REVERSE'), 0) AS reversed
          FROM (SELECT asset, funding_party FROM issued UNION
                SELECT asset, funding_party FROM used) k
          LEFT JOIN used u ON u.asset = k.asset AND u.funding_party = k.funding_party
         GROUP BY k.asset, k.funding_party ORDER BY 1, 2
        """,
        since,
        until,
        prefix,
    )


async def balances(assets: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(member ids, available summed over `assets`) of the members with an account of one."""
    rows = await db.fetch(
        "SELECT member_id, sum(available) AS total FROM ledger_accounts "
        "WHERE asset = ANY($1::text[]) GROUP BY member_id",
        list(assets),
    )
    return _id_values(rows)


async def expiring_totals(
    asset: str, start: datetime, end: datetime
) -> tuple[np.ndarray, np.ndarray]:
    """(member ids, remaining) of unspent, unexpired lots of `asset` expiring in [start, end)."""
    rows = await db.fetch(
        "SELECT a.member_id, sum(l.remaining) AS total FROM ledger_lots l "
        "JOIN ledger_accounts a ON a.id = l.account_id WHERE a.asset = $1 AND NOT l.expired "
        "AND l.remaining > 0 AND l.expires_at >= $2 AND l.expires_at < $3 GROUP BY a.member_id",
        asset,
        start,
        end,
    )
    return _id_values(rows)


def _id_values(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    ids = np.asarray([r["member_id"] for r in rows], dtype=np.int64)
    return ids, np.asarray([int(r["total"]) for r in rows], dtype=np.int64)


async def entries_by_ids(ids: Sequence[int], asset_prefix: str) -> list[dict[str, Any] | None]:
    """Entries aligned to ids (None where unknown or on an asset outside the prefix), each with
    its member_id and the columns of `entries`, in one statement."""
    rows = await db.fetch(
        """SELECT e.id, a.member_id, a.asset, e.kind, e.amount, e.frozen_delta, e.shortfall,
                  e.source, e.reason, e.created_at
             FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
            WHERE e.id = ANY($1::bigint[]) AND left(a.asset, length($2)) = $2""",
        list(set(ids)),
        asset_prefix,
    )
    found = {int(r["id"]): dict(r) for r in rows}
    return [found.get(i) for i in ids]
