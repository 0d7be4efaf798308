"""Create or replace the documented `analytics` views and the `crm_bi` group role."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg

from domain.clock import business_zone

SCHEMA = "analytics"
GROUP_ROLE = "crm_bi"
VIEWS = (
    "dim_date",
    "dim_store",
    "dim_item",
    "dim_member",
    "fact_order_line",
    "fact_points_entry",
    "fact_event",
    "sales_daily",
    "category_daily",
    "item_monthly",
    "members_daily",
    "member_monthly",
    "points_daily",
    "coupon_daily",
    "event_daily",
)
_SQL = Path(__file__).with_name("views.sql")
_ZONE_MARK = "__BUSINESS_TZ__"


def views_sql(zone: ZoneInfo | None = None) -> str:
    """The view DDL with the business time zone written in as a literal."""
    name = (zone or business_zone()).key
    if "'" in name:  # zone keys are path-like names; refuse anything that could break quoting
        raise ValueError(f"unexpected time zone name {name!r}")
    return _SQL.read_text(encoding="utf-8").replace(_ZONE_MARK, name)


async def apply_views(conn: asyncpg.Connection, zone: ZoneInfo | None = None) -> None:
    """Create or replace every view, its comments and the grants, in one transaction."""
    async with conn.transaction():
        await conn.execute(views_sql(zone))
