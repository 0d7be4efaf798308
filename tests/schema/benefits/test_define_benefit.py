"""defineBenefit: the @oneOf configuration is stored in the domain form and drives grants."""

from __future__ import annotations

from typing import Any

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import Benefit
from domain.ledger.models import Account
from domain.points import config as points_config
from domain.points.models import PointKind
from tests.factories import make_member
from tests.helpers import SCHEMA_ERRORS, STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineBenefitInput!) { defineBenefit(input: $i) {
  ok errors { code field } } }"""


def _input(kind: str, **change: Any) -> dict[str, Any]:
    return {"i": {"code": "B1", "name": "A benefit", "kind": kind, **change}}


@pytest.mark.parametrize(
    ("_case", "kind", "config", "stored"),
    [
        ("points", "POINTS", {"points": {"points": 200}}, {"points": 200}),
        (
            "points of a type",
            "GROWTH",
            {"points": {"points": 50, "pointType": "GROWTH"}},
            {"points": 50, "pointType": "GROWTH"},
        ),
        ("coupon", "COUPON", {"coupon": {"template": "T1"}}, {"template": "T1"}),
        ("service", "SERVICE", None, {}),
    ],
)
async def test_each_configuration_is_stored_in_the_domain_form(
    _case: str, kind: str, config: dict[str, Any] | None, stored: dict[str, Any]
) -> None:
    change = {} if config is None else {"config": config}

    result = await gql(DEFINE, _input(kind, **change), STAFF)

    assert result.data["defineBenefit"] == {"ok": True, "errors": []}
    assert (await Benefit.get(code="B1")).config == stored


async def test_a_points_benefit_grants_its_configured_points() -> None:
    # given a points benefit defined through the graph
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    defined = await gql(
        DEFINE, _input("POINTS", redeemMethod="AUTO", config={"points": {"points": 30}}), STAFF
    )
    assert defined.data["defineBenefit"]["errors"] == []
    m = await make_member()
    # when two units are granted
    await benefits_service.grant(
        member_id=m.id, benefit_code="B1", quantity=2, source="test", key="g1"
    )
    # then the member has the configured points for each
    assert (await Account.get(member_id=m.id, asset="POINTS:POINTS")).available == 60


@pytest.mark.parametrize(
    ("_case", "config"),
    [
        ("two kinds", {"points": {"points": 1}, "coupon": {"template": "T1"}}),
        ("no kind", {}),
        ("old JSON form", {"points": 200}),
        ("coupon without template", {"coupon": {}}),
    ],
)
async def test_shapes_the_schema_expresses_are_refused(_case: str, config: dict[str, Any]) -> None:
    result = await gql(DEFINE, _input("POINTS", config=config), STAFF)

    assert result.data is None
    assert {e.extensions["code"] for e in result.errors} <= SCHEMA_ERRORS
    assert await Benefit.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "kind", "config", "code", "field"),
    [
        ("no points", "POINTS", None, "INVALID_AMOUNT", "config.points"),
        ("zero points", "GROWTH", {"points": {"points": 0}}, "INVALID_AMOUNT", "config.points"),
        (
            "coupon for points",
            "POINTS",
            {"coupon": {"template": "T1"}},
            "INVALID_AMOUNT",
            "config.points",
        ),
        ("no template", "COUPON", None, "INVALID", "config.template"),
    ],
)
async def test_a_configuration_that_does_not_fit_the_kind_gets_the_field_path(
    _case: str, kind: str, config: dict[str, Any] | None, code: str, field: str
) -> None:
    change = {} if config is None else {"config": config}

    result = await gql(DEFINE, _input(kind, **change), STAFF)

    assert result.data["defineBenefit"] == {
        "ok": False,
        "errors": [{"code": code, "field": field}],
    }
    assert await Benefit.all().count() == 0
