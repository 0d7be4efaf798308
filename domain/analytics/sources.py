"""The raw SQL of the analysis models (distribution, level migration, points breakage, LTV, ABC):
member-grain and lot-grain questions no rollup holds, so they read the facts of several areas
directly, in one place, the way the rollups do. Every day is a business day in the zone passed
as $1.
"""

from __future__ import annotations

# Per live member of the population: $2 = today (business), $3 = store code or NULL (orders at
# that store only, and only members who bought there), $4 = member ids or NULL (a segment).
MEMBER_VALUES = """
WITH bought AS (
  SELECT o.member_id, count(DISTINCT o.id) AS orders,
         sum(ol.amount_cents - ol.refunded_cents) AS spend,
         max((o.paid_at AT TIME ZONE $1)::date) AS last_day
    FROM orders o JOIN order_lines ol ON ol.order_id = o.id
   WHERE o.member_id IS NOT NULL AND ($3::text IS NULL OR o.store_code = $3)
   GROUP BY o.member_id
), points AS (
  SELECT a.member_id, sum(a.available) AS balance
    FROM ledger_accounts a WHERE a.asset LIKE 'POINTS:%' GROUP BY a.member_id
)
SELECT m.id AS member_id,
       COALESCE(b.orders, 0)::bigint AS orders,
       COALESCE(b.spend, 0)::bigint AS spend,
       COALESCE(p.balance, 0)::bigint AS points_balance,
       ($2::date - b.last_day)::bigint AS days_since_last_order
  FROM members m
  LEFT JOIN bought b ON b.member_id = m.id
  LEFT JOIN points p ON p.member_id = m.id
 WHERE m.status = 'ACTIVE'
   AND ($3::text IS NULL OR b.member_id IS NOT NULL)
   AND ($4::bigint[] IS NULL OR m.id = ANY($4::bigint[]))"""

# Level changes between business days $2..$3 (inclusive): each member's first level before the
# window's changes and last level after them; members whose level did not change are left out.
LEVEL_MIGRATION = """
WITH changes AS (
  SELECT member_id, from_rank, to_rank,
         row_number() OVER (PARTITION BY member_id ORDER BY changed_at, id) AS first_n,
         row_number() OVER (PARTITION BY member_id ORDER BY changed_at DESC, id DESC) AS last_n
    FROM level_changes
   WHERE changed_at >= ($2::date::timestamp AT TIME ZONE $1)
     AND changed_at < (($3::date + 1)::timestamp AT TIME ZONE $1)
)
SELECT f.from_rank, l.to_rank, count(*) AS members
  FROM changes f JOIN changes l ON l.member_id = f.member_id AND l.last_n = 1
 WHERE f.first_n = 1
 GROUP BY 1, 2 ORDER BY 1, 2"""

# Point lots by the business month they were issued in, for point type $2 (code), issued in
# business days $3..$4, from the allocations of each lot: EXPIRE entries expired it, REVERSE
# entries took it back (a refunded order), any other entry redeemed it (negative allocations
# give points back); outstanding is what remains (frozen points included).
BREAKAGE = """
WITH lots AS (
  SELECT l.id, l.amount, l.remaining,
         date_trunc('month', (l.earned_at AT TIME ZONE $1))::date AS month
    FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
   WHERE a.asset = 'POINTS:' || $2
     AND l.earned_at >= ($3::date::timestamp AT TIME ZONE $1)
     AND l.earned_at < (($4::date + 1)::timestamp AT TIME ZONE $1)
), taken AS (
  SELECT al.lot_id,
         sum(al.amount) FILTER (WHERE e.kind = 'EXPIRE') AS expired,
         sum(al.amount) FILTER (WHERE e.kind = 'REVERSE') AS reversed,
         sum(al.amount) FILTER (WHERE e.kind NOT IN ('EXPIRE', 'REVERSE')) AS redeemed
    FROM ledger_allocations al JOIN ledger_entries e ON e.id = al.entry_id
   WHERE al.lot_id IN (SELECT id FROM lots)
   GROUP BY al.lot_id
)
SELECT lots.month, count(*) AS lots, sum(lots.amount) AS issued,
       COALESCE(sum(t.redeemed), 0) AS redeemed, COALESCE(sum(t.expired), 0) AS expired,
       COALESCE(sum(t.reversed), 0) AS reversed,
       sum(lots.remaining) AS outstanding
  FROM lots LEFT JOIN taken t ON t.lot_id = lots.id
 GROUP BY lots.month ORDER BY lots.month"""

# Members registered in business days $2..$3 by cohort ($4: 'week' | 'month' | 'quarter') and
# registration channel: how many, their net spend up to business day $5 (observed), and the sum
# of the customer-value model's expected spend from published tag run $7 (number position $8),
# over the members it scored. $6 = member ids or NULL (a segment).
LTV = """
SELECT date_trunc($4, (m.registered_at AT TIME ZONE $1))::date AS cohort, m.channel,
       count(*) AS members, COALESCE(sum(s.net), 0)::bigint AS observed,
       sum(t.numbers[$8::int + 1]) AS expected, count(t.numbers[$8::int + 1]) AS scored
  FROM members m
  LEFT JOIN LATERAL (
    SELECT sum(ol.amount_cents - ol.refunded_cents) AS net
      FROM orders o JOIN order_lines ol ON ol.order_id = o.id
     WHERE o.member_id = m.id AND o.paid_at < (($5::date + 1)::timestamp AT TIME ZONE $1)
  ) s ON true
  LEFT JOIN member_tags t ON t.member_id = m.id AND t.run_id = $7::bigint
       AND t.numbers[$8::int + 1] <> 'NaN'::float8
 WHERE m.status = 'ACTIVE'
   AND m.registered_at >= ($2::date::timestamp AT TIME ZONE $1)
   AND m.registered_at < (($3::date + 1)::timestamp AT TIME ZONE $1)
   AND ($6::bigint[] IS NULL OR m.id = ANY($6::bigint[]))
 GROUP BY 1, 2"""

# Net sales and gross margin by item or category over business days $2..$3: margin only over
# lines whose item has a cost (net quantity x today's unit cost); `costed` when every line had.
ITEM_SALES = """
SELECT {key} AS key, max({code}) AS code, max({name}) AS name,
       sum(ol.amount_cents - ol.refunded_cents) AS net,
       sum((ol.amount_cents - ol.refunded_cents)
           - (ol.quantity - ol.refunded_quantity) * i.cost_cents) AS margin,
       bool_and(i.cost_cents IS NOT NULL) AS costed
  FROM orders o JOIN order_lines ol ON ol.order_id = o.id
  LEFT JOIN items i ON i.id = ol.item_id
  LEFT JOIN categories c ON c.id = ol.category_id
 WHERE o.paid_at >= ($2::date::timestamp AT TIME ZONE $1)
   AND o.paid_at < (($3::date + 1)::timestamp AT TIME ZONE $1)
 GROUP BY 1"""
ITEM_KEYS = {
    "item": ("COALESCE(ol.item_id, 0)", "COALESCE(i.code, ol.item_code)", "i.name"),
    "category": ("COALESCE(ol.category_id, 0)", "c.code", "c.name"),
}
