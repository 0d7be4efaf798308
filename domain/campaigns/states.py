"""State triggers: the SQL that finds (member, thing) pairs meeting a condition at `now`, and
the scan that leaves out pairs the campaign has handled already (so each scan reaches new
members). Each area writes the subquery over its own tables; the occurrence key in SQL is
built from `rules.occurrence`, and tested to agree."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from domain import db
from domain.campaigns import rules
from domain.campaigns.models import Campaign
from domain.clock import business_today
from domain.levels import changes as level_changes
from domain.members import reach
from domain.orders import events as orders_events
from domain.orders import stats as orders_stats
from domain.points import expiring as points_expiring

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
    the parameters start at $1. Each area writes the subquery over its own tables."""
    trigger = campaign.trigger
    kind = trigger["kind"]
    today = business_today(now)
    days, hours = int(trigger.get("days", 30)), int(trigger.get("hours", 24))
    if kind == "REGISTERED":
        return (
            f"SELECT member_id, 'registered' AS thing FROM ({reach.registered_since_sql('$1')}) s",
            [campaign.starts_at],
        )
    if kind == "BIRTHDAY":
        born = reach.born_on_sql("$2")
        return (
            f"SELECT member_id, 'birthday:' || $1::text AS thing FROM ({born}) s",
            [str(today.year), today.strftime("%m-%d")],
        )
    if kind == "INACTIVE":
        quiet_since = orders_stats.last_ordered_before_sql("$1")
        return (
            f"SELECT member_id, 'inactive:' || last_order_day AS thing FROM ({quiet_since}) s",
            [now - timedelta(days=days)],
        )
    if kind == "CART_ABANDONED":
        carts = orders_events.abandoned_carts_sql("$1", "$2")
        return (
            f"SELECT member_id, 'cart:' || event_id AS thing FROM ({carts}) s",
            [campaign.starts_at, now - timedelta(hours=hours)],
        )
    if kind == "POINTS_EXPIRING":
        expiring = points_expiring.expiring_between_sql("$2", "$3")
        return (
            f"SELECT member_id, 'expiring:' || $1::text AS thing FROM ({expiring}) s",
            [today.isoformat(), now, now + timedelta(days=days)],
        )
    upgrades = level_changes.upgrades_sql("$1", "$2")
    return (
        f"SELECT member_id, 'level:' || change_id AS thing FROM ({upgrades}) s",
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
