"""The points mall: exchanges freeze points and take stock exactly once under concurrency,
limits hold per member, cash is paid before anything is granted, shipment consumes the points,
cancels give points and stock back once."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.coupons.models import Coupon
from domain.engagement import mall, mall_fulfilment, mall_goods, mall_reads
from domain.engagement.mall_models import (
    GoodsKind,
    LimitPeriod,
    MallGoods,
    MallOrder,
    MallOrderStatus,
)
from domain.errors import DomainError, ErrorCode, InvalidInput
from domain.ledger import service as ledger
from domain.payments import service as payments
from domain.payments.models import Purchase, PurchaseStatus
from domain.points import reads as points_reads
from tests.factories.coupons import make_template
from tests.factories.mall import make_goods
from tests.factories.members import insert_members, make_member
from tests.factories.points import credit

pytestmark = pytest.mark.usefixtures("database")

# 10:00 in Shanghai on Monday 7 December 2026
NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
_keys = itertools.count(1)


async def balance(member_id: int, code: str) -> tuple[int, int]:
    """(available, frozen) of the member's points of a type."""
    for point_type, account in await points_reads.balances(member_id):
        if point_type.code == code:
            return (account.available, account.frozen) if account else (0, 0)
    return 0, 0


async def rich_member(code: str, points: int = 1000) -> int:
    member = await make_member()
    await credit(member.id, code, points)
    return member.id


async def exchange(member_id: int, goods: MallGoods, quantity: int = 1, key: str = "") -> MallOrder:
    return await mall.exchange(
        member_id=member_id,
        goods_id=goods.id,
        quantity=quantity,
        key=key or f"k{next(_keys)}",
        now=NOW,
    )


async def outcome(call: object) -> MallOrder | DomainError:
    try:
        return await call  # type: ignore[misc]  # a coroutine of an exchange
    except DomainError as error:
        return error


async def test_twenty_concurrent_exchanges_with_a_limit_of_one_make_one_order() -> None:
    # given a goods limited to one per member and a member who could pay for ten
    goods = await make_goods(limit_total=1)
    member = await rich_member(goods.point_type)
    # when the member taps twenty times at once, each with its own key
    results = await asyncio.gather(*(outcome(exchange(member, goods)) for _ in range(20)))
    # then one order froze 100 points and took one unit; the rest hit the limit
    orders = [r for r in results if isinstance(r, MallOrder)]
    refused = {r.code for r in results if isinstance(r, DomainError)}
    assert len(orders) == 1 and refused == {ErrorCode.PURCHASE_LIMIT_REACHED}
    assert await MallOrder.filter(member_id=member).count() == 1
    assert await balance(member, goods.point_type) == (900, 100)
    assert (await MallGoods.get(id=goods.id)).sold == 1


async def test_fifty_members_racing_for_stock_of_ten_make_ten_orders() -> None:
    goods = await make_goods(stock=10)
    members = await insert_members(50)
    for member in members:
        await credit(member, goods.point_type, 100)
    results = await asyncio.gather(*(outcome(exchange(m, goods)) for m in members))
    winners = [r for r in results if isinstance(r, MallOrder)]
    assert len(winners) == 10
    assert {r.code for r in results if isinstance(r, DomainError)} == {ErrorCode.OUT_OF_STOCK}
    assert (await MallGoods.get(id=goods.id)).sold == 10
    frozen = [await balance(m, goods.point_type) for m in members]
    assert sorted(frozen) == [(0, 100)] * 10 + [(100, 0)] * 40
    assert await ledger.verify() == []


async def test_a_retry_with_the_same_key_returns_the_same_order() -> None:
    goods = await make_goods()
    member = await rich_member(goods.point_type)
    first = await exchange(member, goods, key="same")
    again = await asyncio.gather(*(exchange(member, goods, key="same") for _ in range(5)))
    assert {o.id for o in again} == {first.id}
    assert await balance(member, goods.point_type) == (900, 100)


async def test_points_never_go_negative_and_nothing_is_written_on_refusal() -> None:
    goods = await make_goods(points_price=300)
    member = await rich_member(goods.point_type, 500)
    results = await asyncio.gather(*(outcome(exchange(member, goods)) for _ in range(5)))
    assert sum(isinstance(r, MallOrder) for r in results) == 1
    assert {r.code for r in results if isinstance(r, DomainError)} == {
        ErrorCode.INSUFFICIENT_POINTS
    }
    assert await balance(member, goods.point_type) == (200, 300)
    assert (await MallGoods.get(id=goods.id)).sold == 1
    assert await MallOrder.all().count() == 1


async def test_physical_goods_ship_consuming_the_points_then_deliver() -> None:
    goods = await make_goods()
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods, quantity=2)
    assert order.status == MallOrderStatus.PENDING_SHIPMENT
    shipped = await mall_fulfilment.ship(order_id=order.id, tracking_no="SF123", now=NOW)
    assert (shipped.status, shipped.tracking_no) == (MallOrderStatus.SHIPPED, "SF123")
    assert await balance(member, goods.point_type) == (800, 0)
    again = await mall_fulfilment.ship(order_id=order.id, tracking_no="SF123", now=NOW)
    assert again.status == MallOrderStatus.SHIPPED
    delivered = await mall_fulfilment.deliver(order_id=order.id, now=NOW)
    assert delivered.status == MallOrderStatus.DELIVERED
    with pytest.raises(DomainError) as refused:
        await mall_fulfilment.cancel(order_id=order.id, member_id=None, operator="s", now=NOW)
    assert refused.value.code == ErrorCode.INVALID_STATE
    assert await ledger.verify() == []


async def test_cancel_twice_returns_points_and_stock_once() -> None:
    goods = await make_goods()
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods, quantity=3)
    cancels = await asyncio.gather(
        *(
            mall_fulfilment.cancel(order_id=order.id, member_id=member, operator="m", now=NOW)
            for _ in range(10)
        )
    )
    assert {c.status for c in cancels} == {MallOrderStatus.CANCELLED}
    assert await balance(member, goods.point_type) == (1000, 0)
    assert (await MallGoods.get(id=goods.id)).sold == 0
    assert await ledger.verify() == []


async def test_a_member_cannot_cancel_after_shipment_but_staff_can_and_points_return() -> None:
    goods = await make_goods()
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods)
    await mall_fulfilment.ship(order_id=order.id, tracking_no="T1", now=NOW)
    with pytest.raises(DomainError) as refused:
        await mall_fulfilment.cancel(order_id=order.id, member_id=member, operator="m", now=NOW)
    assert refused.value.code == ErrorCode.INVALID_STATE
    await mall_fulfilment.cancel(order_id=order.id, member_id=None, operator="staff", now=NOW)
    await mall_fulfilment.cancel(order_id=order.id, member_id=None, operator="staff", now=NOW)
    assert await balance(member, goods.point_type) == (1000, 0)
    assert (await MallGoods.get(id=goods.id)).sold == 0


async def test_another_members_order_is_not_found() -> None:
    goods = await make_goods()
    owner = await rich_member(goods.point_type)
    other = await rich_member(goods.point_type)
    order = await exchange(owner, goods)
    with pytest.raises(DomainError) as refused:
        await mall_fulfilment.cancel(order_id=order.id, member_id=other, operator="m", now=NOW)
    assert refused.value.code == ErrorCode.NOT_FOUND
    assert (await MallOrder.get(id=order.id)).status == MallOrderStatus.PENDING_SHIPMENT


async def test_coupon_goods_with_cash_grant_nothing_until_paid() -> None:
    # given a coupon goods costing 50 points plus 9.90
    await make_template("MALLCOUPON", per_member_limit=5)
    goods = await make_goods(kind=GoodsKind.COUPON, target_code="MALLCOUPON", cash_cents=990)
    member = await rich_member(goods.point_type)
    # when the member exchanges two
    order = await exchange(member, goods, quantity=2)
    # then points are frozen, a purchase of 19.80 waits, and no coupon exists yet
    assert (order.status, order.cash_cents) == (MallOrderStatus.PENDING_PAYMENT, 1980)
    assert await Coupon.filter(member_id=member).count() == 0
    assert await balance(member, goods.point_type) == (800, 200)
    assert order.purchase_id is not None
    # when the payment system confirms the exact amount
    await payments.confirm(
        purchase_id=order.purchase_id,
        payment_no="PAY-1",
        amount_cents=1980,
        now=NOW + timedelta(minutes=1),
    )
    # then two coupons are issued and the points consumed
    done = await MallOrder.get(id=order.id)
    assert done.status == MallOrderStatus.COMPLETED
    assert await Coupon.filter(member_id=member).count() == 2
    assert await balance(member, goods.point_type) == (800, 0)


async def test_an_unpaid_exchange_lapses_and_a_late_payment_is_refunded() -> None:
    goods = await make_goods(cash_cents=500)
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods)
    assert order.purchase_id is not None and order.pay_by is not None
    assert await mall_fulfilment.release_unpaid(NOW + timedelta(minutes=1)) == 0
    assert await mall_fulfilment.release_unpaid(order.pay_by) == 1
    assert await mall_fulfilment.release_unpaid(order.pay_by) == 0
    assert (await MallOrder.get(id=order.id)).status == MallOrderStatus.CANCELLED
    assert await balance(member, goods.point_type) == (1000, 0)
    assert (await MallGoods.get(id=goods.id)).sold == 0


async def test_a_payment_after_the_member_cancelled_goes_back() -> None:
    goods = await make_goods(cash_cents=500)
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods)
    await mall_fulfilment.cancel(order_id=order.id, member_id=member, operator="m", now=NOW)
    assert order.purchase_id is not None
    paid = await payments.confirm(
        purchase_id=order.purchase_id,
        payment_no="PAY-2",
        amount_cents=500,
        now=NOW + timedelta(minutes=1),
    )
    assert (paid.status, paid.refunded_cents) == (PurchaseStatus.REFUNDED, 500)
    assert (await MallOrder.get(id=order.id)).status == MallOrderStatus.CANCELLED
    assert await balance(member, goods.point_type) == (1000, 0)


async def test_cancelling_paid_goods_refunds_the_cash() -> None:
    goods = await make_goods(cash_cents=500)
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods)
    assert order.purchase_id is not None
    await payments.confirm(
        purchase_id=order.purchase_id, payment_no="PAY-3", amount_cents=500, now=NOW
    )
    assert (await MallOrder.get(id=order.id)).status == MallOrderStatus.PENDING_SHIPMENT
    await mall_fulfilment.cancel(order_id=order.id, member_id=member, operator="m", now=NOW)
    purchase = await Purchase.get(id=order.purchase_id)
    assert purchase.refunded_cents == 500
    assert await balance(member, goods.point_type) == (1000, 0)


async def test_benefit_goods_are_granted_at_once_for_points() -> None:
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.SERVICE, redeem_method=RedeemMethod.SCAN
    )
    goods = await make_goods(kind=GoodsKind.BENEFIT, target_code="LOUNGE")
    member = await rich_member(goods.point_type)
    order = await exchange(member, goods, quantity=2)
    assert order.status == MallOrderStatus.COMPLETED
    assert "benefit_grant_id" in order.granted
    assert await balance(member, goods.point_type) == (800, 0)


async def test_per_period_limit_counts_the_business_week() -> None:
    goods = await make_goods(limit_per_period=2, limit_period=LimitPeriod.WEEK)
    member = await rich_member(goods.point_type)
    await exchange(member, goods, quantity=2)
    with pytest.raises(DomainError) as refused:
        await exchange(member, goods)
    assert (refused.value.code, refused.value.field) == (
        ErrorCode.PURCHASE_LIMIT_REACHED,
        "quantity",
    )
    next_week = await mall.exchange(
        member_id=member, goods_id=goods.id, quantity=1, key="nw", now=NOW + timedelta(days=7)
    )
    assert next_week.status == MallOrderStatus.PENDING_SHIPMENT


async def test_sale_window_and_audience_are_enforced_and_offers_show_what_is_left() -> None:
    open_goods = await make_goods(limit_total=3)
    later = await make_goods(
        point_type=open_goods.point_type, sale_starts_at=NOW + timedelta(days=1)
    )
    vip = await make_goods(point_type=open_goods.point_type, levels=["VIP"])
    member = await rich_member(open_goods.point_type)
    await exchange(member, open_goods)
    for goods, code in ((later, ErrorCode.NOT_ON_SALE), (vip, ErrorCode.NOT_ELIGIBLE)):
        with pytest.raises(DomainError) as refused:
            await exchange(member, goods)
        assert refused.value.code == code
    offers = await mall_goods.offers(member, now=NOW)
    assert [(o.goods.id, o.stock_left, o.limit_left) for o in offers] == [(open_goods.id, 9, 2)]


async def test_goods_definitions_refuse_bad_input_whole_and_keep_history() -> None:
    with pytest.raises(InvalidInput) as refused:
        await mall_goods.define_goods(
            mall_goods.GoodsInput(
                code="",
                name="x",
                kind=GoodsKind.COUPON,
                points_price=0,
                stock=-1,
                point_type="NOPE",
                limit_per_period=1,
            )
        )
    fields = {e.field for e in refused.value.errors}
    assert fields == {"code", "pointsPrice", "stock", "limitPeriod", "pointType", "targetCode"}
    assert await MallGoods.all().count() == 0
    goods = await make_goods(stock=5)
    member = await rich_member(goods.point_type)
    await exchange(member, goods, quantity=3)
    with pytest.raises(DomainError) as below:
        await make_goods(code=goods.code, point_type=goods.point_type, stock=2)
    assert below.value.field == "stock"
    retired = await mall_goods.retire_goods(goods.id)
    assert not retired.active
    with pytest.raises(DomainError) as off:
        await exchange(member, goods)
    assert off.value.code == ErrorCode.NOT_ON_SALE


async def test_report_counts_orders_cancels_points_and_cash_by_goods_and_day() -> None:
    goods = await make_goods()
    member = await rich_member(goods.point_type)
    shipped = await exchange(member, goods)
    await mall_fulfilment.ship(order_id=shipped.id, tracking_no="T", now=NOW)
    cancelled = await exchange(member, goods, quantity=2)
    await mall_fulfilment.cancel(order_id=cancelled.id, member_id=None, operator="s", now=NOW)
    await exchange(member, goods)
    lines = await mall_reads.report(since=NOW.date(), until=NOW.date(), goods_id=None)
    assert [(ln.orders, ln.cancels, ln.points_consumed, ln.cash_cents) for ln in lines] == [
        (3, 1, 100, 0)
    ]


async def test_a_merged_members_pending_exchange_is_the_survivors_to_cancel() -> None:
    from domain.members import merging as members_merging

    goods = await make_goods()
    survivor = await rich_member(goods.point_type, 100)
    absorbed = await rich_member(goods.point_type, 300)
    order = await exchange(absorbed, goods)
    await members_merging.merge_members(
        survivor_id=survivor, absorbed_id=absorbed, reason="same person", operator="test"
    )
    assert await balance(survivor, goods.point_type) == (300, 100)
    await mall_fulfilment.cancel(order_id=order.id, member_id=survivor, operator="m", now=NOW)
    assert await balance(survivor, goods.point_type) == (400, 0)
    assert await ledger.verify() == []


async def test_a_coupon_that_cannot_be_issued_after_payment_refunds_and_releases() -> None:
    # given a coupon goods whose template allows one per member, the member holding one already
    await make_template("ONCE", per_member_limit=1)
    goods = await make_goods(kind=GoodsKind.COUPON, target_code="ONCE", cash_cents=100)
    member = await rich_member(goods.point_type)
    await exchange(member, goods)  # unpaid: holds nothing yet
    first = await exchange(member, goods)
    assert first.purchase_id is not None
    await payments.confirm(
        purchase_id=first.purchase_id, payment_no="P-A", amount_cents=100, now=NOW
    )
    second = await MallOrder.filter(
        member_id=member, status=MallOrderStatus.PENDING_PAYMENT
    ).first()
    assert second is not None and second.purchase_id is not None
    # when the other exchange is paid too
    paid = await payments.confirm(
        purchase_id=second.purchase_id, payment_no="P-B", amount_cents=100, now=NOW
    )
    # then its money goes back, and the release job gives back its points and stock
    assert (paid.status, paid.refunded_cents) == (PurchaseStatus.REFUNDED, 100)
    assert await mall_fulfilment.release_unpaid(NOW) == 1
    assert (await MallOrder.get(id=second.id)).status == MallOrderStatus.CANCELLED
    assert await balance(member, goods.point_type) == (900, 0)
    assert (await MallGoods.get(id=goods.id)).sold == 1
