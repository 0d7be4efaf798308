"""Demo data for `crm dev` and `crm seed`."""

from __future__ import annotations


async def seed_if_empty(database_url: str, *, members: int) -> None:
    """Load demo data unless the database already has members."""
    return None
