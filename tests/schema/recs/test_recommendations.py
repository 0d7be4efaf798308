"""Slots, recommendations, tracking and statistics through GraphQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.recs import published, training
from domain.recs.blend import NOISE_MARGIN
from domain.recs.models import RecSlot
from schema.relay import encode_id
from tests.factories import make_items, make_member, make_planted, make_slot
from tests.helpers import BI, STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

CONFIGURE = """
mutation($input: ConfigureSlotInput!) {
  configureSlot(input: $input) {
    slot { code title size enabled strategies { strategy weight }
           rules { pins { position itemId } blockedItemIds maxPerCategory } }
    errors { code field message }
  }
}"""
RECOMMEND = """
query($slot: String!, $first: BigInt, $itemId: ID, $cart: [ID!], $memberId: ID) {
  recommendations(slot: $slot, first: $first, itemId: $itemId, cart: $cart, memberId: $memberId) {
    slot indexVersion coldStart
    items { position strategy reason tracking { slot strategy item_id: itemId position }
    item { id code category { code } } }
  }
}"""
TRACK = """
mutation($input: TrackEventsInput!) {
  trackEvents(input: $input) { accepted rejected { code message } errors { code } }
}"""


@pytest.fixture(autouse=True)
def registry() -> Iterator[published.RecsIndexRegistry]:
    fresh = published.RecsIndexRegistry(check_seconds=0.0)
    published.set_registry(fresh)
    yield fresh
    fresh.close()
    published.set_registry(None)


def _item(pk: int) -> str:
    return encode_id("Item", pk)


def _slot_input(**overrides) -> dict:
    base = {"code": "home_feed", "title": "For you", "strategies": [{"strategy": "FOR_YOU"}]}
    return {"input": {**base, **overrides}}


async def test_configure_slot_creates_and_replaces_by_code() -> None:
    # given
    items = await make_items(clusters=1, per_cluster=3)
    rules = {"pins": [{"position": 1, "itemId": _item(items[0][2])}], "maxPerCategory": 2}
    # when
    first = await gql(CONFIGURE, _slot_input(size=8, rules=rules), STAFF)
    second = await gql(
        CONFIGURE,
        _slot_input(strategies=[{"strategy": "POPULAR", "weight": 2}], enabled=False),
        STAFF,
    )
    # then
    assert first.errors is None and first.data["configureSlot"]["errors"] == []
    assert first.data["configureSlot"]["slot"]["rules"]["pins"] == [
        {"position": 1, "itemId": _item(items[0][2])}
    ]
    slot = second.data["configureSlot"]["slot"]
    assert slot["strategies"] == [{"strategy": "POPULAR", "weight": 2.0}]
    assert slot["enabled"] is False and slot["size"] == 20
    assert await RecSlot.all().count() == 1


@pytest.mark.parametrize(
    ("_case", "overrides", "code", "field"),
    [
        ("bad code", {"code": "Home Feed"}, "INVALID", "code"),
        ("size over cap", {"size": 101}, "TOO_MANY", "size"),
        ("no strategy", {"strategies": []}, "INVALID", "strategies"),
        (
            "unknown pinned item",
            {"rules": {"pins": [{"position": 0, "itemId": encode_id("Item", 999)}]}},
            "UNKNOWN_ITEM",
            "rules.pins[0].itemId",
        ),
        (
            "pin beyond size",
            {"size": 2, "rules": {"pins": [{"position": 5, "itemId": encode_id("Item", 1)}]}},
            "INVALID",
            "rules.pins[0].position",
        ),
        ("bad item id", {"rules": {"blockedItemIds": ["zzz"]}}, "INVALID_ID", None),
    ],
)
async def test_configure_slot_refuses_bad_input_and_writes_nothing(
    _case, overrides, code, field
) -> None:
    # given
    await make_items(clusters=1, per_cluster=1)
    # when
    result = await gql(CONFIGURE, _slot_input(**overrides), STAFF)
    # then
    payload = result.data["configureSlot"]
    assert payload["slot"] is None and len(payload["errors"]) == 1
    assert payload["errors"][0]["code"] == code
    if field is not None:
        assert payload["errors"][0]["field"] == field
    assert await RecSlot.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "variables", "code", "field"),
    [
        ("unknown slot", {"slot": "nope"}, "UNKNOWN_SLOT", "slot"),
        ("page over cap", {"slot": "home_feed", "first": 500}, "TOO_MANY", "first"),
        (
            "unknown item",
            {"slot": "home_feed", "itemId": encode_id("Item", 4242)},
            "UNKNOWN_ITEM",
            "itemId",
        ),
        (
            "unknown cart item",
            {"slot": "home_feed", "cart": [encode_id("Item", 4243)]},
            "UNKNOWN_ITEM",
            "cart[0]",
        ),
    ],
)
async def test_recommendations_refuse_bad_arguments(_case, variables, code, field) -> None:
    # given
    await make_items(clusters=1, per_cluster=2)
    await make_slot("home_feed", "FOR_YOU")
    someone = await make_member()
    # when
    result = await gql(RECOMMEND, variables, member(someone.id))
    # then
    assert result.data is None and len(result.errors) == 1
    assert result.errors[0].extensions["code"] == code
    assert result.errors[0].extensions["field"] == field


async def test_roles_are_checked() -> None:
    # given
    await make_slot("home_feed", "POPULAR")
    # when
    anonymous = await gql(RECOMMEND, {"slot": "home_feed"}, None)
    bi = await gql(RECOMMEND, {"slot": "home_feed"}, BI)
    configure = await gql(CONFIGURE, _slot_input(), member(1))
    # then
    assert anonymous.errors[0].extensions["code"] == "UNAUTHENTICATED"
    assert bi.errors[0].extensions["code"] == "FORBIDDEN"
    assert configure.errors[0].extensions["code"] == "FORBIDDEN"


async def test_no_index_yet_gives_the_cold_start_list_not_an_error() -> None:
    # given
    planted = await make_planted(members=8, orders=2)
    await make_slot("home_feed", "FOR_YOU", "BOUGHT_TOGETHER", size=5)
    newcomer = await make_member(city="Shanghai")
    # when
    result = await gql(RECOMMEND, {"slot": "home_feed"}, member(newcomer.id))
    # then
    assert result.errors is None
    found = result.data["recommendations"]
    assert found["coldStart"] is True and found["indexVersion"] is None
    assert len(found["items"]) == 5
    assert {i["strategy"] for i in found["items"]} == {"POPULAR"}
    assert all(i["reason"].startswith("popular") for i in found["items"])
    assert planted


@pytest.mark.slow
async def test_rules_hold_pins_blocks_diversity_and_recent_purchases(tmp_path: Path) -> None:
    # given
    planted = await make_planted(members=40, orders=5)
    await training.rebuild(index_dir=tmp_path)
    pinned_a, pinned_b = planted.items_by_cluster[3][-1], planted.items_by_cluster[2][-1]
    blocked = planted.items_by_cluster[1][0]  # the most bought item of cluster 1
    await make_slot(
        "home_feed",
        "FOR_YOU",
        "POPULAR",
        size=8,
        pins=(_pin(0, pinned_a), _pin(3, pinned_b)),
        blocked_item_ids=(blocked,),
        blocked_categories=("C0",),
        max_per_category=2,
        exclude_bought_days=365,
    )
    bought = await _bought_items()
    # when
    lists = []
    for member_id in [m for ids in planted.members_by_cluster.values() for m in ids]:
        result = await gql(RECOMMEND, {"slot": "home_feed"}, member(member_id))
        assert result.errors is None
        lists.append((member_id, result.data["recommendations"]["items"]))
    # then
    for member_id, items in lists:
        codes = [i["item"]["category"]["code"] for i in items]
        ids = [_pk(i["item"]["id"]) for i in items]
        assert ids[0] == pinned_a and ids[3] == pinned_b
        assert items[0]["strategy"] == "PINNED"
        assert blocked not in ids and "C0" not in codes
        organic = [c for c, i in zip(codes, ids, strict=True) if i not in (pinned_a, pinned_b)]
        assert all(organic.count(c) + (c in ("C2", "C3")) <= 2 for c in organic)
        assert not set(ids) - {pinned_a, pinned_b} & bought[member_id]


@pytest.mark.slow
async def test_item_and_cart_pages_use_similar_items_and_associations(tmp_path: Path) -> None:
    # given
    planted = await make_planted(members=40, orders=5)
    await training.rebuild(index_dir=tmp_path)
    await make_slot("item_page", "SIMILAR_ITEMS", size=5)
    await make_slot("cart_page", "BOUGHT_TOGETHER", size=5)
    anchor = planted.items_by_cluster[2][0]
    someone = planted.members_by_cluster[0][0]
    # when
    similar = await gql(RECOMMEND, {"slot": "item_page", "itemId": _item(anchor)}, member(someone))
    together = await gql(RECOMMEND, {"slot": "cart_page", "cart": [_item(anchor)]}, member(someone))
    # then
    items = similar.data["recommendations"]["items"]
    assert [i["strategy"] for i in items] == ["SIMILAR_ITEMS"] * 5
    assert sum(planted.cluster_of_item[_pk(i["item"]["id"])] == 2 for i in items) >= 4
    assert items[0]["reason"] == "similar to Item 2-0"
    pairs = together.data["recommendations"]["items"]
    assert (
        pairs[0]["strategy"] == "BOUGHT_TOGETHER" and pairs[0]["reason"] == "bought with Item 2-0"
    )
    assert anchor not in [_pk(i["item"]["id"]) for i in pairs]


async def test_staff_ask_for_a_member_and_repurchase_reminds_on_cycle() -> None:
    # given
    items = await make_items(clusters=1, per_cluster=3)
    from tests.factories import insert_orders

    buyer = await make_member()
    water = items[0][1]
    await insert_orders([(buyer.id, [water], days) for days in (61.0, 41.0, 21.0)])
    await make_slot("reminders", "REPURCHASE", size=3)
    # when
    result = await gql(
        RECOMMEND, {"slot": "reminders", "memberId": encode_id("Member", buyer.id)}, STAFF
    )
    # then
    first = result.data["recommendations"]["items"][0]
    assert _pk(first["item"]["id"]) == water and first["strategy"] == "REPURCHASE"
    assert first["reason"] == "you buy this about every 20 days"


async def test_impressions_and_clicks_give_ctr_and_shown_items_are_excluded() -> None:
    # given
    items = await make_items(clusters=1, per_cluster=6)
    buyers = [await make_member() for _ in range(2)]
    from tests.factories import insert_orders

    await insert_orders([(b.id, items[0][:4], 1.0) for b in buyers])
    await make_slot("home_feed", "POPULAR", size=3, exclude_shown_days=7)
    viewer = await make_member()
    shown = await gql(RECOMMEND, {"slot": "home_feed"}, member(viewer.id))
    entries = shown.data["recommendations"]["items"]
    now = datetime.now(UTC).isoformat()
    events = [
        {
            "eventId": f"imp-{i}",
            "name": "rec_impression",
            "occurredAt": now,
            "properties": e["tracking"],
        }
        for i, e in enumerate(entries)
    ] + [
        {
            "eventId": "click-0",
            "name": "rec_click",
            "occurredAt": now,
            "properties": entries[0]["tracking"],
        }
    ]
    # when
    tracked = await gql(TRACK, {"input": {"events": events}}, member(viewer.id))
    again = await gql(RECOMMEND, {"slot": "home_feed"}, member(viewer.id))
    stats = await gql(
        '{ recommendationStats(slot: "home_feed", days: 7) '
        "{ slot strategy impressions clicks ctr } }",
        principal=BI,
    )
    # then
    assert tracked.data["trackEvents"]["accepted"] == 4
    first_ids = {i["item"]["id"] for i in entries}
    assert not first_ids & {i["item"]["id"] for i in again.data["recommendations"]["items"]}
    assert stats.data["recommendationStats"] == [
        {
            "slot": "home_feed",
            "strategy": "POPULAR",
            "impressions": 3,
            "clicks": 1,
            "ctr": pytest.approx(1 / 3, abs=1e-5),
        }
    ]


@pytest.mark.slow
async def test_rebuild_mutation_runs_as_a_job_with_progress(
    tmp_path: Path, monkeypatch, redis_client
) -> None:
    # given
    monkeypatch.setenv("INDEX_DIR", str(tmp_path))
    planted = await make_planted(members=20, orders=3)
    await make_slot("home_feed", "FOR_YOU")
    # when
    started = await gql(
        "mutation { rebuildRecommendationIndex { job { id status } errors { code } } }",
        principal=STAFF,
    )
    job_id = started.data["rebuildRecommendationIndex"]["job"]["id"]
    await run_jobs(redis_client)
    job = await gql(
        "query($id: ID!) { job(id: $id) { status progress result } }", {"id": job_id}, STAFF
    )
    served = await gql(RECOMMEND, {"slot": "home_feed"}, member(planted.members_by_cluster[0][0]))
    # then
    state = job.data["job"]
    assert state["status"] == "DONE" and state["progress"] == 100
    assert state["result"]["members"] == 20
    found = served.data["recommendations"]
    assert found["indexVersion"] == str(state["result"]["version"])
    assert found["coldStart"] is False and found["items"][0]["strategy"] == "FOR_YOU"


def _pin(position: int, item_id: int):
    from domain.recs.slots import Pin

    return Pin(position=position, item_id=item_id)


def _pk(global_id: str) -> int:
    from schema.relay import decode_id

    return decode_id(global_id, "Item", "id")


async def _bought_items() -> dict[int, set[int]]:
    from domain import db

    rows = await db.fetch(
        "SELECT o.member_id, array_agg(l.item_id) AS items FROM orders o "
        "JOIN order_lines l ON l.order_id = o.id GROUP BY o.member_id"
    )
    return {r["member_id"]: set(r["items"]) for r in rows}


MODEL = """{ recommendationModel { version factors regularization alpha validationMembers
  recall ndcg popularityRecall popularityNdcg nTrees searchK annoyRecall members items
  servedModel alsWeight servedRecall halfLifeDays } }"""


@pytest.mark.slow
async def test_every_rebuild_publishes_its_model_card(tmp_path: Path) -> None:
    # given no build yet
    assert (await gql(MODEL, principal=STAFF)).data["recommendationModel"] is None
    await make_planted(members=80, orders=6)
    # when
    result = await training.rebuild(index_dir=tmp_path)
    card = (await gql(MODEL, principal=STAFF)).data["recommendationModel"]
    # then the served version shows the parameters and figures its validation chose it by
    assert card["version"] == str(result["version"])
    assert card["members"] == 80
    assert card["validationMembers"] > 0
    assert card["recall"] > card["popularityRecall"]
    assert card["annoyRecall"] >= 0.95
    trials = result["model"]["validation"]["trials"]
    assert len(trials) >= 1
    assert max(t["recall"] for t in trials) == pytest.approx(card["recall"])
    # and what FOR_YOU serves (ALS, EASE or their blend) and the half-life, chosen the same way
    served = result["model"]["served"]
    assert card["servedModel"] == served["kind"] and card["alsWeight"] == served["als_weight"]
    best = max(t["recall"] for t in served["trials"])
    assert best / (1 + NOISE_MARGIN) <= card["servedRecall"] <= best
    recency = result["model"]["recency"]
    assert card["halfLifeDays"] == recency["half_life_days"] and len(recency["trials"]) == 3
    denied = await gql(MODEL, principal=member(1))
    assert denied.errors[0].extensions["code"] == "FORBIDDEN"
