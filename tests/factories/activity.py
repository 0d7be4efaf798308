"""Catalogue, orders and events at chosen ages (for tags and segments)."""

from __future__ import annotations

import itertools
from datetime import timedelta

from domain import jobs
from domain.catalog.models import Brand, Item
from domain.clock import utc_now
from domain.members.models import Channel
from domain.orders import events as events_service
from domain.orders import recording as orders_recording

_numbers = itertools.count(1)


async def make_catalogue() -> dict[str, int]:
    """Two brands (Shiseido, Other) with one item each; returns brand ids by code."""
    brands = {}
    for code in ("SHISEIDO", "OTHER"):
        brand = await Brand.create(code=code, name=code.title())
        await Item.create(code=f"SKU-{code}", name=code, brand_id=brand.id, price_cents=10000)
        brands[code] = brand.id
    await events_service.define_event(name="visit", description="", properties_schema={})
    return brands


async def make_order(
    member_id: int,
    *,
    days_ago: float,
    brand: str = "OTHER",
    cents: int = 10000,
    coupon: bool = False,
) -> int:
    """A paid order of one line of `brand`, `days_ago` days back; returns the order id."""
    async with jobs.deferred_scope():
        recorded = await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.POS,
                external_no=f"T-{next(_numbers)}",
                paid_at=utc_now() - timedelta(days=days_ago),
                lines=[orders_recording.LineInput(f"SKU-{brand}", 1, cents)],
                member_id=member_id,
                coupon_used=coupon,
            )
        )
    return recorded.order.id


async def make_events(member_id: int, name: str, days_ago: list[float]) -> None:
    """Events of one name at the given ages."""
    now = utc_now()
    async with jobs.deferred_scope():
        await events_service.track_events(
            [
                events_service.EventInput(
                    event_id=f"E-{next(_numbers)}",
                    name=name,
                    occurred_at=now - timedelta(days=age),
                    member_id=member_id,
                )
                for age in days_ago
            ],
            forced_member_id=None,
        )
