"""Benefits with quantities in defineLevels, definePaidPlan and defineBenefitCard round-trip;
bad ones are refused by the schema or with the code and the field path."""

from __future__ import annotations

from typing import Any

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, CardTemplate, RedeemMethod
from domain.levels.models import Level, PaidPlan
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.helpers import SCHEMA_ERRORS, STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

DEFINE_LEVELS = """mutation($i: DefineLevelsInput!) { defineLevels(input: $i) {
  levels { code upgradeGifts { benefit quantity } monthlyBenefits { benefit quantity }
    birthdayBenefits { benefit quantity } }
  errors { code field } } }"""
DEFINE_PLAN = """mutation($i: DefinePaidPlanInput!) { definePaidPlan(input: $i) {
  errors { code field } } }"""
DEFINE_CARD = """mutation($i: DefineBenefitCardInput!) { defineBenefitCard(input: $i) {
  ok errors { code field } } }"""
LEVEL = {"rank": 1, "code": "SILVER", "name": "Silver", "reachGrowth": 0, "keepGrowth": 0}


async def _benefits() -> None:
    await points_config.define_type(
        code="GROWTH", name="Growth", kind=PointKind.GROWTH, expiry_policy={"kind": "NEVER"}
    )
    for code in ("PARKING", "LOUNGE"):
        await benefits_service.define_benefit(
            code=code, name=code, kind=BenefitKind.SERVICE, redeem_method=RedeemMethod.SCAN
        )


def _ladder(**gifts: Any) -> dict[str, Any]:
    return {"i": {"levels": [{**LEVEL, "validityMonths": 0, **gifts}]}}


async def test_level_gifts_round_trip_with_quantity_one_by_default() -> None:
    # given
    await _benefits()
    gifts = {
        "upgradeGifts": [{"benefit": "PARKING", "quantity": 2}],
        "monthlyBenefits": [{"benefit": "LOUNGE"}],
        "birthdayBenefits": [{"benefit": "PARKING", "quantity": 5}, {"benefit": "LOUNGE"}],
    }
    # when
    result = await gql(DEFINE_LEVELS, _ladder(**gifts), STAFF)
    # then
    assert result.data["defineLevels"]["errors"] == []
    assert result.data["defineLevels"]["levels"] == [
        {
            "code": "SILVER",
            "upgradeGifts": [{"benefit": "PARKING", "quantity": 2}],
            "monthlyBenefits": [{"benefit": "LOUNGE", "quantity": 1}],
            "birthdayBenefits": [
                {"benefit": "PARKING", "quantity": 5},
                {"benefit": "LOUNGE", "quantity": 1},
            ],
        }
    ]
    read = await gql("{ levels { monthlyBenefits { benefit quantity } } }", principal=STAFF)
    assert read.data["levels"] == [{"monthlyBenefits": [{"benefit": "LOUNGE", "quantity": 1}]}]
    stored = await Level.get(code="SILVER")
    assert stored.upgrade_gifts == [{"benefit": "PARKING", "quantity": 2}]


async def test_omitted_gifts_are_empty() -> None:
    await _benefits()

    result = await gql(DEFINE_LEVELS, _ladder(), STAFF)

    assert result.data["defineLevels"]["levels"] == [
        {"code": "SILVER", "upgradeGifts": [], "monthlyBenefits": [], "birthdayBenefits": []}
    ]


@pytest.mark.parametrize(
    ("_case", "gifts"),
    [
        ("old JSON key", {"upgradeGifts": [{"benefit": "PARKING", "qty": 1}]}),
        ("no benefit", {"upgradeGifts": [{"quantity": 1}]}),
        ("quantity as text", {"monthlyBenefits": [{"benefit": "PARKING", "quantity": "two"}]}),
        ("null gifts", {"birthdayBenefits": None}),
    ],
)
async def test_shapes_the_schema_expresses_are_refused(_case: str, gifts: dict[str, Any]) -> None:
    result = await gql(DEFINE_LEVELS, _ladder(**gifts), STAFF)

    assert result.data is None
    assert {e.extensions["code"] for e in result.errors} <= SCHEMA_ERRORS
    assert await Level.all().count() == 0


async def test_an_unknown_benefit_is_not_found_and_writes_nothing() -> None:
    await _benefits()

    result = await gql(DEFINE_LEVELS, _ladder(upgradeGifts=[{"benefit": "NOPE"}]), STAFF)

    assert result.data["defineLevels"]["errors"] == [
        {"code": "NOT_FOUND", "field": "levels[0].benefits"}
    ]
    assert await Level.all().count() == 0


async def test_plan_benefits_and_card_drops_are_stored_in_the_domain_form() -> None:
    # given
    await _benefits()
    plan = {
        "code": "FAMILY",
        "name": "Family",
        "audience": "family",
        "priceCents": 36_500,
        "validityDays": 365,
        "benefits": [{"benefit": "PARKING", "quantity": 3}, {"benefit": "LOUNGE"}],
    }
    card = {
        "code": "PARK",
        "name": "Parking card",
        "priceCents": 9900,
        "validityMonths": 3,
        "drops": [{"benefit": "PARKING", "quantity": 4}],
    }
    # when
    planned = await gql(DEFINE_PLAN, {"i": plan}, STAFF)
    carded = await gql(DEFINE_CARD, {"i": card}, STAFF)
    # then
    assert planned.data["definePaidPlan"]["errors"] == []
    assert carded.data["defineBenefitCard"] == {"ok": True, "errors": []}
    assert (await PaidPlan.get(code="FAMILY")).benefits == [
        {"benefit": "PARKING", "quantity": 3},
        {"benefit": "LOUNGE", "quantity": 1},
    ]
    assert (await CardTemplate.get(code="PARK")).drops == [{"benefit": "PARKING", "quantity": 4}]


async def test_quantities_below_one_get_the_code_and_the_field_path() -> None:
    await _benefits()
    plan = {
        "code": "FAMILY",
        "name": "Family",
        "audience": "family",
        "priceCents": 36_500,
        "validityDays": 365,
        "benefits": [{"benefit": "PARKING"}, {"benefit": "LOUNGE", "quantity": 0}],
    }
    card = {
        "code": "PARK",
        "name": "Parking card",
        "priceCents": 9900,
        "validityMonths": 3,
        "drops": [{"benefit": "PARKING", "quantity": -2}],
    }

    planned = await gql(DEFINE_PLAN, {"i": plan}, STAFF)
    carded = await gql(DEFINE_CARD, {"i": card}, STAFF)

    assert planned.data["definePaidPlan"]["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "benefits[1].quantity"}
    ]
    assert carded.data["defineBenefitCard"] == {
        "ok": False,
        "errors": [{"code": "INVALID_AMOUNT", "field": "drops[0].quantity"}],
    }
    assert await PaidPlan.all().count() == 0
    assert await CardTemplate.all().count() == 0
