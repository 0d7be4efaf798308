"""A small data set touching every analytics view, with a phone number in the raw tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from domain import jobs
from domain.catalog.models import Brand, Category, Item, Store
from domain.levels.models import Level, MemberLevel
from domain.members.models import Channel, IdentityKind, Member
from domain.members.rules import normalise_identity
from domain.orders import recording as orders_recording
from domain.orders import refunds as orders_refunds
from domain.orders.models import Event
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from tests.factories import make_member

PHONE = "13912345678"
# 23:59:59 and 00:00:00 on the Shanghai wall clock (UTC+8), on either side of midnight
LATE = datetime(2026, 3, 1, 15, 59, 59, tzinfo=UTC)
EARLY = datetime(2026, 3, 1, 16, 0, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Seeded:
    member_id: int
    other_member_id: int
    late_order_id: int
    early_order_id: int


async def seed() -> Seeded:
    """Catalogue, two members (one known by PHONE), two orders around midnight, a refund,
    points credited by two funding parties and spent across both, and events."""
    parent = await Category.create(code="BEAUTY", name="美妆")
    child = await Category.create(code="SKIN", name="护肤", parent_id=parent.id)
    brand = await Brand.create(code="ACME", name="Acme")
    await Item.create(
        code="SKU-1", name="精华", category_id=child.id, brand_id=brand.id, price_cents=10000
    )
    await Item.create(code="SKU-2", name="Cream", price_cents=2500)
    await Store.create(code="SH01", name="上海一店", region="华东", city="上海")
    member = await make_member(
        phone=PHONE, name="张三", city="上海", region="华东", channel=Channel.POS
    )
    await Member.filter(id=member.id).update(source_store="SH01", source_campaign="SPRING")
    await Level.create(
        rank=1, code="GOLD", name="金卡", reach_growth=0, keep_growth=0, validity_months=12
    )
    await MemberLevel.create(
        member_id=member.id, rank=1, reached_on=LATE.date(), period_started_on=LATE.date()
    )
    other = await make_member()
    phone_key = normalise_identity(IdentityKind.PHONE, PHONE, None)
    async with jobs.deferred_scope():
        late = await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.POS,
                external_no="A-1",
                paid_at=LATE,
                lines=[
                    orders_recording.LineInput("SKU-1", 2, 10000),
                    orders_recording.LineInput("SKU-2", 1, 2500),
                ],
                identity=phone_key,
                store_code="SH01",
                coupon_used=True,
            )
        )
        early = await orders_recording.record_order(
            orders_recording.OrderInput(
                channel=Channel.MINI_PROGRAM,
                external_no="A-2",
                paid_at=EARLY,
                lines=[orders_recording.LineInput("SKU-2", 3, 2500)],
            )
        )
        await orders_refunds.refund_order(
            channel=Channel.POS,
            external_no="A-1",
            refund_no="R-1",
            refunded_at=EARLY,
            lines=None,
        )
    await points_config.define_type(
        code="POINTS",
        name="Points",
        kind=PointKind.SPENDABLE,
        expiry_policy={"kind": "NEVER"},  # fixed dates: the points must outlive any test day
        cents_per_point=(1, 1),
    )
    for key, party, points in (("gift", "platform", 100), ("store", "SH01", 50)):
        await points_movements.credit_points(
            member_id=member.id,
            point_type_code="POINTS",
            points=points,
            key=key,
            reason="test",
            operator="test",
            funding_party=party,
            earned_at=LATE,
        )
    await points_movements.redeem(
        member_id=member.id,
        point_type_code="POINTS",
        points=120,
        key="spend",
        purpose="test",
        operator="test",
    )
    await Event.create(
        event_id="E-1",
        name="visit",
        occurred_at=LATE,
        member_id=member.id,
        properties={"channel": "APP", "phone": PHONE},
    )
    await Event.create(event_id="E-2", name="visit", occurred_at=EARLY, anonymous_id="dev-1")
    return Seeded(member.id, other.id, late.order.id, early.order.id)
