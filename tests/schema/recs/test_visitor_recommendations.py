"""A visitor's FOR_YOU list: items like those its device viewed, else popular; and the same
history serving the member who registers with that device."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.access import Principal, Role
from domain.recs import published, training
from schema.relay import decode_id
from tests.factories import make_planted, make_slot
from tests.helpers import SERVICE, STAFF, gql, member

pytestmark = pytest.mark.usefixtures("database")

DEVICE = "dev-visitor-feed"
VISITOR = Principal(role=Role.VISITOR, device_id=DEVICE, subject=f"visitor:{DEVICE}")
RECOMMEND = """
query($slot: String!) {
  recommendations(slot: $slot) { coldStart items { strategy reason item { id } } }
}"""
TRACK = """
mutation($input: TrackEventsInput!) { trackEvents(input: $input) { accepted } }"""
REGISTER = """
mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) { member { id } errors { code field } }
}"""


@pytest.fixture(autouse=True)
def registry() -> Iterator[published.RecsIndexRegistry]:
    fresh = published.RecsIndexRegistry(check_seconds=0.0)
    published.set_registry(fresh)
    yield fresh
    fresh.close()
    published.set_registry(None)


def _view(event_id: str, item_id: int, minutes_ago: int) -> dict:
    at = (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat()
    return {
        "eventId": event_id,
        "name": "view_item",
        "occurredAt": at,
        "properties": {"item_id": item_id},
    }


def _items(result) -> list[tuple[int, str, str]]:
    body = result.data["recommendations"]
    return [
        (decode_id(i["item"]["id"], "Item", "id"), i["strategy"], i["reason"])
        for i in body["items"]
    ]


async def test_a_visitor_gets_items_like_its_session_then_popular_and_keeps_them_as_member(
    tmp_path: Path,
) -> None:
    # given a served model, a FOR_YOU home feed and a visitor that has seen nothing yet
    planted = await make_planted(members=40, orders=5)
    await training.rebuild(index_dir=tmp_path)
    await make_slot("home_feed", "FOR_YOU", size=6)
    await gql(
        'mutation { defineEvent(input: {name: "view_item"}) { errors { code } } }', None, STAFF
    )
    cold = await gql(RECOMMEND, {"slot": "home_feed"}, VISITOR)
    # when the visitor views three items of cluster 2
    viewed = planted.items_by_cluster[2][:3]
    events = [_view(f"s{n}", item, 10 - n) for n, item in enumerate(viewed)]
    tracked = await gql(TRACK, {"input": {"events": events}}, VISITOR)
    warm = await gql(RECOMMEND, {"slot": "home_feed"}, VISITOR)
    # and registers with the same device
    registered = await gql(
        REGISTER,
        {"input": {"channel": "APP", "identities": [{"kind": "DEVICE_ID", "value": DEVICE}]}},
        SERVICE,
    )
    member_id = decode_id(registered.data["registerMember"]["member"]["id"], "Member", "id")
    joined = await gql(RECOMMEND, {"slot": "home_feed"}, member(member_id))
    # then without a session the list is the popular one
    assert cold.data["recommendations"]["coldStart"] is True
    assert {strategy for _, strategy, _ in _items(cold)} == {"POPULAR"}
    assert tracked.data["trackEvents"]["accepted"] == 3
    # and with one, items like the viewed ones lead, the visitor's and then the member's
    for result in (warm, joined):
        found = _items(result)
        assert result.data["recommendations"]["coldStart"] is False
        personal = [i for i, strategy, _ in found if strategy == "FOR_YOU"]
        assert len(personal) >= 4 and len(set(personal) - set(viewed)) >= 3
        assert sum(planted.cluster_of_item[i] == 2 for i in personal) >= len(personal) - 1
