"""Apply the checked-in Aerich migrations, then the analytics views (safe to repeat)."""

from __future__ import annotations

import asyncpg
from aerich import Command

from api.settings import get_settings
from domain.analytics import views as analytics_views
from domain.db import tortoise_config


async def upgrade(database_url: str) -> list[str]:
    """Apply every migration not yet applied, then (re)create the analytics views; returns the
    names of the migrations applied now."""
    command = Command(
        tortoise_config=tortoise_config(database_url, 5),
        app="models",
        location=str(get_settings().migrations_dir),
    )
    await command.init()
    try:
        applied = list(await command.upgrade(run_in_transaction=True))
    finally:
        from tortoise import Tortoise

        await Tortoise.close_connections()
    await apply_analytics(database_url)
    return applied


async def apply_analytics(database_url: str) -> None:
    """Create or replace the `analytics` views and grants over their own connection."""
    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        await analytics_views.apply_views(conn)
    finally:
        await conn.close()
