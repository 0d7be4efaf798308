"""Saved demo segments and a finished win-back campaign with a control group, whose rewarded
members came back more often than the control group did, so the effect report shows uplift."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import numpy as np

from domain import db
from domain.campaigns import run as campaigns_run
from domain.campaigns import service as campaigns_service
from domain.campaigns.models import CampaignMode
from domain.clock import business_zone
from domain.orders import stats as order_stats
from domain.segments import service as segments_service

OPERATOR = "demo"
RESPONSE_RATE = 0.3  # share of rewarded members who come back with an extra order


def _orders(metric: str, op: str, value: int, days: int) -> dict[str, Any]:
    return {
        "behaviour": {
            "source": "ORDER",
            "metric": metric,
            "op": op,
            "value": value,
            "window_days": days,
        }
    }


SEGMENTS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    (
        "Big spenders",
        "Spent 2,000 yuan or more in 180 days",
        _orders("AMOUNT", "GTE", 200_000, 180),
    ),
    ("Regular buyers", "Two orders or more in 180 days", _orders("COUNT", "GTE", 2, 180)),
    (
        "Lapsed buyers",
        "Bought in 180 days, but not in the last 45",
        {"and": [_orders("COUNT", "GTE", 1, 180), {"not": _orders("COUNT", "GTE", 1, 45)}]},
    ),
)

# Each chosen rewarded member repeats their latest order a few days after the campaign.
_RESPONSES = """CREATE TEMP TABLE demo_responses ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('orders', 'id')) AS id, s.*
  FROM (SELECT DISTINCT ON (t.member_id) t.member_id, t.paid_at, o.id AS source_id, o.channel,
               o.store_code, o.total_cents
          FROM unnest($1::bigint[], $2::timestamptz[]) AS t(member_id, paid_at)
          JOIN orders o ON o.member_id = t.member_id
         ORDER BY t.member_id, o.paid_at DESC) AS s"""

_COPY_ORDERS = """INSERT INTO orders (id, channel, external_no, member_id, store_code, total_cents,
                    coupon_used, identity_namespace, status, refunded_cents, paid_at, created_at)
SELECT id, channel, 'DMR' || lpad(id::text, 10, '0'), member_id, store_code, total_cents,
       false, '', 'PAID', 0, paid_at, paid_at FROM demo_responses"""

_COPY_LINES = """INSERT INTO order_lines (order_id, line_no, item_id, item_code, category_id,
                         brand_id, quantity, unit_price_cents, amount_cents,
                         refunded_quantity, refunded_cents, business_day)
SELECT r.id, l.line_no, l.item_id, l.item_code, l.category_id, l.brand_id, l.quantity,
       l.unit_price_cents, l.amount_cents, 0, 0, (r.paid_at AT TIME ZONE $1)::date
  FROM demo_responses r JOIN order_lines l ON l.order_id = r.source_id"""


async def save_segments() -> dict[str, int]:
    """The demo segments, saved and evaluated through the segment service; id by name."""
    saved = {}
    for name, description, definition in SEGMENTS:
        segment = await segments_service.save_segment(
            segments_service.SegmentInput(
                name=name, definition=definition, description=description
            ),
            operator=OPERATOR,
        )
        saved[name] = segment.id
    return saved


async def run_win_back(rng: np.random.Generator, segment_id: int, end: datetime) -> int:
    """A one-shot points campaign sent three weeks before `end` with a 20% control group, run
    through the campaign service; returns the number of response orders it led to."""
    sent_at = end - timedelta(days=21) + timedelta(hours=2)  # 10:00 in Shanghai
    campaign = await campaigns_service.create(
        campaigns_service.CampaignInput(
            name="Win back regular buyers",
            owner=OPERATOR,
            starts_at=sent_at - timedelta(days=1),
            ends_at=sent_at + timedelta(days=14),
            mode=CampaignMode.ONE_SHOT,
            audience={"kind": "SEGMENT", "id": segment_id},
            rewards=[{"kind": "POINTS", "pointType": "POINTS", "points": 200}],
            goal="repeat purchase",
            control_percent=20,
            attribution_days=14,
        )
    )
    await campaigns_service.start(campaign.id)
    await campaigns_run.run_campaign(campaign.id, "once", clock=lambda: sent_at)
    rewarded = [
        int(r["member_id"])
        for r in await db.fetch(
            "SELECT member_id FROM campaign_deliveries WHERE campaign_id = $1 "
            "AND status = 'REWARDED' ORDER BY member_id",
            campaign.id,
        )
    ]
    back = [m for m in rewarded if rng.random() < RESPONSE_RATE]
    paid = [sent_at + timedelta(days=float(rng.uniform(1, 12))) for _ in back]
    async with db.transaction():
        await db.execute(_RESPONSES, back, paid)
        await db.execute(_COPY_ORDERS)
        await db.execute(_COPY_LINES, str(business_zone()))
        await db.execute(order_stats.refresh_all_sql())
    return len(back)
