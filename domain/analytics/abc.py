"""ABC (Pareto) analysis of items or categories over a span: classes by cumulative share of net
sales and of gross margin (class A up to 80 %, B up to 95 %, C the rest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from domain import clock, db
from domain.analytics.migration import check_span
from domain.analytics.sources import ITEM_KEYS, ITEM_SALES

A_SHARE = Fraction(80, 100)
B_SHARE = Fraction(95, 100)
MAX_ROWS = 10_000


class AbcBy(StrEnum):
    ITEM = "item"
    CATEGORY = "category"


@dataclass(frozen=True)
class Share:
    """A row's share of the total, the cumulative share up to and including it, its class."""

    share: Fraction
    cumulative: Fraction
    grade: str


def classify(values: dict[int, int]) -> dict[int, Share]:
    """Classes by cumulative share of the positive total, largest first (ties by key): a row
    is A while the rows before it hold less than 80 %, B below 95 %, else C; rows of zero or
    less are C with no share."""
    total = sum(v for v in values.values() if v > 0)
    result: dict[int, Share] = {}
    before = Fraction(0)
    for key, value in sorted(values.items(), key=lambda kv: (-kv[1], kv[0])):
        share = Fraction(value, total) if total and value > 0 else Fraction(0)
        grade = "C" if value <= 0 else "A" if before < A_SHARE else "B" if before < B_SHARE else "C"
        before += share
        result[key] = Share(share, before, grade)
    return result


@dataclass(frozen=True)
class AbcRow:
    """An item or category with its net sales, margin and their classes."""

    key: int
    code: str | None
    name: str | None
    net_cents: int
    net: Share
    margin_cents: int | None
    margin: Share | None
    fully_costed: bool


async def abc_analysis(by: AbcBy, first: date, last: date) -> tuple[list[AbcRow], bool]:
    """Rows by net sales (largest first) and whether more than MAX_ROWS were cut."""
    check_span(first, last)
    key, code, name = ITEM_KEYS[by.value]
    rows = await db.fetch(
        ITEM_SALES.format(key=key, code=code, name=name), clock.business_zone().key, first, last
    )
    nets = classify({r["key"]: int(r["net"]) for r in rows})
    margins = classify({r["key"]: int(r["margin"]) for r in rows if r["margin"] is not None})
    found = [
        AbcRow(
            r["key"],
            r["code"],
            r["name"],
            int(r["net"]),
            nets[r["key"]],
            int(r["margin"]) if r["margin"] is not None else None,
            margins.get(r["key"]),
            bool(r["costed"]),
        )
        for r in rows
    ]
    found.sort(key=lambda row: (-row.net_cents, row.key))
    return found[:MAX_ROWS], len(found) > MAX_ROWS
