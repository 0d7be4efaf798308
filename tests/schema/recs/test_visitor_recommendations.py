"""A visitor's FOR_YOU list: items like those its device viewed, else popular; and the same
history serving the member who registers with that device."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.access import Principal, Role
from domain.catalog.models import Category, Item, Store
from domain.recs import published, training
from schema.relay import decode_id
from tests.factories import make_planted, make_slot
from tests.factories.members import make_member
from tests.factories.recs import insert_orders
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


RECOMMEND_IN = """
query($slot: String!, $city: String) {
  recommendations(slot: $slot, city: $city) { items { strategy reason item { id } } }
}"""


async def _local_favourites() -> list[int]:
    """Three items bought only by members of Hangzhou (after the rebuild: not in the index)."""
    category = await Category.create(code="TEA", name="Tea")
    items = [
        (
            await Item.create(
                code=f"TEA-{n}", name=f"Longjing {n}", category_id=category.id, price_cents=3000
            )
        ).id
        for n in range(3)
    ]
    buyers = [await make_member(city="Hangzhou", region="South") for _ in range(4)]
    await insert_orders([(b.id, items, 1.0 + n) for n, b in enumerate(buyers)])
    return items


def _fill(found: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """The popular part of a list: (item, reason), in order."""
    return [(item, reason) for item, strategy, reason in found if strategy == "POPULAR"]


async def test_a_visitor_in_a_city_gets_its_popular_items_after_the_session_ones(
    tmp_path: Path,
) -> None:
    # given a served model, a FOR_YOU feed longer than the session's items, a store in
    # Hangzhou and items popular only there
    planted = await make_planted(members=40, orders=5)
    await training.rebuild(index_dir=tmp_path)
    await make_slot("home_feed", "FOR_YOU", size=40)
    await Store.create(code="HZ-01", name="West Lake", city="Hangzhou", region="South")
    local = await _local_favourites()
    await gql(
        'mutation { defineEvent(input: {name: "view_item"}) { errors { code } } }', None, STAFF
    )
    # when the visitor views three items of cluster 2, the latest in the Hangzhou store
    viewed = planted.items_by_cluster[2][:3]
    events = [_view(f"c{n}", item, 10 - n) for n, item in enumerate(viewed)]
    events[-1]["properties"]["store_code"] = "HZ-01"
    await gql(TRACK, {"input": {"events": events}}, VISITOR)
    in_store = _items(await gql(RECOMMEND_IN, {"slot": "home_feed"}, VISITOR))
    # and another visitor with no place asks without, then with a city
    elsewhere = Principal(role=Role.VISITOR, device_id="dev-elsewhere", subject="visitor:x")
    await gql(TRACK, {"input": {"events": [_view("o1", viewed[0], 5)]}}, elsewhere)
    nowhere = _items(await gql(RECOMMEND_IN, {"slot": "home_feed"}, elsewhere))
    asked = _items(await gql(RECOMMEND_IN, {"slot": "home_feed", "city": " Hangzhou "}, elsewhere))
    # then the session's items lead, the city's popular items follow, then everywhere's
    for found in (in_store, asked):
        strategies = [strategy for _, strategy, _ in found]
        assert strategies[0] == "FOR_YOU"
        assert strategies.index("POPULAR") > strategies.index("FOR_YOU")
        assert "FOR_YOU" not in strategies[strategies.index("POPULAR") :]
        fill = _fill(found)
        assert fill[:3] == [(item, "popular in Hangzhou") for item in local]
        assert {reason for _, reason in fill[3:]} <= {"popular now", "popular in South"}
        assert any(reason == "popular now" for _, reason in fill[3:])
    # and without a place nothing local is filled in
    assert not {item for item, _ in _fill(nowhere)} & set(local)
    assert {reason for _, reason in _fill(nowhere)} == {"popular now"}


async def test_a_blank_or_overlong_city_is_refused() -> None:
    await make_slot("home_feed", "POPULAR", size=5)
    for city, code in (("  ", "INVALID"), ("x" * 51, "TOO_LARGE")):
        result = await gql(RECOMMEND_IN, {"slot": "home_feed", "city": city}, VISITOR)
        assert result.data is None
        assert result.errors[0].extensions == {"code": code, "field": "city"}
