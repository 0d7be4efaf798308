"""definePointType: the @oneOf expiry policy round-trips; bad policies are refused."""

from __future__ import annotations

from typing import Any

import pytest

from domain.points.models import PointType
from tests.helpers import SCHEMA_ERRORS, STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefinePointTypeInput!) { definePointType(input: $i) {
  pointType { code expiryPolicy { kind days month day yearsAfter graceDays carryPercent } }
  errors { code field } } }"""
NEVER = {
    "kind": "NEVER",
    "days": None,
    "month": None,
    "day": None,
    "yearsAfter": None,
    "graceDays": 0,
    "carryPercent": 0,
}


def _input(**change: Any) -> dict[str, Any]:
    return {"i": {"code": "POINTS", "name": "Points", "kind": "SPENDABLE", **change}}


@pytest.mark.parametrize(
    ("_case", "policy", "expected"),
    [
        ("omitted", None, NEVER),
        ("never", {"never": True}, NEVER),
        (
            "relative",
            {"relative": {"days": 365, "graceDays": 7, "carryPercent": 50}},
            {**NEVER, "kind": "RELATIVE", "days": 365, "graceDays": 7, "carryPercent": 50},
        ),
        (
            "annual with defaults",
            {"annual": {}},
            {**NEVER, "kind": "ANNUAL", "month": 12, "day": 31, "yearsAfter": 1},
        ),
        (
            "annual",
            {"annual": {"month": 6, "day": 30, "yearsAfter": 2, "graceDays": 3}},
            {
                **NEVER,
                "kind": "ANNUAL",
                "month": 6,
                "day": 30,
                "yearsAfter": 2,
                "graceDays": 3,
            },
        ),
    ],
)
async def test_each_kind_of_policy_round_trips(
    _case: str, policy: dict[str, Any] | None, expected: dict[str, Any]
) -> None:
    change = {} if policy is None else {"expiryPolicy": policy}

    result = await gql(DEFINE, _input(**change), STAFF)

    assert result.data["definePointType"]["errors"] == []
    assert result.data["definePointType"]["pointType"] == {
        "code": "POINTS",
        "expiryPolicy": expected,
    }


async def test_the_stored_policy_is_the_domain_form() -> None:
    await gql(DEFINE, _input(expiryPolicy={"relative": {"days": 30}}), STAFF)

    stored = await PointType.get(code="POINTS")
    assert (stored.expiry_policy["kind"], stored.expiry_policy["days"]) == ("RELATIVE", 30)


@pytest.mark.parametrize(
    ("_case", "policy"),
    [
        ("two kinds", {"never": True, "relative": {"days": 30}}),
        ("no kind", {}),
        ("null kind", {"relative": None}),
        ("relative without days", {"relative": {"graceDays": 1}}),
        ("old JSON form", {"kind": "RELATIVE", "days": 30}),
    ],
)
async def test_shapes_the_schema_expresses_are_refused(_case: str, policy: dict[str, Any]) -> None:
    result = await gql(DEFINE, _input(expiryPolicy=policy), STAFF)

    assert result.data is None
    assert result.errors
    assert {e.extensions["code"] for e in result.errors} <= SCHEMA_ERRORS
    assert await PointType.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "policy", "errors"),
    [
        (
            "never false",
            {"never": False},
            [{"code": "INVALID", "field": "expiryPolicy.never"}],
        ),
        (
            "no days",
            {"relative": {"days": 0}},
            [{"code": "INVALID_WINDOW", "field": "expiryPolicy.relative.days"}],
        ),
        (
            "month and carry out of range",
            {"annual": {"month": 13, "carryPercent": 101}},
            [
                {"code": "INVALID", "field": "expiryPolicy.annual.month"},
                {"code": "INVALID_PERCENTAGE", "field": "expiryPolicy.annual.carryPercent"},
            ],
        ),
        (
            "negative grace",
            {"relative": {"days": 5, "graceDays": -1}},
            [{"code": "INVALID", "field": "expiryPolicy.relative.graceDays"}],
        ),
    ],
)
async def test_values_out_of_range_get_the_code_and_the_field_path(
    _case: str, policy: dict[str, Any], errors: list[dict[str, str]]
) -> None:
    result = await gql(DEFINE, _input(expiryPolicy=policy), STAFF)

    assert result.data["definePointType"] == {"pointType": None, "errors": errors}
    assert await PointType.all().count() == 0
