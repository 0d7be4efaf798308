"""Points the seeded orders earned, settled set-based, and the levels that growth reached.

Settlement writes what `domain.points.settlement` writes for one order (a CREDIT entry keyed
`order:<id>`, its lot with the type's expiry, the point_earnings log), but for all seeded orders
in a few statements, the way `domain.ledger.batch.credit_batch` writes many credits. Only plain
earning rules (no category or brand condition, FLOOR rounding) apply here: the demo defines only
those. Level multipliers are left out because every member starts at the lowest level.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from domain import db
from domain.clock import business_day_start, business_zone
from domain.levels import service as levels_service
from domain.levels.ladder import ladder, settings
from domain.points import config as points_config
from domain.points.models import PointKind, PointType
from domain.points.policy import ExpiryPolicy

_SETTLED = """CREATE TEMP TABLE demo_settled ON COMMIT DROP AS
SELECT o.id AS order_id, o.member_id, o.paid_at, o.channel, o.external_no, o.store_code,
       r.id AS rule_id, (o.paid_at AT TIME ZONE $2)::date AS day,
       LEAST((o.total_cents / r.per_cents) * r.points,
             COALESCE(r.per_order_cap, 9223372036854775807)) AS points
  FROM orders o
  JOIN point_earning_rules r
    ON r.point_type_id = $1 AND r.active AND r.category_id IS NULL AND r.brand_id IS NULL
   AND r.rounding = 'FLOOR'
   AND (r.channel IS NULL OR r.channel = o.channel)
   AND (r.store_code IS NULL OR r.store_code = o.store_code)
   AND (r.starts_at IS NULL OR r.starts_at <= o.paid_at)
   AND (r.ends_at IS NULL OR o.paid_at < r.ends_at)
 WHERE o.member_id IS NOT NULL AND o.status = 'PAID'"""

_CREDIT = """WITH totals AS (
  SELECT order_id, member_id, paid_at, channel, external_no, store_code, day,
         sum(points) AS points
    FROM demo_settled GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(points) > 0),
written AS (
  INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall,
                              idempotency_key, source, reason, operator, created_at)
  SELECT a.id, 'CREDIT', t.points, 0, 0, 'order:' || t.order_id, 'order:' || t.order_id,
         left('order ' || t.channel || ':' || t.external_no, 200), 'settlement', t.paid_at
    FROM totals t JOIN ledger_accounts a ON a.member_id = t.member_id AND a.asset = $1
  ON CONFLICT (account_id, idempotency_key) DO NOTHING
  RETURNING id, account_id, amount, idempotency_key, created_at),
lots AS (
  INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at, source,
                           funding_party, entry_id, expired, carry_percent, carry_expires_at)
  SELECT w.account_id, w.amount, w.amount, w.created_at, x.expires_at, w.idempotency_key,
         COALESCE('store:' || t.store_code, 'platform'), w.id, false, $2::int, x.carry_expires_at
    FROM written w
    JOIN totals t ON w.idempotency_key = 'order:' || t.order_id
    JOIN unnest($3::date[], $4::timestamptz[], $5::timestamptz[])
         AS x(day, expires_at, carry_expires_at) ON x.day = t.day
  RETURNING account_id, amount),
sums AS (SELECT account_id, sum(amount) AS amount FROM lots GROUP BY account_id)
UPDATE ledger_accounts a SET available = a.available + s.amount, updated_at = now()
  FROM sums s WHERE a.id = s.account_id"""


async def settle_orders() -> dict[str, int]:
    """Credit every seeded order's points, per active spendable or growth type; returns the
    points the orders earn per type. Idempotent on the order, like settlement."""
    done: dict[str, int] = {}
    for point_type in await PointType.filter(
        active=True, kind__in=[PointKind.SPENDABLE, PointKind.GROWTH]
    ).order_by("id"):
        done[point_type.code] = await _settle_type(point_type)
    return done


async def _settle_type(point_type: PointType) -> int:
    asset = points_config.asset_of(point_type)
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    async with db.transaction():
        await db.execute(_SETTLED, point_type.id, str(business_zone()))
        await db.execute(
            """INSERT INTO ledger_accounts (member_id, asset, available, frozen, allow_negative,
                                            status, created_at, updated_at)
               SELECT DISTINCT member_id, $1, 0, 0, $2::boolean, 'ACTIVE', now(), now()
                 FROM demo_settled
               ON CONFLICT (member_id, asset) DO NOTHING""",
            asset,
            point_type.allow_negative,
        )
        days = [r["day"] for r in await db.fetch("SELECT DISTINCT day FROM demo_settled")]
        # Expiry is per business day, so the policy runs once per day, not once per order.
        expires = [policy.expires_at(_noon(day)) for day in days]
        await db.execute(
            _CREDIT,
            asset,
            policy.carry_percent,
            days,
            expires,
            [policy.carry_expires_at(e) for e in expires],
        )
        await db.execute(
            """INSERT INTO point_earnings (member_id, point_type_id, source, rule_id, rule_kind,
                                           points, business_day, created_at)
               SELECT member_id, $1, 'order:' || order_id, rule_id, 'ORDER', points, day, now()
                 FROM demo_settled WHERE points > 0
               ON CONFLICT DO NOTHING""",
            point_type.id,
        )
        row = await db.fetch_one("SELECT COALESCE(sum(points), 0) AS n FROM demo_settled")
    return int(row["n"]) if row else 0


def _noon(day: date) -> datetime:
    """Midday of a business day: an instant the policy reads that day from."""
    return business_day_start(day) + timedelta(hours=12)


async def evaluate_levels() -> dict[str, int]:
    """Give every member a level period from their registration day, then upgrade the members
    whose growth reached a threshold through the level service (with its upgrade gifts)."""
    levels = await ladder()
    if not levels:
        return {"members": 0, "upgraded": 0}
    config = await settings()
    zone = str(business_zone())
    await db.execute(
        """INSERT INTO member_levels (member_id, rank, reached_on, period_started_on,
                                      period_ends_on, updated_at)
           SELECT id, 1, (registered_at AT TIME ZONE $1)::date,
                  (registered_at AT TIME ZONE $1)::date, NULL, now() FROM members
           ON CONFLICT (member_id) DO NOTHING""",
        zone,
    )
    lowest = min(x.reach_growth for x in levels if x.rank > min(y.rank for y in levels))
    rows = await db.fetch(
        """SELECT a.member_id FROM ledger_accounts a JOIN ledger_entries e ON e.account_id = a.id
            WHERE a.asset = $1 AND e.kind = 'CREDIT'
            GROUP BY a.member_id HAVING sum(e.amount) >= $2 ORDER BY a.member_id""",
        f"POINTS:{config.growth_point_type}",
        lowest,
    )
    upgraded = 0
    for row in rows:
        outcome = await levels_service.apply_growth(int(row["member_id"]))
        upgraded += outcome.from_rank is not None
    members = await db.fetch_one("SELECT count(*) AS n FROM member_levels")
    return {"members": int(members["n"]) if members else 0, "upgraded": upgraded}
