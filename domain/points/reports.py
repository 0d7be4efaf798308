"""Statements, liability and the clearing report by funding party."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain import db
from domain.ledger.models import EntryKind
from domain.points.models import PointType

STATEMENT_KINDS = {
    "EARNED": [EntryKind.CREDIT],
    "SPENT": [EntryKind.DEBIT, EntryKind.CONSUME_FROZEN],
    "EXPIRED": [EntryKind.EXPIRE],
    "FROZEN": [EntryKind.FREEZE],
    "UNFROZEN": [EntryKind.UNFREEZE],
    "ADJUSTED": [EntryKind.ADJUST],
    "REVERSED": [EntryKind.REVERSE],
}


@dataclass(frozen=True)
class StatementFilter:
    member_id: int
    point_type: PointType
    kinds: list[str]
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class StatementLine:
    id: int
    kind: str
    amount: int
    frozen_delta: int
    shortfall: int
    source: str
    reason: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StatementTotals:
    earned: int
    spent: int
    expired: int
    frozen: int
    unfrozen: int
    adjusted: int
    reversed: int


@dataclass(frozen=True, slots=True)
class Liability:
    point_type: str
    points: int
    holders: int
    cents: int


@dataclass(frozen=True, slots=True)
class ClearingLine:
    point_type: str
    funding_party: str
    issued: int
    redeemed: int
    expired: int
    reversed: int


def _kinds(filter_: StatementFilter) -> list[str]:
    chosen = filter_.kinds or list(STATEMENT_KINDS)
    return [k.value for name in chosen for k in STATEMENT_KINDS[name]]


async def statement(
    filter_: StatementFilter, *, before_id: int | None, limit: int
) -> list[StatementLine]:
    """Entries newest first with the filters (keyset on entry id)."""
    rows = await db.fetch(
        """SELECT e.id, e.kind, e.amount, e.frozen_delta, e.shortfall, e.source, e.reason,
                  e.created_at
             FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
            WHERE a.member_id = $1 AND a.asset = $2 AND e.kind = ANY($3::text[])
              AND ($4::timestamptz IS NULL OR e.created_at >= $4)
              AND ($5::timestamptz IS NULL OR e.created_at < $5)
              AND ($6::bigint IS NULL OR e.id < $6)
            ORDER BY e.id DESC LIMIT $7""",
        filter_.member_id,
        f"POINTS:{filter_.point_type.code}",
        _kinds(filter_),
        filter_.since,
        filter_.until,
        before_id,
        limit,
    )
    return [StatementLine(**r) for r in rows]


async def statement_totals(filter_: StatementFilter) -> StatementTotals:
    """Totals per statement kind over the filtered period."""
    rows = await db.fetch(
        """SELECT e.kind, sum(e.amount) AS amount, sum(e.frozen_delta) AS frozen
             FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
            WHERE a.member_id = $1 AND a.asset = $2 AND e.kind = ANY($3::text[])
              AND ($4::timestamptz IS NULL OR e.created_at >= $4)
              AND ($5::timestamptz IS NULL OR e.created_at < $5)
            GROUP BY e.kind""",
        filter_.member_id,
        f"POINTS:{filter_.point_type.code}",
        _kinds(filter_),
        filter_.since,
        filter_.until,
    )
    by_kind = {r["kind"]: (int(r["amount"]), int(r["frozen"])) for r in rows}
    totals = {}
    for name, kinds in STATEMENT_KINDS.items():
        amount = sum(by_kind.get(k.value, (0, 0))[0] for k in kinds)
        frozen = sum(by_kind.get(k.value, (0, 0))[1] for k in kinds)
        totals[name.lower()] = frozen if name in {"FROZEN"} else (amount or -frozen)
    return StatementTotals(**totals)


async def liability() -> list[Liability]:
    """Outstanding points per type (available + frozen) and their value in cents."""
    rows = await db.fetch(
        """SELECT t.code, t.cents_per_point_num AS num, t.cents_per_point_den AS den,
                  COALESCE(sum(GREATEST(a.available, 0) + a.frozen), 0) AS points,
                  count(a.id) FILTER (WHERE a.available > 0 OR a.frozen > 0) AS holders
             FROM point_types t LEFT JOIN ledger_accounts a ON a.asset = 'POINTS:' || t.code
            GROUP BY t.code, t.cents_per_point_num, t.cents_per_point_den ORDER BY t.code"""
    )
    return [
        Liability(
            point_type=r["code"],
            points=int(r["points"]),
            holders=int(r["holders"]),
            cents=int(r["points"]) * r["num"] // r["den"],
        )
        for r in rows
    ]


async def clearing(since: datetime, until: datetime) -> list[ClearingLine]:
    """Per point type and funding party: points issued, redeemed, expired and reversed in the
    period (by the funding party of the lots they came from), with the cash value of the
    redeemed points."""
    rows = await db.fetch(
        """
        WITH issued AS (
            SELECT a.asset, l.funding_party, sum(l.amount) AS points
              FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
              JOIN ledger_entries e ON e.id = l.entry_id
             WHERE a.asset LIKE 'POINTS:%' AND e.kind IN ('CREDIT', 'ADJUST')
               AND e.created_at >= $1 AND e.created_at < $2
             GROUP BY 1, 2),
        used AS (
            SELECT a.asset, l.funding_party, e.kind, sum(al.amount) AS points
              FROM ledger_allocations al JOIN ledger_entries e ON e.id = al.entry_id
              JOIN ledger_lots l ON l.id = al.lot_id JOIN ledger_accounts a ON a.id = l.account_id
             WHERE a.asset LIKE 'POINTS:%' AND e.created_at >= $1 AND e.created_at < $2
             GROUP BY 1, 2, 3)
        SELECT substr(k.asset, 8) AS point_type, k.funding_party,
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
    )
    return [
        ClearingLine(
            point_type=r["point_type"],
            funding_party=r["funding_party"],
            issued=int(r["issued"]),
            redeemed=int(r["redeemed"]),
            expired=int(r["expired"]),
            reversed=int(r["reversed"]),
        )
        for r in rows
    ]
