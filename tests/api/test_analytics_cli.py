"""`crm analytics rebuild / refresh / status` in a separate process against the test database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from domain import db, jobs
from domain.catalog.models import Item
from domain.members.models import Channel
from domain.orders import recording

ROOT = Path(__file__).resolve().parent.parent.parent


def _crm(*args: str, database_url: str, redis_url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PYTHONPATH": str(ROOT),
        "COLUMNS": "120",
    }
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


async def test_rebuild_fills_a_span_and_status_shows_the_dirty_partitions(
    database: str, service_urls: tuple[str, str]
) -> None:
    # given an order whose dirty marks were lost (as after a bulk load)
    await Item.create(code="SKU-1", name="One", price_cents=100)
    async with jobs.deferred_scope():
        await recording.record_order(
            recording.OrderInput(
                channel=Channel.POS,
                external_no="A",
                paid_at=datetime(2026, 3, 1, 4, tzinfo=UTC),
                lines=[recording.LineInput("SKU-1", 2, 100)],
            )
        )
    await db.execute("DELETE FROM analytics_dirty WHERE rollup <> 'item_monthly'")
    urls = {"database_url": database, "redis_url": service_urls[1]}
    # when
    status = _crm("analytics", "status", **urls)
    rebuilt = _crm(
        "analytics", "rebuild", "--from", "2026-02-28", "--to", "2026-03-01",
        "--rollup", "sales_daily", "--rollup", "category_daily", **urls,
    )  # fmt: skip
    refreshed = _crm("analytics", "refresh", **urls)
    bad = _crm("analytics", "rebuild", "--from", "2026-03-01", "--rollup", "nope", **urls)
    # then
    assert status.returncode == 0, status.stderr
    assert "item_monthly" in status.stdout and "│ 1" in status.stdout
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "rebuilt 4 partitions of 2 rollups" in rebuilt.stdout
    assert refreshed.returncode == 0 and "rebuilt 1 dirty partitions" in refreshed.stdout
    assert bad.returncode == 1 and "Unknown rollup 'nope'" in bad.stdout
    sales = await db.fetch("SELECT day, quantity, amount_cents FROM analytics_sales_daily")
    assert [tuple(r.values()) for r in sales] == [(date(2026, 3, 1), 2, 200)]
    months = await db.fetch("SELECT day, quantity FROM analytics_item_monthly")
    assert [tuple(r.values()) for r in months] == [(date(2026, 3, 1), 2)]
