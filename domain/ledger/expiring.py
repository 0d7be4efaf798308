"""Lots about to expire, as a subquery another area's set-based statement embeds instead of
naming the ledger's tables."""

from __future__ import annotations


def holders_expiring_sql(asset_pattern: str, after: str, until: str) -> str:
    """A subquery of `member_id`: members with an unspent lot of an asset matching the LIKE
    pattern `asset_pattern` that expires after the instant `after` and at or before `until`
    (each member once)."""
    return f"""SELECT DISTINCT a.member_id
                 FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
                WHERE a.asset LIKE {asset_pattern} AND l.remaining > 0
                  AND l.expires_at > {after} AND l.expires_at <= {until}"""
