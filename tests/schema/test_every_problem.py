"""An input with several problems is refused with all of them at once, each with its path."""

from __future__ import annotations

import pytest

from domain.members.models import Member
from tests.helpers import SERVICE, STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

REGISTER = """mutation($i: RegisterMemberInput!) {
  registerMember(input: $i) { errors { code field } } }"""


async def test_three_bad_text_fields_give_three_errors_with_their_paths() -> None:
    variables = {
        "i": {
            "channel": "APP",
            "identities": [{"kind": "DEVICE_ID", "value": "device\x00-1"}],
            "profile": {"city": "c" * 51, "name": "a\x00b"},
        }
    }
    result = await gql(REGISTER, variables, SERVICE)

    found = sorted((e.extensions["code"], e.extensions["field"]) for e in result.errors)
    assert found == [
        ("INVALID", "input.identities[0].value"),
        ("INVALID", "input.profile.name"),
        ("TOO_LARGE", "input.profile.city"),
    ]
    assert {tuple(e.path) for e in result.errors} == {("registerMember",)}
    assert await Member.all().count() == 0


async def test_json_with_three_bad_values_gives_three_errors_with_their_paths() -> None:
    query = """mutation($i: CreateCampaignInput!) {
      createCampaign(input: $i) { errors { code field } } }"""
    variables = {
        "i": {
            "name": "Spring",
            "startsAt": "2026-03-01T00:00:00+08:00",
            "endsAt": "2026-03-31T00:00:00+08:00",
            "mode": "TRIGGERED",
            "audience": {"everyone": True},
            "trigger": {
                "kind": "EVENT",
                "event": "visit",
                "properties": {"page": ["home"], "ok": "yes", "from": {"x": 1}, "n": [2]},
            },
        }
    }
    result = await gql(query, variables, STAFF)

    assert sorted(e.extensions["field"] for e in result.errors) == [
        "input.trigger.properties.from",
        "input.trigger.properties.n",
        "input.trigger.properties.page",
    ]
    assert {e.extensions["code"] for e in result.errors} == {"INVALID"}


async def test_typed_input_with_three_bad_values_gives_three_errors_with_their_paths() -> None:
    query = """mutation($i: DefineLevelsInput!) {
      defineLevels(input: $i) { levels { code } errors { code field } } }"""
    level = {"rank": 1, "code": "L1", "name": "One", "reachGrowth": 0, "keepGrowth": 0}
    variables = {
        "i": {
            "levels": [
                {**level, "validityMonths": 0, "upgradeGifts": [{"benefit": "A", "quantity": 0}]},
                {
                    **level,
                    "rank": 2,
                    "code": "L2",
                    "validityMonths": 12,
                    "monthlyBenefits": [{"benefit": "A"}, {"benefit": "B", "quantity": -1}],
                    "birthdayBenefits": [{"benefit": "C", "quantity": 0}],
                },
            ]
        }
    }
    result = await gql(query, variables, STAFF)

    payload = result.data["defineLevels"]
    assert payload["levels"] is None
    assert payload["errors"] == [
        {"code": "INVALID_AMOUNT", "field": "levels[0].upgradeGifts[0].quantity"},
        {"code": "INVALID_AMOUNT", "field": "levels[1].monthlyBenefits[1].quantity"},
        {"code": "INVALID_AMOUNT", "field": "levels[1].birthdayBenefits[0].quantity"},
    ]
