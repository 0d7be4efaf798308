"""Statements, liability and the clearing report by funding party."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.ledger import reads as ledger_reads
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
    rows = await ledger_reads.entries(
        filter_.member_id,
        [f"POINTS:{filter_.point_type.code}"],
        kinds=_kinds(filter_),
        since=filter_.since,
        until=filter_.until,
        before_id=before_id,
        limit=limit,
    )
    return [_line(r) for r in rows]


async def lines_by_ids(ids: Sequence[int]) -> list[tuple[int, StatementLine] | None]:
    """(member id, statement line) aligned to entry ids; None where unknown or not points."""
    rows = await ledger_reads.entries_by_ids(ids, "POINTS:")
    return [(int(r["member_id"]), _line(r)) if r is not None else None for r in rows]


def _line(r: Mapping[str, Any]) -> StatementLine:
    return StatementLine(
        id=r["id"],
        kind=r["kind"],
        amount=int(r["amount"]),
        frozen_delta=int(r["frozen_delta"]),
        shortfall=int(r["shortfall"]),
        source=r["source"],
        reason=r["reason"],
        created_at=r["created_at"],
    )


async def statement_totals(filter_: StatementFilter) -> StatementTotals:
    """Totals per statement kind over the filtered period."""
    by_kind = await ledger_reads.entry_totals(
        filter_.member_id,
        f"POINTS:{filter_.point_type.code}",
        _kinds(filter_),
        since=filter_.since,
        until=filter_.until,
    )
    totals = {}
    for name, kinds in STATEMENT_KINDS.items():
        amount = sum(by_kind.get(k.value, (0, 0))[0] for k in kinds)
        frozen = sum(by_kind.get(k.value, (0, 0))[1] for k in kinds)
        totals[name.lower()] = frozen if name in {"FROZEN"} else (amount or -frozen)
    return StatementTotals(**totals)


async def liability() -> list[Liability]:
    """Outstanding points per type (available + frozen) and their value in cents."""
    types = await PointType.all().order_by("code")
    held = await ledger_reads.holdings([f"POINTS:{t.code}" for t in types])
    rows = []
    for t in types:
        points, holders = held.get(f"POINTS:{t.code}", (0, 0))
        cents = points * t.cents_per_point_num // t.cents_per_point_den
        rows.append(Liability(point_type=t.code, points=points, holders=holders, cents=cents))
    return rows


async def clearing(since: datetime, until: datetime) -> list[ClearingLine]:
    """Per point type and funding party: points issued, redeemed, expired and reversed in the
    period (by the funding party of the lots they came from), with the cash value of the
    redeemed points."""
    rows = await ledger_reads.clearing("POINTS:", since, until)
    return [
        ClearingLine(
            point_type=r["code"],
            funding_party=r["funding_party"],
            issued=int(r["issued"]),
            redeemed=int(r["redeemed"]),
            expired=int(r["expired"]),
            reversed=int(r["reversed"]),
        )
        for r in rows
    ]
