"""The reconcile check: a tampered rollup row is reported, clean rollups report 0, and the
results reach analyticsFreshness and the Prometheus gauge."""

from __future__ import annotations

from datetime import UTC, date, datetime

from prometheus_client import REGISTRY

from domain import db
from domain.analytics import reconcile, refresh
from domain.analytics.records import ReconcileResult
from domain.analytics.rollups import ROLLUPS
from domain.clock import utc_now
from tests.domain.analytics.data import seed
from tests.helpers import BI, gql

NIGHT = datetime(2026, 3, 3, 19, 0, tzinfo=UTC)


async def _seeded() -> None:
    await seed()
    await refresh.refresh_dirty(now=utc_now())
    await refresh.rebuild_range(date(2026, 3, 1), date(2026, 3, 2))


def _gauge(rollup: str) -> float | None:
    return REGISTRY.get_sample_value("crm_analytics_reconcile_mismatches", {"rollup": rollup})


async def test_clean_rollups_report_no_mismatch(database: str) -> None:
    # given
    await _seeded()
    # when
    outcomes = await reconcile.reconcile(now=NIGHT, seed=7)
    # then
    assert {o.rollup: o.mismatches for o in outcomes} == dict.fromkeys(ROLLUPS, 0)
    sales = next(o for o in outcomes if o.rollup == "sales_daily")
    assert sales.days == [date(2026, 3, 1), date(2026, 3, 2)]
    assert await ReconcileResult.all().count() == len(ROLLUPS)
    assert _gauge("sales_daily") == 0


async def test_a_tampered_row_is_reported_and_shown(database: str) -> None:
    # given a rollup row changed behind the refresh's back
    await _seeded()
    await db.execute(
        "UPDATE analytics_sales_daily SET net_cents = net_cents + 1 WHERE day = $1",
        date(2026, 3, 2),
    )
    # when
    outcomes = {o.rollup: o for o in await reconcile.reconcile(now=NIGHT, seed=7)}
    result = await gql(
        "{ analyticsFreshness { rollup reconcileMismatches reconciledAt reconciledDays } }",
        principal=BI,
    )
    # then the total of one measure differs, and the row is on both sides in two versions
    assert (outcomes["sales_daily"].total_mismatches, outcomes["sales_daily"].row_mismatches) == (
        1,
        2,
    )
    assert all(o.mismatches == 0 for name, o in outcomes.items() if name != "sales_daily")
    assert _gauge("sales_daily") == 3
    assert result.errors is None
    shown = {r["rollup"]: r for r in result.data["analyticsFreshness"]}
    assert shown["sales_daily"]["reconcileMismatches"] == 3
    assert shown["sales_daily"]["reconciledAt"] == "2026-03-03T19:00:00+00:00"
    assert shown["sales_daily"]["reconciledDays"] == ["2026-03-01", "2026-03-02"]
    assert shown["category_daily"]["reconcileMismatches"] == 0


async def test_a_dirty_partition_is_left_out_until_its_refresh(database: str) -> None:
    # given a missing rollup row whose partition waits for a refresh
    await _seeded()
    await db.execute("DELETE FROM analytics_sales_daily WHERE day = $1", date(2026, 3, 2))
    await refresh.mark_day(date(2026, 3, 2), rollups=["sales_daily"])
    # when
    [outcome] = await reconcile.reconcile(now=NIGHT, seed=7, rollups=["sales_daily"])
    # then
    assert (outcome.mismatches, outcome.skipped_partitions) == (0, 1)
    assert outcome.days == [date(2026, 3, 1)]


async def test_a_missing_row_is_reported(database: str) -> None:
    # given
    await _seeded()
    await db.execute("DELETE FROM analytics_event_daily WHERE day = $1", date(2026, 3, 1))
    # when
    [outcome] = await reconcile.reconcile(now=NIGHT, seed=7, rollups=["event_daily"])
    # then the totals differ, and the row is missing from a sampled partition or its day is gone
    assert outcome.total_mismatches == 1


def test_the_sample_is_repeatable_and_bounded() -> None:
    days = [date(2026, 1, d) for d in range(1, 31)]
    assert reconcile.sample(days, 3) == reconcile.sample(list(reversed(days)), 3)
    assert len(reconcile.sample(days, 3)) == 7
    assert reconcile.sample(days[:2], 3) == days[:2]
