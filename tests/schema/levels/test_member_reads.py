"""A member's grants, cards, paid plans, level history and wallet statement as GraphQL shows them,
and the level trend."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.benefits import card_templates
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.clock import business_today, utc_now
from domain.levels.models import LevelChange
from domain.wallet import service as wallet_service
from tests.factories import make_member
from tests.helpers import STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

READS = """{
  memberBenefits(includeSpent: true) { nodes {
    benefitCode name quantity used remaining source expiresAt status usable
  } }
  memberCards { nodes {
    templateCode status activatedOn endsOn priceCents refundedCents dropsTotal dropsLeft
  } }
  paidMemberships { nodes { planCode priceCents paidCents refundedCents status } }
  memberLevel { history { fromRank toRank kind reason } }
  walletStatement { edges { node { side kind amountCents source reason } } }
}"""


async def _member_with_history() -> int:
    m = await make_member()
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    await benefits_service.grant(
        member_id=m.id, benefit_code="LOUNGE", quantity=2, source="staff", key="g1"
    )
    await card_templates.define_template(
        code="PARK3",
        name="Parking",
        price_cents=9_000,
        validity_months=3,
        every="MONTH",
        drops=[{"benefit": "LOUNGE", "quantity": 1}],
    )
    await wallet_service.recharge(
        member_id=m.id, amount_cents=50_000, channel="APP", key="r", operator="t"
    )
    bought = await gql(
        "mutation($i: PurchaseBenefitCardInput!) { purchaseBenefitCard(input: $i) { errors { code } } }",
        {"i": {"templateCode": "PARK3", "idempotencyKey": "c1", "paymentMethod": "WALLET"}},
        member(m.id),
    )
    assert bought.data["purchaseBenefitCard"]["errors"] == []
    plan = await gql(
        "mutation($i: DefinePaidPlanInput!) { definePaidPlan(input: $i) { errors { code } } }",
        {
            "i": {
                "code": "FAMILY",
                "name": "Family",
                "audience": "family",
                "priceCents": 36_500,
                "validityDays": 365,
            }
        },
        STAFF,
    )
    assert plan.data["definePaidPlan"]["errors"] == []
    paid = await gql(
        "mutation($i: PurchasePaidPlanInput!) { purchasePaidPlan(input: $i) { errors { code } } }",
        {"i": {"planCode": "FAMILY", "idempotencyKey": "p1", "paymentMethod": "WALLET"}},
        member(m.id),
    )
    assert paid.data["purchasePaidPlan"]["errors"] == []
    await LevelChange.create(
        member_id=m.id,
        from_rank=1,
        to_rank=2,
        kind="UPGRADE",
        reason="growth 1000",
        idempotency_key="k",
        changed_at=utc_now(),
    )
    return m.id


async def test_a_members_own_reads_show_every_field() -> None:
    member_id = await _member_with_history()
    result = await gql(READS, principal=member(member_id))
    assert result.errors is None, result.errors
    data = result.data
    grants = sorted(data["memberBenefits"]["nodes"], key=lambda g: g["source"])
    assert [(g["benefitCode"], g["quantity"], g["used"], g["remaining"]) for g in grants] == [
        ("LOUNGE", 1, 0, 1),
        ("LOUNGE", 2, 0, 2),
    ]
    assert grants[1]["name"] == "Lounge" and grants[1]["source"] == "staff"
    assert all(g["status"] == "ACTIVE" and g["usable"] for g in grants)
    (card,) = data["memberCards"]["nodes"]
    today = business_today().isoformat()
    assert card["activatedOn"] == today and card["endsOn"] > today
    assert {k: card[k] for k in card if k not in ("activatedOn", "endsOn")} == {
        "templateCode": "PARK3",
        "status": "ACTIVE",
        "priceCents": 9_000,
        "refundedCents": 0,
        "dropsTotal": 3,
        "dropsLeft": 2,
    }
    assert data["paidMemberships"]["nodes"] == [
        {
            "planCode": "FAMILY",
            "priceCents": 36_500,
            "paidCents": 36_500,
            "refundedCents": 0,
            "status": "ACTIVE",
        }
    ]
    assert data["memberLevel"]["history"] == [
        {"fromRank": 1, "toRank": 2, "kind": "UPGRADE", "reason": "growth 1000"}
    ]
    movements = [e["node"] for e in data["walletStatement"]["edges"]]
    assert [(n["side"], n["kind"], n["amountCents"]) for n in movements] == [
        ("PRINCIPAL", "DEBIT", -36_500),
        ("PRINCIPAL", "DEBIT", -9_000),
        ("PRINCIPAL", "CREDIT", 50_000),
    ]


async def test_level_trend_counts_members_at_the_end_of_each_step() -> None:
    member_id = await _member_with_history()
    await make_member()
    today = business_today()
    since = today - timedelta(days=2)
    result = await gql(
        "query($s: Date!, $u: Date!) { levelTrend(since: $s, until: $u, stepDays: 2) "
        "{ nodes { day counts { rank members } } } }",
        {"s": since.isoformat(), "u": today.isoformat()},
        STAFF,
    )
    assert result.errors is None, result.errors
    assert member_id
    assert result.data["levelTrend"]["nodes"] == [
        {"day": since.isoformat(), "counts": []},
        {
            "day": today.isoformat(),
            "counts": [{"rank": 1, "members": 1}, {"rank": 2, "members": 1}],
        },
    ]
