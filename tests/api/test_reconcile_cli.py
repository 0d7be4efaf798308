"""`crm analytics reconcile` in a separate process: a table per rollup, exit 1 on a mismatch."""

from __future__ import annotations

from domain import db
from domain.analytics.records import ReconcileResult
from tests.api.test_analytics_cli import _crm
from tests.factories import make_member


async def test_reconcile_prints_each_rollup_and_fails_on_a_mismatch(
    database: str, service_urls: tuple[str, str]
) -> None:
    # given a member whose registration day is counted twice in the rollup
    await make_member()
    clean = _crm("analytics", "refresh", database_url=database, redis_url=service_urls[1])
    assert clean.returncode == 0, clean.stderr
    # when
    first = _crm(
        "analytics", "reconcile", "--seed", "5", database_url=database, redis_url=service_urls[1]
    )
    await db.execute("UPDATE analytics_members_daily SET new_members = new_members + 1")
    second = _crm("analytics", "reconcile", database_url=database, redis_url=service_urls[1])
    # then
    assert first.returncode == 0, first.stdout + first.stderr
    assert "members_daily" in first.stdout and "sales_daily" in first.stdout
    assert second.returncode == 1
    results = await ReconcileResult.filter(rollup="members_daily").order_by("id")
    assert [(r.total_mismatches, r.row_mismatches) for r in results] == [(0, 0), (1, 2)]
    assert results[0].seed == 5
