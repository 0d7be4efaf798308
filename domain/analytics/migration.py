"""Level migration: members by level at the start and at the end of a span of business days,
from the level change history (upgrades above the diagonal, downgrades below, kept on it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain import clock, db
from domain.analytics.sources import LEVEL_MIGRATION
from domain.errors import DomainError, ErrorCode
from domain.levels import ladder

MAX_SPAN_DAYS = 3660
_WINDOW = ErrorCode.INVALID_WINDOW


@dataclass(frozen=True)
class Move:
    """Members whose level went from one rank to another over the span."""

    from_rank: int
    to_rank: int
    from_level: str | None
    to_level: str | None
    members: int


def check_span(first: date, last: date) -> None:
    """A span runs forward and covers at most ten years."""
    if last < first:
        raise DomainError(
            "The span ends before it starts.", field="to", code=ErrorCode.INVALID_WINDOW
        )
    if (last - first).days >= MAX_SPAN_DAYS:
        raise DomainError(
            f"A span covers at most {MAX_SPAN_DAYS} days.",
            field="to",
            code=ErrorCode.INVALID_WINDOW,
        )


async def level_migration(first: date, last: date) -> list[Move]:
    """Members whose level changed in first..last: from their level before the span's first change
    to their level after its last one (a member upgraded and downgraded back counts on the
    diagonal)."""
    check_span(first, last)
    codes = {level.rank: level.code for level in await ladder.ladder()}
    rows = await db.fetch(LEVEL_MIGRATION, clock.business_zone().key, first, last)
    return [
        Move(
            r["from_rank"],
            r["to_rank"],
            codes.get(r["from_rank"]),
            codes.get(r["to_rank"]),
            int(r["members"]),
        )
        for r in rows
    ]
