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
    query = """mutation($i: DefineCouponTemplateInput!) {
      defineCouponTemplate(input: $i) { errors { code field } } }"""
    variables = {
        "i": {
            "code": "T1",
            "name": "Ten off",
            "kind": "CASH",
            "amountOffCents": 1000,
            "totalStock": 10,
            "rules": {"channels": "POS", "min_spend_cents": "ten", "weekdays": [1, "Mon"]},
        }
    }
    result = await gql(query, variables, STAFF)

    assert sorted(e.extensions["field"] for e in result.errors) == [
        "input.rules.channels",
        "input.rules.min_spend_cents",
        "input.rules.weekdays[1]",
    ]
    assert {e.extensions["code"] for e in result.errors} == {"INVALID"}
