"""Resent orders and refunds: one outcome per order and refund number, whoever sends them."""

from __future__ import annotations

import asyncio
from unittest.mock import ANY

import pytest

from domain.access import Principal, Role
from domain.orders.models import Order, OrderLine, Refund
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import SERVICE, gql
from tests.schema.orders.test_orders import PAID, RECORD, REFUND, _catalogue, _order

pytestmark = pytest.mark.usefixtures("database")

POS = Principal(role=Role.SERVICE, subject="pos-system")


def _refund(refund_no: str, lines: list[dict] | None, external_no: str = "B-1") -> dict:
    return {
        "input": {
            "channel": "POS",
            "externalNo": external_no,
            "refundNo": refund_no,
            "refundedAt": PAID.isoformat(),
            "lines": lines,
        }
    }


async def _recorded(no: str = "B-1") -> int:
    m = await make_member()
    result = await gql(RECORD, _order(no, memberId=encode_id("Member", m.id)), SERVICE)
    assert result.data["recordOrder"]["errors"] == []
    return int(result.data["recordOrder"]["order"]["totalCents"])


async def test_concurrent_copies_of_a_refund_refund_once() -> None:
    # given an order of 30,300 recorded
    await _catalogue()
    total = await _recorded()
    # when two order systems send the same full refund 20 times at once
    senders = [SERVICE, POS] * 10
    results = await asyncio.gather(
        *(gql(REFUND, _refund("R-1", None), sender) for sender in senders)
    )
    # then all 20 are told of the one refund, and the order was refunded once
    answers = [r.data["refundOrder"] for r in results]
    assert [a["errors"] for a in answers] == [[]] * 20
    assert {a["refund"]["amountCents"] for a in answers} == {total}
    assert sorted(a["created"] for a in answers) == [False] * 19 + [True]
    assert await Refund.all().count() == 1
    order = await Order.get(external_no="B-1")
    assert order.refunded_cents == total
    assert sum(li.refunded_cents for li in await OrderLine.filter(order_id=order.id)) == total


async def test_a_refund_resent_with_other_lines_is_refused() -> None:
    await _catalogue()
    await _recorded()
    first = await gql(REFUND, _refund("R-1", [{"lineNo": 1, "quantity": 1}]), SERVICE)
    assert first.data["refundOrder"]["refund"] == {"amountCents": 12900}
    changed = await gql(REFUND, _refund("R-1", [{"lineNo": 2, "quantity": 1}]), POS)
    assert changed.data["refundOrder"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "refundNo"}
    ]
    assert (await Order.get(external_no="B-1")).refunded_cents == 12900


async def test_one_refund_number_on_two_orders_is_two_refunds() -> None:
    # given two orders whose systems each number their first refund R-1
    await _catalogue()
    await _recorded("B-1")
    await _recorded("B-2")
    one = await gql(REFUND, _refund("R-1", [{"lineNo": 1, "quantity": 1}], "B-1"), SERVICE)
    # when the second order's R-1 arrives
    two = await gql(REFUND, _refund("R-1", [{"lineNo": 2, "quantity": 1}], "B-2"), SERVICE)
    # then it is refunded on its own order, not answered with the first order's refund
    assert one.data["refundOrder"]["refund"] == {"amountCents": 12900}
    assert two.data["refundOrder"]["refund"] == {"amountCents": 4500}
    assert two.data["refundOrder"]["created"] is True
    assert (await Order.get(external_no="B-2")).refunded_cents == 4500


async def test_an_order_resent_with_other_lines_is_refused() -> None:
    await _catalogue()
    m = await make_member()
    first = await gql(RECORD, _order("A-1", memberId=encode_id("Member", m.id)), SERVICE)
    changed = _order("A-1", memberId=encode_id("Member", m.id))
    changed["input"]["lines"] = changed["input"]["lines"][:1]
    result = await gql(RECORD, changed, POS)
    assert result.data["recordOrder"]["errors"] == [
        {"code": "IDEMPOTENCY_KEY_REUSED", "field": "externalNo", "message": ANY}
    ]
    again = await gql(RECORD, _order("A-1", memberId=encode_id("Member", m.id)), POS)
    assert again.data["recordOrder"]["order"] == first.data["recordOrder"]["order"]
    assert again.data["recordOrder"]["created"] is False
    assert await OrderLine.all().count() == 2


async def test_a_refused_order_can_be_sent_again_once_corrected() -> None:
    # given an order naming an item the catalogue does not know yet
    m = await make_member()
    refused = await gql(RECORD, _order("A-1", memberId=encode_id("Member", m.id)), SERVICE)
    assert refused.data["recordOrder"]["errors"][0]["code"] == "UNKNOWN_ITEM"
    # when the catalogue is imported and the same order is sent again
    await _catalogue()
    again = await gql(RECORD, _order("A-1", memberId=encode_id("Member", m.id)), SERVICE)
    # then it is recorded
    assert again.data["recordOrder"]["errors"] == []
    assert again.data["recordOrder"]["created"] is True
