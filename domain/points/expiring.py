"""Points about to expire, as a subquery another area's set-based statement embeds."""

from __future__ import annotations

from domain.ledger import reads as ledger_reads


def expiring_between_sql(after: str, until: str) -> str:
    """A subquery of `member_id`: members holding points of any type that expire after the
    instant `after` and at or before `until` (each member once)."""
    return ledger_reads.holders_expiring_sql("'POINTS:%'", after, until)
