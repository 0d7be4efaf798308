"""The member home in one `me` request: every field, a statement count that does not grow with
what the member holds, and nothing written by reading it."""

from __future__ import annotations

import pytest

from domain import cache
from domain.benefits import card_templates
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.coupons import issuing as coupon_issuing
from domain.coupons import templates as coupon_templates
from domain.coupons.models import CouponKind, TemplateState
from domain.payments.models import PaymentMethod
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points.models import PointKind
from schema.relay import encode_id
from tests.factories import make_catalogue, make_member, make_order
from tests.helpers import STAFF, gql, member
from tests.schema.levels.test_levels import DEFINE, _ladder
from tests.statements import ListFieldCheck, count_statements

pytestmark = pytest.mark.usefixtures("database")

HOME = """query {
  me {
    id name
    level { level { rank code } nextLevel { code } growth growthToNextLevel growthToKeep
            reachedOn periodEndsOn }
    pointAccounts { pointType { code } available frozen
                    expiringSoon(withinDays: 30) { points expiresAt } }
    wallet { balanceCents status }
    coupons(first: 20) { edges { node { id code name state } } pageInfo { hasNextPage } }
    benefitCards { id templateCode status }
    benefits { benefitCode remaining }
    paidPlan { planCode endsOn }
    privileges { levelCode discountPercent pointsMultiplier }
    recentOrders(first: 10) { id totalCents lines { itemCode } }
  }
}"""

TABLES_WRITTEN_BY_A_READ = (
    "wallets",
    "member_levels",
    "level_settings",
    "ledger_accounts",
    "paid_memberships",
)


async def _catalogue(point_types: int) -> None:
    await make_catalogue()
    for code, kind in (("POINTS", PointKind.SPENDABLE), ("GROWTH", PointKind.GROWTH)):
        await points_config.define_type(
            code=code, name=code, kind=kind, expiry_policy={"kind": "RELATIVE", "days": 10}
        )
    for i in range(point_types):
        await points_config.define_type(
            code=f"EXTRA{i}",
            name=f"Extra {i}",
            kind=PointKind.SPENDABLE,
            expiry_policy={"kind": "RELATIVE", "days": 20},
        )
    await benefits_service.define_benefit(
        code="GIFT100",
        name="100 points",
        kind=BenefitKind.POINTS,
        redeem_method=RedeemMethod.AUTO,
        config={"points": 100},
    )
    await benefits_service.define_benefit(
        code="PARKING", name="Parking", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )
    await card_templates.define_template(
        code="FREE",
        name="Free card",
        price_cents=0,
        validity_months=3,
        every="MONTH",
        drops=[{"benefit": "PARKING", "quantity": 1}],
    )
    await coupon_templates.define_template(
        code="C5",
        name="5 off",
        kind=CouponKind.CASH,
        amount_off_cents=500,
        total_stock=1000,
        per_member_limit=1000,
        valid_days=30,
        state=TemplateState.ACTIVE,
    )
    assert (await gql(DEFINE, _ladder(), STAFF)).data["defineLevels"]["errors"] == []


async def _holding(member_id: int, count: int, point_types: int, prefix: str = "") -> None:
    """A member with `count` coupons, cards, grants and orders, and points of every type."""
    for i in range(count):
        key = f"{prefix}{member_id}-{i}"
        await coupon_issuing.issue_coupon(
            member_id=member_id, template_code="C5", key=key, source="test", operator="t"
        )
        await cards_service.purchase(
            member_id=member_id,
            template_code="FREE",
            key=f"card-{key}",
            channel="APP",
            method=PaymentMethod.WALLET,
            operator="t",
        )
        await benefits_service.grant(
            member_id=member_id, benefit_code="PARKING", quantity=2, source="test", key=key
        )
        await make_order(member_id, days_ago=1 + i)
    for code in ["POINTS", "GROWTH", *(f"EXTRA{i}" for i in range(point_types))]:
        await points_movements.credit_points(
            member_id=member_id,
            point_type_code=code,
            points=40,
            key=f"p-{prefix}{member_id}-{code}",
            reason="test",
            operator="t",
        )


async def _home(member_id: int) -> tuple[dict, int]:
    cache.clear_local_caches()  # every read starts cold, whatever the clock
    with count_statements() as statements:
        result = await gql(HOME, principal=member(member_id))
    assert result.errors is None, result.errors
    return result.data["me"], len(statements)


async def test_the_member_home_reads_everything_in_one_me() -> None:
    # given
    await _catalogue(point_types=1)
    m = await make_member(name="Lin")
    await _holding(m.id, count=2, point_types=1)
    # when
    home, _ = await _home(m.id)
    # then
    assert home["level"]["level"] == {"rank": 1, "code": "SILVER"}
    assert home["level"]["nextLevel"] == {"code": "GOLD"}
    assert home["level"]["growth"] == 40
    assert home["level"]["growthToNextLevel"] == 960
    assert home["level"]["growthToKeep"] == 0
    accounts = {a["pointType"]["code"]: a for a in home["pointAccounts"]}
    assert set(accounts) == {"POINTS", "GROWTH", "EXTRA0"}
    assert accounts["POINTS"]["available"] == 40
    assert [e["points"] for e in accounts["POINTS"]["expiringSoon"]] == [40]
    assert home["wallet"] == {"balanceCents": 0, "status": "ACTIVE"}
    assert len(home["coupons"]["edges"]) == 2
    assert [c["templateCode"] for c in home["benefitCards"]] == ["FREE", "FREE"]
    assert {b["benefitCode"] for b in home["benefits"]} == {"PARKING"}
    assert home["paidPlan"] is None
    assert home["privileges"]["levelCode"] == "SILVER"
    assert len(home["recentOrders"]) == 2
    assert home["recentOrders"][0]["lines"] == [{"itemCode": "SKU-OTHER"}]


@pytest.mark.list_fields(
    "Member.pointAccounts",
    "MemberPointAccount.expiringSoon",
    "Member.coupons",
    "Member.benefitCards",
    "Member.benefits",
    "Member.recentOrders",
    "Member.tags",
)
async def test_the_statement_count_does_not_grow_with_what_the_member_holds(
    list_fields: ListFieldCheck,
) -> None:
    # given a member holding one of everything, then more coupons, cards, grants, orders and
    # point accounts
    await _catalogue(point_types=0)
    m = await make_member()
    rounds = iter(range(1, 100))

    async def add(count: int) -> None:
        n = next(rounds)
        for i in range(count):
            await points_config.define_type(
                code=f"MORE{n}_{i}",
                name="More",
                kind=PointKind.SPENDABLE,
                expiry_policy={"kind": "RELATIVE", "days": 20},
            )
        await _holding(m.id, count=count, point_types=0, prefix=f"r{n}")
        for i in range(count):
            await points_movements.credit_points(
                member_id=m.id,
                point_type_code=f"MORE{n}_{i}",
                points=40,
                key=f"more-{n}-{i}",
                reason="test",
                operator="t",
            )

    # then: the member's own home, and staff reading the member with the tags
    await list_fields.assert_flat(HOME, add, principal=member(m.id))
    staff_home = HOME.replace("me {", "member(id: $id) { tags { tagCode }").replace(
        "query {", "query($id: ID) {"
    )
    await list_fields.assert_flat(
        staff_home, add, principal=STAFF, variables={"id": encode_id("Member", m.id)}
    )


async def test_reading_the_home_of_a_new_member_writes_nothing() -> None:
    # given a ladder and a member who never did anything
    await _catalogue(point_types=0)
    m = await make_member()
    # when
    with count_statements() as statements:
        result = await gql(HOME, principal=member(m.id))
    # then
    assert result.errors is None, result.errors
    home = result.data["me"]
    assert home["wallet"] == {"balanceCents": 0, "status": "ACTIVE"}
    assert home["level"]["growth"] == 0
    writes = [
        s
        for s in statements
        if s.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
        or " FOR UPDATE" in s.upper()
    ]
    assert writes == []


async def test_tags_are_for_staff() -> None:
    # given
    m = await make_member()
    query = "query($id: ID) { member(id: $id) { id tags { tagCode } } }"
    # when
    as_staff = await gql(query, {"id": encode_id("Member", m.id)}, STAFF)
    as_member = await gql("{ me { id tags { tagCode } } }", principal=member(m.id))
    # then
    assert as_staff.errors is None and as_staff.data["member"]["tags"] == []
    assert as_member.data["me"] == {"id": encode_id("Member", m.id), "tags": None}
    assert as_member.errors[0].extensions["code"] == "FORBIDDEN"


async def test_a_page_of_members_costs_the_statements_of_one() -> None:
    # given members holding things, read by staff through the member search
    await _catalogue(point_types=2)
    for _ in range(6):
        m = await make_member()
        await _holding(m.id, count=2, point_types=2)
    query = """query($first: BigInt) { members(first: $first) { edges { node {
      level { growth } privileges { levelCode } wallet { balanceCents }
      pointAccounts { available expiringSoon { points } }
      coupons(first: 5) { edges { node { code } } } benefitCards { id } benefits { benefitCode }
      paidPlan { planCode } tags { tagCode } recentOrders(first: 3) { id } } } } }"""

    async def statements(first: int) -> int:
        cache.clear_local_caches()
        with count_statements() as seen:
            result = await gql(query, {"first": first}, STAFF)
        assert result.errors is None, result.errors
        assert len(result.data["members"]["edges"]) == first
        return len(seen)

    # when / then: two members and six cost the same
    assert await statements(2) == await statements(6)
