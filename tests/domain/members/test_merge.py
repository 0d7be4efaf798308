"""OneID merge through the services: each area's rows follow its declared rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain import db, jobs
from domain.benefits.models import BenefitGrant, MemberCard
from domain.campaigns.models import Delivery, Notification
from domain.coupons.models import Coupon
from domain.ledger import service as ledger
from domain.ledger.models import Account
from domain.levels.models import LevelChange, MemberLevel, PaidMembership
from domain.members import erasure as members_erasure
from domain.members import merging as members_merging
from domain.members import service as members_service
from domain.members.models import Member, MemberLink, MemberMerge
from domain.orders.models import AnonymousBinding, Event, Order
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import Earning, PointKind, Receipt
from domain.recs.models import MemberInterest
from domain.tags.models import ManualTag
from domain.wallet import service as wallet_service
from domain.wallet.models import Payment, Recharge, Wallet
from tests.factories import make_member

pytestmark = pytest.mark.usefixtures("database")

AT = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
MOVED_TABLES = [
    "orders",
    "events",
    "anonymous_bindings",
    "coupons",
    "point_earnings",
    "point_receipts",
    "wallet_payments",
    "wallet_recharges",
    "benefit_grants",
    "member_cards",
    "paid_memberships",
    "campaign_deliveries",
    "campaign_notifications",
    "member_manual_tags",
]


async def _merge(survivor_id: int, absorbed_id: int) -> None:
    async with jobs.deferred_scope():
        await members_merging.merge_members(
            survivor_id=survivor_id, absorbed_id=absorbed_id, reason="same person", operator="t"
        )


async def _seed(member_id: int, tag: str) -> None:
    """One row of each area's member tables for a member."""
    await Order.create(
        channel="POS", external_no=f"O-{tag}", member_id=member_id, total_cents=100, paid_at=AT
    )
    await Event.create(event_id=f"E-{tag}", name="view", occurred_at=AT, member_id=member_id)
    await AnonymousBinding.create(anonymous_id=f"D-{tag}", member_id=member_id)
    await Coupon.create(
        template_id=1,
        member_id=member_id,
        code=f"C-{tag}",
        valid_from=AT,
        valid_until=AT,
        source="test",
        idempotency_key=f"C-{tag}",
    )
    await Earning.create(
        member_id=member_id,
        point_type_id=1,
        source=f"order:{tag}",
        rule_id=1,
        rule_kind="ORDER",
        points=10,
        business_day=AT.date(),
    )
    await Receipt.create(
        member_id=member_id,
        store_code="BJ01",
        receipt_no=tag,
        amount_cents=100,
        purchased_at=AT,
        fingerprint=f"F-{tag}",
    )
    await Payment.create(
        member_id=member_id,
        idempotency_key=f"P-{tag}",
        order_ref=tag,
        amount_cents=0,
        principal_cents=0,
        bonus_cents=0,
    )
    await Recharge.create(
        member_id=member_id,
        idempotency_key=f"R-{tag}",
        amount_cents=0,
        bonus_cents=0,
        channel="APP",
    )
    await BenefitGrant.create(
        member_id=member_id,
        benefit_id=1,
        quantity=2,
        source="test",
        idempotency_key=f"G-{tag}",
        starts_at=AT,
    )
    await MemberCard.create(
        member_id=member_id,
        template_id=1,
        idempotency_key=f"K-{tag}",
        channel="APP",
        price_cents=100,
        status="ACTIVE",
    )
    await PaidMembership.create(
        member_id=member_id,
        plan_id=1,
        idempotency_key=f"M-{tag}",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 2, 1),
        price_cents=100,
        paid_cents=100,
        status="EXPIRED",
    )
    await Delivery.create(
        campaign_id=int(tag[-1]),
        member_id=member_id,
        occurrence="once",
        arm="REWARD",
        status="DONE",
        delivered_at=AT,
    )
    await Notification.create(
        campaign_id=int(tag[-1]),
        member_id=member_id,
        occurrence="once",
        channel="SMS",
        body="hi",
        status="SENT",
        send_after=AT,
    )
    await ManualTag.create(
        tag_id=int(tag[-1]), member_id=member_id, value="VIP", tagged_by="t", tagged_at=AT
    )


async def _count(table: str, member_id: int) -> int:
    row = await db.fetch_one(f"SELECT count(*) AS n FROM {table} WHERE member_id = $1", member_id)
    assert row is not None
    return int(row["n"])


async def test_each_areas_rows_move_to_the_survivor() -> None:
    # given two members with a row in every area
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    await _seed(a.id, "a1")
    await _seed(b.id, "b2")
    # when A absorbs B
    await _merge(a.id, b.id)
    # then every row is A's and none is left on B
    assert {t: await _count(t, a.id) for t in MOVED_TABLES} == {t: 2 for t in MOVED_TABLES}
    assert {t: await _count(t, b.id) for t in MOVED_TABLES} == {t: 0 for t in MOVED_TABLES}


async def test_one_per_member_rows_are_combined_by_their_rules() -> None:
    # given both members hold a wallet (B's locked), a level, interests, the same manual tag,
    # the same campaign turn and a pending notification for it
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    for member_id in (a.id, b.id):
        await wallet_service.recharge(
            member_id=member_id, amount_cents=100, channel="APP", key=f"w{member_id}", operator="t"
        )
        await MemberInterest.create(member_id=member_id, version=member_id, scores={})
        await ManualTag.create(
            tag_id=7, member_id=member_id, value=str(member_id), tagged_by="t", tagged_at=AT
        )
        await Delivery.create(
            campaign_id=9,
            member_id=member_id,
            occurrence="once",
            arm="REWARD",
            status="DONE",
            delivered_at=AT,
        )
        await Notification.create(
            campaign_id=9,
            member_id=member_id,
            occurrence="once",
            channel="SMS",
            body="hi",
            send_after=AT,
        )
    await Wallet.filter(member_id=b.id).update(status="LOCKED")
    await MemberLevel.create(member_id=a.id, rank=2, reached_on=AT.date(), period_started_on=AT)
    await MemberLevel.create(member_id=b.id, rank=3, reached_on=AT.date(), period_started_on=AT)
    # when A absorbs B
    await _merge(a.id, b.id)
    # then A keeps its wallet, locked like B's was, with both balances; B's wallet is closed
    wallets = {w.member_id: w.status for w in await Wallet.all()}
    assert wallets == {a.id: "LOCKED", b.id: "CLOSED"}
    assert (await wallet_service.balances(a.id)).principal == 200
    # the higher level holds, and A's history says why
    assert [(m.member_id, m.rank) for m in await MemberLevel.all()] == [(a.id, 3)]
    change = await LevelChange.get(member_id=a.id)
    assert (change.from_rank, change.to_rank, change.idempotency_key) == (2, 3, f"merge:{b.id}")
    # A keeps its own interests, tag value and campaign turn; B's duplicates stay, unsent
    assert [i.member_id for i in await MemberInterest.all()] == [a.id]
    assert [(t.member_id, t.value) for t in await ManualTag.all()] == [(a.id, str(a.id))]
    assert sorted(d.member_id for d in await Delivery.all()) == [a.id, b.id]
    notes = {n.member_id: n.status for n in await Notification.all()}
    assert notes == {a.id: "PENDING", b.id: "MERGED"}


async def test_a_survivor_without_a_wallet_takes_over_the_absorbed_one() -> None:
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    await wallet_service.recharge(
        member_id=b.id, amount_cents=300, channel="APP", key="w", operator="t"
    )
    wallet = await Wallet.get(member_id=b.id)
    await _merge(a.id, b.id)
    assert (await Wallet.get(id=wallet.id)).member_id == a.id
    assert (await wallet_service.balances(a.id)).principal == 300


async def test_overlapping_paid_plans_queue_after_the_survivors_keeping_their_length() -> None:
    # given A's active plan runs Jan-Mar and B's Feb-Apr (59 days), B's next one May-Jun
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    for member_id, key, starts, ends in (
        (a.id, "a", date(2027, 1, 1), date(2027, 3, 1)),
        (b.id, "b1", date(2027, 2, 1), date(2027, 4, 1)),
        (b.id, "b2", date(2027, 5, 1), date(2027, 6, 1)),
    ):
        await PaidMembership.create(
            member_id=member_id,
            plan_id=1,
            idempotency_key=key,
            starts_on=starts,
            ends_on=ends,
            price_cents=100,
            paid_cents=100,
            status="ACTIVE",
        )
    await _merge(a.id, b.id)
    plans = {
        m.idempotency_key: (m.member_id, m.starts_on, m.ends_on) for m in await PaidMembership.all()
    }
    assert plans == {
        "a": (a.id, date(2027, 1, 1), date(2027, 3, 1)),
        "b1": (a.id, date(2027, 3, 1), date(2027, 4, 29)),
        "b2": (a.id, date(2027, 5, 1), date(2027, 6, 1)),
    }


async def test_links_and_referrals_follow_the_survivor() -> None:
    # given B and C share a device, B referred D, and B referred A (the same person)
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    c = await make_member()
    d = await make_member()
    for x, y in ((b.id, c.id), (c.id, b.id), (a.id, b.id), (b.id, a.id)):
        await MemberLink.create(member_id=x, other_member_id=y, kind="DEVICE_ID", value="dev")
    await Member.filter(id__in=[a.id, d.id]).update(source_referrer_id=b.id)
    await _merge(a.id, b.id)
    links = sorted((k.member_id, k.other_member_id) for k in await MemberLink.all())
    assert links == sorted([(a.id, c.id), (c.id, a.id)])
    referrers = {m.id: m.source_referrer_id for m in await Member.filter(id__in=[a.id, d.id])}
    assert referrers == {a.id: None, d.id: a.id}


async def test_merging_twice_and_in_a_chain_resolves_every_absorbed_member() -> None:
    # given A absorbs B and C, then D absorbs A
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    c = await make_member()
    d = await make_member(registered_days_ago=20)
    for member_id, tag in ((a.id, "a1"), (b.id, "b2"), (c.id, "c3"), (d.id, "d4")):
        await _seed(member_id, tag)
    await _merge(a.id, b.id)
    await _merge(a.id, c.id)
    await _merge(d.id, a.id)
    # then everything is D's, and every absorbed id resolves to D
    assert {t: await _count(t, d.id) for t in MOVED_TABLES} == {t: 4 for t in MOVED_TABLES}
    assert await members_service.absorbed_member_ids(d.id) == sorted([a.id, b.id, c.id])
    assert [await members_service.resolve_member_id(m) for m in (a.id, b.id, c.id)] == [d.id] * 3
    assert await MemberMerge.filter(survivor_id=a.id).count() == 2


async def test_erasing_the_end_of_a_chain_clears_every_absorbed_member() -> None:
    # given D absorbed A, which had absorbed B
    b = await make_member(name="Li Lei", city="Hangzhou", birthday=date(1990, 5, 1))
    a = await make_member(registered_days_ago=10, name="Li L.", city="Suzhou")
    d = await make_member(registered_days_ago=20, name="Lei Li")
    await _merge(a.id, b.id)
    await _merge(d.id, a.id)
    # when D is erased
    await members_erasure.erase_member(member_id=d.id, operator="t")
    # then no absorbed member keeps a profile, identity or conflicting value; books stay
    for member_id in (a.id, b.id):
        absorbed = await Member.get(id=member_id)
        assert (absorbed.name, absorbed.city, absorbed.birthday) == (None, None, None)
        assert absorbed.erased_at is not None
        assert absorbed.merged_into_id == d.id
    assert await db.fetch("SELECT 1 FROM member_identities") == []
    assert [m.conflicts for m in await MemberMerge.all()] == [{}, {}]


async def test_points_frozen_for_a_pending_order_stay_frozen_on_the_survivor() -> None:
    # given B holds 300 points of which 120 are frozen for a pending order; A holds 50
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    a = await make_member(registered_days_ago=10)
    b = await make_member()
    for member_id, points in ((a.id, 50), (b.id, 300)):
        await points_movements.adjust(
            member_id=member_id,
            point_type_code="POINTS",
            delta=points,
            key=f"gift-{member_id}",
            reason="gift",
            operator="t",
        )
    await points_movements.freeze(
        member_id=b.id, point_type_code="POINTS", points=120, order_ref="o1", operator="t"
    )
    # when A absorbs B
    await _merge(a.id, b.id)
    survivor = await Account.get(member_id=a.id, asset="POINTS:POINTS")
    absorbed = await Account.get(member_id=b.id, asset="POINTS:POINTS")
    assert (survivor.available, survivor.frozen) == (230, 120)
    assert (absorbed.available, absorbed.frozen) == (0, 0)
    # then the pending order can still be paid from the survivor's account
    await points_movements.unfreeze(
        member_id=a.id, point_type_code="POINTS", order_ref="o1", consume=True, operator="t"
    )
    survivor = await Account.get(member_id=a.id, asset="POINTS:POINTS")
    assert (survivor.available, survivor.frozen) == (230, 0)
    assert await ledger.verify() == []
    assert await ledger.lots_consistent(survivor.id)
