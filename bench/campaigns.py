"""Campaigns: fan-out rate (members rewarded and notified per second) against a bare bulk
insert of the same delivery rows, and trigger latency from a recorded order to its reward
through a real worker.

    python -m bench.campaigns [--members 1000000 --orders 40]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import asyncpg

from bench.common import BENCH_DATABASE_URL, BENCH_REDIS_URL, prepare_database


async def fan_out(members: int) -> None:
    from domain.campaigns import audience, fanout
    from domain.campaigns import service as campaigns_service
    from domain.campaigns.models import Campaign, CampaignMode

    conn = await asyncpg.connect(BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    await conn.execute(
        "INSERT INTO members (status, gender, channel, consent_sms, consent_push, registered_at, "
        "profile_updated_at, name) SELECT 'ACTIVE', 'UNKNOWN', 'APP', true, true, now(), now(), "
        "'M' || g FROM generate_series(1, $1) g",
        members,
    )
    now = datetime.now(UTC)
    campaign = await campaigns_service.create(
        campaigns_service.CampaignInput(
            name="Bench",
            owner="bench",
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=1),
            mode=CampaignMode.ONE_SHOT,
            audience={"kind": "EVERYONE"},
            rewards=[{"kind": "POINTS", "points": 10}],
            message={"channel": "LOG", "body": "Hi {name}, {points} points"},
            control_percent=10,
            quiet_start="00:00",
            quiet_end="00:00",
        )
    )
    await Campaign.filter(id=campaign.id).update(status="RUNNING")
    ids = (await audience.member_ids(campaign)).tolist()
    started = time.perf_counter()
    result = await fanout.run(campaign.id, "once", ids)
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    await conn.execute(
        """INSERT INTO campaign_deliveries (campaign_id, member_id, occurrence, arm, status,
                                            cost_cents, points, coupons, delivered_at)
           SELECT -1, g, 'once', 'treatment', 'REWARDED', 0, 0, 0, now()
             FROM generate_series(1, $1) g""",
        members,
    )
    bare = time.perf_counter() - started
    await conn.close()
    print(
        f"fan-out to {members:,} members: {elapsed:.1f} s, {members / elapsed:,.0f} members/s "
        f"(rewarded {result['rewarded']:,}, control {result['control']:,}, notifications "
        f"queued {result['notified']:,})"
    )
    print(
        f"bare bulk insert of the same delivery rows: {bare:.1f} s, {members / bare:,.0f}/s; "
        f"fan-out/bare = {elapsed / bare:.1f}x"
    )


async def trigger_latency(orders: int) -> None:
    from domain import jobs
    from domain.campaigns import service as campaigns_service
    from domain.campaigns.models import CampaignMode
    from domain.catalog.models import Item
    from domain.members.models import Channel
    from domain.orders import recording as orders_recording

    await Item.create(code="BENCH", name="Bench", price_cents=100)
    now = datetime.now(UTC)
    campaign = await campaigns_service.create(
        campaigns_service.CampaignInput(
            name="Trigger",
            owner="bench",
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=1),
            mode=CampaignMode.TRIGGERED,
            audience={"kind": "EVERYONE"},
            rewards=[{"kind": "POINTS", "points": 5}],
            trigger={"kind": "ORDER_PAID"},
            frequency={"cap": "EVERY_N_DAYS", "days": 0},
        )
    )
    await campaigns_service.start(campaign.id)
    env = {  # the worker refuses to start without a JWT secret
        "JWT_SECRET": "bench-only-jwt-secret-of-forty-bytes-000",
        **os.environ,
        "DATABASE_URL": BENCH_DATABASE_URL,
        "REDIS_URL": BENCH_REDIS_URL,
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    conn = await asyncpg.connect(BENCH_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    latencies = []
    try:
        await asyncio.sleep(3)
        for n in range(orders):
            started = time.perf_counter()
            async with jobs.deferred_scope():
                recorded = await orders_recording.record_order(
                    orders_recording.OrderInput(
                        channel=Channel.APP,
                        external_no=f"lat-{n}",
                        paid_at=datetime.now(UTC),
                        lines=[orders_recording.LineInput("BENCH", 1, 100)],
                        member_id=1 + n,
                    )
                )
            key = f"order:{recorded.order.id}"
            while not await conn.fetchval(
                "SELECT 1 FROM campaign_deliveries WHERE campaign_id = $1 AND occurrence = $2",
                campaign.id,
                key,
            ):
                await asyncio.sleep(0.01)
            latencies.append(time.perf_counter() - started)
    finally:
        worker.terminate()
        worker.wait(15)
        await conn.close()
    ordered = sorted(latencies)
    print(
        f"trigger latency, recorded order -> reward, {orders} orders through a worker: p50 "
        f"{statistics.median(latencies) * 1000:.0f} ms, p99 "
        f"{ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000:.0f} ms"
    )


async def main(args: argparse.Namespace) -> None:
    from domain import cache, db
    from domain.hooks_setup import register_hooks
    from domain.points import config as points_config
    from domain.points.models import PointKind
    from workers import queue

    await prepare_database(BENCH_DATABASE_URL, reset=True)
    await db.init(BENCH_DATABASE_URL, pool_size=10)
    register_hooks()
    pool = await queue.connect(BENCH_REDIS_URL)
    cache.set_redis(pool)
    await pool.flushdb()
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await fan_out(args.members)
    await trigger_latency(args.orders)
    await pool.aclose()
    await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--orders", type=int, default=40)
    asyncio.run(main(parser.parse_args()))
