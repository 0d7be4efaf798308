"""defineEvent: the property definitions round-trip and hold for tracked events; bad ones are
refused by the schema or with the code and the field path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain.orders.models import EventDefinition
from tests.factories import make_member
from tests.helpers import SCHEMA_ERRORS, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """mutation($i: DefineEventInput!) { defineEvent(input: $i) {
  definition { name propertiesSchema { name type required allowedValues } }
  errors { code field } } }"""
TRACK = """mutation($i: TrackEventsInput!) { trackEvents(input: $i) {
  accepted rejected { index code } } }"""


def _input(properties: list[dict[str, Any]] | None) -> dict[str, Any]:
    change = {} if properties is None else {"propertiesSchema": properties}
    return {"i": {"name": "share", **change}}


async def test_property_definitions_round_trip_and_hold_for_events() -> None:
    # given
    properties: list[dict[str, Any]] = [
        {"name": "channel", "type": "STRING", "required": True, "allowedValues": ["WECHAT"]},
        {"name": "count", "type": "INTEGER"},
        {"name": "extra", "type": "OBJECT", "required": False},
    ]
    # when
    result = await gql(DEFINE, _input(properties), STAFF)
    # then the graph gives the definitions back, defaults filled in
    assert result.data["defineEvent"] == {
        "definition": {
            "name": "share",
            "propertiesSchema": [
                {
                    "name": "channel",
                    "type": "STRING",
                    "required": True,
                    "allowedValues": ["WECHAT"],
                },
                {"name": "count", "type": "INTEGER", "required": False, "allowedValues": None},
                {"name": "extra", "type": "OBJECT", "required": False, "allowedValues": None},
            ],
        },
        "errors": [],
    }
    assert (await EventDefinition.get(name="share")).properties_schema == {
        "channel": {"type": "string", "required": True, "enum": ["WECHAT"]},
        "count": {"type": "integer", "required": False},
        "extra": {"type": "object", "required": False},
    }
    # and tracked events are checked against them
    m = await make_member()
    at = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    events = [
        {"eventId": "e1", "name": "share", "occurredAt": at, "properties": p}
        for p in (
            {"channel": "WECHAT", "count": 2},
            {"channel": "SMS"},
            {"count": 1},
            {"channel": "WECHAT", "count": "2"},
        )
    ]
    for i, event in enumerate(events):
        event["eventId"] = f"e{i}"
    tracked = await gql(TRACK, {"i": {"events": events}}, member(m.id))
    assert tracked.data["trackEvents"]["accepted"] == 1
    assert [r["index"] for r in tracked.data["trackEvents"]["rejected"]] == [1, 2, 3]


async def test_omitted_properties_mean_any_properties() -> None:
    result = await gql(DEFINE, _input(None), STAFF)

    assert result.data["defineEvent"]["definition"]["propertiesSchema"] == []
    assert (await EventDefinition.get(name="share")).properties_schema == {}


@pytest.mark.parametrize(
    ("_case", "properties"),
    [
        ("old JSON object", {"channel": {"type": "string"}}),
        ("lower-case type", [{"name": "channel", "type": "string"}]),
        ("no name", [{"type": "STRING"}]),
        ("allowed numbers", [{"name": "n", "allowedValues": [1, 2]}]),
    ],
)
async def test_shapes_the_schema_expresses_are_refused(_case: str, properties: Any) -> None:
    result = await gql(DEFINE, _input(properties), STAFF)

    assert result.data is None
    assert {e.extensions["code"] for e in result.errors} <= SCHEMA_ERRORS
    assert await EventDefinition.all().count() == 0


async def test_repeated_names_and_misplaced_allowed_values_get_their_field_paths() -> None:
    properties: list[dict[str, Any]] = [
        {"name": "channel"},
        {"name": "channel", "type": "INTEGER"},
        {"name": "count", "type": "INTEGER", "allowedValues": ["1"]},
        {"name": ""},
    ]

    result = await gql(DEFINE, _input(properties), STAFF)

    assert result.data["defineEvent"] == {
        "definition": None,
        "errors": [
            {"code": "DUPLICATE", "field": "propertiesSchema[1].name"},
            {"code": "INVALID", "field": "propertiesSchema[2].allowedValues"},
            {"code": "REQUIRED", "field": "propertiesSchema[3].name"},
        ],
    }
    assert await EventDefinition.all().count() == 0
