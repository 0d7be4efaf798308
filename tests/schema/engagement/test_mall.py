"""The points mall through the graph: staff define goods (every problem at once, history
kept), members exchange with their own keys (retries answer the first order, other params are
refused), cancel only their own, staff ship and deliver; tokens without the right role or
scope change nothing."""

from __future__ import annotations

import asyncio

import pytest

from domain.clock import business_today, utc_now
from domain.engagement.mall_models import MallGoods, MallOrder
from domain.segments.models import Segment
from schema.relay import encode_id
from tests.domain.engagement.test_mall import balance
from tests.factories import make_member
from tests.factories.points import credit, make_point_types
from tests.helpers import STAFF, gql, member, pk

pytestmark = pytest.mark.usefixtures("database")

DEFINE = """
mutation($input: DefineMallGoodsInput!) {
  defineMallGoods(input: $input) { goods { id code stock sold active } errors { code field } }
}"""
EXCHANGE = """
mutation($goods: ID!, $key: String!, $quantity: BigInt! = 1) {
  exchangeMallGoods(goodsId: $goods, idempotencyKey: $key, quantity: $quantity) {
    order { id status points quantity goods { code } }
    errors { code field }
  }
}"""
CANCEL = """
mutation($id: ID!) { cancelMallOrder(orderId: $id) { order { status } errors { code field } } }
"""
SHIP = """
mutation($id: ID!, $no: String!) {
  shipMallOrder(orderId: $id, trackingNo: $no) { order { status trackingNo } errors { code field } }
}"""
DELIVER = """
mutation($id: ID!) { deliverMallOrder(orderId: $id) { order { status } errors { code field } } }
"""
OFFERS = "{ mallGoods(first: 10) { edges { node { code stockLeft limitLeft } } } }"
ORDERS = "{ myMallOrders(first: 10) { edges { node { status points } } } }"


async def _goods(**fields: object) -> tuple[str, str]:
    (code,) = await make_point_types(1, expiry_days=3650)
    values = {"code": "MUG", "name": "Mug", "kind": "GOODS", "pointsPrice": 100, "stock": 5}
    result = await gql(DEFINE, {"input": {**values, "pointType": code, **fields}}, STAFF)
    assert result.errors is None, result.errors
    payload = result.data["defineMallGoods"]
    assert payload["errors"] == []
    return payload["goods"]["id"], code


async def _member(code: str, points: int = 1000) -> int:
    someone = await make_member()
    await credit(someone.id, code, points)
    return someone.id


async def test_a_member_exchanges_sees_offers_and_orders_and_a_retry_returns_the_same() -> None:
    goods, code = await _goods(limitTotal=3)
    buyer = await _member(code)
    variables = {"goods": goods, "key": "k1", "quantity": 2}
    results = await asyncio.gather(*(gql(EXCHANGE, variables, member(buyer)) for _ in range(5)))
    orders = {r.data["exchangeMallGoods"]["order"]["id"] for r in results}
    assert len(orders) == 1
    first = results[0].data["exchangeMallGoods"]
    assert first["order"]["status"] == "PENDING_SHIPMENT"
    assert (first["order"]["points"], first["order"]["goods"]) == (200, {"code": "MUG"})
    assert await balance(buyer, code) == (800, 200)
    offers = await gql(OFFERS, principal=member(buyer))
    assert offers.data["mallGoods"]["edges"] == [
        {"node": {"code": "MUG", "stockLeft": 3, "limitLeft": 1}}
    ]
    mine = await gql(ORDERS, principal=member(buyer))
    assert mine.data["myMallOrders"]["edges"] == [
        {"node": {"status": "PENDING_SHIPMENT", "points": 200}}
    ]


async def test_the_same_key_with_other_params_is_refused_and_changes_nothing() -> None:
    goods, code = await _goods()
    buyer = await _member(code)
    await gql(EXCHANGE, {"goods": goods, "key": "k", "quantity": 1}, member(buyer))
    again = await gql(EXCHANGE, {"goods": goods, "key": "k", "quantity": 2}, member(buyer))
    payload = again.data["exchangeMallGoods"]
    assert payload["order"] is None
    assert payload["errors"] == [{"code": "IDEMPOTENCY_KEY_REUSED", "field": "idempotencyKey"}]
    assert await MallOrder.all().count() == 1
    assert await balance(buyer, code) == (900, 100)


@pytest.mark.parametrize(
    ("_case", "variables", "error"),
    [
        ("zero units", {"quantity": 0}, {"code": "INVALID_AMOUNT", "field": "quantity"}),
        ("too many", {"quantity": 100}, {"code": "INVALID_AMOUNT", "field": "quantity"}),
        ("bad id", {"goods": "not-an-id"}, {"code": "INVALID_ID", "field": "goodsId"}),
        ("unknown goods", {"goods": "999999"}, {"code": "NOT_FOUND", "field": "goodsId"}),
        ("too dear", {"quantity": 11}, {"code": "INSUFFICIENT_POINTS", "field": "quantity"}),
        ("no stock", {"quantity": 6}, {"code": "OUT_OF_STOCK", "field": "quantity"}),
    ],
)
async def test_bad_exchanges_get_a_code_and_field_and_change_nothing(
    _case: str, variables: dict[str, object], error: dict[str, str]
) -> None:
    goods, code = await _goods(stock=5, pointsPrice=100)
    buyer = await _member(code)
    if _case == "no stock":
        await credit(buyer, code, 10_000)
    result = await gql(EXCHANGE, {"goods": goods, "key": "k", **variables}, member(buyer))
    assert result.errors is None, result.errors
    assert result.data["exchangeMallGoods"] == {"order": None, "errors": [error]}
    assert await MallOrder.all().count() == 0
    assert (await MallGoods.get(code="MUG")).sold == 0


async def test_members_cancel_only_their_own_and_staff_ship_and_deliver() -> None:
    goods, code = await _goods()
    owner = await _member(code)
    other = await _member(code)
    made = await gql(EXCHANGE, {"goods": goods, "key": "a"}, member(owner))
    order = made.data["exchangeMallGoods"]["order"]["id"]
    stolen = await gql(CANCEL, {"id": order}, member(other))
    assert stolen.data["cancelMallOrder"]["errors"] == [{"code": "NOT_FOUND", "field": "orderId"}]
    shipped_by_member = await gql(SHIP, {"id": order, "no": "SF1"}, member(owner))
    assert shipped_by_member.errors[0].extensions["code"] == "FORBIDDEN"
    shipped = await gql(SHIP, {"id": order, "no": "SF1"}, STAFF)
    assert shipped.data["shipMallOrder"]["order"] == {"status": "SHIPPED", "trackingNo": "SF1"}
    late = await gql(CANCEL, {"id": order}, member(owner))
    assert late.data["cancelMallOrder"]["errors"] == [{"code": "INVALID_STATE", "field": "orderId"}]
    delivered = await gql(DELIVER, {"id": order}, STAFF)
    assert delivered.data["deliverMallOrder"]["order"] == {"status": "DELIVERED"}
    assert await balance(owner, code) == (900, 0)
    assert (await MallOrder.get(id=pk(order))).tracking_no == "SF1"


async def test_goods_definitions_report_every_problem_and_keep_history() -> None:
    (code,) = await make_point_types(1)
    bad = {
        "code": "",
        "name": "Voucher",
        "kind": "COUPON",
        "pointsPrice": 0,
        "stock": 1,
        "pointType": code,
        "limitPerPeriod": 2,
    }
    result = await gql(DEFINE, {"input": bad}, STAFF)
    errors = result.data["defineMallGoods"]["errors"]
    assert {e["field"] for e in errors} == {"code", "pointsPrice", "limitPeriod", "targetCode"}
    assert await MallGoods.all().count() == 0
    goods, _ = await _goods()
    await gql(
        DEFINE,
        {
            "input": {
                "code": "MUG",
                "name": "Big mug",
                "kind": "GOODS",
                "pointsPrice": 120,
                "stock": 8,
                "pointType": code,
            }
        },
        STAFF,
    )
    history = await gql(
        """query($id: ID!) { configHistory(objectType: MALL_GOODS, objectId: $id, first: 10) {
             edges { node { action } } } }""",
        {"id": str(pk(goods))},
        STAFF,
    )
    actions = [e["node"]["action"] for e in history.data["configHistory"]["edges"]]
    assert actions == ["DEFINE", "UPDATE"]
    retired = await gql(
        "mutation($id: ID!) { retireMallGoods(input: {id: $id}) { goods { active } errors { code } } }",
        {"id": goods},
        STAFF,
    )
    assert retired.data["retireMallGoods"] == {"goods": {"active": False}, "errors": []}


async def test_staff_read_the_report_by_goods_and_day() -> None:
    goods, code = await _goods()
    buyer = await _member(code)
    made = await gql(EXCHANGE, {"goods": goods, "key": "a"}, member(buyer))
    await gql(SHIP, {"id": made.data["exchangeMallGoods"]["order"]["id"], "no": "T"}, STAFF)
    cancelled = await gql(EXCHANGE, {"goods": goods, "key": "b"}, member(buyer))
    await gql(CANCEL, {"id": cancelled.data["exchangeMallGoods"]["order"]["id"]}, member(buyer))
    today = business_today(utc_now()).isoformat()
    report = await gql(
        """query($d: Date!) { mallReport(since: $d, until: $d) {
             goodsId day orders cancels pointsConsumed cashCents } }""",
        {"d": today},
        STAFF,
    )
    assert report.errors is None, report.errors
    assert report.data["mallReport"] == [
        {
            "goodsId": goods,
            "day": today,
            "orders": 2,
            "cancels": 1,
            "pointsConsumed": 100,
            "cashCents": 0,
        }
    ]
    forbidden = await gql(
        """{ mallReport(since: "2026-01-01", until: "2026-01-02") { day } }""",
        principal=member(buyer),
    )
    assert forbidden.errors[0].extensions["code"] == "FORBIDDEN"


SEGMENTED = """mutation($input: DefineMallGoodsInput!) {
  defineMallGoods(input: $input) { goods { segmentIds } errors { code field } } }"""


async def test_goods_name_their_segments_by_global_id() -> None:
    # given a saved segment and a point type
    segment = await Segment.create(name="vip", definition={}, created_by="test")
    (code,) = await make_point_types(1, expiry_days=3650)
    values = {"code": "MUG", "name": "Mug", "kind": "GOODS", "pointsPrice": 100, "stock": 5}
    given = {**values, "pointType": code}
    # when goods are defined for it by global id, and for an id of another type
    defined = await gql(
        SEGMENTED, {"input": {**given, "segmentIds": [encode_id("Segment", segment.id)]}}, STAFF
    )
    refused = await gql(
        SEGMENTED,
        {"input": {**given, "code": "CUP", "segmentIds": [encode_id("Campaign", segment.id)]}},
        STAFF,
    )
    # then the goods read the segment back by global id, and the wrong type is INVALID_ID
    assert defined.data["defineMallGoods"] == {
        "goods": {"segmentIds": [encode_id("Segment", segment.id)]},
        "errors": [],
    }
    assert (await MallGoods.get(code="MUG")).segment_ids == [segment.id]
    assert refused.data["defineMallGoods"]["errors"] == [
        {"code": "INVALID_ID", "field": "segmentIds[0]"}
    ]
    assert not await MallGoods.filter(code="CUP").exists()
