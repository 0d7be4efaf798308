"""Restoring expired points (customer service): the expired amount comes back as a new lot.

The restored lot keeps what the expired one had (its funding party) and expires by the point
type's expiry policy counted from the restore, so it shows among a member's expiring points like
any other lot. Each expiry can be restored once: the ledger key is the expiry entry's, whoever
asks and with whatever idempotency key.
"""

from __future__ import annotations

from datetime import datetime

from domain.errors import DomainError, ErrorCode, NotFound
from domain.ledger import reads as ledger_reads
from domain.ledger import service as ledger
from domain.ledger.models import Entry, EntryKind
from domain.ledger.service import Meta, Movement
from domain.points.config import get_type
from domain.points.policy import ExpiryPolicy

_NOT_FOUND = "No expiry of this member's points with this id."


async def _expiry_of(member_id: int, entry_id: int) -> Entry:
    """The member's EXPIRE entry, or NOT_FOUND alike for a missing one and another's."""
    entry = await ledger_reads.entry_or_none(entry_id)
    if entry is None:
        raise NotFound(_NOT_FOUND, field="entryId")
    account = await ledger_reads.account(entry.account_id)
    if account.member_id != member_id or not account.asset.startswith("POINTS:"):
        raise NotFound(_NOT_FOUND, field="entryId")
    if entry.kind != EntryKind.EXPIRE:
        raise DomainError(
            "Only an expiry can be restored.", field="entryId", code=ErrorCode.INVALID_STATE
        )
    return entry


def _lot_and_stamp(entry: Entry) -> tuple[int, str]:
    """The lot and the run stamp an expiry entry's key names (`expire:<lot>:<stamp>`)."""
    _, lot_id, stamp = entry.idempotency_key.split(":", 2)
    return int(lot_id), stamp


async def restorable(entry: Entry) -> int:
    """Points an expiry took that did not come back as a carry-over."""
    lot_id, stamp = _lot_and_stamp(entry)
    carried = await ledger.find_entry(entry.account_id, f"carry:{lot_id}:{stamp}")
    return int(-entry.amount - (carried.amount if carried else 0))


async def restore_expired(
    *, member_id: int, entry_id: int, reason: str, operator: str, now: datetime
) -> Movement:
    """Credit back what one expiry took, expiring by the type's policy from `now`. A second
    restore of the same expiry returns the first one's entry with `replayed` set."""
    if not reason.strip():
        raise DomainError("A reason is required.", field="reason", code=ErrorCode.REQUIRED)
    expiry = await _expiry_of(member_id, entry_id)
    account = await ledger_reads.account(expiry.account_id)
    point_type = await get_type(account.asset.removeprefix("POINTS:"))
    amount = await restorable(expiry)
    if amount <= 0:
        raise DomainError(
            "Nothing of this expiry is left to restore.",
            field="entryId",
            code=ErrorCode.INVALID_STATE,
        )
    lot = await ledger_reads.lot(_lot_and_stamp(expiry)[0])
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    expires = policy.expires_at(now)
    key = f"restore:{expiry.id}"
    return await ledger.credit(
        account.id,
        amount,
        key,
        Meta(source=key, reason=reason, operator=operator),
        expires_at=expires,
        earned_at=now,
        funding_party=lot.funding_party if lot else "platform",
        kind=EntryKind.ADJUST,
        carry_percent=policy.carry_percent,
        carry_expires_at=policy.carry_expires_at(expires),
    )
