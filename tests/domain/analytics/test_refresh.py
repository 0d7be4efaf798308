"""Partition rebuilds: business days at midnight, waiting for open writers, backfill ranges."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest

from domain import db, jobs
from domain.analytics import refresh
from domain.analytics.rollups import ROLLUPS
from domain.catalog.models import Item
from domain.clock import business_today, utc_now
from domain.coupons import redemption
from domain.coupons.models import Coupon, CouponState
from domain.errors import DomainError
from domain.members.models import Channel
from domain.orders import recording
from domain.orders.models import OrderLine
from tests.domain.analytics.raw import mismatches
from tests.factories import make_member
from tests.factories.coupons import issue_coupons

LATE = datetime(2026, 3, 1, 15, 59, 59, tzinfo=UTC)  # 23:59:59 on 1 March in Shanghai
EARLY = datetime(2026, 3, 1, 16, 0, 0, tzinfo=UTC)  # 00:00:00 on 2 March in Shanghai


def _order(number: str, paid_at: datetime, cents: int = 100) -> recording.OrderInput:
    return recording.OrderInput(
        channel=Channel.POS,
        external_no=number,
        paid_at=paid_at,
        lines=[recording.LineInput("SKU-1", 1, cents)],
    )


async def _sales(day: date) -> list[tuple[int, int]]:
    rows = await db.fetch(
        "SELECT orders, amount_cents FROM analytics_sales_daily WHERE day = $1", day
    )
    return [(r["orders"], r["amount_cents"]) for r in rows]


async def test_an_order_at_midnight_lands_on_its_business_day(database: str) -> None:
    # given
    await Item.create(code="SKU-1", name="One", price_cents=100)
    async with jobs.deferred_scope():
        await recording.record_order(_order("A", LATE, 100))
        await recording.record_order(_order("B", EARLY, 300))
    # when
    await refresh.refresh_dirty(now=EARLY)
    # then
    days = sorted(await db.values_of(OrderLine.all(), "business_day"))
    assert days == [date(2026, 3, 1), date(2026, 3, 2)]
    assert await _sales(date(2026, 3, 1)) == [(1, 100)]
    assert await _sales(date(2026, 3, 2)) == [(1, 300)]


async def test_a_rebuild_waits_for_the_writer_that_marked_its_partition(database: str) -> None:
    # given a writer that recorded an order and has not committed yet
    await Item.create(code="SKU-1", name="One", price_cents=100)
    async with jobs.deferred_scope():
        await recording.record_order(_order("A", LATE, 100))
    await refresh.refresh_dirty(now=LATE)
    written, release = asyncio.Event(), asyncio.Event()

    async def writer() -> None:
        async with jobs.deferred_scope(), db.transaction():
            await recording.record_order(_order("B", LATE, 200))
            written.set()
            await release.wait()

    writing = asyncio.create_task(writer())
    await written.wait()
    # when the partition is rebuilt meanwhile
    rebuilding = asyncio.create_task(
        refresh.rebuild_partition(ROLLUPS["sales_daily"], date(2026, 3, 1))
    )
    await asyncio.sleep(0.3)
    waited = not rebuilding.done()
    release.set()
    await writing
    await rebuilding
    # then it waited, and holds the order committed meanwhile
    assert waited
    assert await _sales(date(2026, 3, 1)) == [(2, 300)]


async def test_rebuild_range_covers_days_and_months(database: str) -> None:
    # given
    await Item.create(code="SKU-1", name="One", price_cents=100)
    async with jobs.deferred_scope():
        await recording.record_order(_order("A", LATE, 100))
    await db.execute("DELETE FROM analytics_dirty")
    # when
    report = await refresh.rebuild_range(
        date(2026, 2, 27), date(2026, 3, 2), rollups=["sales_daily", "item_monthly"]
    )
    # then
    assert report.as_dict() == {"sales_daily": 4, "item_monthly": 2}
    assert await _sales(date(2026, 3, 1)) == [(1, 100)]
    months = await db.fetch("SELECT day, amount_cents FROM analytics_item_monthly")
    assert [(r["day"], r["amount_cents"]) for r in months] == [(date(2026, 3, 1), 100)]


async def test_unknown_rollups_and_reversed_ranges_are_refused(database: str) -> None:
    with pytest.raises(DomainError) as unknown:
        await refresh.rebuild_range(date(2026, 3, 1), date(2026, 3, 1), rollups=["nope"])
    with pytest.raises(DomainError) as reversed_range:
        await refresh.rebuild_range(date(2026, 3, 2), date(2026, 3, 1))
    assert (unknown.value.field, reversed_range.value.field) == ("rollup", "to")


async def test_issued_and_used_coupons_reach_their_days(database: str) -> None:
    # given two coupons issued, one then locked to an order and confirmed at store S1
    buyer = await make_member()
    first, _ = await issue_coupons(buyer.id, 2)
    await Coupon.filter(id=first.id).update(
        state=CouponState.LOCKED, order_ref="POS:1", discount_cents=100
    )
    await redemption.confirm(
        order_ref="POS:1", member_id=buyer.id, store_code="S1", order_total_cents=900
    )
    # when
    await refresh.refresh_dirty(now=utc_now())
    # then
    today = business_today()
    rows = await db.fetch(
        "SELECT day, store_code, sum(issued) AS issued, sum(used) AS used,"
        " sum(discount_cents) AS discount FROM analytics_coupon_daily GROUP BY 1, 2 ORDER BY 2"
    )
    assert [tuple(r.values()) for r in rows] == [(today, "", 2, 0, 0), (today, "S1", 0, 1, 100)]
    assert await mismatches("coupon_daily") == 0
