"""A member's year in review: what they bought, saved, earned and used, their favourite
categories and stores, and the level they reached, read from the analytics views (the rows BI
tools see) in business days of the configured time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain import db
from domain.errors import DomainError, ErrorCode

FAVOURITES = 3


@dataclass(frozen=True, slots=True)
class Favourite:
    """A category or store the member bought from most (by net spend)."""

    code: str
    name: str
    orders: int
    net_cents: int


@dataclass(frozen=True, slots=True)
class YearReview:
    """One member's year."""

    year: int
    orders: int
    net_cents: int
    saved_cents: int
    biggest_order_cents: int
    active_months: int
    first_order_on: date | None
    points_earned: int
    points_used: int
    points_expired: int
    favourite_categories: list[Favourite]
    favourite_stores: list[Favourite]
    level_code: str | None
    level_name: str | None


_ORDERS_SQL = """
SELECT count(DISTINCT order_id) AS orders,
       COALESCE(sum(net_cents), 0) AS net_cents,
       COALESCE(sum(GREATEST(unit_price_cents * quantity - amount_cents, 0)), 0) AS saved_cents,
       count(DISTINCT date_trunc('month', day)) AS active_months,
       min(day) AS first_order_on,
       COALESCE(max(order_net), 0) AS biggest_order_cents
  FROM (SELECT *, sum(net_cents) OVER (PARTITION BY order_id) AS order_net
          FROM analytics.fact_order_line
         WHERE member_id = $1 AND day BETWEEN $2 AND $3) lines
"""
_POINTS_SQL = """
SELECT COALESCE(sum(amount) FILTER (WHERE kind = 'CREDIT'), 0) AS earned,
       COALESCE(-sum(amount) FILTER (WHERE kind = 'DEBIT'), 0)
         + COALESCE(-sum(frozen_delta) FILTER (WHERE kind = 'CONSUME_FROZEN'), 0) AS used,
       COALESCE(-sum(amount) FILTER (WHERE kind = 'EXPIRE'), 0) AS expired
  FROM analytics.fact_points_entry
 WHERE member_id = $1 AND day BETWEEN $2 AND $3
"""
_CATEGORIES_SQL = """
SELECT i.category_code AS code, i.category_name AS name,
       count(DISTINCT f.order_id) AS orders, sum(f.net_cents) AS net_cents
  FROM analytics.fact_order_line f
  JOIN analytics.dim_item i ON i.item_id = f.item_id
 WHERE f.member_id = $1 AND f.day BETWEEN $2 AND $3 AND i.category_code IS NOT NULL
 GROUP BY 1, 2 ORDER BY net_cents DESC, code LIMIT $4
"""
_STORES_SQL = """
SELECT f.store_code AS code, COALESCE(s.store_name, f.store_code) AS name,
       count(DISTINCT f.order_id) AS orders, sum(f.net_cents) AS net_cents
  FROM analytics.fact_order_line f
  LEFT JOIN analytics.dim_store s ON s.store_code = f.store_code
 WHERE f.member_id = $1 AND f.day BETWEEN $2 AND $3 AND f.store_code IS NOT NULL
 GROUP BY 1, 2 ORDER BY net_cents DESC, code LIMIT $4
"""
_LEVEL_SQL = "SELECT level_code, level_name FROM analytics.dim_member WHERE member_id = $1"


async def year_review(member_id: int, year: int, *, today: date) -> YearReview:
    """The member's `year` (1 January to 31 December, or to `today` for the current year)."""
    if not 2000 <= year <= today.year:
        raise DomainError(
            f"The year is 2000 to {today.year}.", field="year", code=ErrorCode.INVALID
        )
    since, until = date(year, 1, 1), min(date(year, 12, 31), today)
    orders = await db.fetch_one(_ORDERS_SQL, member_id, since, until)
    points = await db.fetch_one(_POINTS_SQL, member_id, since, until)
    categories = await db.fetch(_CATEGORIES_SQL, member_id, since, until, FAVOURITES)
    stores = await db.fetch(_STORES_SQL, member_id, since, until, FAVOURITES)
    level = await db.fetch_one(_LEVEL_SQL, member_id)
    assert orders is not None and points is not None  # aggregates always return a row
    return YearReview(
        year=year,
        orders=int(orders["orders"]),
        net_cents=int(orders["net_cents"]),
        saved_cents=int(orders["saved_cents"]),
        biggest_order_cents=int(orders["biggest_order_cents"]),
        active_months=int(orders["active_months"]),
        first_order_on=orders["first_order_on"],
        points_earned=int(points["earned"]),
        points_used=int(points["used"]),
        points_expired=int(points["expired"]),
        favourite_categories=[_favourite(row) for row in categories],
        favourite_stores=[_favourite(row) for row in stores],
        level_code=level["level_code"] if level else None,
        level_name=level["level_name"] if level else None,
    )


def _favourite(row: dict[str, object]) -> Favourite:
    return Favourite(
        code=str(row["code"]),
        name=str(row["name"]),
        orders=int(str(row["orders"])),
        net_cents=int(str(row["net_cents"])),
    )
