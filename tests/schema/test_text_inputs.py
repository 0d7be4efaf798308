"""Text inputs: NUL characters, column lengths and the global cap are refused before any SQL."""

from __future__ import annotations

import pytest

from domain.members.models import Member
from tests.helpers import SERVICE, STAFF, gql

pytestmark = pytest.mark.usefixtures("database")

REGISTER = """mutation($i: RegisterMemberInput!) {
  registerMember(input: $i) { errors { code field } } }"""


def _register(**profile: object) -> dict:
    return {
        "i": {
            "channel": "APP",
            "identities": [{"kind": "DEVICE_ID", "value": "device-1"}],
            "profile": profile,
        }
    }


@pytest.mark.parametrize(
    ("profile", "code", "field"),
    [
        ({"city": "c" * 51}, "TOO_LARGE", "input.profile.city"),  # the column holds 50
        ({"name": "a\x00b"}, "INVALID", "input.profile.name"),
        ({"name": "n" * 10_001}, "TOO_LARGE", "input.profile.name"),
    ],
)
async def test_bad_text_is_refused_with_the_field_and_writes_nothing(
    profile: dict, code: str, field: str
) -> None:
    result = await gql(REGISTER, _register(**profile), SERVICE)

    error = result.errors[0]
    assert (error.extensions["code"], error.extensions["field"]) == (code, field)
    assert await Member.all().count() == 0


async def test_text_at_the_column_length_is_stored() -> None:
    result = await gql(REGISTER, _register(city="c" * 50), SERVICE)

    assert result.errors is None, result.errors
    assert result.data["registerMember"]["errors"] == []
    assert (await Member.get()).city == "c" * 50


async def test_json_of_the_wrong_shape_is_invalid_with_the_path() -> None:
    query = """mutation($i: CreateCampaignInput!) {
      createCampaign(input: $i) { errors { code field } } }"""
    variables = {
        "i": {
            "name": "Spring",
            "startsAt": "2026-03-01T00:00:00+08:00",
            "endsAt": "2026-03-31T00:00:00+08:00",
            "mode": "TRIGGERED",
            "audience": {"everyone": True},
            "trigger": {"kind": "EVENT", "event": "visit", "properties": {"page": ["home"]}},
        }
    }
    result = await gql(query, variables, STAFF)

    error = result.errors[0]
    assert (error.extensions["code"], error.extensions["field"]) == (
        "INVALID",
        "input.trigger.properties.page",
    )
