"""Property test: random exchange, cancel, ship and deliver sequences keep the books.

Whatever the sequence, a member's points are conserved (available + frozen + consumed by the
mall = what was credited), what is frozen is exactly the points of exchanges waiting for
shipment, stock sold is exactly the units of exchanges not cancelled, nothing goes negative
and the ledger's cached balances agree with its entries.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.engagement import mall, mall_fulfilment
from domain.engagement.mall_models import MallGoods, MallOrder, MallOrderStatus
from domain.errors import DomainError, ErrorCode
from domain.ledger import service as ledger
from tests.domain.engagement.test_mall import balance
from tests.factories.mall import make_goods
from tests.factories.members import insert_members
from tests.factories.points import credit, make_point_types

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
CREDITED = 500
_examples = itertools.count(1)

operation = st.one_of(
    st.tuples(st.just("exchange"), st.integers(1, 4)),
    st.tuples(st.just("burst"), st.integers(2, 6)),
    st.tuples(st.just("cancel"), st.integers(0, 20)),
    st.tuples(st.just("staff_cancel"), st.integers(0, 20)),
    st.tuples(st.just("ship"), st.integers(0, 20)),
    st.tuples(st.just("deliver"), st.integers(0, 20)),
)

EXPECTED_REFUSALS = {
    ErrorCode.INSUFFICIENT_POINTS,
    ErrorCode.OUT_OF_STOCK,
    ErrorCode.PURCHASE_LIMIT_REACHED,
    ErrorCode.INVALID_STATE,
}


@pytest.fixture
async def loop(database: str) -> AsyncIterator[asyncio.AbstractEventLoop]:
    yield asyncio.get_running_loop()


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    ops=st.lists(operation, min_size=1, max_size=15),
    price=st.integers(1, 120),
    stock=st.integers(1, 8),
    limit=st.one_of(st.none(), st.integers(1, 5)),
)
def test_random_sequences_conserve_points_and_stock(
    loop: asyncio.AbstractEventLoop, ops: list, price: int, stock: int, limit: int | None
) -> None:
    loop.run_until_complete(_run(ops, price, stock, limit))


async def _attempt(call: object) -> None:
    try:
        await call  # type: ignore[misc]  # a coroutine of a mall service
    except DomainError as error:
        assert error.code in EXPECTED_REFUSALS, error


async def _run(ops: list, price: int, stock: int, limit: int | None) -> None:
    (code,) = await make_point_types(1, expiry_days=3650)
    goods = await make_goods(point_type=code, points_price=price, stock=stock, limit_total=limit)
    (member,) = await insert_members(1)
    await credit(member, code, CREDITED)
    example = next(_examples)
    steps = itertools.count()

    def exchange(quantity: int) -> object:
        return mall.exchange(
            member_id=member,
            goods_id=goods.id,
            quantity=quantity,
            key=f"{example}-{next(steps)}",
            now=NOW,
        )

    for name, value in ops:
        ids = [o.id for o in await MallOrder.filter(member_id=member).order_by("id")]
        pick = ids[value % len(ids)] if ids else None
        if name == "exchange":
            await _attempt(exchange(value))
        elif name == "burst":
            await asyncio.gather(*(_attempt(exchange(1)) for _ in range(value)))
        elif pick is None:
            continue
        elif name == "cancel":
            await _attempt(
                mall_fulfilment.cancel(order_id=pick, member_id=member, operator="m", now=NOW)
            )
        elif name == "staff_cancel":
            await _attempt(
                mall_fulfilment.cancel(order_id=pick, member_id=None, operator="s", now=NOW)
            )
        elif name == "ship":
            await _attempt(mall_fulfilment.ship(order_id=pick, tracking_no="T", now=NOW))
        else:
            await _attempt(mall_fulfilment.deliver(order_id=pick, now=NOW))
    await _check(member, code, goods.id, limit)


async def _check(member: int, code: str, goods_id: int, limit: int | None) -> None:
    orders = await MallOrder.filter(member_id=member)
    available, frozen = await balance(member, code)
    waiting = sum(o.points for o in orders if o.status == MallOrderStatus.PENDING_SHIPMENT)
    consumed = sum(
        o.points for o in orders if o.status in (MallOrderStatus.SHIPPED, MallOrderStatus.DELIVERED)
    )
    live_units = sum(o.quantity for o in orders if o.status != MallOrderStatus.CANCELLED)
    goods = await MallGoods.get(id=goods_id)
    assert available >= 0 and frozen >= 0
    assert frozen == waiting
    assert available + frozen + consumed == CREDITED
    assert goods.sold == live_units <= goods.stock
    assert limit is None or live_units <= limit
    assert await ledger.verify() == []
