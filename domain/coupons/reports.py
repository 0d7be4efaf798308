"""Coupon settlement by store and funding party, and analytics for BI."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain import db
from domain.coupons import pricing


async def settlement(since: datetime, until: datetime) -> list[dict[str, Any]]:
    """Discounts of coupons used in a period, by store and template, split by funding party."""
    rows = await db.fetch(
        """SELECT COALESCE(c.store_code, '') AS store_code, t.code AS template, t.cost_share,
                  count(*) AS used, COALESCE(sum(c.discount_cents), 0) AS discount
             FROM coupons c JOIN coupon_templates t ON t.id = c.template_id
            WHERE c.state = 'USED' AND c.used_at >= $1 AND c.used_at < $2
            GROUP BY 1, 2, 3 ORDER BY 1, 2""",
        since,
        until,
    )
    out = []
    for row in rows:
        share = (
            row["cost_share"]
            if isinstance(row["cost_share"], dict)
            else __import__("json").loads(row["cost_share"])
        )
        parts = pricing.cost_split(int(row["discount"]), share)
        out.append(
            {
                "store_code": row["store_code"],
                "template": row["template"],
                "used": int(row["used"]),
                "discount_cents": int(row["discount"]),
                **{f"{p}_cents": v for p, v in parts.items()},
            }
        )
    return out


async def analytics(since: datetime, until: datetime) -> list[dict[str, Any]]:
    """Per template: issued, used, expired, claim and use rates, sales driven, average order
    value of coupon orders, repeat rate of coupon users, share of new members among users."""
    return await db.fetch(
        """
        WITH c AS (SELECT * FROM coupons WHERE created_at >= $1 AND created_at < $2),
             users AS (SELECT DISTINCT c.template_id, c.member_id FROM c WHERE c.state = 'USED')
        SELECT t.code AS template, t.kind, t.amount_off_cents AS face_value_cents,
               t.total_stock,
               count(c.id) AS issued,
               count(c.id) FILTER (WHERE c.source = 'CLAIM') AS claimed,
               count(c.id) FILTER (WHERE c.state = 'USED') AS used,
               count(c.id) FILTER (WHERE c.state = 'EXPIRED') AS expired,
               COALESCE(sum(c.order_total_cents) FILTER (WHERE c.state = 'USED'), 0)
                   AS sales_cents,
               COALESCE(avg(c.order_total_cents) FILTER (WHERE c.state = 'USED'), 0)
                   AS average_order_cents,
               (SELECT count(*) FROM users u JOIN member_stats s ON s.member_id = u.member_id
                 WHERE u.template_id = t.id AND s.order_count >= 2) AS repeat_users,
               (SELECT count(*) FROM users u WHERE u.template_id = t.id) AS users,
               (SELECT count(*) FROM users u JOIN members m ON m.id = u.member_id
                 WHERE u.template_id = t.id AND m.registered_at >= $1) AS new_users
          FROM coupon_templates t LEFT JOIN c ON c.template_id = t.id
         GROUP BY t.id ORDER BY t.code
        """,
        since,
        until,
    )


async def baseline_orders(since: datetime, until: datetime) -> dict[str, Any]:
    """Average order value with and without coupons, and the repeat rate of members who did
    and did not use coupons, over orders paid in the period."""
    row = await db.fetch_one(
        """
        WITH o AS (SELECT member_id, total_cents, coupon_used FROM orders
                    WHERE paid_at >= $1 AND paid_at < $2 AND member_id IS NOT NULL),
             m AS (SELECT member_id, bool_or(coupon_used) AS coupon_user, count(*) AS n
                     FROM o GROUP BY member_id)
        SELECT COALESCE(avg(total_cents) FILTER (WHERE coupon_used), 0) AS aov_with,
               COALESCE(avg(total_cents) FILTER (WHERE NOT coupon_used), 0) AS aov_without,
               (SELECT COALESCE(avg((n >= 2)::int), 0) FROM m WHERE coupon_user) AS repeat_with,
               (SELECT COALESCE(avg((n >= 2)::int), 0) FROM m WHERE NOT coupon_user)
                   AS repeat_without
          FROM o""",
        since,
        until,
    )
    return dict(row) if row else {}
