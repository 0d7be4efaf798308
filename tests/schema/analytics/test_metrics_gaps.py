"""metrics: totals over all rows, store region and city, and the members of a saved segment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain import jobs
from domain.analytics import refresh
from domain.catalog.models import Item, Store
from domain.members.models import Channel
from domain.orders import recording
from domain.segments import service as segments_service
from domain.tags import runs as tags_runs
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import BI, gql

pytestmark = pytest.mark.usefixtures("database")

METRICS = """query($q: MetricsQueryInput!) { metrics(query: $q) {
  rows totals compareTotals truncated source } }"""
DAY = datetime(2026, 3, 2, 4, tzinfo=UTC)  # noon of 2 March in Shanghai


async def _sales() -> tuple[int, int]:
    """Hangzhou member buys 100 + 200 at store HZ; another member 400 at SH; a guest 800 at SH."""
    await Item.create(code="SKU-1", name="One", price_cents=100)
    await Store.create(code="HZ", name="杭州店", region="华东", city="杭州")
    await Store.create(code="SH", name="上海店", region="华东", city="上海")
    local, other = await make_member(city="Hangzhou"), await make_member(city="Shanghai")
    sales = [("HZ", local.id, 100), ("HZ", local.id, 200), ("SH", other.id, 400), ("SH", None, 800)]
    async with jobs.deferred_scope():
        for number, (store, member_id, cents) in enumerate(sales):
            await recording.record_order(
                recording.OrderInput(
                    channel=Channel.POS,
                    external_no=f"G-{number}",
                    paid_at=DAY,
                    lines=[recording.LineInput("SKU-1", 1, cents)],
                    member_id=member_id,
                    store_code=store,
                )
            )
    await refresh.refresh_dirty(now=datetime(2026, 4, 1, tzinfo=UTC))
    return local.id, other.id


async def test_totals_cover_every_row_not_only_those_returned() -> None:
    # given
    await _sales()
    query = {
        "measures": ["sales.netCents", "sales.orders"],
        "dimensions": ["store.code"],
        "order": [{"by": "sales.netCents", "descending": True}],
        "limit": 1,
    }
    # when
    result = await gql(METRICS, {"q": query}, principal=BI)
    # then
    assert result.errors is None
    answer = result.data["metrics"]
    assert (answer["rows"], answer["truncated"]) == ([["SH", 1200, 2]], True)
    assert answer["totals"] == [1500, 4] and answer["compareTotals"] is None


async def test_store_region_and_city_group_the_sales() -> None:
    # given
    await _sales()
    query = {"measures": ["sales.netCents"], "dimensions": ["store.region", "store.city"]}
    # when
    result = await gql(METRICS, {"q": query}, principal=BI)
    filtered = await gql(
        METRICS,
        {
            "q": {
                "measures": ["sales.orders"],
                "filters": [{"dimension": "store.city", "op": "EQ", "values": ["杭州"]}],
            }
        },
        principal=BI,
    )
    # then
    assert result.errors is None and filtered.errors is None
    assert result.data["metrics"]["rows"] == [["华东", "上海", 1200], ["华东", "杭州", 300]]
    assert filtered.data["metrics"]["totals"] == [2]


async def test_a_segment_is_answered_from_the_member_grain_rollup() -> None:
    # given a saved segment of the Hangzhou member
    await _sales()
    await tags_runs.compute_all()
    segment = await segments_service.save_segment(
        segments_service.SegmentInput(
            name="Hangzhou",
            definition={"tag": {"tag_code": "city", "op": "EQUALS", "values": ["Hangzhou"]}},
        ),
        operator="test",
    )
    segment_id = encode_id("Segment", segment.id)
    query = {
        "measures": ["sales.netCents", "members.buyers"],
        "time": {"grain": "MONTH", "from": "2026-03-01", "to": "2026-03-31"},
        "segmentId": segment_id,
    }
    # when
    result = await gql(METRICS, {"q": query}, principal=BI)
    uncovered = await gql(
        METRICS, {"q": {"measures": ["sales.lines"], "segmentId": segment_id}}, principal=BI
    )
    # then
    assert result.errors is None
    answer = result.data["metrics"]
    assert answer["source"] == "member_monthly"
    assert answer["rows"] == [["2026-03-01", 300, 1]] and answer["totals"] == [300, 1]
    assert uncovered.errors is not None
    assert uncovered.errors[0].extensions["code"] == "NOT_COVERED"
    assert uncovered.errors[0].extensions["field"] == "segmentId"
