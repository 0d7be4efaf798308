"""A member's points as read: balances per type and what is about to expire."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from domain import db
from domain.clock import business_day_end, business_today, utc_now
from domain.errors import DomainError, ErrorCode
from domain.ledger.models import Account, Entry
from domain.points.config import asset_of, get_type, list_types
from domain.points.models import PointType


async def balances(member_id: int) -> list[tuple[PointType, Account | None]]:
    """Every point type with the member's account (None if never used)."""
    types = await list_types()
    accounts = {
        a.asset: a for a in await Account.filter(member_id=member_id, asset__startswith="POINTS:")
    }
    return [(t, accounts.get(asset_of(t))) for t in types]


async def expiring(
    member_id: int, within_days: int, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Points about to expire within N business days of `now`, per type and expiry instant."""
    if within_days <= 0 or within_days > 3660:
        raise DomainError(
            "withinDays must be 1..3660.", field="withinDays", code=ErrorCode.INVALID_WINDOW
        )
    now = now or utc_now()
    until = business_day_end(business_today(now) + timedelta(days=within_days - 1))
    return await db.fetch(
        """SELECT substr(a.asset, 8) AS point_type, l.expires_at, sum(l.remaining) AS points
             FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
            WHERE a.member_id = $1 AND a.asset LIKE 'POINTS:%' AND l.remaining > 0
              AND l.expires_at > $3 AND l.expires_at <= $2
            GROUP BY 1, 2 ORDER BY 2""",
        member_id,
        until,
        now,
    )


async def account_of_entry(entry: Entry) -> tuple[PointType, Account]:
    """The point type and account an entry was written to."""
    account = await Account.get(id=entry.account_id)
    return await get_type(account.asset.removeprefix("POINTS:")), account
