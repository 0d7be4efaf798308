"""Synthetic data: deterministic, consistent, loadable, and the ORM works on top of it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import asyncpg
import numpy as np
import pytest

from domain import db
from domain.demo.generate import generate
from domain.demo.load import load
from domain.members.models import Channel
from tests.factories import make_member

END = datetime(2026, 11, 1, tzinfo=UTC)


def test_generation_is_deterministic_and_consistent() -> None:
    a = generate(500, 100, 10, 180, seed=3, end=END)
    b = generate(500, 100, 10, 180, seed=3, end=END)
    for table in ("members", "orders", "lines", "events"):
        for column, values in getattr(a, table).items():
            assert np.array_equal(values, getattr(b, table)[column]), (table, column)
    lines = a.lines
    assert np.array_equal(lines["amount_cents"], lines["quantity"] * lines["unit_price_cents"])
    totals = np.bincount(lines["order_id"], weights=lines["amount_cents"])[1:]
    assert np.array_equal(totals.astype(np.int64), a.orders["total_cents"])
    phones = a.identities["value"][a.identities["kind"] == "PHONE"]
    assert len(set(phones)) == 500 and all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert (
        generate(500, 100, 10, 180, seed=4, end=END).orders["total_cents"].sum()
        != a.orders["total_cents"].sum()
    )


@pytest.mark.usefixtures("database")
async def test_small_seed_loads_and_statistics_match_orders(migrated: str) -> None:
    data = generate(500, 100, 10, 180, seed=5, end=END)
    conn = await asyncpg.connect(migrated.replace("postgres://", "postgresql://", 1))
    try:
        timings = await load(conn, data)
    finally:
        await conn.close()
    counts = data.counts()
    assert timings["members"][0] == counts["members"]
    row = await db.fetch_one("SELECT count(*) AS n FROM order_lines")
    assert row["n"] == counts["lines"]
    mismatched = await db.fetch(
        """SELECT s.member_id FROM member_stats s
             JOIN (SELECT member_id, count(*) AS n, sum(total_cents) AS spend FROM orders
                    GROUP BY member_id) o ON o.member_id = s.member_id
            WHERE s.order_count <> o.n OR s.total_spend_cents <> o.spend"""
    )
    assert mismatched == []
    # sequences are past the copied ids: the ORM can add members
    member = await make_member(channel=Channel.APP)
    assert member.id == counts["members"] + 1
