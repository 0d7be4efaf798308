"""Item costs, the gross margin measures and the ABC analysis, against sums by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from fractions import Fraction

import pytest

from domain import db, jobs
from domain.analytics import abc, refresh
from domain.catalog.models import Category, Item
from domain.members.models import Channel
from domain.orders import recording, refunds
from domain.orders.rules import RefundLineRequest
from tests.domain.analytics.raw import mismatches
from tests.helpers import BI, SERVICE, gql

pytestmark = pytest.mark.usefixtures("database")

PAID = datetime(2026, 3, 2, 4, tzinfo=UTC)  # noon of 2 March in Shanghai
UPSERT = """mutation($items: [ItemRowInput!]!) { upsertItems(input: {items: $items}) {
  items { code } errors { code field } } }"""
METRICS = """query($q: MetricsQueryInput!) { metrics(query: $q) { rows source } }"""


async def _sales() -> None:
    """A: 5 x 100, one refunded, cost 40; B: 3 x 100, no cost; C: 2 x 50, cost 10."""
    skin = await Category.create(code="SKIN", name="护肤")
    body = await Category.create(code="BODY", name="身体")
    result = await gql(
        UPSERT,
        {
            "items": [
                {
                    "code": "A",
                    "name": "A",
                    "priceCents": 100,
                    "categoryCode": "SKIN",
                    "costCents": 40,
                },
                {"code": "B", "name": "B", "priceCents": 100, "categoryCode": "SKIN"},
                {
                    "code": "C",
                    "name": "C",
                    "priceCents": 50,
                    "categoryCode": "BODY",
                    "costCents": 10,
                },
            ]
        },
        SERVICE,
    )
    assert result.data["upsertItems"]["errors"] == []
    assert (skin.id, body.id) != (0, 0)
    async with jobs.deferred_scope():
        await recording.record_order(
            recording.OrderInput(
                channel=Channel.POS,
                external_no="P-1",
                paid_at=PAID,
                lines=[
                    recording.LineInput("A", 5, 100),
                    recording.LineInput("B", 3, 100),
                    recording.LineInput("C", 2, 50),
                ],
            )
        )
        await refunds.refund_order(
            channel=Channel.POS,
            external_no="P-1",
            refund_no="R-1",
            refunded_at=PAID,
            lines=[RefundLineRequest(line_no=1, quantity=1, amount_cents=100)],
        )


async def test_costs_are_kept_when_an_upsert_leaves_them_out_and_refused_when_negative() -> None:
    # given
    await _sales()
    # when
    kept = await gql(UPSERT, {"items": [{"code": "A", "name": "A2", "priceCents": 100}]}, SERVICE)
    bad = await gql(
        UPSERT, {"items": [{"code": "A", "name": "A", "priceCents": 1, "costCents": -1}]}, SERVICE
    )
    # then
    assert kept.data["upsertItems"]["errors"] == []
    assert bad.data["upsertItems"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "items[0].costCents"}
    ]
    item = await Item.get(code="A")
    assert (item.name, item.cost_cents, item.price_cents) == ("A2", 40, 100)


async def test_gross_margin_from_the_item_rollup() -> None:
    # given
    await _sales()
    await refresh.refresh_dirty(now=datetime(2026, 4, 1, tzinfo=UTC))
    query = {
        "measures": [
            "sales.netCents",
            "sales.costCents",
            "sales.grossMarginCents",
            "sales.costedNetCents",
        ],
        "time": {"grain": "MONTH", "from": "2026-03-01", "to": "2026-03-31"},
    }
    # when
    result = await gql(METRICS, {"q": query}, BI)
    # then: A nets 400 on 4 pieces costing 160; C nets 100 on 2 costing 20; B has no cost
    assert result.errors is None
    assert result.data["metrics"] == {
        "rows": [["2026-03-01", 800, 180, 320, 500]],
        "source": "item_monthly",
    }
    assert await mismatches("item_monthly") == 0


async def test_abc_classes_by_net_sales_and_margin() -> None:
    # given
    await _sales()
    # when
    items, truncated = await abc.abc_analysis(abc.AbcBy.ITEM, date(2026, 3, 1), date(2026, 3, 31))
    categories, _ = await abc.abc_analysis(abc.AbcBy.CATEGORY, date(2026, 3, 1), date(2026, 3, 31))
    # then
    assert not truncated
    assert [
        (r.code, r.net_cents, r.net.grade, r.net.cumulative, r.margin_cents, r.fully_costed)
        for r in items
    ] == [
        ("A", 400, "A", Fraction(1, 2), 240, True),
        ("B", 300, "A", Fraction(7, 8), None, False),
        ("C", 100, "B", Fraction(1), 80, True),
    ]
    assert [(r.margin.grade if r.margin else None) for r in items] == ["A", None, "A"]
    assert [(r.name, r.net_cents, r.margin_cents, r.fully_costed) for r in categories] == [
        ("护肤", 700, 240, False),
        ("身体", 100, 80, True),
    ]
    rows = await db.fetch(
        "SELECT sum(net_cents) AS n FROM analytics.fact_order_line WHERE day = '2026-03-02'"
    )
    assert sum(r.net_cents for r in items) == rows[0]["n"]


def test_classes_follow_the_cumulative_share_before_each_row() -> None:
    shares = abc.classify({1: 90, 2: 6, 3: 3, 4: 1, 5: 0, 6: -5})
    assert {k: s.grade for k, s in shares.items()} == {
        1: "A",
        2: "B",
        3: "C",
        4: "C",
        5: "C",
        6: "C",
    }
    assert shares[4].cumulative == 1


async def test_abc_through_graphql() -> None:
    # given
    await _sales()
    # when
    result = await gql(
        '{ abcAnalysis(by: ITEM, from: "2026-03-01", to: "2026-03-31") { truncated'
        " rows { code netCents netSharePercent netClass marginCents marginClass } } }",
        principal=BI,
    )
    # then
    assert result.errors is None
    assert result.data["abcAnalysis"]["rows"][0] == {
        "code": "A",
        "netCents": 400,
        "netSharePercent": 50.0,
        "netClass": "A",
        "marginCents": 240,
        "marginClass": "A",
    }
