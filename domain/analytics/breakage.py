"""Points breakage by issue month: issued, redeemed, expired, taken back and still outstanding
of the lots issued in each business month, and the breakage rate of what has settled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from domain import clock, db
from domain.analytics.migration import check_span
from domain.analytics.sources import BREAKAGE


@dataclass(frozen=True)
class IssueMonth:
    """Lots issued in one month and what became of them."""

    month: date
    lots: int
    issued: int
    redeemed: int
    expired: int
    reversed: int
    outstanding: int

    @property
    def breakage(self) -> Fraction | None:
        """Expired / (redeemed + expired): the share of settled points never used."""
        settled = self.redeemed + self.expired
        return Fraction(self.expired, settled) if settled else None


async def points_breakage(point_type: str, first: date, last: date) -> list[IssueMonth]:
    """Per issue month of `point_type` lots issued in first..last (business days)."""
    check_span(first, last)
    rows = await db.fetch(BREAKAGE, clock.business_zone().key, point_type, first, last)
    return [
        IssueMonth(
            r["month"],
            int(r["lots"]),
            int(r["issued"]),
            int(r["redeemed"]),
            int(r["expired"]),
            int(r["reversed"]),
            int(r["outstanding"]),
        )
        for r in rows
    ]
