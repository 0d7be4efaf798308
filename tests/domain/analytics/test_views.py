"""Every analytics view equals plain SQL over the raw tables, days counted in Shanghai."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import asyncpg
import pytest

from domain import db
from domain.analytics import views
from tests.domain.analytics.data import seed

# an independent statement of each view over the raw tables, in the view's column order
RAW = {
    "dim_store": "SELECT id, code, name, region, city FROM stores",
    "dim_item": """
        SELECT i.id, i.code, i.name, i.category_id,
               (SELECT code FROM categories WHERE id = i.category_id),
               (SELECT name FROM categories WHERE id = i.category_id),
               (SELECT parent_id FROM categories WHERE id = i.category_id),
               (SELECT p.name FROM categories c JOIN categories p ON p.id = c.parent_id
                 WHERE c.id = i.category_id),
               i.brand_id, (SELECT code FROM brands WHERE id = i.brand_id),
               (SELECT name FROM brands WHERE id = i.brand_id), i.price_cents, i.on_sale,
               i.cost_cents
          FROM items i""",
    "dim_member": """
        SELECT m.id, m.status, m.merged_into_id, m.channel, m.source_store, m.source_campaign,
               (m.registered_at AT TIME ZONE 'Asia/Shanghai')::date, m.region, m.city,
               (SELECT rank FROM member_levels WHERE member_id = m.id),
               (SELECT l.code FROM member_levels ml JOIN levels l ON l.rank = ml.rank
                 WHERE ml.member_id = m.id),
               (SELECT l.name FROM member_levels ml JOIN levels l ON l.rank = ml.rank
                 WHERE ml.member_id = m.id)
          FROM members m""",
    "fact_order_line": """
        SELECT o.id, l.line_no, (o.paid_at AT TIME ZONE 'Asia/Shanghai')::date, o.paid_at,
               o.store_code, o.channel, o.member_id, l.item_id, l.item_code, l.category_id,
               l.brand_id, l.quantity, l.unit_price_cents, l.amount_cents, l.refunded_quantity,
               l.refunded_cents, l.amount_cents - l.refunded_cents, o.coupon_used
          FROM orders o, order_lines l WHERE l.order_id = o.id""",
    "fact_points_entry": """
        SELECT e.id, (e.created_at AT TIME ZONE 'Asia/Shanghai')::date, e.created_at,
               a.member_id, replace(a.asset, 'POINTS:', ''), e.kind, e.amount, e.frozen_delta,
               e.source,
               CASE WHEN EXISTS (SELECT 1 FROM ledger_lots WHERE entry_id = e.id)
                    THEN (SELECT min(funding_party) FROM ledger_lots WHERE entry_id = e.id)
                    WHEN (SELECT count(DISTINCT l.funding_party) FROM ledger_allocations x
                            JOIN ledger_lots l ON l.id = x.lot_id WHERE x.entry_id = e.id) > 1
                    THEN 'MIXED'
                    ELSE (SELECT min(l.funding_party) FROM ledger_allocations x
                            JOIN ledger_lots l ON l.id = x.lot_id WHERE x.entry_id = e.id) END
          FROM ledger_entries e, ledger_accounts a
         WHERE a.id = e.account_id AND a.asset LIKE 'POINTS:%'""",
    "fact_event": """
        SELECT id, (occurred_at AT TIME ZONE 'Asia/Shanghai')::date, occurred_at, name,
               properties ->> 'channel', member_id FROM events""",
}


async def _differences(view: str, raw: str) -> int:
    left = f"SELECT * FROM analytics.{view}"
    rows = await db.fetch(
        f"SELECT count(*) AS n FROM ((({left}) EXCEPT ALL ({raw}))"
        f" UNION ALL (({raw}) EXCEPT ALL ({left}))) d"
    )
    return int(rows[0]["n"])


@pytest.mark.parametrize("view", sorted(RAW))
async def test_view_equals_plain_sql_over_raw_tables(database, view: str) -> None:
    # given
    await seed()
    # when
    rows = await db.fetch(f"SELECT count(*) AS n FROM analytics.{view}")
    # then
    assert rows[0]["n"] > 0
    assert await _differences(view, RAW[view]) == 0


async def test_order_line_day_is_the_shanghai_business_day_around_midnight(database) -> None:
    # given
    seeded = await seed()
    # when
    rows = await db.fetch(
        "SELECT order_id, line_no, day, member_id, store_code, channel, quantity, amount_cents,"
        " refunded_cents, net_cents, coupon_used FROM analytics.fact_order_line"
        " ORDER BY order_id, line_no"
    )
    # then
    assert [tuple(r.values()) for r in rows] == [
        (
            seeded.late_order_id,
            1,
            date(2026, 3, 1),
            seeded.member_id,
            "SH01",
            "POS",
            2,
            20000,
            20000,
            0,
            True,
        ),
        (
            seeded.late_order_id,
            2,
            date(2026, 3, 1),
            seeded.member_id,
            "SH01",
            "POS",
            1,
            2500,
            2500,
            0,
            True,
        ),
        (
            seeded.early_order_id,
            1,
            date(2026, 3, 2),
            None,
            None,
            "MINI_PROGRAM",
            3,
            7500,
            0,
            7500,
            False,
        ),
    ]


async def test_points_entries_carry_kind_amount_and_funding_party(database) -> None:
    # given
    seeded = await seed()
    # when
    rows = await db.fetch(
        "SELECT member_id, point_type, kind, amount, funding_party"
        " FROM analytics.fact_points_entry ORDER BY entry_id"
    )
    # then
    assert [tuple(r.values()) for r in rows] == [
        (seeded.member_id, "POINTS", "CREDIT", 100, "platform"),
        (seeded.member_id, "POINTS", "CREDIT", 50, "SH01"),
        (seeded.member_id, "POINTS", "DEBIT", -120, "MIXED"),
    ]


async def test_events_and_members_in_business_days_without_personal_data(database) -> None:
    # given
    seeded = await seed()
    # when
    events = await db.fetch("SELECT day, channel, member_id FROM analytics.fact_event ORDER BY 1")
    member = (
        await db.fetch("SELECT * FROM analytics.dim_member WHERE member_id = $1", seeded.member_id)
    )[0]
    # then
    assert [tuple(r.values()) for r in events] == [
        (date(2026, 3, 1), "APP", seeded.member_id),
        (date(2026, 3, 2), None, None),
    ]
    assert dict(member) | {"registered_day": None} == {
        "member_id": seeded.member_id,
        "status": "ACTIVE",
        "merged_into_id": None,
        "channel": "POS",
        "source_store_code": "SH01",
        "source_campaign": "SPRING",
        "registered_day": None,
        "region": "华东",
        "city": "上海",
        "level_rank": 1,
        "level_code": "GOLD",
        "level_name": "金卡",
    }


async def test_dim_date_is_a_calendar_in_the_business_time_zone(database) -> None:
    # when
    rows = await db.fetch(
        "SELECT day, year, quarter, month, iso_weekday, iso_week, week_start, month_start,"
        " weekday_name_zh, is_weekend, time_zone FROM analytics.dim_date"
        " WHERE day IN ('2026-03-01', '2026-03-02') ORDER BY day"
    )
    total = await db.fetch(
        "SELECT count(*) AS n, min(day) AS a, max(day) AS b FROM analytics.dim_date"
    )
    # then
    assert [tuple(r.values()) for r in rows] == [
        (
            date(2026, 3, 1),
            2026,
            1,
            3,
            7,
            9,
            date(2026, 2, 23),
            date(2026, 3, 1),
            "星期日",
            True,
            "Asia/Shanghai",
        ),
        (
            date(2026, 3, 2),
            2026,
            1,
            3,
            1,
            10,
            date(2026, 3, 2),
            date(2026, 3, 1),
            "星期一",
            False,
            "Asia/Shanghai",
        ),
    ]
    assert tuple(total[0].values()) == (18628, date(2000, 1, 1), date(2050, 12, 31))
    today = await db.fetch(
        "SELECT count(*) AS n FROM analytics.dim_date"
        " WHERE is_today AND days_ago = 0 AND day = (now() AT TIME ZONE 'Asia/Shanghai')::date"
    )
    assert today[0]["n"] == 1


async def test_every_view_and_column_is_documented_in_chinese_and_english(database) -> None:
    # when
    rows = await db.fetch(
        """SELECT c.relname AS view, a.attname AS col, obj_description(c.oid, 'pg_class') AS vd,
                  col_description(c.oid, a.attnum) AS cd
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
            WHERE n.nspname = 'analytics' AND c.relkind = 'v'"""
    )
    # then
    assert {r["view"] for r in rows} == set(views.VIEWS)
    for r in rows:
        for text in (r["vd"], r["cd"]):
            assert text and "/" in text, (r["view"], r["col"])
            assert any("a" <= ch.lower() <= "z" for ch in text), (r["view"], r["col"])
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (r["view"], r["col"])


async def test_applying_again_with_another_zone_moves_the_days(database, migrated) -> None:
    # given
    seeded = await seed()
    conn = await asyncpg.connect(migrated.replace("postgres://", "postgresql://", 1))
    try:
        # when
        await views.apply_views(conn, ZoneInfo("UTC"))
        in_utc = await conn.fetch(
            "SELECT day FROM analytics.fact_order_line WHERE order_id = $1",
            seeded.early_order_id,
        )
        await views.apply_views(conn)
        again = await conn.fetch(
            "SELECT day FROM analytics.fact_order_line WHERE order_id = $1",
            seeded.early_order_id,
        )
    finally:
        await views.apply_views(conn)
        await conn.close()
    # then
    assert [r["day"] for r in in_utc] == [date(2026, 3, 1)]
    assert [r["day"] for r in again] == [date(2026, 3, 2)]
