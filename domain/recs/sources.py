"""What recommendations read from orders, events, members and the catalogue.

The statements live with the areas that own the tables (`domain.orders.item_reads`,
`domain.members.reads`, `domain.catalog.reads`), set-based where training reads whole windows;
this module holds the recommendation side: the event names slots record and the recency
weighting of interactions, composed around the orders area's interaction subquery.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from domain import db
from domain.catalog import reads as catalog_reads
from domain.members import reads as members_reads
from domain.orders import item_reads
from domain.recs.interactions import DEFAULT_RECENCY_FLOOR, Kind

VIEW_EVENT = "view_item"
CART_EVENT = "add_to_cart"
IMPRESSION_EVENT = "rec_impression"
CLICK_EVENT = "rec_click"
HISTORY_EVENTS = (CART_EVENT, VIEW_EVENT)


@dataclass(frozen=True, slots=True)
class WeightedInteractions:
    """Summed, decayed weights per (member, item) as parallel arrays, with the epoch seconds of
    each pair's first and latest interaction (the validation split holds out discoveries)."""

    member_ids: np.ndarray
    item_ids: np.ndarray
    weights: np.ndarray
    last_seen: np.ndarray
    first_seen: np.ndarray


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """An item in a member's or device's history: when it was last seen, whether it was bought
    and the highest unit price paid (None when it was never bought)."""

    item_id: int
    at: datetime
    bought: bool
    price_cents: int | None


@dataclass(frozen=True, slots=True)
class SlotStat:
    """Impressions, clicks and click-through rate of a slot and strategy."""

    slot: str
    strategy: str
    impressions: int
    clicks: int

    @property
    def ctr(self) -> float:
        """Clicks per impression (0 without impressions)."""
        return self.clicks / self.impressions if self.impressions else 0.0


def _history(rows: list[dict[str, Any]]) -> list[HistoryItem]:
    return [
        HistoryItem(
            item_id=int(r["item_id"]),
            at=r["at"],
            bought=bool(r["bought"]),
            price_cents=None if r["price_cents"] is None else int(r["price_cents"]),
        )
        for r in rows
    ]


async def weighted_interactions(
    *,
    since: datetime,
    half_life_days: float,
    kind_weights: Mapping[Kind, float],
    floor: float = DEFAULT_RECENCY_FLOOR,
) -> WeightedInteractions:
    """Purchases, add-to-carts and item views since `since`, weighted and decayed in SQL.

    Age counts from each member's own latest interaction, and no interaction fades below
    `floor` of its weight (as interactions.interaction_weights does)."""
    raw = item_reads.interactions_sql(
        since="$1",
        purchase="$3",
        cart="$4",
        view="$5",
        cart_event=CART_EVENT,
        view_event=VIEW_EVENT,
    )
    rows = await db.fetch(
        f"""
        WITH raw AS ({raw}
        ), aged AS (
            SELECT r.member_id, r.item_id, r.w, extract(epoch FROM r.at) AS at,
                   extract(epoch FROM max(r.at) OVER (PARTITION BY r.member_id) - r.at) AS age
              FROM raw r JOIN ({catalog_reads.item_ids_sql()}) it ON it.id = r.item_id
        )
        SELECT member_id, item_id, max(at)::float8 AS last_seen, min(at)::float8 AS first_seen,
               SUM(w * GREATEST($6::float8, power(0.5, age / 86400.0 / $2))) AS weight
          FROM aged
         GROUP BY member_id, item_id
        """,
        since,
        float(half_life_days),
        float(kind_weights[Kind.PURCHASE]),
        float(kind_weights[Kind.CART]),
        float(kind_weights[Kind.VIEW]),
        float(floor),
    )
    return WeightedInteractions(
        member_ids=np.fromiter((r["member_id"] for r in rows), dtype=np.int64, count=len(rows)),
        item_ids=np.fromiter((r["item_id"] for r in rows), dtype=np.int64, count=len(rows)),
        weights=np.fromiter((r["weight"] for r in rows), dtype=np.float64, count=len(rows)),
        last_seen=np.fromiter((r["last_seen"] for r in rows), dtype=np.float64, count=len(rows)),
        first_seen=np.fromiter((r["first_seen"] for r in rows), dtype=np.float64, count=len(rows)),
    )


async def recent_items(
    member_id: int, *, bought_since: datetime, clicked_since: datetime, shown_since: datetime
) -> dict[str, set[int]]:
    """Items the member bought, clicked in a slot, or was shown, each since its own instant."""
    return await item_reads.recent_items(
        member_id,
        bought_since=bought_since,
        clicked=(CLICK_EVENT, clicked_since),
        shown=(IMPRESSION_EVENT, shown_since),
    )


async def member_history(member_id: int, *, limit: int = 50) -> list[HistoryItem]:
    """The member's latest distinct items from orders and cart/view events, newest first."""
    return _history(await item_reads.member_history(member_id, HISTORY_EVENTS, limit=limit))


async def anonymous_history(anonymous_id: str, *, limit: int = 50) -> list[HistoryItem]:
    """A device's latest distinct items from its cart/view events, newest first."""
    return _history(await item_reads.anonymous_history(anonymous_id, HISTORY_EVENTS, limit=limit))


async def anonymous_place(anonymous_id: str) -> tuple[str | None, str | None]:
    """(city, region) of a device's latest event that names a city or a known store."""
    row = await item_reads.anonymous_place(anonymous_id)
    return (None, None) if row is None else (row["city"], row["region"])


async def member_place(member_id: int) -> tuple[str | None, str | None, int]:
    """(city, region, number of orders) of a member."""
    (city, region), orders = await asyncio.gather(
        members_reads.place(member_id), item_reads.order_count(member_id)
    )
    return city, region, orders


async def slot_event_counts(*, since: datetime, slot: str | None) -> list[SlotStat]:
    """Impressions and clicks per (slot, strategy) since an instant."""
    rows = await item_reads.slot_event_counts(
        impression_event=IMPRESSION_EVENT, click_event=CLICK_EVENT, since=since, slot=slot
    )
    return [
        SlotStat(r["slot"], r["strategy"], int(r["impressions"]), int(r["clicks"])) for r in rows
    ]
