"""Campaign exposure leaves: received, clicked, converted, or held out as control.

The campaigns area sits above segments and publishes no reads module, so the one statement per
leaf is written here (allow-listed in tests/test_table_ownership.py); orders and events come
through the orders area's subqueries. It follows what campaign measurement counts: a click is a
`campaign_click` event naming the campaign after the delivery, a conversion an order paid after
the delivery within the campaign's attribution days (or `within_days`).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from domain import db
from domain.audience.facts import Fact, FactCondition, FactMembers
from domain.clock import business_day_start
from domain.orders import reads as orders_reads

_STATUS = {Fact.CAMPAIGN_CONTROL: "CONTROL"}
_DAYS = "make_interval(days => COALESCE($5::int, c.attribution_days))"


def _outcome(kind: Fact) -> str:
    if kind is Fact.CAMPAIGN_CLICKED:
        return f"""AND EXISTS (SELECT 1 FROM ({orders_reads.events_sql()}) e
                    WHERE e.member_id = d.member_id AND e.name = 'campaign_click'
                      AND e.properties ->> 'campaign_id' = d.campaign_id::text
                      AND e.occurred_at >= d.delivered_at AND e.occurred_at < $4
                      AND e.occurred_at <= d.delivered_at + {_DAYS})"""
    if kind is Fact.CAMPAIGN_CONVERTED:
        return f"""AND EXISTS (SELECT 1 FROM ({orders_reads.orders_sql()}) o
                    WHERE o.member_id = d.member_id AND o.paid_at > d.delivered_at
                      AND o.paid_at < $4
                      AND o.paid_at <= d.delivered_at + {_DAYS})"""
    return "AND ($5::int IS NULL OR TRUE)"  # every parameter is named once


async def campaign_members(condition: FactCondition, as_of: date) -> FactMembers:
    """Members of a campaign delivery (optionally in the last `window_days` days) with the
    leaf's outcome by the end of `as_of`."""
    end = business_day_start(as_of + timedelta(days=1))
    since = None
    if condition.window_days is not None:
        since = business_day_start(as_of - timedelta(days=condition.window_days - 1))
    rows = await db.fetch(
        f"""SELECT DISTINCT d.member_id
              FROM campaign_deliveries d JOIN campaigns c ON c.id = d.campaign_id
             WHERE d.campaign_id = $1 AND d.status = $2 AND d.delivered_at < $4
               AND ($3::timestamptz IS NULL OR d.delivered_at >= $3)
               {_outcome(condition.kind)}""",
        condition.campaign_id,
        _STATUS.get(condition.kind, "REWARDED"),
        since,
        end,
        condition.within_days,
    )
    return FactMembers(np.asarray([r["member_id"] for r in rows], dtype=np.int64))
