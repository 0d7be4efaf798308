"""Every area's task module is imported here so its handlers register; cron jobs are listed."""

from __future__ import annotations

from typing import Any

from arq import cron

from workers import (  # noqa: F401
    analytics,
    analytics_behaviour,
    campaigns,
    coupons,
    levels,
    mall,
    orders,
    payments,
    points,
    recs,
    segments,
    system,
    tags,
    webhooks,
)

CRON_JOBS: list[Any] = [
    # 02:00 on the worker's clock: one full tag computation a day (keyed by business day).
    cron(tags.nightly_tags, hour={2}, minute={0}, unique=True),
    cron(segments.hourly_segments, minute={20}, unique=True),
    cron(points.nightly_expiry, hour={0}, minute={10}, unique=True),
    cron(levels.nightly_levels, hour={0}, minute={30}, unique=True),
    cron(coupons.nightly_coupon_expiry, hour={0}, minute={5}, unique=True),
    cron(coupons.release_stale_coupons, minute=set(range(0, 60, 5)), second={50}, unique=True),
    cron(campaigns.every_minute, second={15}, unique=True),
    cron(campaigns.every_ten_minutes, minute=set(range(0, 60, 10)), second={45}, unique=True),
    cron(points.hourly_pending_release, minute={7}, unique=True),
    cron(points.nightly_ledger_check, hour={3}, minute={30}, unique=True),
    cron(recs.nightly_rebuild, hour={4}, minute={0}, unique=True),
    cron(system.nightly_retention, hour={1}, minute={40}, unique=True),
    cron(analytics.quarter_hourly_rollups, minute={0, 15, 30, 45}, second={30}, unique=True),
    # 02:15 on the worker's clock: yesterday's partitions of every rollup (T+1).
    cron(analytics.nightly_analytics, hour={2}, minute={15}, unique=True),
    cron(webhooks.every_minute, second={5}, unique=True),
    # 03:15 on the worker's clock: every rollup against the raw tables, after the T+1 pass.
    cron(analytics.nightly_reconcile, hour={3}, minute={15}, unique=True),
    cron(payments.expire_pending_purchases, minute=set(range(0, 60, 5)), second={50}, unique=True),
    cron(mall.release_unpaid_exchanges, minute=set(range(1, 60, 5)), second={10}, unique=True),
]
