"""Apply the checked-in Aerich migrations (safe to repeat)."""

from __future__ import annotations

from pathlib import Path

from aerich import Command

from domain.db import tortoise_config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


async def upgrade(database_url: str) -> list[str]:
    """Apply every migration not yet applied; returns the names applied now."""
    command = Command(
        tortoise_config=tortoise_config(database_url, 5), app="models", location=str(MIGRATIONS)
    )
    await command.init()
    try:
        return list(await command.upgrade(run_in_transaction=True))
    finally:
        from tortoise import Tortoise

        await Tortoise.close_connections()
