"""The rollup registry: each rollup's table, grain, the sources whose writes make it dirty, and
the SELECT that rebuilds its rows for a range of partitions.

Each SELECT takes $1 = first day, $2 = day after the last (exclusive), $3 = the business time
zone, and returns the table's columns in `columns` order, partition key first. Timestamps are
turned into business days with an explicit `AT TIME ZONE $3`, never the session's zone, and the
range test is written on the raw column so that its index serves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain import dirty


@dataclass(frozen=True)
class Rollup:
    """One rollup table and how to rebuild it."""

    name: str
    table: str
    monthly: bool
    sources: tuple[str, ...]
    dimensions: tuple[str, ...]
    measures: tuple[str, ...]
    select: str
    description: str

    @property
    def columns(self) -> tuple[str, ...]:
        """The table's columns in insert order: day, dimensions, measures."""
        return ("day", *self.dimensions, *self.measures)


def _in_days(column: str) -> str:
    """A range test of a timestamp column against business days [$1, $2)."""
    return (
        f"{column} >= ($1::date::timestamp AT TIME ZONE $3) "
        f"AND {column} < ($2::date::timestamp AT TIME ZONE $3)"
    )


def _day(column: str) -> str:
    return f"({column} AT TIME ZONE $3)::date"


_LINE_SUMS = """count(*), sum(ol.quantity), sum(ol.amount_cents), sum(ol.refunded_cents),
       sum(ol.amount_cents - ol.refunded_cents)"""

SALES_DAILY = Rollup(
    name="sales_daily",
    table="analytics_sales_daily",
    monthly=False,
    sources=("orders",),
    dimensions=("store_code", "channel", "is_member", "coupon_used"),
    measures=("orders", "lines", "quantity", "amount_cents", "refunded_cents", "net_cents"),
    select=f"""
SELECT ol.business_day, COALESCE(o.store_code, ''), o.channel, o.member_id IS NOT NULL,
       o.coupon_used, count(DISTINCT o.id), {_LINE_SUMS}
  FROM order_lines ol JOIN orders o ON o.id = ol.order_id
 WHERE ol.business_day >= $1 AND ol.business_day < $2 AND $3::text IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5""",
    description="Sales by day, store, channel, member or not, coupon used or not.",
)

CATEGORY_DAILY = Rollup(
    name="category_daily",
    table="analytics_category_daily",
    monthly=False,
    sources=("orders",),
    dimensions=("category_id",),
    measures=("lines", "quantity", "amount_cents", "refunded_cents", "net_cents"),
    select=f"""
SELECT ol.business_day, COALESCE(ol.category_id, 0), {_LINE_SUMS}
  FROM order_lines ol
 WHERE ol.business_day >= $1 AND ol.business_day < $2 AND $3::text IS NOT NULL
 GROUP BY 1, 2""",
    description="Sales by day and category (the category at the time of sale).",
)

ITEM_MONTHLY = Rollup(
    name="item_monthly",
    table="analytics_item_monthly",
    monthly=True,
    sources=("orders",),
    dimensions=("item_id",),
    measures=(
        "lines",
        "quantity",
        "amount_cents",
        "refunded_cents",
        "net_cents",
        "refunded_quantity",
    ),
    select=f"""
SELECT date_trunc('month', ol.business_day)::date, COALESCE(ol.item_id, 0), {_LINE_SUMS},
       sum(ol.refunded_quantity)
  FROM order_lines ol
 WHERE ol.business_day >= $1 AND ol.business_day < $2 AND $3::text IS NOT NULL
 GROUP BY 1, 2""",
    description="Sales by month and item.",
)

MEMBERS_DAILY = Rollup(
    name="members_daily",
    table="analytics_members_daily",
    monthly=False,
    sources=("members",),
    dimensions=("channel", "source_store"),
    measures=("new_members",),
    select=f"""
SELECT {_day("m.registered_at")}, m.channel, COALESCE(m.source_store, ''), count(*)
  FROM members m
 WHERE {_in_days("m.registered_at")} AND m.status <> 'MERGED'
 GROUP BY 1, 2, 3""",
    description="New members by registration day, channel and source store (merged-away "
    "members are not counted).",
)

MEMBER_MONTHLY = Rollup(
    name="member_monthly",
    table="analytics_member_monthly",
    monthly=True,
    sources=("orders",),
    dimensions=("member_id",),
    measures=("orders", "amount_cents", "refunded_cents", "net_cents"),
    select="""
SELECT date_trunc('month', ol.business_day)::date, o.member_id, count(DISTINCT o.id),
       sum(ol.amount_cents), sum(ol.refunded_cents), sum(ol.amount_cents - ol.refunded_cents)
  FROM order_lines ol JOIN orders o ON o.id = ol.order_id
 WHERE ol.business_day >= $1 AND ol.business_day < $2 AND o.member_id IS NOT NULL
   AND $3::text IS NOT NULL
 GROUP BY 1, 2""",
    description="Orders and net sales by month and member (the member an order belongs to now).",
)

POINTS_DAILY = Rollup(
    name="points_daily",
    table="analytics_points_daily",
    monthly=False,
    sources=("ledger",),
    dimensions=("point_type", "kind"),
    measures=("entries", "amount", "frozen_delta"),
    select=f"""
SELECT {_day("e.created_at")}, substr(a.asset, 8), e.kind, count(*), sum(e.amount),
       sum(e.frozen_delta)
  FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
 WHERE {_in_days("e.created_at")} AND a.asset LIKE 'POINTS:%'
 GROUP BY 1, 2, 3""",
    description="Point movements by day, point type and entry kind (signed sums).",
)

COUPON_DAILY = Rollup(
    name="coupon_daily",
    table="analytics_coupon_daily",
    monthly=False,
    sources=("coupons",),
    dimensions=("template_id", "store_code"),
    measures=("issued", "claimed", "used", "expired", "discount_cents"),
    select=f"""
SELECT day, template_id, store_code, sum(issued), sum(claimed), sum(used), sum(expired),
       sum(discount)
  FROM (SELECT {_day("c.created_at")} AS day, c.template_id, '' AS store_code, 1 AS issued,
               (c.source = 'CLAIM')::int AS claimed, 0 AS used, 0 AS expired, 0 AS discount
          FROM coupons c WHERE {_in_days("c.created_at")}
        UNION ALL
        SELECT {_day("c.used_at")}, c.template_id, COALESCE(c.store_code, ''), 0, 0, 1, 0,
               COALESCE(c.discount_cents, 0)
          FROM coupons c WHERE {_in_days("c.used_at")} AND c.state = 'USED'
        UNION ALL
        SELECT {_day("c.valid_until")}, c.template_id, '', 0, 0, 0, 1, 0
          FROM coupons c WHERE {_in_days("c.valid_until")} AND c.state = 'EXPIRED') u
 GROUP BY 1, 2, 3""",
    description="Coupons by day, template and store: issued and claimed on the issue day, "
    "used (with the discount) on the use day at its store, expired on the last valid day.",
)

EVENT_DAILY = Rollup(
    name="event_daily",
    table="analytics_event_daily",
    monthly=False,
    sources=("events",),
    dimensions=("name", "channel"),
    measures=("events",),
    select=f"""
SELECT {_day("ev.occurred_at")}, ev.name, COALESCE(ev.properties ->> 'channel', ''), count(*)
  FROM events ev
 WHERE {_in_days("ev.occurred_at")}
 GROUP BY 1, 2, 3""",
    description="Behaviour events by day, event name and channel (properties.channel).",
)

ROLLUPS: dict[str, Rollup] = {
    r.name: r
    for r in (
        SALES_DAILY,
        CATEGORY_DAILY,
        ITEM_MONTHLY,
        MEMBERS_DAILY,
        MEMBER_MONTHLY,
        POINTS_DAILY,
        COUPON_DAILY,
        EVENT_DAILY,
    )
}


def register_dirty_sources() -> None:
    """Tell the dirty marker which rollups each source feeds (called by register_hooks)."""
    for rollup in ROLLUPS.values():
        dirty.register(rollup.name, monthly=rollup.monthly, sources=rollup.sources)
