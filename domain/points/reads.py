"""One member's points as read: balances per type and what is about to expire (the
many-member reads of `holdings` for a single member)."""

from __future__ import annotations

from datetime import datetime

from domain.ledger import reads as ledger_reads
from domain.ledger.models import Account, Entry
from domain.points.config import get_type
from domain.points.holdings import Expiring, expiring_of, holdings_of
from domain.points.models import PointType


async def balances(member_id: int) -> list[tuple[PointType, Account | None]]:
    """Every point type with the member's account (None if never used)."""
    (held,) = await holdings_of([member_id])
    return [(h.point_type, h.account) for h in held]


async def expiring(member_id: int, within_days: int, now: datetime | None = None) -> list[Expiring]:
    """Points about to expire within N business days of `now`, per type and expiry instant."""
    (found,) = await expiring_of([member_id], within_days, now)
    return found


async def account_of_entry(entry: Entry) -> tuple[PointType, Account]:
    """The point type and account an entry was written to."""
    account = await ledger_reads.account(entry.account_id)
    return await get_type(account.asset.removeprefix("POINTS:")), account
