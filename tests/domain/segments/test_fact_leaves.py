"""Each fact leaf against a plain SQL query written here, on members either side of every bound.

The evaluation day is fixed; rows are written with instants relative to its business-day starts,
so the outcome does not depend on the real day or the clock.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from domain import db
from domain.audience import dsl
from domain.benefits.models import (
    Benefit,
    BenefitGrant,
    BenefitKind,
    BenefitRedemption,
    CardStatus,
    CardTemplate,
    MemberCard,
)
from domain.campaigns.models import Campaign, Delivery
from domain.catalog.models import Store
from domain.clock import business_day_start, business_zone
from domain.coupons.models import Coupon, CouponState
from domain.ledger.models import Account, Lot
from domain.levels.models import Level, MemberLevel, PaidMembership, PaidPlan, PlanStatus
from domain.orders.models import Event, Order
from domain.segments import facts
from domain.tags import history as tags_history
from domain.tags import runs as tags_runs
from tests.factories import insert_members
from tests.factories.coupons import make_template

pytestmark = pytest.mark.usefixtures("database")

AS_OF = date(2026, 3, 15)
SECOND = timedelta(seconds=1)


def day(offset: int) -> datetime:
    """Start of the business day `offset` days from AS_OF."""
    return business_day_start(AS_OF + timedelta(days=offset))


async def members_of(body: dict[str, Any]) -> list[int]:
    """The live members of a fact leaf on AS_OF, as the segment evaluation resolves them."""
    node = dsl.from_dict({"fact": body})
    dsl.validate(node)
    assert isinstance(node, dsl.FactCondition)
    found = await facts.fact_members(node, AS_OF)
    ids = set(found.ids.tolist())
    live = {r["id"] for r in await db.fetch("SELECT id FROM members WHERE status = 'ACTIVE'")}
    return sorted(live - ids if found.complement else live & ids)


async def plain(sql: str, *params: Any) -> list[int]:
    """Ids a plain query returns (its first column), sorted."""
    return sorted({next(iter(r.values())) for r in await db.fetch(sql, *params)})


async def assert_same(body: dict[str, Any], sql: str, *params: Any) -> list[int]:
    expected = await plain(sql, *params)
    live = await plain("SELECT id FROM members WHERE status = 'ACTIVE'")
    assert await members_of(body) == expected
    assert expected and expected != live, "the data should put members on both sides"
    return expected


async def _members(n: int) -> list[int]:
    ids = await insert_members(n)
    merged = (await insert_members(1))[0]
    await db.execute("UPDATE members SET status = 'MERGED' WHERE id = $1", merged)
    return [*ids, merged]


# ---------------------------------------------------------------- registration and consent


async def _registration_data() -> list[int]:
    ids = await _members(8)
    registered = [day(-30) - SECOND, day(-30), day(-29) - SECOND, day(-10), day(-3) - SECOND,
                  day(-3), day(0), day(1)]  # fmt: skip
    channels = ["APP", "POS", "MINI_PROGRAM", "APP", "WEB", "POS", "APP", "POS"]
    stores = ["S1", "S2", "S3", "S9", None, "S1", "S3", "S2"]
    for index, member in enumerate(ids[:8]):
        await db.execute(
            "UPDATE members SET registered_at = $2, channel = $3, source_store = $4, "
            "consent_sms = $5, consent_push = $6 WHERE id = $1",
            member,
            registered[index],
            channels[index],
            stores[index],
            index % 2 == 0,
            index % 3 == 0,
        )
    await db.execute(
        "UPDATE members SET registered_at = $2, channel = 'APP', source_store = 'S1', "
        "consent_sms = TRUE, consent_push = TRUE WHERE id = $1",
        ids[8],
        day(-20),
    )
    await Store.create(code="S1", name="Jing'an", region="East China", city="Shanghai")
    await Store.create(code="S2", name="West Lake", region="East China", city="Hangzhou")
    await Store.create(code="S3", name="Sanlitun", region="North China", city="Beijing")
    return ids


async def test_registration_facts_equal_plain_sql() -> None:
    await _registration_data()
    zone = business_zone().key
    local_day = f"(registered_at AT TIME ZONE '{zone}')::date"
    live = "SELECT id FROM members WHERE status = 'ACTIVE'"
    await assert_same(
        {"kind": "JOINED", "date_from": "2026-02-13", "date_to": "2026-03-12"},
        f"{live} AND {local_day} BETWEEN '2026-02-13' AND '2026-03-12'",
    )
    await assert_same(
        {"kind": "JOINED", "date_to": "2026-02-13"}, f"{live} AND {local_day} <= '2026-02-13'"
    )
    await assert_same(
        {"kind": "TENURE_DAYS", "op": "GTE", "value": 30},
        f"{live} AND registered_at < $1",
        day(-29),
    )
    await assert_same(
        {"kind": "TENURE_DAYS", "op": "BETWEEN", "value": 0, "value_to": 3},
        f"{live} AND registered_at >= $1 AND registered_at < $2",
        day(-3),
        day(1),
    )
    await assert_same(
        {"kind": "REGISTRATION_CHANNEL", "codes": ["APP", "WEB"]},
        f"{live} AND channel IN ('APP', 'WEB')",
    )
    await assert_same(
        {"kind": "SOURCE_STORE", "codes": ["S1", "S9", "NOWHERE"]},
        f"{live} AND source_store IN ('S1', 'S9')",
    )
    by_place = (
        "SELECT m.id FROM members m JOIN stores s ON s.code = m.source_store "
        "WHERE m.status = 'ACTIVE' AND s.{} = $1"
    )
    await assert_same(
        {"kind": "STORE_REGION", "codes": ["East China"]}, by_place.format("region"), "East China"
    )
    await assert_same(
        {"kind": "STORE_CITY", "codes": ["Beijing"]}, by_place.format("city"), "Beijing"
    )
    await assert_same({"kind": "CONSENT", "codes": ["SMS"]}, f"{live} AND consent_sms")
    await assert_same(
        {"kind": "CONSENT", "codes": ["SMS", "WECHAT"]}, f"{live} AND consent_sms AND consent_push"
    )
    assert await members_of({"kind": "CONSENT", "codes": ["EMAIL"]}) == []


# ---------------------------------------------------------------- points and wallet


async def _account(member: int, asset: str, available: int) -> Account:
    return await Account.create(member_id=member, asset=asset, available=available)


async def _lot(
    account: Account, remaining: int, expires_at: datetime, expired: bool = False
) -> None:
    await Lot.create(
        account_id=account.id,
        amount=remaining,
        remaining=remaining,
        earned_at=day(-100),
        expires_at=expires_at,
        source="test",
        entry_id=0,
        expired=expired,
    )


async def test_balance_facts_equal_plain_sql() -> None:
    ids = await _members(7)
    balances = [0, 4999, 5000, 5001, 120]
    for member, available in zip(ids, balances, strict=False):
        points = await _account(member, "POINTS:POINTS", available)
        await _lot(points, 10, day(0) - SECOND)
        await _lot(points, 20, day(0) if member % 2 else day(7))
        await _lot(points, 40, day(7) - SECOND, expired=member == ids[2])
    await _account(ids[5], "POINTS:STARS", 9000)
    await _account(ids[-1], "POINTS:POINTS", 9000)  # merged away
    await _account(ids[0], "WALLET:PRINCIPAL", 6000)
    await _account(ids[0], "WALLET:BONUS", 4000)
    await _account(ids[1], "WALLET:PRINCIPAL", 9999)
    await _account(ids[2], "WALLET:BONUS", 20000)
    live = "m.status = 'ACTIVE'"
    balance = (
        "SELECT m.id FROM members m LEFT JOIN ledger_accounts a ON a.member_id = m.id "
        "AND a.asset = $1 WHERE {} AND COALESCE(a.available, 0) {}"
    )
    await assert_same(
        {"kind": "POINTS_BALANCE", "op": "GTE", "value": 5000},
        balance.format(live, ">= 5000"),
        "POINTS:POINTS",
    )
    await assert_same(
        {"kind": "POINTS_BALANCE", "op": "LTE", "value": 120},
        balance.format(live, "<= 120"),
        "POINTS:POINTS",
    )
    await assert_same(
        {"kind": "POINTS_BALANCE", "point_type": "STARS", "op": "GTE", "value": 1},
        balance.format(live, ">= 1"),
        "POINTS:STARS",
    )
    zone = business_zone().key
    expiring = f"""
        SELECT m.id FROM members m WHERE {live} AND COALESCE((
            SELECT sum(l.remaining) FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id
             WHERE a.member_id = m.id AND a.asset = 'POINTS:POINTS' AND NOT l.expired
               AND (l.expires_at AT TIME ZONE '{zone}')::date BETWEEN $1 AND $2), 0) {{}}"""
    await assert_same(
        {"kind": "POINTS_EXPIRING", "within_days": 7, "op": "GTE", "value": 60},
        expiring.format(">= 60"),
        AS_OF,
        AS_OF + timedelta(days=6),
    )
    await assert_same(
        {"kind": "POINTS_EXPIRING", "within_days": 1, "op": "EQ", "value": 0},
        expiring.format("= 0"),
        AS_OF,
        AS_OF,
    )
    await assert_same(
        {"kind": "WALLET_BALANCE", "op": "GTE", "value": 10000},
        f"""SELECT m.id FROM members m WHERE {live} AND COALESCE((SELECT sum(available)
              FROM ledger_accounts a WHERE a.member_id = m.id AND a.asset LIKE 'WALLET:%'), 0)
              >= 10000""",
    )


# ---------------------------------------------------------------- coupons and benefits


async def test_coupon_and_benefit_facts_equal_plain_sql() -> None:
    ids = await _members(6)
    gift = await make_template("GIFT")
    other = await make_template("OTHER")
    coupons = [  # (member, template, state, valid_until, used_at)
        (ids[0], gift, CouponState.AVAILABLE, day(0) + SECOND, None),
        (ids[1], gift, CouponState.AVAILABLE, day(0), None),
        (ids[2], other, CouponState.AVAILABLE, day(30), None),
        (ids[3], gift, CouponState.USED, day(30), day(-6)),
        (ids[4], gift, CouponState.USED, day(30), day(-6) - SECOND),
        (ids[5], other, CouponState.USED, day(30), day(0) + SECOND),
        (ids[6], gift, CouponState.AVAILABLE, day(30), None),
    ]
    for index, (member, template, state, until, used_at) in enumerate(coupons):
        await Coupon.create(
            template_id=template.id,
            member_id=member,
            code=f"C{index}",
            state=state,
            valid_from=day(-60),
            valid_until=until,
            source="test",
            idempotency_key=f"c{index}",
            used_at=used_at,
        )
    live = "SELECT m.id FROM members m WHERE m.status = 'ACTIVE'"
    held = (
        f"{live} AND EXISTS (SELECT 1 FROM coupons c JOIN coupon_templates t ON t.id = "
        "c.template_id WHERE c.member_id = m.id AND c.state = 'AVAILABLE' AND c.valid_until > $1 "
        "AND t.code LIKE $2)"
    )
    await assert_same({"kind": "COUPON_HELD", "codes": ["GIFT"]}, held, day(0), "GIFT")
    await assert_same({"kind": "COUPON_HELD"}, held, day(0), "%")
    used = (
        f"{live} AND EXISTS (SELECT 1 FROM coupons c JOIN coupon_templates t ON t.id = "
        "c.template_id WHERE c.member_id = m.id AND c.state = 'USED' AND c.used_at >= $1 "
        "AND c.used_at < $2 AND t.code LIKE $3)"
    )
    await assert_same({"kind": "COUPON_USED", "window_days": 7}, used, day(-6), day(1), "%")
    await assert_same(
        {"kind": "COUPON_USED", "window_days": 8, "codes": ["GIFT"]}, used, day(-7), day(1), "GIFT"
    )

    card = await CardTemplate.create(
        code="BLACK", name="Black", price_cents=100, validity_months=12
    )
    spare = await CardTemplate.create(
        code="SPARE", name="Spare", price_cents=100, validity_months=1
    )
    cards = [  # (member, template, status, activated_on, ends_on)
        (ids[0], card, CardStatus.ACTIVE, AS_OF, AS_OF),
        (ids[1], card, CardStatus.ACTIVE, AS_OF + timedelta(days=1), None),
        (ids[2], card, CardStatus.ACTIVE, AS_OF - timedelta(days=40), AS_OF - timedelta(days=1)),
        (ids[3], card, CardStatus.REFUNDED, AS_OF - timedelta(days=5), None),
        (ids[4], spare, CardStatus.ACTIVE, AS_OF - timedelta(days=5), None),
    ]
    for index, (member, card_template, status, activated, ends) in enumerate(cards):
        await MemberCard.create(
            member_id=member,
            template_id=card_template.id,
            idempotency_key=f"card{index}",
            channel="APP",
            price_cents=100,
            status=status,
            activated_on=activated,
            ends_on=ends,
        )
    holders = (
        f"{live} AND EXISTS (SELECT 1 FROM member_cards c JOIN benefit_card_templates t ON "
        "t.id = c.template_id WHERE c.member_id = m.id AND c.status = 'ACTIVE' AND t.code LIKE $2 "
        "AND $1 BETWEEN c.activated_on AND COALESCE(c.ends_on, $1))"
    )
    await assert_same({"kind": "BENEFIT_CARD", "codes": ["BLACK"]}, holders, AS_OF, "BLACK")
    await assert_same({"kind": "BENEFIT_CARD"}, holders, AS_OF, "%")

    lounge = await Benefit.create(code="LOUNGE", name="Lounge", kind=BenefitKind.SERVICE)
    parking = await Benefit.create(code="PARKING", name="Parking", kind=BenefitKind.SERVICE)
    redemptions = [(ids[0], lounge, day(-29)), (ids[1], lounge, day(-29) - SECOND),
                   (ids[2], parking, day(0)), (ids[3], lounge, day(1))]  # fmt: skip
    for index, (member, benefit, at) in enumerate(redemptions):
        grant = await BenefitGrant.create(
            member_id=member,
            benefit_id=benefit.id,
            quantity=5,
            source="test",
            idempotency_key=f"g{index}",
            starts_at=day(-90),
        )
        redemption = await BenefitRedemption.create(
            grant_id=grant.id, idempotency_key=f"r{index}", count=1, operator="test"
        )
        await db.execute(
            "UPDATE benefit_redemptions SET redeemed_at = $2 WHERE id = $1", redemption.id, at
        )
    benefit_used = (
        f"{live} AND EXISTS (SELECT 1 FROM benefit_redemptions r JOIN benefit_grants g ON "
        "g.id = r.grant_id JOIN benefits b ON b.id = g.benefit_id WHERE g.member_id = m.id "
        "AND b.code LIKE $3 AND r.redeemed_at >= $1 AND r.redeemed_at < $2)"
    )
    await assert_same(
        {"kind": "BENEFIT_USED", "window_days": 30, "codes": ["LOUNGE"]},
        benefit_used,
        day(-29),
        day(1),
        "LOUNGE",
    )
    await assert_same(
        {"kind": "BENEFIT_USED", "window_days": 30}, benefit_used, day(-29), day(1), "%"
    )


# ---------------------------------------------------------------- levels and paid plans


async def test_level_and_plan_facts_equal_plain_sql() -> None:
    ids = await _members(7)
    for rank, code in ((1, "BASIC"), (2, "SILVER"), (3, "GOLD")):
        await Level.create(
            rank=rank,
            code=code,
            name=code,
            reach_growth=rank * 100,
            keep_growth=0,
            validity_months=12,
        )
    for member, rank, reached in ((ids[0], 3, 30), (ids[1], 3, 29), (ids[2], 2, 400),
                                  (ids[3], 1, 10), (ids[7], 3, 90)):  # fmt: skip
        await MemberLevel.create(
            member_id=member,
            rank=rank,
            reached_on=AS_OF - timedelta(days=reached),
            period_started_on=AS_OF - timedelta(days=reached),
        )
    at_level = (
        "SELECT m.id FROM members m LEFT JOIN member_levels ml ON ml.member_id = m.id "
        "JOIN levels l ON l.rank = COALESCE(ml.rank, 1) WHERE m.status = 'ACTIVE' "
        "AND l.code = ANY($1::text[])"
    )
    await assert_same({"kind": "LEVEL", "codes": ["GOLD"]}, at_level, ["GOLD"])
    await assert_same(
        {"kind": "LEVEL", "codes": ["BASIC", "SILVER"]}, at_level, ["BASIC", "SILVER"]
    )
    await assert_same(
        {"kind": "LEVEL", "codes": ["GOLD"], "op": "GTE", "value": 30},
        f"{at_level} AND ml.reached_on <= $2",
        ["GOLD"],
        AS_OF - timedelta(days=30),
    )

    vip = await PaidPlan.create(
        code="VIP", name="VIP", audience="ALL", price_cents=100, validity_days=30
    )
    lite = await PaidPlan.create(
        code="LITE", name="Lite", audience="ALL", price_cents=50, validity_days=30
    )
    plans = [(ids[0], vip, PlanStatus.ACTIVE, 0, 0), (ids[1], vip, PlanStatus.ACTIVE, 1, 30),
             (ids[2], vip, PlanStatus.ACTIVE, -30, -1), (ids[3], vip, PlanStatus.REFUNDED, -3, 3),
             (ids[4], lite, PlanStatus.ACTIVE, -3, 3)]  # fmt: skip
    for index, (member, plan, status, start, end) in enumerate(plans):
        await PaidMembership.create(
            member_id=member,
            plan_id=plan.id,
            idempotency_key=f"p{index}",
            starts_on=AS_OF + timedelta(days=start),
            ends_on=AS_OF + timedelta(days=end),
            price_cents=100,
            paid_cents=100,
            status=status,
        )
    holders = (
        "SELECT m.id FROM members m JOIN paid_memberships pm ON pm.member_id = m.id "
        "JOIN paid_plans p ON p.id = pm.plan_id WHERE m.status = 'ACTIVE' AND p.code LIKE $2 "
        "AND pm.status = 'ACTIVE' AND $1 BETWEEN pm.starts_on AND pm.ends_on"
    )
    await assert_same({"kind": "PAID_PLAN", "codes": ["VIP"]}, holders, AS_OF, "VIP")
    await assert_same({"kind": "PAID_PLAN"}, holders, AS_OF, "%")


# ---------------------------------------------------------------- campaigns and clicks


async def _campaign(attribution_days: int = 7) -> Campaign:
    return await Campaign.create(
        name="Spring",
        owner="test",
        starts_at=day(-30),
        ends_at=day(30),
        audience={"kind": "EVERYONE"},
        mode="ONE_SHOT",
        attribution_days=attribution_days,
    )


async def _event(member: int, name: str, at: datetime, **properties: Any) -> None:
    count = await Event.all().count()
    await Event.create(
        event_id=f"e{count}", name=name, occurred_at=at, member_id=member, properties=properties
    )


async def test_campaign_and_click_facts_equal_plain_sql() -> None:
    ids = await _members(8)
    spring, other = await _campaign(), await _campaign(3)
    deliveries = [  # (member, campaign, status, delivered_at)
        (ids[0], spring, "REWARDED", day(-7)),
        (ids[1], spring, "REWARDED", day(-7) - SECOND),
        (ids[2], spring, "REWARDED", day(-2)),
        (ids[3], spring, "CONTROL", day(-3)),
        (ids[4], spring, "CONTROL", day(-20)),
        (ids[5], other, "REWARDED", day(-1)),
        (ids[6], spring, "REWARDED", day(1)),
        (ids[8], spring, "REWARDED", day(-1)),
    ]
    for index, (member, target, status, at) in enumerate(deliveries):
        await Delivery.create(
            campaign_id=target.id,
            member_id=member,
            occurrence=f"o{index}",
            arm="control" if status == "CONTROL" else "A",
            status=status,
            delivered_at=at,
        )
    orders = [(ids[0], day(-7) + timedelta(days=7)), (ids[1], day(-7) + timedelta(days=2) - 2 * SECOND),
              (ids[2], day(-2) - SECOND), (ids[5], day(0))]  # fmt: skip
    for index, (member, at) in enumerate(orders):
        await Order.create(
            channel="POS", external_no=f"o{index}", member_id=member, total_cents=100, paid_at=at
        )
    await _event(ids[0], "campaign_click", day(-7) + SECOND, campaign_id=str(spring.id))
    await _event(ids[1], "campaign_click", day(-7) + SECOND, campaign_id=str(spring.id))
    await _event(ids[2], "campaign_click", day(-1), campaign_id=str(other.id))
    live = "SELECT m.id FROM members m WHERE m.status = 'ACTIVE'"
    delivered = (
        f"{live} AND EXISTS (SELECT 1 FROM campaign_deliveries d WHERE d.member_id = m.id "
        "AND d.campaign_id = $1 AND d.status = $2 AND d.delivered_at >= $3 AND d.delivered_at < $4 {})"
    )
    campaign = {"campaign_id": spring.id}
    await assert_same(
        {"kind": "CAMPAIGN_RECEIVED", **campaign},
        delivered.format(""),
        spring.id,
        "REWARDED",
        day(-9999),
        day(1),
    )
    await assert_same(
        {"kind": "CAMPAIGN_RECEIVED", "window_days": 7, **campaign},
        delivered.format(""),
        spring.id,
        "REWARDED",
        day(-6),
        day(1),
    )
    await assert_same(
        {"kind": "CAMPAIGN_CONTROL", "window_days": 4, **campaign},
        delivered.format(""),
        spring.id,
        "CONTROL",
        day(-3),
        day(1),
    )
    converted = (
        "AND EXISTS (SELECT 1 FROM orders o WHERE o.member_id = m.id AND o.paid_at > d.delivered_at "
        "AND o.paid_at <= d.delivered_at + $5 * interval '1 day' AND o.paid_at < $4)"
    )
    await assert_same(
        {"kind": "CAMPAIGN_CONVERTED", **campaign},
        delivered.format(converted),
        spring.id,
        "REWARDED",
        day(-9999),
        day(1),
        7,
    )
    await assert_same(
        {"kind": "CAMPAIGN_CONVERTED", "within_days": 2, **campaign},
        delivered.format(converted),
        spring.id,
        "REWARDED",
        day(-9999),
        day(1),
        2,
    )
    # the one-click re-targeting audience: received and did not convert within 2 days
    retarget = dsl.from_dict(
        {"and": [{"fact": {"kind": "CAMPAIGN_RECEIVED", **campaign}},
                 {"not": {"fact": {"kind": "CAMPAIGN_CONVERTED", "within_days": 2, **campaign}}}]}
    )  # fmt: skip
    dsl.validate(retarget)
    received = set(await members_of({"kind": "CAMPAIGN_RECEIVED", **campaign}))
    buyers = set(await members_of({"kind": "CAMPAIGN_CONVERTED", "within_days": 2, **campaign}))
    assert sorted(received - buyers) == [ids[0], ids[2]]
    clicked = (
        "AND EXISTS (SELECT 1 FROM events e WHERE e.member_id = m.id AND e.name = 'campaign_click' "
        "AND e.properties ->> 'campaign_id' = $1::text AND e.occurred_at >= d.delivered_at "
        "AND e.occurred_at < $4 AND e.occurred_at <= d.delivered_at + interval '7 days')"
    )
    await assert_same(
        {"kind": "CAMPAIGN_CLICKED", **campaign},
        delivered.format(clicked),
        spring.id,
        "REWARDED",
        day(-9999),
        day(1),
    )
    assert await members_of({"kind": "CAMPAIGN_RECEIVED", "campaign_id": 999}) == []

    for member, ages in ((ids[0], [0, 6]), (ids[1], [7]), (ids[2], [1, 2, 3]), (ids[8], [0, 0])):
        for age in ages:
            await _event(member, "rec_click", day(-age) + SECOND)
    clicks = (
        "SELECT m.id FROM members m WHERE m.status = 'ACTIVE' AND (SELECT count(*) FROM events e "
        "WHERE e.member_id = m.id AND e.name = 'rec_click' AND e.occurred_at >= $1) {}"
    )
    await assert_same(
        {"kind": "REC_CLICKS", "window_days": 7, "op": "GTE", "value": 2},
        clicks.format(">= 2"),
        day(-6),
    )
    await assert_same(
        {"kind": "REC_CLICKS", "window_days": 7, "op": "LTE", "value": 1},
        clicks.format("<= 1"),
        day(-6),
    )


# ---------------------------------------------------------------- predictions and past tag values


async def _run(as_of: date, columns: list[dict[str, Any]]) -> int:
    row = await db.fetch_one(
        "INSERT INTO tag_runs (status, as_of, columns, numbers, params, member_count, started_at) "
        "VALUES ('PUBLISHED', $1, $2::jsonb, '[]', '{}', 0, now()) RETURNING id",
        as_of,
        json.dumps(columns),
    )
    assert row is not None
    return int(row["id"])


async def test_prediction_facts_equal_plain_sql() -> None:
    ids = await _members(6)
    columns = [
        {"tag_id": 1, "code": "purchase_probability", "labels": [], "number": 0},
        {"tag_id": 2, "code": "customer_value_365d", "labels": [], "number": 1},
    ]
    run = await _run(AS_OF, columns)
    values = [(0.59, 100.0), (0.6, 99999.0), (0.61, 100000.0), (0.95, 250000.5), (0.1, 0.0)]
    for member, (probability, value) in zip(
        [*ids[:5], ids[6]], [*values, (0.99, 1e9)], strict=True
    ):
        await db.execute(
            "INSERT INTO member_tags (member_id, run_id, codes, numbers, updated_at) "
            "VALUES ($1, $2, '{}', $3::float8[], now())",
            member,
            run,
            [probability, value],
        )
    tagged = (
        "SELECT t.member_id FROM member_tags t JOIN members m ON m.id = t.member_id "
        "WHERE m.status = 'ACTIVE' AND t.numbers[{}] {}"
    )
    await assert_same(
        {"kind": "PURCHASE_PROBABILITY", "op": "GTE", "value": 0.6}, tagged.format(1, ">= 0.6")
    )
    await assert_same(
        {"kind": "PURCHASE_PROBABILITY", "op": "BETWEEN", "value": 0.1, "value_to": 0.6},
        tagged.format(1, "BETWEEN 0.1 AND 0.6"),
    )
    await assert_same(
        {"kind": "EXPECTED_VALUE", "op": "LTE", "value": 99999}, tagged.format(2, "<= 99999")
    )


async def test_tag_value_at_a_past_day_reads_the_latest_run_on_or_before_it() -> None:
    ids = await _members(5)
    layout = [
        {"tag_id": 1, "code": "lifecycle", "labels": ["NEW", "LOYAL", "LOST"], "number": None}
    ]
    history = {  # run day offset -> member codes
        -40: [1, 1, 0, 2, 1, 1],
        -30: [0, 1, 1, 1, 2, 1],
        -5: [1, 1, 1, 1, 1, 1],
    }
    for offset, codes in history.items():
        run = await _run(AS_OF + timedelta(days=offset), layout)
        for member, code in zip(ids, codes, strict=True):
            await db.execute(
                "INSERT INTO member_tag_history (run_id, member_id, codes) VALUES ($1, $2, $3)",
                run,
                member,
                [code],
            )
    past = """
        SELECT h.member_id FROM member_tag_history h JOIN members m ON m.id = h.member_id
         WHERE m.status = 'ACTIVE' AND h.codes[1] = ANY($2::smallint[]) AND h.run_id = (
               SELECT id FROM tag_runs WHERE as_of <= $1 ORDER BY as_of DESC LIMIT 1)"""
    for days_ago, labels, codes in ((30, ["LOYAL"], [1]), (31, ["LOYAL", "LOST"], [1, 2]),
                                    (29, ["NEW"], [0])):  # fmt: skip
        await assert_same(
            {"kind": "TAG_AT", "tag_code": "lifecycle", "codes": labels, "days_ago": days_ago},
            past,
            AS_OF - timedelta(days=days_ago),
            codes,
        )
    # before the oldest kept run, and for a tag the run did not have, nobody matches
    before = {"kind": "TAG_AT", "tag_code": "lifecycle", "codes": ["LOYAL"], "days_ago": 41}
    assert await members_of(before) == []
    other = {"kind": "TAG_AT", "tag_code": "rfm", "codes": ["LOYAL"], "days_ago": 1}
    assert await members_of(other) == []


async def test_tag_runs_keep_member_values_and_prune_past_the_setting() -> None:
    # given two computed runs
    await insert_members(3)
    await tags_runs.compute_all()
    await tags_runs.compute_all()
    runs = [r["id"] for r in await db.fetch("SELECT id FROM tag_runs ORDER BY id")]
    kept = await plain("SELECT DISTINCT run_id FROM member_tag_history")
    assert kept == runs and len(runs) == 2
    assert await db.fetch_one("SELECT count(*) AS n FROM member_tag_history") == {"n": 6}
    # when both lie before the cut-off
    await db.execute("UPDATE tag_runs SET as_of = as_of - 200")
    await tags_history.prune(AS_OF + timedelta(days=3650))
    # then only the newest of them stays, for the days just after it
    assert await plain("SELECT DISTINCT run_id FROM member_tag_history") == runs[1:]
