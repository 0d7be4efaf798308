"""defineCouponTemplate: typed usage rules and cost share round-trip; bad shapes are refused."""

from __future__ import annotations

from typing import Any

import pytest

from domain.coupons.models import CouponTemplate
from tests.helpers import SCHEMA_ERRORS, STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineCouponTemplateInput!) { defineCouponTemplate(input: $i) {
  template { rules { channels scenes stores levels includeItems excludeItems includeCategories
    excludeCategories includeBrands excludeBrands minSpendCents weekdays hours { from to }
    newMembersOnly } costShare { platform merchant brand } }
  errors { code field } } }"""
BASE = {"code": "T1", "name": "Ten off", "kind": "CASH", "amountOffCents": 1000, "totalStock": 5}
NO_RULES = {
    "channels": [],
    "scenes": [],
    "stores": [],
    "levels": [],
    "includeItems": [],
    "excludeItems": [],
    "includeCategories": [],
    "excludeCategories": [],
    "includeBrands": [],
    "excludeBrands": [],
    "minSpendCents": 0,
    "weekdays": [],
    "hours": None,
    "newMembersOnly": False,
}


def _input(**change: Any) -> dict[str, Any]:
    return {"i": {**BASE, "validDays": 7, **change}}


async def test_rules_and_cost_share_round_trip_and_are_stored_in_the_domain_form() -> None:
    # given every rule and a shared cost
    rules = {
        "channels": ["MINI_PROGRAM"],
        "scenes": ["ONLINE", "IN_STORE"],
        "stores": ["BJ01"],
        "levels": ["GOLD"],
        "includeItems": ["SKU-1"],
        "excludeItems": ["SKU-2"],
        "includeCategories": ["SKIN"],
        "excludeCategories": ["FOOD"],
        "includeBrands": ["B1"],
        "excludeBrands": ["B2"],
        "minSpendCents": 5000,
        "weekdays": ["MONDAY", "SUNDAY"],
        "hours": {"from": 9, "to": 17},
        "newMembersOnly": True,
    }
    share = {"platform": 20, "merchant": 30, "brand": 50}
    # when
    result = await gql(DEFINE, _input(rules=rules, costShare=share), STAFF)
    # then the graph gives back what was sent
    payload = result.data["defineCouponTemplate"]
    assert payload["errors"] == []
    assert payload["template"] == {"rules": rules, "costShare": share}
    stored = await CouponTemplate.get(code="T1")
    assert stored.rules == {
        "channels": ["MINI_PROGRAM"],
        "stores": ["BJ01"],
        "levels": ["GOLD"],
        "include_items": ["SKU-1"],
        "exclude_items": ["SKU-2"],
        "include_categories": ["SKIN"],
        "exclude_categories": ["FOOD"],
        "include_brands": ["B1"],
        "exclude_brands": ["B2"],
        "scenes": ["ONLINE", "IN_STORE"],
        "min_spend_cents": 5000,
        "weekdays": [1, 7],
        "hours": [9, 17],
        "new_members_only": True,
    }
    assert stored.cost_share == {"platform": 20, "merchant": 30, "brand": 50}


async def test_omitted_rules_and_cost_share_mean_anywhere_and_the_platform_alone() -> None:
    result = await gql(DEFINE, _input(), STAFF)

    assert result.data["defineCouponTemplate"]["template"] == {
        "rules": NO_RULES,
        "costShare": {"platform": 100, "merchant": 0, "brand": 0},
    }
    assert (await CouponTemplate.get(code="T1")).rules == {}


@pytest.mark.parametrize(
    ("_case", "change"),
    [
        ("unknown weekday", {"rules": {"weekdays": ["FUNDAY"]}}),
        ("weekday as a number", {"rules": {"weekdays": [1]}}),
        ("unknown scene", {"rules": {"scenes": ["MOON"]}}),
        ("hours without an end", {"rules": {"hours": {"from": 9}}}),
        ("snake_case rule", {"rules": {"min_spend_cents": 100}}),
        ("unknown party", {"costShare": {"platform": 50, "partner": 50}}),
        ("channels not a list of text", {"rules": {"channels": [1]}}),
    ],
)
async def test_shapes_the_schema_expresses_are_refused_before_anything_runs(
    _case: str, change: dict[str, Any]
) -> None:
    result = await gql(DEFINE, _input(**change), STAFF)

    assert result.data is None
    assert result.errors
    assert {e.extensions["code"] for e in result.errors} <= SCHEMA_ERRORS
    assert await CouponTemplate.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "change", "code", "field"),
    [
        ("no weekday", {"rules": {"weekdays": []}}, "INVALID", "rules.weekdays"),
        (
            "hours reversed",
            {"rules": {"hours": {"from": 17, "to": 9}}},
            "INVALID_WINDOW",
            "rules.hours",
        ),
        (
            "negative spend",
            {"rules": {"minSpendCents": -1}},
            "INVALID_AMOUNT",
            "rules.minSpendCents",
        ),
        ("empty code", {"rules": {"includeItems": [""]}}, "INVALID", "rules.includeItems"),
        (
            "shares not 100",
            {"costShare": {"platform": 60, "merchant": 30}},
            "INVALID_PERCENTAGE",
            "costShare",
        ),
        ("no share", {"costShare": {}}, "INVALID_PERCENTAGE", "costShare"),
    ],
)
async def test_values_out_of_range_get_the_code_and_the_field_path(
    _case: str, change: dict[str, Any], code: str, field: str
) -> None:
    result = await gql(DEFINE, _input(**change), STAFF)

    assert result.data["defineCouponTemplate"] == {
        "template": None,
        "errors": [{"code": code, "field": field}],
    }
    assert await CouponTemplate.all().count() == 0
