"""Campaign rows other areas may read in their own statements, kept here because they name
our tables."""

from __future__ import annotations


def delivered_sql() -> str:
    """Rewarded deliveries (not the control arm) as a subquery: id, campaign_id, member_id,
    delivered_at."""
    return (
        "SELECT id, campaign_id, member_id, delivered_at FROM campaign_deliveries "
        "WHERE status = 'REWARDED'"
    )
