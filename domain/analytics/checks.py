"""Each rollup written again as plain SQL over the raw tables, at the rollup's grain, for the
reconcile job. Deliberately independent of the rollups' own SELECTs: days come from the raw
timestamps (never `order_lines.business_day`), in the business zone passed as $1, and every
query returns the rollup's columns in its `columns` order.
"""

from __future__ import annotations

_PAID_DAY = "(o.paid_at AT TIME ZONE $1)::date"
_LINE_SUMS = """count(*), sum(ol.quantity), sum(ol.amount_cents), sum(ol.refunded_cents),
       sum(ol.amount_cents) - sum(ol.refunded_cents)"""

RAW: dict[str, str] = {
    "sales_daily": f"""
SELECT {_PAID_DAY}, COALESCE(o.store_code, ''), o.channel, o.member_id IS NOT NULL,
       o.coupon_used, count(DISTINCT o.id), {_LINE_SUMS}
  FROM orders o JOIN order_lines ol ON ol.order_id = o.id GROUP BY 1, 2, 3, 4, 5""",
    "category_daily": f"""
SELECT {_PAID_DAY}, COALESCE(ol.category_id, 0), {_LINE_SUMS}
  FROM orders o JOIN order_lines ol ON ol.order_id = o.id GROUP BY 1, 2""",
    "item_monthly": f"""
SELECT date_trunc('month', {_PAID_DAY})::date, COALESCE(ol.item_id, 0), {_LINE_SUMS},
       sum(ol.refunded_quantity)
  FROM orders o JOIN order_lines ol ON ol.order_id = o.id GROUP BY 1, 2""",
    "members_daily": """
SELECT (registered_at AT TIME ZONE $1)::date, channel, COALESCE(source_store, ''), count(*)
  FROM members WHERE status <> 'MERGED' GROUP BY 1, 2, 3""",
    "member_monthly": f"""
SELECT date_trunc('month', {_PAID_DAY})::date, o.member_id, count(DISTINCT o.id),
       sum(ol.amount_cents), sum(ol.refunded_cents),
       sum(ol.amount_cents) - sum(ol.refunded_cents)
  FROM orders o JOIN order_lines ol ON ol.order_id = o.id
 WHERE o.member_id IS NOT NULL GROUP BY 1, 2""",
    "points_daily": """
SELECT (e.created_at AT TIME ZONE $1)::date, replace(a.asset, 'POINTS:', ''), e.kind,
       count(*), sum(e.amount), sum(e.frozen_delta)
  FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
 WHERE a.asset LIKE 'POINTS:%' GROUP BY 1, 2, 3""",
    "coupon_daily": """
SELECT day, template_id, store, sum(issued), sum(claimed), sum(used), sum(expired),
       sum(discount)
  FROM (SELECT (created_at AT TIME ZONE $1)::date AS day, template_id, '' AS store,
               1 AS issued, CASE WHEN source = 'CLAIM' THEN 1 ELSE 0 END AS claimed,
               0 AS used, 0 AS expired, 0 AS discount FROM coupons
        UNION ALL
        SELECT (used_at AT TIME ZONE $1)::date, template_id, COALESCE(store_code, ''),
               0, 0, 1, 0, COALESCE(discount_cents, 0) FROM coupons WHERE state = 'USED'
        UNION ALL
        SELECT (valid_until AT TIME ZONE $1)::date, template_id, '', 0, 0, 0, 1, 0
          FROM coupons WHERE state = 'EXPIRED') u
 GROUP BY 1, 2, 3""",
    "event_daily": """
SELECT (occurred_at AT TIME ZONE $1)::date, name, COALESCE(properties ->> 'channel', ''),
       count(*)
  FROM events GROUP BY 1, 2, 3""",
}
