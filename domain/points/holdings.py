"""What members hold, for many members at once: balances by point type and points about to
expire. A fixed number of statements whatever the number of members, types or lots."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.clock import business_day_end, business_today, utc_now
from domain.errors import DomainError, ErrorCode
from domain.ledger import reads as ledger_reads
from domain.ledger.models import Account
from domain.points import config as points_config
from domain.points.models import PointType

MAX_WITHIN_DAYS = 3660


@dataclass(frozen=True, slots=True)
class Holding:
    """One member's balance of one point type (account None if never used)."""

    member_id: int
    point_type: PointType
    account: Account | None


@dataclass(frozen=True, slots=True)
class Expiring:
    """Points of one type that expire at one instant."""

    point_type: str
    expires_at: datetime
    points: int


async def holdings_of(member_ids: Sequence[int]) -> list[list[Holding]]:
    """Every point type with each member's account, aligned to the ids."""
    types = await points_config.list_types()
    accounts = {
        (a.member_id, a.asset): a
        for a in await ledger_reads.accounts_with_prefix(member_ids, "POINTS:")
    }
    return [
        [Holding(m, t, accounts.get((m, points_config.asset_of(t)))) for t in types]
        for m in member_ids
    ]


def check_window(within_days: int) -> None:
    """Refuse a look-ahead window outside 1..3660 days."""
    if not 0 < within_days <= MAX_WITHIN_DAYS:
        raise DomainError(
            f"withinDays must be 1..{MAX_WITHIN_DAYS}.",
            field="withinDays",
            code=ErrorCode.INVALID_WINDOW,
        )


async def expiring_of(
    member_ids: Sequence[int], within_days: int, now: datetime | None = None
) -> list[list[Expiring]]:
    """Points expiring within N business days of `now`, per member (aligned to the ids), by
    type and instant, soonest first."""
    check_window(within_days)
    now = now or utc_now()
    until = business_day_end(business_today(now) + timedelta(days=within_days - 1))
    grouped: dict[int, list[Expiring]] = {m: [] for m in member_ids}
    for lots in await ledger_reads.lots_expiring(member_ids, "POINTS:", now, until):
        grouped[lots.member_id].append(
            Expiring(
                point_type=lots.asset.removeprefix("POINTS:"),
                expires_at=lots.expires_at,
                points=lots.amount,
            )
        )
    return [grouped[m] for m in member_ids]
