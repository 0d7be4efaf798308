"""Synthetic data through COPY into a real database: complete, consistent, and the ORM works on
top of it."""

from __future__ import annotations

import re

import pytest

from domain import db
from domain.catalog.models import Item
from domain.demo.generate import generate
from domain.demo.load import load
from domain.demo.vocabulary import END
from domain.members.models import Channel
from domain.orders.models import Event, Order, OrderLine
from tests.factories import make_member

pytestmark = pytest.mark.usefixtures("database")


async def _seeded(database_url: str, members: int = 500):
    data = generate(members, 120, 8, 180, seed=11, end=END)
    timings = await load(database_url, data)
    return data, timings


async def test_small_seed_loads_every_row(database: str) -> None:
    # given / when
    data, timings = await _seeded(database)

    # then
    for table, rows in data.counts().items():
        found = await db.fetch(f"SELECT count(*) AS n FROM {table}")
        assert found[0]["n"] == rows == timings[table][0], table
    stats = await db.fetch("SELECT count(*) AS n FROM member_stats")
    buyers = await db.fetch("SELECT count(DISTINCT member_id) AS n FROM orders")
    assert stats[0]["n"] == buyers[0]["n"] == timings["member_stats"][0]


async def test_phones_are_valid_and_unique_in_the_database(database: str) -> None:
    # given
    await _seeded(database)

    # when
    rows = await db.fetch("SELECT member_id, value FROM member_identities WHERE kind = 'PHONE'")

    # then
    assert (
        len(rows) == 500 == len({r["value"] for r in rows}) == len({r["member_id"] for r in rows})
    )
    assert all(re.fullmatch(r"1[3-9]\d{9}", r["value"]) for r in rows)


async def test_line_amounts_and_order_totals_add_up(database: str) -> None:
    # given
    await _seeded(database)

    # when
    bad_lines = await db.fetch(
        "SELECT id FROM order_lines WHERE amount_cents <> quantity * unit_price_cents"
    )
    bad_orders = await db.fetch(
        """SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id
            GROUP BY o.id, o.total_cents HAVING o.total_cents <> sum(l.amount_cents)"""
    )
    bad_prices = await db.fetch(
        """SELECT l.id FROM order_lines l JOIN items i ON i.id = l.item_id
            WHERE l.unit_price_cents <> i.price_cents OR l.item_code <> i.code
               OR l.category_id <> i.category_id OR l.brand_id <> i.brand_id"""
    )

    # then
    assert bad_lines == [] and bad_orders == [] and bad_prices == []


async def test_member_stats_equal_an_aggregate_over_orders(database: str) -> None:
    # given
    await _seeded(database)

    # when
    mismatched = await db.fetch(
        """
        WITH agg AS (
            SELECT member_id, count(*) AS n, sum(total_cents) AS spend,
                   min(paid_at) AS first_at, max(paid_at) AS last_at
              FROM orders GROUP BY member_id
        ), spend AS (
            SELECT o.member_id, jsonb_object_agg(x.category_id::text, x.cents) AS per_category
              FROM (SELECT o.member_id, l.category_id, sum(l.amount_cents) AS cents
                      FROM order_lines l JOIN orders o ON o.id = l.order_id
                     GROUP BY 1, 2) x JOIN (SELECT DISTINCT member_id FROM orders) o
                   ON o.member_id = x.member_id
             GROUP BY o.member_id
        )
        SELECT a.member_id FROM agg a
          JOIN spend p ON p.member_id = a.member_id
          LEFT JOIN member_stats s ON s.member_id = a.member_id
         WHERE s.member_id IS NULL OR s.order_count <> a.n OR s.total_spend_cents <> a.spend
            OR s.first_order_at <> a.first_at OR s.last_order_at <> a.last_at
            OR s.refunded_cents <> 0 OR s.category_spend <> p.per_category
        """
    )

    # then
    assert mismatched == []


async def test_orm_inserts_after_seeding_get_fresh_ids(database: str) -> None:
    # given
    data, _ = await _seeded(database)
    counts = data.counts()
    taken = set(data["member_identities"]["value"].tolist())
    phone = next(p for p in (f"1990000{i:04d}" for i in range(10_000)) if p not in taken)

    # when
    member = await make_member(phone=phone, channel=Channel.APP)
    item = await Item.create(code="NEW-SKU", name="New", price_cents=100)
    order = await Order.create(
        channel="APP", external_no="NEW-1", member_id=member.id, total_cents=100, paid_at=END
    )
    line = await OrderLine.create(
        order=order,
        line_no=1,
        item_code="NEW-SKU",
        quantity=1,
        unit_price_cents=100,
        amount_cents=100,
        business_day=END.date(),
    )
    event = await Event.create(event_id="NEW-EVENT", name="sign_in", occurred_at=END)

    # then
    assert member.id == counts["members"] + 1
    assert item.id == counts["items"] + 1
    assert order.id == counts["orders"] + 1
    assert line.id == counts["order_lines"] + 1
    assert event.id == counts["events"] + 1
