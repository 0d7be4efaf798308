"""A small behaviour data set: three members (one merged into another), orders and events on
both sides of business midnights (23:30 and 00:30 in Asia/Shanghai)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from domain import jobs
from domain.analytics import refresh
from domain.catalog.models import Item
from domain.members import merging
from domain.members.models import Channel, Member
from domain.orders import recording
from domain.orders.models import Event
from tests.factories import make_member


def sh(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time in 2026 as a UTC instant (UTC+8)."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


@dataclass(frozen=True)
class Seeded:
    a: int
    b: int
    d: int
    absorbed: int


async def _order(number: str, member_id: int, at: datetime, cents: int) -> None:
    await recording.record_order(
        recording.OrderInput(
            channel=Channel.POS,
            external_no=number,
            paid_at=at,
            lines=[recording.LineInput("SKU", 1, cents)],
            member_id=member_id,
        )
    )


async def _event(number: int, member_id: int, name: str, at: datetime, **props: Any) -> None:
    await Event.create(
        event_id=f"E-{number}", name=name, occurred_at=at, member_id=member_id, properties=props
    )


async def seed() -> Seeded:
    """Members a (APP), b (POS), d (WEB) and c (APP, merged into a); orders and events."""
    await Item.create(code="SKU", name="Item", price_cents=100)
    a = await make_member(channel=Channel.APP)
    b = await make_member(channel=Channel.POS)
    c = await make_member(channel=Channel.APP)
    d = await make_member(channel=Channel.WEB)
    for member, at in ((a, sh(1, 10, 12)), (b, sh(2, 3, 12)), (c, sh(1, 20, 12))):
        await Member.filter(id=member.id).update(registered_at=at)
    await Member.filter(id=d.id).update(registered_at=sh(3, 1, 1))
    async with jobs.deferred_scope():
        await _order("O-1", a.id, sh(1, 31, 23, 30), 1000)  # 31 January
        await _order("O-2", a.id, sh(2, 1, 0, 30), 500)  # 1 February
        await _order("O-3", b.id, sh(2, 5, 12), 2000)
        await _order("O-4", b.id, sh(3, 10, 12), 300)
        await _order("O-5", c.id, sh(1, 5, 12), 700)
        await _order("O-6", c.id, sh(3, 2, 12), 400)
    events = [
        (a.id, "view", sh(3, 1, 23, 30), {"channel": "APP", "utm": "wx"}),
        (a.id, "cart", sh(3, 2, 0, 10), {}),
        (a.id, "pay", sh(3, 2, 18), {}),
        (b.id, "view", sh(3, 2, 0, 30), {"channel": "APP", "utm": "dy"}),
        (b.id, "cart", sh(3, 5, 12), {}),
        (d.id, "cart", sh(3, 1, 10), {}),
        (d.id, "view", sh(3, 1, 11), {"channel": "WEB"}),
        (d.id, "pay", sh(3, 1, 12), {}),
        (c.id, "ad", sh(3, 1, 9), {"utm": "wx"}),
        (b.id, "ad", sh(3, 8, 9), {"utm": "dy"}),
        (b.id, "ad", sh(3, 9, 9), {"utm": "wx"}),
    ]
    for number, (member_id, name, at, props) in enumerate(events):
        await _event(number, member_id, name, at, **props)
    async with jobs.deferred_scope():
        await merging.merge_members(
            survivor_id=a.id, absorbed_id=c.id, reason="same person", operator="test"
        )
    await refresh.refresh_dirty(now=datetime(2026, 4, 1, tzinfo=UTC))
    return Seeded(a=a.id, b=b.id, d=d.id, absorbed=c.id)
