"""analyticsFreshness: each rollup's watermark and dirty partitions, for staff and BI."""

from __future__ import annotations

from datetime import UTC, datetime

from domain import jobs
from domain.access import Principal, Role
from domain.analytics import refresh
from domain.analytics.rollups import ROLLUPS
from domain.members.models import Channel
from domain.orders import recording
from tests.factories import make_member
from tests.helpers import BI, gql, member

QUERY = "{ analyticsFreshness { rollup grain watermark dirtyPartitions } }"
ANALYST = Principal(role=Role.STAFF, scopes=frozenset({"analytics:read"}), subject="analyst")
COUPONS = Principal(role=Role.STAFF, scopes=frozenset({"coupons:read"}), subject="coupons")
PAID = datetime(2026, 3, 1, 15, 59, 59, tzinfo=UTC)  # 23:59:59 on 1 March in Shanghai


async def _order() -> None:
    buyer = await make_member(channel=Channel.POS)
    async with jobs.deferred_scope():
        await recording.record_order(
            recording.OrderInput(
                channel=Channel.POS,
                external_no="F-1",
                paid_at=PAID,
                lines=[recording.LineInput("SKU-F", 1, 100)],
                member_id=buyer.id,
            )
        )


async def test_a_recorded_order_leaves_dirty_partitions_until_a_refresh(database: str) -> None:
    # given
    from domain.catalog.models import Item

    await Item.create(code="SKU-F", name="F", price_cents=100)
    await _order()
    # when
    before = await gql(QUERY, principal=ANALYST)
    await refresh.refresh_dirty(now=datetime(2026, 3, 2, tzinfo=UTC))
    after = await gql(QUERY, principal=BI)
    # then
    assert before.errors is None and after.errors is None
    dirty = {r["rollup"]: r["dirtyPartitions"] for r in before.data["analyticsFreshness"]}
    assert [r["rollup"] for r in before.data["analyticsFreshness"]] == list(ROLLUPS)
    # the order's day (sales, category), its month (items, member), the member's registration
    assert dirty == {
        "sales_daily": 1,
        "category_daily": 1,
        "item_monthly": 1,
        "members_daily": 1,
        "member_monthly": 1,
        "points_daily": 0,
        "coupon_daily": 0,
        "event_daily": 0,
    }
    rows = {r["rollup"]: r for r in after.data["analyticsFreshness"]}
    assert all(r["dirtyPartitions"] == 0 for r in rows.values())
    assert rows["sales_daily"]["watermark"] == "2026-03-02T00:00:00+00:00"
    assert rows["item_monthly"]["grain"] == "MONTH" and rows["sales_daily"]["grain"] == "DAY"


async def test_members_and_staff_without_the_scope_are_refused(database: str) -> None:
    # when
    results = [await gql(QUERY, principal=p) for p in (member(1), COUPONS, None)]
    # then
    codes = [r.errors[0].extensions["code"] for r in results]
    assert codes == ["FORBIDDEN", "FORBIDDEN", "UNAUTHENTICATED"]
    assert all(r.data is None for r in results)
