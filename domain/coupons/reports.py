"""Coupon settlement by store and funding party, and analytics for BI.

Analytics follow a cohort: the coupons issued in the period, and what became of them. An order
"with coupons" is one the order system flagged, or one a coupon of the member was used on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from domain import db
from domain.coupons import pricing
from domain.members import reads as members_reads
from domain.orders import reads as orders_reads

DIMENSIONS = {
    "TEMPLATE": "t.code",
    "KIND": "t.kind::text",
    "FACE_VALUE": """CASE t.kind WHEN 'PERCENT_OFF' THEN t.percent_off || '%'
                          WHEN 'FREE_ORDER' THEN 'up to ' || t.cap_cents
                          WHEN 'EXCHANGE' THEN 'item ' || t.exchange_item_code
                          ELSE t.amount_off_cents::text END""",
    "STORE": "COALESCE(c.store_code, '')",
}


@dataclass(frozen=True, slots=True)
class SettlementLine:
    store_code: str
    template: str
    used: int
    discount_cents: int
    platform_cents: int
    merchant_cents: int
    brand_cents: int


@dataclass(frozen=True, slots=True)
class CohortLine:
    """What became of the coupons issued in a period, for one value of the dimension."""

    key: str
    issued: int
    claimed: int
    used: int
    expired: int
    offered: int | None
    sales_cents: int
    average_order_cents: int
    users: int
    new_users: int
    repeat_users: int


@dataclass(frozen=True, slots=True)
class Baseline:
    """Orders in a period with and without coupons: average value and members' repeat rate."""

    average_order_with_cents: int
    average_order_without_cents: int
    repeat_rate_with: float
    repeat_rate_without: float


async def settlement(since: datetime, until: datetime) -> list[SettlementLine]:
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
        share = row["cost_share"]
        share = share if isinstance(share, dict) else orjson.loads(share)
        parts = pricing.cost_split(int(row["discount"]), share)
        out.append(
            SettlementLine(
                store_code=row["store_code"],
                template=row["template"],
                used=int(row["used"]),
                discount_cents=int(row["discount"]),
                platform_cents=parts["platform"],
                merchant_cents=parts["merchant"],
                brand_cents=parts["brand"],
            )
        )
    return out


async def analytics(since: datetime, until: datetime, by: str) -> list[CohortLine]:
    """Per template, kind, face value or store (of use): issued, claimed, used, expired, stock
    offered, sales driven, average order value of coupon orders, coupon users, those with a
    repeat order in the period, and those who registered in the period."""
    key = DIMENSIONS[by]
    used_only = "AND c.state = 'USED'" if by == "STORE" else ""
    orders = orders_reads.orders_sql()
    new_member = members_reads.registered_since_sql("u.member_id", "$1")
    rows = await db.fetch(
        f"""
        WITH c AS (SELECT c.*, {key} AS k FROM coupons c
                     JOIN coupon_templates t ON t.id = c.template_id
                    WHERE c.created_at >= $1 AND c.created_at < $2 {used_only}),
             stock AS (SELECT k, sum(total_stock) AS offered FROM (
                         SELECT DISTINCT c.k, t.id, t.total_stock FROM c
                           JOIN coupon_templates t ON t.id = c.template_id) s GROUP BY k),
             sales AS (SELECT k, sum(order_total_cents) AS cents, avg(order_total_cents) AS aov
                         FROM (SELECT DISTINCT k, member_id, order_ref, order_total_cents
                                 FROM c WHERE state = 'USED') o GROUP BY k),
             users AS (SELECT DISTINCT k, member_id FROM c WHERE state = 'USED'),
             people AS (SELECT u.k, count(*) AS users,
                               count(*) FILTER (WHERE {new_member}) AS new_users,
                               count(*) FILTER (WHERE (SELECT count(*) FROM ({orders}) o
                                   WHERE o.member_id = u.member_id AND o.paid_at >= $1
                                     AND o.paid_at < $2) >= 2) AS repeat_users
                          FROM users u GROUP BY u.k)
        SELECT c.k AS key, count(*) AS issued,
               count(*) FILTER (WHERE c.source = 'CLAIM') AS claimed,
               count(*) FILTER (WHERE c.state = 'USED') AS used,
               count(*) FILTER (WHERE c.state = 'EXPIRED') AS expired,
               max(stock.offered) AS offered,
               COALESCE(max(sales.cents), 0) AS sales_cents,
               COALESCE(max(sales.aov), 0) AS average_order_cents,
               COALESCE(max(people.users), 0) AS users,
               COALESCE(max(people.new_users), 0) AS new_users,
               COALESCE(max(people.repeat_users), 0) AS repeat_users
          FROM c LEFT JOIN stock ON stock.k = c.k LEFT JOIN sales ON sales.k = c.k
               LEFT JOIN people ON people.k = c.k
         GROUP BY c.k ORDER BY c.k
        """,
        since,
        until,
    )
    return [_cohort_line(r) for r in rows]


def _cohort_line(r: dict[str, Any]) -> CohortLine:
    return CohortLine(
        key=r["key"],
        issued=int(r["issued"]),
        claimed=int(r["claimed"]),
        used=int(r["used"]),
        expired=int(r["expired"]),
        offered=None if r["offered"] is None else int(r["offered"]),
        sales_cents=int(r["sales_cents"] or 0),
        average_order_cents=int(r["average_order_cents"] or 0),
        users=int(r["users"]),
        new_users=int(r["new_users"]),
        repeat_users=int(r["repeat_users"]),
    )


async def baseline_orders(since: datetime, until: datetime) -> Baseline:
    """Average order value of orders paid in the period with and without coupons, and the
    repeat rate (two or more orders in the period) of members who did and did not use them."""
    row = await db.fetch_one(
        f"""
        WITH o AS (SELECT o.member_id, o.total_cents,
                          o.coupon_used OR EXISTS (
                              SELECT 1 FROM coupons c WHERE c.order_ref = o.external_no
                                 AND c.member_id = o.member_id AND c.state = 'USED') AS with_coupon
                     FROM ({orders_reads.orders_sql()}) o
                    WHERE o.paid_at >= $1 AND o.paid_at < $2 AND o.member_id IS NOT NULL),
             m AS (SELECT member_id, bool_or(with_coupon) AS coupon_user, count(*) AS n
                     FROM o GROUP BY member_id)
        SELECT COALESCE(avg(total_cents) FILTER (WHERE with_coupon), 0) AS aov_with,
               COALESCE(avg(total_cents) FILTER (WHERE NOT with_coupon), 0) AS aov_without,
               (SELECT COALESCE(avg((n >= 2)::int), 0) FROM m WHERE coupon_user) AS repeat_with,
               (SELECT COALESCE(avg((n >= 2)::int), 0) FROM m WHERE NOT coupon_user)
                   AS repeat_without
          FROM o""",
        since,
        until,
    )
    row = row or {}
    return Baseline(
        average_order_with_cents=int(row.get("aov_with") or 0),
        average_order_without_cents=int(row.get("aov_without") or 0),
        repeat_rate_with=float(row.get("repeat_with") or 0),
        repeat_rate_without=float(row.get("repeat_without") or 0),
    )
