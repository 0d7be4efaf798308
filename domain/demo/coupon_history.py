"""Demo coupons: issued through the coupon service, then given a past so that some were used
on the seeded orders that took a coupon, some ran out unused, and the rest are still held."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

from domain import db
from domain.coupons import issuing
from domain.coupons import service as coupons_service

OPERATOR = "demo"

# Coupons of members whose recent order took a coupon become USED on that order (issued a week
# before it); a share of the others were issued long ago and lapsed, and expire_due marks them.
_USED = """WITH used AS (
  SELECT DISTINCT ON (c.id) c.id, o.channel || ':' || o.external_no AS order_ref, o.paid_at,
         o.store_code, o.total_cents
    FROM coupons c
    JOIN orders o ON o.member_id = c.member_id AND o.coupon_used AND o.paid_at >= $1
   WHERE c.source = 'demo' AND c.state = 'AVAILABLE'
   ORDER BY c.id, o.paid_at DESC)
UPDATE coupons c SET state = 'USED', order_ref = u.order_ref, used_at = u.paid_at,
       store_code = u.store_code, order_total_cents = u.total_cents,
       discount_cents = LEAST(5000, u.total_cents / 10),
       created_at = u.paid_at - interval '7 days', valid_from = u.paid_at - interval '7 days',
       valid_until = u.paid_at + interval '23 days'
  FROM used u WHERE c.id = u.id"""

_LAPSED = """UPDATE coupons SET created_at = $2::timestamptz - interval '75 days',
       valid_from = $2::timestamptz - interval '75 days',
       valid_until = $2::timestamptz - interval '45 days'
 WHERE id = ANY($1::bigint[])"""


async def issue_coupons(rng: np.random.Generator, end: datetime) -> dict[str, int]:
    """Issue the demo templates to a share of buyers, then settle their history; returns the
    count per state."""
    buyers = [
        int(r["id"])
        for r in await db.fetch("SELECT DISTINCT member_id AS id FROM orders ORDER BY 1")
    ]
    for template, share in (("NEW_50", 0.35), ("BEAUTY_15", 0.12)):
        members = [m for m in buyers if rng.random() < share]
        for start in range(0, len(members), issuing.MAX_ISSUE_BATCH):
            await issuing.issue_many(
                template_code=template,
                member_ids=members[start : start + issuing.MAX_ISSUE_BATCH],
                key="demo",
                source="demo",
                operator=OPERATOR,
            )
    await db.execute(_USED, end - timedelta(days=30))
    held = [
        int(r["id"])
        for r in await db.fetch(
            "SELECT id FROM coupons WHERE source = 'demo' AND state = 'AVAILABLE' ORDER BY id"
        )
    ]
    await db.execute(_LAPSED, [c for c in held if rng.random() < 0.3], end)
    await coupons_service.expire_due()
    rows = await db.fetch("SELECT state, count(*) AS n FROM coupons GROUP BY state")
    return {str(r["state"]): int(r["n"]) for r in rows}
