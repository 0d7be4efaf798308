"""Orders, refunds, events and statistics through GraphQL and the order job."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from domain import db
from domain.catalog.models import Brand, Category, Item, Store
from domain.orders.models import Event, MemberStats, Order
from schema.relay import encode_id
from tests.factories import make_member, next_phone
from tests.helpers import SERVICE, STAFF, gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")

RECORD = """
mutation($input: RecordOrderInput!) {
  recordOrder(input: $input) {
    created order { id totalCents status member { id } lines { lineNo amountCents } }
    errors { code field message }
  }
}"""
REFUND = """
mutation($input: RefundOrderInput!) {
  refundOrder(input: $input) {
    created refund { amountCents } order { status refundedCents } errors { code field }
  }
}"""
REFUND_WITH_LINES = REFUND.replace(
    "amountCents }", "amountCents lines { lineNo quantity amountCents } }"
)
TRACK = """
mutation($input: TrackEventsInput!) {
  trackEvents(input: $input) {
    accepted duplicates rejected { index code field message } errors { code field }
  }
}"""
PAID = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


async def _catalogue() -> None:
    cat = await Category.create(code="SKIN", name="Skin care")
    brand = await Brand.create(code="SHISEIDO", name="Shiseido")
    await Item.create(
        code="SKU-1", name="Essence", category_id=cat.id, brand_id=brand.id, price_cents=12900
    )
    await Item.create(
        code="SKU-2", name="Cream", category_id=cat.id, brand_id=brand.id, price_cents=5000
    )
    await Store.create(code="BJ01", name="Beijing Sanlitun", city="Beijing")


def _order(no: str, **extra) -> dict:
    return {
        "input": {
            "channel": "POS",
            "externalNo": no,
            "paidAt": PAID.isoformat(),
            "storeCode": "BJ01",
            "lines": [
                {"itemCode": "SKU-1", "quantity": 2, "unitPriceCents": 12900},
                {"itemCode": "SKU-2", "quantity": 1, "unitPriceCents": 5000, "amountCents": 4500},
            ],
            **extra,
        }
    }


async def test_resent_orders_change_nothing_and_stats_are_kept(redis_client) -> None:
    # given a member and a recorded order
    await _catalogue()
    phone = next_phone()
    m = await make_member(phone=phone)
    identity = {"kind": "PHONE", "value": phone}
    first = await gql(RECORD, _order("A-1", identity=identity), SERVICE)
    assert first.data["recordOrder"]["errors"] == []
    assert first.data["recordOrder"]["order"]["totalCents"] == 2 * 12900 + 4500
    # when the same order is sent again, also concurrently
    again = await asyncio.gather(
        *(gql(RECORD, _order("A-1", identity=identity), SERVICE) for _ in range(5))
    )
    # then the first result comes back and nothing changed
    assert {r.data["recordOrder"]["order"]["id"] for r in again} == {
        first.data["recordOrder"]["order"]["id"]
    }
    assert not any(r.data["recordOrder"]["created"] for r in again)
    assert await Order.all().count() == 1
    await run_jobs(redis_client)
    stats = await MemberStats.get(member_id=m.id)
    assert (stats.order_count, stats.total_spend_cents) == (1, 30300)


async def test_refunds_are_idempotent_and_never_exceed_what_was_paid(redis_client) -> None:
    await _catalogue()
    m = await make_member()
    await gql(RECORD, _order("B-1", memberId=encode_id("Member", m.id)), SERVICE)
    refund = {
        "channel": "POS",
        "externalNo": "B-1",
        "refundNo": "R-1",
        "refundedAt": PAID.isoformat(),
        "lines": [{"lineNo": 1, "quantity": 1}],
    }
    first = await gql(REFUND_WITH_LINES, {"input": refund}, SERVICE)
    assert first.data["refundOrder"]["refund"] == {
        "amountCents": 12900,
        "lines": [{"lineNo": 1, "quantity": 1, "amountCents": 12900}],
    }
    assert first.data["refundOrder"]["order"]["status"] == "PARTIALLY_REFUNDED"
    again = await gql(REFUND, {"input": refund}, SERVICE)
    assert again.data["refundOrder"]["created"] is False
    too_much = await gql(
        REFUND,
        {"input": {**refund, "refundNo": "R-2", "lines": [{"lineNo": 1, "quantity": 2}]}},
        SERVICE,
    )
    assert too_much.data["refundOrder"]["errors"] == [
        {"code": "REFUND_EXCEEDS_PAID", "field": "lines[0].quantity"}
    ]
    rest = await gql(REFUND, {"input": {**refund, "refundNo": "R-3", "lines": None}}, SERVICE)
    assert rest.data["refundOrder"]["refund"]["amountCents"] == 12900 + 4500
    assert rest.data["refundOrder"]["order"] == {"status": "REFUNDED", "refundedCents": 30300}
    unknown = await gql(
        REFUND, {"input": {**refund, "refundNo": "R-4", "externalNo": "nope"}}, SERVICE
    )
    assert unknown.data["refundOrder"]["errors"] == [
        {"code": "ORDER_NOT_FOUND", "field": "externalNo"}
    ]
    await run_jobs(redis_client)
    stats = await MemberStats.get(member_id=m.id)
    assert (stats.order_count, stats.total_spend_cents, stats.refunded_cents) == (0, 0, 30300)


async def test_order_with_unknown_identity_waits_for_the_member(redis_client) -> None:
    await _catalogue()
    phone = next_phone()
    result = await gql(RECORD, _order("C-1", identity={"kind": "PHONE", "value": phone}), SERVICE)
    assert result.data["recordOrder"]["order"]["member"] is None
    m = await make_member(phone=phone)
    await run_jobs(redis_client)
    assert (await Order.get(external_no="C-1")).member_id == m.id
    assert (await MemberStats.get(member_id=m.id)).order_count == 1


async def test_bad_orders_report_the_field_and_write_nothing() -> None:
    await _catalogue()
    m = await make_member()
    bad_item = _order("D-1", memberId=encode_id("Member", m.id))
    bad_item["input"]["lines"][1]["itemCode"] = "NOPE"
    result = await gql(RECORD, bad_item, SERVICE)
    assert result.data["recordOrder"]["errors"][0]["code"] == "UNKNOWN_ITEM"
    assert result.data["recordOrder"]["errors"][0]["field"] == "lines[1].itemCode"
    negative = _order("D-2", memberId=encode_id("Member", m.id))
    negative["input"]["lines"][0]["quantity"] = -1
    result = await gql(RECORD, negative, SERVICE)
    assert result.data["recordOrder"]["errors"][0]["field"] == "lines[0].quantity"
    assert await Order.all().count() == 0
    as_member = await gql(RECORD, _order("D-3"), member(m.id))
    assert as_member.errors[0].extensions["code"] == "FORBIDDEN"


async def test_event_batches_keep_good_events_and_report_bad_ones() -> None:
    m = await make_member()
    defined = await gql(
        'mutation { defineEvent(input: {name: "view_item", propertiesSchema: '
        '[{name: "item_code", type: STRING, required: true}]}) { errors { code } } }',
        principal=STAFF,
    )
    assert defined.data["defineEvent"]["errors"] == []
    at = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    events = [
        {
            "eventId": "e1",
            "name": "view_item",
            "occurredAt": at,
            "properties": {"item_code": "SKU-1"},
        },
        {"eventId": "e2", "name": "no_such_event", "occurredAt": at},
        {"eventId": "e3", "name": "view_item", "occurredAt": at, "properties": {"item_code": 5}},
        {
            "eventId": "e4",
            "name": "view_item",
            "occurredAt": at,
            "properties": {"item_code": "SKU-2"},
        },
    ]
    result = await gql(TRACK, {"input": {"events": events}}, member(m.id))
    payload = result.data["trackEvents"]
    assert (payload["accepted"], payload["duplicates"]) == (2, 0)
    assert [(r["index"], r["code"], r["field"]) for r in payload["rejected"]] == [
        (1, "UNKNOWN_EVENT", "name"),
        (2, "INVALID_PROPERTIES", "properties"),
    ]
    again = await gql(TRACK, {"input": {"events": events}}, member(m.id))
    assert (again.data["trackEvents"]["accepted"], again.data["trackEvents"]["duplicates"]) == (
        0,
        2,
    )
    assert await Event.filter(member_id=m.id).count() == 2
    oversized = await gql(TRACK, {"input": {"events": [events[0]] * 1001}}, SERVICE)
    assert oversized.data["trackEvents"]["errors"] == [{"code": "TOO_MANY", "field": "events"}]


async def test_anonymous_events_attach_when_the_device_is_bound() -> None:
    await gql(
        'mutation { defineEvent(input: {name: "view_item"}) { errors { code } } }', principal=STAFF
    )
    at = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    await gql(
        TRACK,
        {
            "input": {
                "events": [
                    {
                        "eventId": "a1",
                        "name": "view_item",
                        "occurredAt": at,
                        "anonymousId": "dev-77",
                    }
                ]
            }
        },
        SERVICE,
    )
    m = await make_member()
    await gql(
        "mutation($i: BindIdentityInput!) { bindIdentity(input: $i) { errors { code } } }",
        {
            "i": {
                "memberId": encode_id("Member", m.id),
                "identity": {"kind": "DEVICE_ID", "value": "dev-77"},
            }
        },
        SERVICE,
    )
    assert (await Event.get(event_id="a1")).member_id == m.id


async def test_timeline_is_newest_first_and_paginates(redis_client) -> None:
    await _catalogue()
    m = await make_member()
    for i in range(3):
        data = _order(f"T-{i}", memberId=encode_id("Member", m.id))
        data["input"]["paidAt"] = (PAID + timedelta(days=i)).isoformat()
        await gql(RECORD, data, SERVICE)
    query = "query($a: String) { memberTimeline(first: 2, after: $a) { edges { node { kind name } cursor } pageInfo { hasNextPage endCursor } } }"
    page1 = (await gql(query, {"a": None}, member(m.id))).data["memberTimeline"]
    assert [e["node"]["name"] for e in page1["edges"]] == ["POS:T-2", "POS:T-1"]
    page2 = (await gql(query, {"a": page1["pageInfo"]["endCursor"]}, member(m.id))).data[
        "memberTimeline"
    ]
    assert [e["node"]["name"] for e in page2["edges"]] == ["POS:T-0"]
    assert page2["pageInfo"]["hasNextPage"] is False


async def test_merge_moves_orders_and_stats(redis_client) -> None:
    await _catalogue()
    older = await make_member(registered_days_ago=10)
    newer = await make_member()
    await gql(RECORD, _order("M-1", memberId=encode_id("Member", newer.id)), SERVICE)
    await run_jobs(redis_client)
    merged = await gql(
        "mutation($i: MergeMembersInput!) { mergeMembers(input: $i) { member { id } errors { code } } }",
        {
            "i": {
                "survivorId": encode_id("Member", older.id),
                "absorbedId": encode_id("Member", newer.id),
                "reason": "same person",
            }
        },
        STAFF,
    )
    assert merged.data["mergeMembers"]["errors"] == []
    assert (await Order.get(external_no="M-1")).member_id == older.id
    assert (await MemberStats.get(member_id=older.id)).order_count == 1
    assert await db.fetch("SELECT 1 FROM member_stats WHERE member_id = $1", newer.id) == []
