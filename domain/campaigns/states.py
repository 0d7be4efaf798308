"""State triggers: the SQL that finds (member, thing) pairs meeting a condition at `now`, and
the scan that leaves out pairs the campaign has handled already (so each scan reaches new
members). The occurrence key in SQL is built from `rules.occurrence`, and tested to agree."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain import db
from domain.campaigns import rules
from domain.campaigns.models import Campaign
from domain.clock import business_today

KINDS = {
    "REGISTERED",
    "BIRTHDAY",
    "INACTIVE",
    "CART_ABANDONED",
    "POINTS_EXPIRING",
    "LEVEL_REACHED",
}
_THING = "\x00thing"  # stands for "the row's own thing" when asking rules.occurrence


def occurrence_sql(frequency: rules.Frequency, thing: str) -> str:
    """`rules.occurrence(frequency, <thing>)` as an SQL expression over the `thing` column."""
    key = rules.occurrence(frequency, _THING)
    if key == _THING:
        return thing
    return "'" + key.replace("'", "''") + "'"


def state_query(campaign: Campaign, now: datetime) -> tuple[str, list[Any]]:
    """The SQL (member_id, thing) and its parameters for the campaign's state trigger at `now`;
    the parameters start at $1."""
    trigger = campaign.trigger
    kind = trigger["kind"]
    today = business_today(now)
    days, hours = int(trigger.get("days", 30)), int(trigger.get("hours", 24))
    if kind == "REGISTERED":
        return (
            "SELECT id AS member_id, 'registered' AS thing FROM members "
            "WHERE status = 'ACTIVE' AND registered_at >= $1",
            [campaign.starts_at],
        )
    if kind == "BIRTHDAY":
        return (
            "SELECT id AS member_id, 'birthday:' || $1::text AS thing FROM members "
            "WHERE status = 'ACTIVE' AND to_char(birthday, 'MM-DD') = $2",
            [str(today.year), today.strftime("%m-%d")],
        )
    if kind == "INACTIVE":
        return (
            "SELECT member_id, 'inactive:' || last_order_at::date AS thing FROM member_stats "
            "WHERE last_order_at < $2::timestamptz - make_interval(days => $1)",
            [days, now],
        )
    if kind == "CART_ABANDONED":
        return (
            """SELECT e.member_id, 'cart:' || e.id AS thing FROM events e
                    WHERE e.name = 'add_to_cart' AND e.member_id IS NOT NULL
                      AND e.occurred_at >= $1
                      AND e.occurred_at < $3::timestamptz - make_interval(hours => $2)
                      AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.member_id = e.member_id
                                      AND o.paid_at > e.occurred_at)""",
            [campaign.starts_at, hours, now],
        )
    if kind == "POINTS_EXPIRING":
        return (
            """SELECT DISTINCT a.member_id, 'expiring:' || $1::text AS thing
                     FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
                    WHERE a.asset LIKE 'POINTS:%' AND l.remaining > 0 AND l.expires_at > $3
                      AND l.expires_at <= $3::timestamptz + make_interval(days => $2)""",
            [today.isoformat(), days, now],
        )
    return (
        "SELECT member_id, 'level:' || id AS thing FROM level_changes "
        "WHERE kind = 'UPGRADE' AND to_rank >= $1 AND changed_at >= $2",
        [int(trigger.get("rank", 2)), campaign.starts_at],
    )


async def unhandled(
    campaign: Campaign, frequency: rules.Frequency, now: datetime, limit: int
) -> list[tuple[int, str]]:
    """Up to `limit` (member, thing) pairs meeting the trigger whose occurrence the campaign
    has no delivery for yet."""
    sql, params = state_query(campaign, now)
    n = len(params)
    rows = await db.fetch(
        f"""SELECT q.member_id, q.thing FROM ({sql}) q
             WHERE NOT EXISTS (SELECT 1 FROM campaign_deliveries d
                                WHERE d.campaign_id = ${n + 1} AND d.member_id = q.member_id
                                  AND d.occurrence = {occurrence_sql(frequency, "q.thing")})
             LIMIT ${n + 2}""",
        *params,
        campaign.id,
        limit,
    )
    return [(int(r["member_id"]), r["thing"]) for r in rows]
