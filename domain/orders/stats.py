"""Per-member purchase statistics, recomputed from orders (so refreshing twice is harmless)."""

from __future__ import annotations

from datetime import datetime

from domain import db
from domain.orders.models import MemberStats


async def refresh(member_id: int) -> None:
    """Recompute one member's statistics from their orders and lines, net of refunds."""
    await db.execute(
        """
        INSERT INTO member_stats (member_id, first_order_at, last_order_at, order_count,
                                  total_spend_cents, refunded_cents, category_spend, updated_at)
        SELECT $1, min(o.paid_at), max(o.paid_at),
               count(*) FILTER (WHERE o.status <> 'REFUNDED'),
               COALESCE(sum(o.total_cents - o.refunded_cents), 0),
               COALESCE(sum(o.refunded_cents), 0),
               COALESCE((
                   SELECT jsonb_object_agg(c.category_id::text, c.cents)
                     FROM (SELECT l.category_id, sum(l.amount_cents - l.refunded_cents) AS cents
                             FROM order_lines l JOIN orders o2 ON o2.id = l.order_id
                            WHERE o2.member_id = $1 AND l.category_id IS NOT NULL
                            GROUP BY l.category_id) c
               ), '{}'::jsonb),
               now()
          FROM orders o WHERE o.member_id = $1
        ON CONFLICT (member_id) DO UPDATE SET
            first_order_at = EXCLUDED.first_order_at, last_order_at = EXCLUDED.last_order_at,
            order_count = EXCLUDED.order_count, total_spend_cents = EXCLUDED.total_spend_cents,
            refunded_cents = EXCLUDED.refunded_cents, category_spend = EXCLUDED.category_spend,
            updated_at = now()
        """,
        member_id,
    )


def refresh_all_sql() -> str:
    """One statement recomputing every member's statistics from all orders, as `refresh` does
    for one member (for bulk loads, run on the loader's own connection)."""
    return """
        WITH spend AS (
            SELECT member_id, jsonb_object_agg(category_id::text, cents) AS category_spend
              FROM (SELECT o.member_id, l.category_id,
                           sum(l.amount_cents - l.refunded_cents) AS cents
                      FROM order_lines l JOIN orders o ON o.id = l.order_id
                     WHERE o.member_id IS NOT NULL AND l.category_id IS NOT NULL
                     GROUP BY 1, 2) per_category
             GROUP BY member_id
        ), totals AS (
            SELECT member_id, min(paid_at) AS first_order_at, max(paid_at) AS last_order_at,
                   count(*) FILTER (WHERE status <> 'REFUNDED') AS order_count,
                   sum(total_cents - refunded_cents) AS total_spend_cents,
                   sum(refunded_cents) AS refunded_cents
              FROM orders WHERE member_id IS NOT NULL GROUP BY member_id
        )
        INSERT INTO member_stats (member_id, first_order_at, last_order_at, order_count,
                                  total_spend_cents, refunded_cents, category_spend, updated_at)
        SELECT t.member_id, t.first_order_at, t.last_order_at, t.order_count,
               t.total_spend_cents, t.refunded_cents, COALESCE(s.category_spend, '{}'::jsonb),
               now()
          FROM totals t LEFT JOIN spend s ON s.member_id = t.member_id
        ON CONFLICT (member_id) DO UPDATE SET
            first_order_at = EXCLUDED.first_order_at, last_order_at = EXCLUDED.last_order_at,
            order_count = EXCLUDED.order_count, total_spend_cents = EXCLUDED.total_spend_cents,
            refunded_cents = EXCLUDED.refunded_cents, category_spend = EXCLUDED.category_spend,
            updated_at = now()
        """


async def stats_of(member_ids: list[int]) -> list[MemberStats | None]:
    """Statistics aligned to member ids (None for members without any)."""
    found = await MemberStats.in_bulk(member_ids, "member_id")
    return [found.get(i) for i in member_ids]


def last_ordered_before_sql(moment: str) -> str:
    """A subquery of (`member_id`, `last_order_day`): members whose last order was paid before
    the instant `moment`, with that order's date."""
    return (
        "SELECT member_id, last_order_at::date AS last_order_day FROM member_stats "
        f"WHERE last_order_at < {moment}"
    )


async def has_earlier_order(member_id: int, paid_at: datetime, order_id: int) -> bool:
    """Whether the member has an order paid before this one (ties broken by id)."""
    row = await db.fetch_one(
        "SELECT EXISTS (SELECT 1 FROM orders WHERE member_id = $1 AND (paid_at, id) < ($2, $3)) "
        "AS found",
        member_id,
        paid_at,
        order_id,
    )
    return bool(row and row["found"])
