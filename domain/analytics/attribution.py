"""Attribution: the net sales of members' orders in a range of business days credited to the
touch events before each order (within a window of days), per model. A touch's source is its
event name, with the value of one property (e.g. utm_source or campaign) when asked.

Totals hold by construction: the credits of an order sum to its net sales, so the sources'
credits sum to the attributed orders' net sales.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from domain import db
from domain.analytics import analysis
from domain.analytics.attribution_rules import AttributionModel, split
from domain.errors import DomainError, ErrorCode
from domain.orders import reads as orders_reads

MAX_TOUCH_EVENTS = 10
MAX_WINDOW_DAYS = 90
_KEY = re.compile(r"[A-Za-z0-9_.$-]{1,64}")


@dataclass(frozen=True)
class SourceCredit:
    """A touch source, the net sales credited to it and the orders it had a share in."""

    source: str
    credit_cents: int
    orders: int


@dataclass(frozen=True)
class AttributionResult:
    sources: list[SourceCredit]
    attributed_orders: int
    attributed_net_cents: int
    unattributed_orders: int
    unattributed_net_cents: int


def _check(touch_events: list[str], window_days: int, source_property: str | None) -> None:
    analysis.check_count(touch_events, MAX_TOUCH_EVENTS, "touchEvents")
    for index, name in enumerate(touch_events):
        if not 0 < len(name) <= 64:
            raise DomainError("An event name is 1 to 64 characters.", field=f"touchEvents[{index}]")
    if not 1 <= window_days <= MAX_WINDOW_DAYS:
        raise DomainError(
            f"The window is 1 to {MAX_WINDOW_DAYS} days.",
            field="windowDays",
            code=ErrorCode.INVALID_WINDOW,
        )
    if source_property is not None and not _KEY.fullmatch(source_property):
        raise DomainError(
            "A property key is 1 to 64 letters, digits or _.$-.", field="sourceProperty"
        )


async def order_touches(
    touch_events: list[str],
    window_days: int,
    days: analysis.DayRange,
    source_property: str | None,
) -> list[tuple[int, list[str]]]:
    """(net cents, touch sources oldest first) of every member order paid in the range."""
    params = analysis.Params()
    start, end = params.add(days.start), params.add(days.end)
    window = f"make_interval(days => {params.add(window_days)})"
    label = "e.name"
    if source_property is not None:
        label = f"e.name || COALESCE(':' || (e.properties ->> {params.add(source_property)}), '')"
    sql = f"""
        WITH o AS (SELECT order_id, member_id, paid_at, sum(net_cents) AS net
                     FROM analytics.fact_order_line
                    WHERE member_id IS NOT NULL AND paid_at >= {start} AND paid_at < {end}
                    GROUP BY 1, 2, 3),
             t AS (SELECT e.id, e.member_id, e.occurred_at, {label} AS source
                     FROM ({orders_reads.events_sql()}) e
                    WHERE e.member_id IS NOT NULL
                      AND e.name = ANY({params.add(touch_events)}::text[])
                      AND e.occurred_at > {start}::timestamptz - {window}
                      AND e.occurred_at <= {end})
        SELECT o.order_id, o.net,
               array_agg(t.source ORDER BY t.occurred_at, t.id)
                 FILTER (WHERE t.id IS NOT NULL) AS sources
          FROM o LEFT JOIN t ON t.member_id = o.member_id AND t.occurred_at <= o.paid_at
                            AND t.occurred_at > o.paid_at - {window}
         GROUP BY o.order_id, o.net
         ORDER BY o.order_id"""
    rows = await db.fetch(sql, *params.values)
    return [(int(r["net"]), list(r["sources"] or [])) for r in rows]


def credit(model: AttributionModel, orders: list[tuple[int, list[str]]]) -> AttributionResult:
    """Credit each order's net sales to its touches by the model. Pure."""
    credits: dict[str, int] = defaultdict(int)
    shares: dict[str, int] = defaultdict(int)
    attributed = [0, 0]
    unattributed = [0, 0]
    for net, sources in orders:
        if not sources:
            unattributed[0] += 1
            unattributed[1] += net
            continue
        attributed[0] += 1
        attributed[1] += net
        touched: set[str] = set()
        for source, amount in zip(sources, split(net, len(sources), model), strict=True):
            credits[source] += amount
            if amount:
                touched.add(source)
        for source in touched:
            shares[source] += 1
    rows = [SourceCredit(s, credits[s], shares[s]) for s in credits if credits[s] or shares[s]]
    rows.sort(key=lambda r: (-r.credit_cents, r.source))
    return AttributionResult(rows, attributed[0], attributed[1], unattributed[0], unattributed[1])


async def attribution(
    model: AttributionModel,
    touch_events: list[str],
    window_days: int,
    first: date,
    last: date,
    source_property: str | None = None,
) -> AttributionResult:
    """Net sales of the orders paid in the range, credited to touch sources by `model`."""
    days = analysis.day_range(first, last)
    _check(touch_events, window_days, source_property)
    touches = await order_touches(touch_events, window_days, days, source_property)
    return credit(model, touches)
