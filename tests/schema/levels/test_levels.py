"""Levels, paid plans, benefits and cards through GraphQL and the jobs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain import db
from domain.benefits import card_drops, card_templates
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitGrant, BenefitKind, CardDrop, MemberCard, RedeemMethod
from domain.catalog.models import Item
from domain.clock import business_today
from domain.ledger.models import Account
from domain.levels import evaluation as levels_evaluation
from domain.levels import service as levels_service
from domain.levels.models import LevelChange, MemberLevel
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from domain.wallet import service as wallet_service
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, STAFF, gql, member, pk, run_jobs

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineLevelsInput!) { defineLevels(input: $i) {
  levels { rank code } errors { code field } } }"""
RECORD = "mutation($i: RecordOrderInput!) { recordOrder(input: $i) { errors { code } } }"


def _ladder(reach2: int = 1000, reach3: int = 5000) -> dict:
    return {
        "i": {
            "growthPointType": "GROWTH",
            "growthPolicy": "RESET",
            "levels": [
                {
                    "rank": 1,
                    "code": "SILVER",
                    "name": "Silver",
                    "reachGrowth": 0,
                    "keepGrowth": 0,
                    "validityMonths": 0,
                },
                {
                    "rank": 2,
                    "code": "GOLD",
                    "name": "Gold",
                    "reachGrowth": reach2,
                    "keepGrowth": 500,
                    "validityMonths": 12,
                    "multiplierPercent": 150,
                    "discountPercent": 5,
                    "upgradeGifts": [{"benefit": "GIFT100", "quantity": 1}],
                },
                {
                    "rank": 3,
                    "code": "DIAMOND",
                    "name": "Diamond",
                    "reachGrowth": reach3,
                    "keepGrowth": 2000,
                    "validityMonths": 12,
                    "downgradeToRank": 1,
                },
            ],
        }
    }


async def _setup() -> None:
    for code, kind in (("POINTS", PointKind.SPENDABLE), ("GROWTH", PointKind.GROWTH)):
        await points_config.define_type(
            code=code, name=code, kind=kind, expiry_policy={"kind": "NEVER"}
        )
        await points_config.define_rule(code, name="base", points=1, per_cents=100)
    await benefits_service.define_benefit(
        code="GIFT100",
        name="100 points",
        kind=BenefitKind.POINTS,
        redeem_method=RedeemMethod.AUTO,
        config={"points": 100},
    )
    await Item.create(code="SKU", name="Thing", price_cents=1)
    result = await gql(DEFINE, _ladder(), STAFF)
    assert result.data["defineLevels"]["errors"] == []


def _order(no: str, member_id: int, cents: int) -> dict:
    return {
        "i": {
            "channel": "APP",
            "externalNo": no,
            "memberId": encode_id("Member", member_id),
            "paidAt": (datetime.now(UTC) - timedelta(minutes=5)).isoformat(),
            "lines": [{"itemCode": "SKU", "quantity": cents, "unitPriceCents": 1}],
        }
    }


async def _rank(member_id: int) -> int:
    row = await MemberLevel.get_or_none(member_id=member_id)
    return row.rank if row else 1


async def _points(member_id: int, code: str = "POINTS") -> int:
    account = await Account.get_or_none(member_id=member_id, asset=f"POINTS:{code}")
    return account.available if account else 0


async def test_upgrade_at_the_exact_threshold_and_not_below_with_gift_once(redis_client) -> None:
    await _setup()
    m = await make_member()
    await gql(RECORD, _order("L-1", m.id, 99_900), SERVICE)  # 999 growth
    await run_jobs(redis_client)
    assert await _rank(m.id) == 1
    await gql(RECORD, _order("L-2", m.id, 100), SERVICE)  # 1,000 growth exactly
    await run_jobs(redis_client)
    assert await _rank(m.id) == 2
    # 999 + 1 points from the orders and the level-2 gift of 100 (the gift is not multiplied)
    assert await _points(m.id) == 1_000 + 100
    await levels_service.apply_growth(m.id)  # the job again: no second gift
    assert await _points(m.id) == 1_100
    privileges = await gql(
        "{ memberPrivileges { levelCode discountPercent pointsMultiplier } }",
        principal=member(m.id),
    )
    assert privileges.data["memberPrivileges"] == {
        "levelCode": "GOLD",
        "discountPercent": 5,
        "pointsMultiplier": "3/2",
    }
    await gql(RECORD, _order("L-3", m.id, 10_000), SERVICE)  # 100 x 1.5 at gold
    await run_jobs(redis_client)
    assert await _points(m.id) == 1_250


async def test_period_end_keeps_or_downgrades_and_a_rerun_changes_nothing() -> None:
    await _setup()
    keeper, leaver = await make_member(), await make_member()
    today = business_today()
    for m, growth in ((keeper, 600), (leaver, 100)):
        await points_movements.credit_points(
            member_id=m.id,
            point_type_code="GROWTH",
            points=growth,
            key=f"g{m.id}",
            reason="t",
            operator="t",
        )
        await MemberLevel.create(
            member_id=m.id,
            rank=2,
            reached_on=today - timedelta(days=365),
            period_started_on=today - timedelta(days=365),
            period_ends_on=today,
        )
    first = await levels_evaluation.evaluate_due()
    assert first == {"evaluated": 2, "kept": 1, "downgraded": 1}
    assert (await _rank(keeper.id), await _rank(leaver.id)) == (2, 1)
    assert await levels_evaluation.evaluate_due() == {"evaluated": 0, "kept": 0, "downgraded": 0}
    changes = await LevelChange.filter(kind__in=["KEEP", "DOWNGRADE"]).order_by("member_id")
    assert [(c.member_id, c.kind) for c in changes] == [
        (keeper.id, "KEEP"),
        (leaver.id, "DOWNGRADE"),
    ]
    distribution = await gql("{ levelDistribution { rank members } }", principal=STAFF)
    assert distribution.data["levelDistribution"] == [
        {"rank": 1, "members": 1},
        {"rank": 2, "members": 1},
    ]


async def test_bad_ladder_is_refused_with_the_field() -> None:
    await _setup()
    result = await gql(DEFINE, _ladder(reach2=6000, reach3=5000), STAFF)
    error = result.data["defineLevels"]["errors"][0]
    assert error["code"] == "INVALID_LADDER" and error["field"].startswith("levels[2]")
    levels = await gql("{ levels { reachGrowth } }", principal=STAFF)
    assert [x["reachGrowth"] for x in levels.data["levels"]] == [0, 1000, 5000]


async def test_paid_plans_overlap_upgrade_and_prorata_refund() -> None:
    await _setup()
    m = await make_member()
    buy = """mutation($i: PurchasePaidPlanInput!) { purchasePaidPlan(input: $i) {
      membership { id planCode paidCents status } errors { code field } } }"""
    for code, price in (("FAMILY", 36_500), ("FAMILY_PLUS", 73_000)):
        await gql(
            "mutation($i: DefinePaidPlanInput!) { definePaidPlan(input: $i) { errors { code } } }",
            {
                "i": {
                    "code": code,
                    "name": code,
                    "audience": "family",
                    "priceCents": price,
                    "validityDays": 365,
                }
            },
            STAFF,
        )
    await wallet_service.recharge(
        member_id=m.id, amount_cents=100_000, channel="APP", key="r", operator="t"
    )
    wallet = {"paymentMethod": "WALLET"}
    first = await gql(
        buy, {"i": {"planCode": "FAMILY", "idempotencyKey": "b1", **wallet}}, member(m.id)
    )
    membership_id = first.data["purchasePaidPlan"]["membership"]["id"]
    overlap = await gql(
        buy, {"i": {"planCode": "FAMILY", "idempotencyKey": "b2", **wallet}}, member(m.id)
    )
    assert overlap.data["purchasePaidPlan"]["errors"][0]["code"] == "PLAN_OVERLAP"
    # 100 days in, today counted as used: 73,000 - floor(36,500 x 264 / 365) = 46,600
    await db.execute(
        "UPDATE paid_memberships SET starts_on = starts_on - 100, "
        "ends_on = ends_on - 100 WHERE id = $1",
        pk(membership_id),
    )
    upgraded = await gql(
        buy,
        {
            "i": {
                "planCode": "FAMILY_PLUS",
                "idempotencyKey": "u1",
                "action": "UPGRADE",
                **wallet,
            }
        },
        member(m.id),
    )
    new = upgraded.data["purchasePaidPlan"]["membership"]
    assert (new["planCode"], new["paidCents"]) == ("FAMILY_PLUS", 46_600)
    # 73 days into the new plan: floor(46,600 x 291 / 365) = 37,152
    await db.execute(
        "UPDATE paid_memberships SET starts_on = starts_on - 73, "
        "ends_on = ends_on - 73 WHERE id = $1",
        pk(new["id"]),
    )
    refunded = await gql(
        "mutation($i: RefundPaidPlanInput!) { refundPaidPlan(input: $i) { membership { refundedCents status } errors { code } } }",
        {"i": {"membershipId": new["id"]}},
        STAFF,
    )
    assert refunded.data["refundPaidPlan"]["membership"] == {
        "refundedCents": 37_152,
        "status": "REFUNDED",
    }
    # paid 36,500 + 46,600 from 100,000; 37,152 came back to the wallet
    balances = await wallet_service.balances(m.id)
    assert balances.principal == 100_000 - 36_500 - 46_600 + 37_152


async def test_card_drops_exactly_once_per_period_and_refund_after_expiry() -> None:
    await _setup()
    await benefits_service.define_benefit(
        code="PARKING",
        name="Parking hour",
        kind=BenefitKind.CUSTOM,
        redeem_method=RedeemMethod.SCAN,
    )
    await card_templates.define_template(
        code="PARK3",
        name="Parking",
        price_cents=9_000,
        validity_months=3,
        every="MONTH",
        drops=[{"benefit": "PARKING", "quantity": 3}],
    )
    m = await make_member()
    await wallet_service.recharge(
        member_id=m.id, amount_cents=9_000, channel="APP", key="r", operator="t"
    )
    bought = await gql(
        "mutation($i: PurchaseBenefitCardInput!) { purchaseBenefitCard(input: $i) { card { id dropsTotal dropsLeft } errors { code } } }",
        {"i": {"templateCode": "PARK3", "idempotencyKey": "c1", "paymentMethod": "WALLET"}},
        member(m.id),
    )
    card = bought.data["purchaseBenefitCard"]["card"]
    assert (card["dropsTotal"], card["dropsLeft"]) == (3, 2)
    activated_on = (await MemberCard.get(id=pk(card["id"]))).activated_on
    assert activated_on is not None
    for _ in range(2):  # the job runs twice on the day of purchase
        await card_drops.distribute_due(today=activated_on)
    assert await CardDrop.filter(card_id=pk(card["id"])).count() == 1
    for _ in range(2):  # and twice 40 days later: the second period's drop, once
        await card_drops.distribute_due(today=activated_on + timedelta(days=40))
    assert await CardDrop.filter(card_id=pk(card["id"])).count() == 2
    assert await BenefitGrant.filter(member_id=m.id).count() == 2
    await db.execute(
        "UPDATE member_cards SET activated_on = activated_on - 140, "
        "ends_on = ends_on - 140 WHERE id = $1",
        pk(card["id"]),
    )
    late = await gql(
        "mutation($i: CardActionInput!) { refundBenefitCard(input: $i) { errors { code field } } }",
        {"i": {"cardId": card["id"]}},
        member(m.id),
    )
    assert late.data["refundBenefitCard"]["errors"] == [{"code": "EXPIRED", "field": "card"}]


async def test_a_benefit_is_redeemed_once_per_use_never_after_expiry_or_by_others() -> None:
    await _setup()
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    owner, other = await make_member(), await make_member()
    grant = await benefits_service.grant(
        member_id=owner.id, benefit_code="LOUNGE", quantity=1, source="staff", key="g1"
    )
    redeem = """mutation($i: RedeemBenefitInput!) { redeemBenefit(input: $i) { ok errors { code field } } }"""
    foreign = await gql(
        redeem, {"i": {"grantId": str(grant.id), "idempotencyKey": "x"}}, member(other.id)
    )
    assert foreign.data["redeemBenefit"]["errors"] == [{"code": "FORBIDDEN", "field": "grantId"}]
    ok = await gql(
        redeem, {"i": {"grantId": str(grant.id), "idempotencyKey": "r1"}}, member(owner.id)
    )
    assert ok.data["redeemBenefit"]["ok"] is True
    replay = await gql(
        redeem, {"i": {"grantId": str(grant.id), "idempotencyKey": "r1"}}, member(owner.id)
    )
    assert replay.data["redeemBenefit"]["ok"] is True
    twice = await gql(
        redeem, {"i": {"grantId": str(grant.id), "idempotencyKey": "r2"}}, member(owner.id)
    )
    assert twice.data["redeemBenefit"]["errors"] == [
        {"code": "BENEFIT_EXHAUSTED", "field": "count"}
    ]
    expired = await benefits_service.grant(
        member_id=owner.id,
        benefit_code="LOUNGE",
        quantity=2,
        source="staff",
        key="g2",
        expires_at=datetime.now(UTC) - timedelta(seconds=1),
    )
    late = await gql(
        redeem, {"i": {"grantId": str(expired.id), "idempotencyKey": "r3"}}, member(owner.id)
    )
    assert late.data["redeemBenefit"]["errors"] == [{"code": "EXPIRED", "field": "grantId"}]
    assert (await BenefitGrant.get(id=grant.id)).used == 1


async def test_member_portrait_shows_points_level_and_wallet() -> None:
    await _setup()
    m = await make_member()
    await points_movements.credit_points(
        member_id=m.id, point_type_code="POINTS", points=42, key="p", reason="t", operator="t"
    )
    result = await gql(
        "query($id: ID!) { memberPortrait(memberId: $id) { points { pointType { code } available } "
        "level { code } wallet { balanceCents } privileges { discountPercent } coupons { code } } }",
        {"id": encode_id("Member", m.id)},
        STAFF,
    )
    portrait = result.data["memberPortrait"]
    assert {"pointType": {"code": "POINTS"}, "available": 42} in portrait["points"]
    assert portrait["level"] == {"code": "SILVER"}
    assert portrait["wallet"] == {"balanceCents": 0}
    assert portrait["privileges"] == {"discountPercent": 0}
    assert portrait["coupons"] == []


async def test_a_ladder_with_three_problems_reports_the_three_with_their_paths() -> None:
    await _setup()
    ladder = _ladder()
    levels = ladder["i"]["levels"]
    levels[0]["reachGrowth"] = 10
    levels[1]["keepGrowth"] = 5000
    levels[2]["downgradeToRank"] = 3
    result = await gql(DEFINE, ladder, STAFF)
    assert result.data["defineLevels"] == {
        "levels": None,
        "errors": [
            {"code": "INVALID_LADDER", "field": "levels[0].reachGrowth"},
            {"code": "INVALID_LADDER", "field": "levels[1].keepGrowth"},
            {"code": "INVALID_LADDER", "field": "levels[2].downgradeToRank"},
        ],
    }
