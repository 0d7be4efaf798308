"""Level changes as a subquery another area's set-based statement embeds instead of naming the
level_changes table."""

from __future__ import annotations


def upgrades_sql(min_rank: str, since: str) -> str:
    """A subquery of (`member_id`, `change_id`): upgrades to rank `min_rank` or above made at or
    after the instant `since`."""
    return (
        "SELECT member_id, id AS change_id FROM level_changes "
        f"WHERE kind = 'UPGRADE' AND to_rank >= {min_rank} AND changed_at >= {since}"
    )
