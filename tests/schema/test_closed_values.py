"""Inputs with a closed set of values are enums: the wire values pass, anything else is refused
by the schema before a resolver runs."""

from __future__ import annotations

import pytest

from domain.coupons.models import Coupon
from domain.levels.models import LevelSettings, PaidMembership
from tests.factories import make_member
from tests.helpers import SCHEMA_ERRORS, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

QUOTE = """query($cart: CartInput!) { quoteCoupons(cart: $cart) { totalDiscountCents } }"""
PURCHASE = """mutation($i: PurchasePaidPlanInput!) { purchasePaidPlan(input: $i) {
  errors { code field } } }"""
LEVELS = (
    """mutation($i: DefineLevelsInput!) { defineLevels(input: $i) { errors { code field } } }"""
)
CARD = """mutation($i: DefineBenefitCardInput!) { defineBenefitCard(input: $i) {
  errors { code field } } }"""
_LINE = {"lineId": "1", "itemCode": "SKU", "quantity": 1, "unitPriceCents": 100}


def _cart(scene: str) -> dict:
    return {"cart": {"lines": [_LINE], "scene": scene}}


async def test_a_cart_scene_takes_the_coupon_scenes() -> None:
    # given a member
    m = await make_member()
    # when a cart is quoted in a known scene and in an unknown one
    known = await gql(QUOTE, _cart("IN_STORE"), member(m.id))
    unknown = await gql(QUOTE, _cart("PICKUP"), member(m.id))
    # then the known scene is quoted and the unknown one refused by the schema
    assert known.errors is None, known.errors
    assert known.data["quoteCoupons"]["totalDiscountCents"] == 0
    assert unknown.data is None and len(unknown.errors) == 1
    assert unknown.errors[0].extensions["code"] in SCHEMA_ERRORS
    assert "CouponScene" in unknown.errors[0].message
    assert await Coupon.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "query", "variables", "enum"),
    [
        (
            "paid plan action",
            PURCHASE,
            {
                "i": {
                    "planCode": "PLUS",
                    "idempotencyKey": "k1",
                    "paymentMethod": "WALLET",
                    "action": "REFUND",
                }
            },
            "PaidPlanAction",
        ),
        (
            "growth policy",
            LEVELS,
            {"i": {"levels": [], "growthPolicy": "KEEP"}},
            "GrowthPolicy",
        ),
        (
            "card drop period",
            CARD,
            {
                "i": {
                    "code": "C",
                    "name": "C",
                    "priceCents": 1,
                    "validityMonths": 1,
                    "drops": [],
                    "every": "YEAR",
                }
            },
            "CardDropPeriod",
        ),
    ],
)
async def test_a_value_outside_the_set_is_refused_and_changes_nothing(
    _case: str, query: str, variables: dict, enum: str
) -> None:
    # given a member, and staff
    m = await make_member()
    principal = member(m.id) if query is PURCHASE else STAFF
    # when a value outside the enum is sent
    result = await gql(query, variables, principal)
    # then the schema refuses it naming the enum, and nothing is written
    assert result.data is None and len(result.errors) == 1
    assert result.errors[0].extensions["code"] in SCHEMA_ERRORS
    assert enum in result.errors[0].message
    assert await PaidMembership.all().count() == 0
    assert await LevelSettings.all().count() == 0
