"""Coupons locked to an order that is never paid are released after the reservation time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from domain import jobs
from domain.coupons import issuing as coupons_issuing
from domain.coupons import redemption
from domain.coupons import templates as coupons_templates
from domain.coupons.eligibility import Cart, CartLine
from domain.coupons.models import Coupon, CouponKind, CouponState, TemplateState
from schema.relay import encode_id
from tests.factories import make_member
from tests.helpers import gql, member, run_jobs

pytestmark = pytest.mark.usefixtures("database")


async def _reserved(order_ref: str = "order-1") -> tuple[Coupon, datetime]:
    """A coupon reserved on an order, and the time it was reserved (within its validity)."""
    await coupons_templates.define_template(
        code="C1",
        name="c",
        kind=CouponKind.CASH,
        amount_off_cents=500,
        total_stock=10,
        valid_days=3,
        state=TemplateState.ACTIVE,
    )
    m = await make_member()
    coupon = await coupons_issuing.issue_coupon(
        member_id=m.id, template_code="C1", key="k", source="ISSUE", operator="t"
    )
    at = coupon.valid_from + timedelta(hours=1)
    cart = Cart(lines=(CartLine("1", "X", None, None, 1, 3000),), channel="APP", at=at)
    await redemption.reserve(member_id=m.id, coupon_ids=[coupon.id], order_ref=order_ref, cart=cart)
    return coupon, at


async def test_a_reservation_is_kept_for_the_reservation_time_then_released() -> None:
    # given a coupon reserved at `at`
    coupon, at = await _reserved()
    # when the job runs 29 minutes later, then 30 minutes later
    kept = await redemption.release_stale(now=at + timedelta(minutes=29))
    locked = await Coupon.get(id=coupon.id)
    released = await redemption.release_stale(now=at + timedelta(minutes=30))
    again = await redemption.release_stale(now=at + timedelta(minutes=31))
    # then it is held until the 30 minutes are up, then available again, once
    assert (kept, locked.state, locked.order_ref) == (0, CouponState.LOCKED, "order-1")
    assert (released, again) == (1, 0)
    coupon = await Coupon.get(id=coupon.id)
    assert (coupon.state, coupon.order_ref, coupon.reserved_at) == (
        CouponState.AVAILABLE,
        None,
        None,
    )


async def test_the_reservation_time_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUPON_RESERVATION_MINUTES", "10")
    _coupon, at = await _reserved()
    assert await redemption.release_stale(now=at + timedelta(minutes=9)) == 0
    assert await redemption.release_stale(now=at + timedelta(minutes=10)) == 1


async def test_a_paid_order_keeps_its_coupons() -> None:
    coupon, at = await _reserved()
    await redemption.confirm(
        order_ref="order-1", member_id=None, store_code=None, order_total_cents=3000
    )
    assert await redemption.release_stale(now=at + timedelta(hours=2)) == 0
    assert (await Coupon.get(id=coupon.id)).state == CouponState.USED


async def test_a_reservation_left_past_the_coupons_validity_is_released_as_expired() -> None:
    coupon, _at = await _reserved()
    assert await redemption.release_stale(now=coupon.valid_until + timedelta(minutes=1)) == 1
    assert (await Coupon.get(id=coupon.id)).state == CouponState.EXPIRED


async def test_the_release_job_takes_its_time_as_a_parameter(redis_client) -> None:
    # given a coupon reserved at `at`
    coupon, at = await _reserved()
    # when the cron's job for `at` + 31 minutes runs on a worker
    async with jobs.deferred_scope():
        await jobs.defer(
            "coupons.release_stale",
            key="coupons.release_stale:test",
            now=(at + timedelta(minutes=31)).isoformat(),
        )
    await run_jobs(redis_client)
    # then the coupon is available again
    assert (await Coupon.get(id=coupon.id)).state == CouponState.AVAILABLE


def test_the_release_job_is_scheduled() -> None:
    from workers import coupons, registry

    assert coupons.release_stale_coupons in [job.coroutine for job in registry.CRON_JOBS]


async def test_resending_a_reservation_released_by_time_says_so() -> None:
    # given a reservation through the API, released by the job after its time
    coupon, _at = await _reserved()
    reserve = """mutation($ids: [ID!]!) { reserveCoupons(input: {couponIds: $ids,
      orderRef: "order-2", cart: {lines: [{lineId: "1", itemCode: "X", quantity: 1,
      unitPriceCents: 3000}]}}) { quote { totalDiscountCents } errors { code field } } }"""
    await redemption.release(order_ref="order-1", member_id=None)
    ids = {"ids": [encode_id("Coupon", coupon.id)]}
    first = await gql(reserve, ids, member(coupon.member_id))
    assert first.data["reserveCoupons"]["quote"] == {"totalDiscountCents": 500}
    reserved_at = (await Coupon.get(id=coupon.id)).reserved_at
    assert reserved_at is not None
    assert await redemption.release_stale(now=reserved_at + timedelta(minutes=30)) == 1
    # when the shop resends the same reservation
    again = await gql(reserve, ids, member(coupon.member_id))
    # then it is told the reservation is gone rather than that the coupon is held
    assert again.data["reserveCoupons"] == {
        "quote": None,
        "errors": [{"code": "EXPIRED", "field": "orderRef"}],
    }
    assert (await Coupon.get(id=coupon.id)).state == CouponState.AVAILABLE
