"""metrics and metricCatalog through the schema: answers equal plain SQL over the raw tables."""

from __future__ import annotations

from datetime import UTC, datetime

from domain import db, jobs
from domain.analytics import refresh
from domain.analytics.catalog import MEASURES
from domain.catalog.models import Item
from domain.members.models import Channel
from domain.orders import recording
from tests.factories import make_member
from tests.helpers import BI, gql, member

METRICS = """query($q: MetricsQueryInput!) { metrics(query: $q) {
  columns { name kind } rows compareRows truncated source freshness } }"""
WATERMARK = datetime(2026, 4, 1, tzinfo=UTC)


async def _orders() -> None:
    await Item.create(code="SKU-1", name="One", price_cents=100)
    buyer = await make_member()
    paid = [  # (business day in Shanghai, member or not, cents)
        (datetime(2026, 2, 27, 2, tzinfo=UTC), True, 100),
        (datetime(2026, 3, 1, 15, 59, 59, tzinfo=UTC), True, 200),  # 23:59:59 on 1 March
        (datetime(2026, 3, 1, 16, 0, tzinfo=UTC), False, 400),  # 00:00 on 2 March
        (datetime(2026, 3, 2, 3, 0, tzinfo=UTC), True, 800),
    ]
    async with jobs.deferred_scope():
        for number, (at, is_member, cents) in enumerate(paid):
            await recording.record_order(
                recording.OrderInput(
                    channel=Channel.POS,
                    external_no=f"M-{number}",
                    paid_at=at,
                    lines=[recording.LineInput("SKU-1", 1, cents)],
                    member_id=buyer.id if is_member else None,
                )
            )
    await refresh.refresh_dirty(now=WATERMARK)


async def test_daily_net_sales_by_member_flag_with_the_previous_period(database: str) -> None:
    # given
    await _orders()
    query = {
        "measures": ["sales.netCents", "sales.orders"],
        "dimensions": ["order.isMember"],
        "time": {"grain": "DAY", "from": "2026-03-01", "to": "2026-03-02"},
        "compare": "PREVIOUS_PERIOD",
    }
    # when
    result = await gql(METRICS, {"q": query}, principal=BI)
    # then
    assert result.errors is None
    answer = result.data["metrics"]
    assert answer["source"] == "sales_daily"
    assert answer["freshness"] == "2026-04-01T00:00:00+00:00"
    assert [c["kind"] for c in answer["columns"]] == ["TIME", "DIMENSION", "MEASURE", "MEASURE"]
    assert answer["rows"] == [
        ["2026-03-01", True, 200, 1],
        ["2026-03-02", False, 400, 1],
        ["2026-03-02", True, 800, 1],
    ]
    assert answer["compareRows"] == [["2026-02-27", True, 100, 1]]
    raw = await db.fetch(
        "SELECT (o.paid_at AT TIME ZONE 'Asia/Shanghai')::date AS d, o.member_id IS NOT NULL AS m,"
        " sum(ol.amount_cents) AS net FROM orders o JOIN order_lines ol ON ol.order_id = o.id"
        " WHERE (o.paid_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2026-03-01' AND"
        " '2026-03-02' GROUP BY 1, 2 ORDER BY 1, 2"
    )
    assert [[r["d"].isoformat(), r["m"], int(r["net"])] for r in raw] == [
        row[:3] for row in answer["rows"]
    ]


async def test_distinct_buyers_by_month_and_a_refused_query(database: str) -> None:
    # given
    await _orders()
    monthly = {
        "measures": ["members.buyers", "sales.netCents"],
        "time": {"grain": "MONTH", "from": "2026-02-01", "to": "2026-03-31"},
    }
    daily = {**monthly, "time": {"grain": "DAY", "from": "2026-03-01", "to": "2026-03-31"}}
    # when
    answered = await gql(METRICS, {"q": monthly}, principal=BI)
    refused = await gql(METRICS, {"q": daily}, principal=BI)
    unknown = await gql(METRICS, {"q": {"measures": ["sales.margin"]}}, principal=BI)
    forbidden = await gql(METRICS, {"q": {"measures": ["sales.orders"]}}, principal=member(1))
    # then
    assert answered.data["metrics"]["source"] == "member_monthly"
    assert answered.data["metrics"]["rows"] == [["2026-02-01", 1, 100], ["2026-03-01", 1, 1000]]
    assert [(e.extensions["code"], e.extensions["field"]) for e in refused.errors] == [
        ("NOT_COVERED", "time")
    ]
    assert [(e.extensions["code"], e.extensions["field"]) for e in unknown.errors] == [
        ("UNKNOWN_MEASURE", "measures[0]")
    ]
    assert forbidden.errors[0].extensions["code"] == "FORBIDDEN"


async def test_the_catalogue_lists_every_measure(database: str) -> None:
    # when
    result = await gql(
        "{ metricCatalog { measures { name labelZh additive rollups } dimensions { name } grains } }",
        principal=BI,
    )
    # then
    catalogue = result.data["metricCatalog"]
    assert [m["name"] for m in catalogue["measures"]] == list(MEASURES)
    buyers = next(m for m in catalogue["measures"] if m["name"] == "members.buyers")
    assert buyers == {
        "name": "members.buyers",
        "labelZh": "购买会员数（去重）",
        "additive": False,
        "rollups": ["member_monthly"],
    }
    assert catalogue["grains"] == ["DAY", "WEEK", "MONTH", "QUARTER", "YEAR"]
