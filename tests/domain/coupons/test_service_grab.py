"""The grab and double use, run concurrently against the real database and Redis."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from domain import db
from domain.coupons import claiming as coupons_claiming
from domain.coupons import issuing as coupons_issuing
from domain.coupons import redemption
from domain.coupons import templates as coupons_templates
from domain.coupons.eligibility import Cart, CartLine
from domain.coupons.models import Coupon, CouponKind, CouponTemplate, TemplateState
from domain.errors import DomainError
from tests.factories import insert_members, make_member

pytestmark = pytest.mark.usefixtures("database")


@pytest.mark.slow
@pytest.mark.parametrize("_case", ["redis gate", "database only"])
async def test_grab_5000_claims_for_1000_coupons(
    _case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a stock of 1,000, one per member, and 5,000 members at the same second
    monkeypatch.setenv("COUPON_GRAB_GATE", "1" if _case == "redis gate" else "0")
    await coupons_templates.define_template(
        code="GRAB",
        name="Grab",
        kind=CouponKind.THRESHOLD_OFF,
        amount_off_cents=2000,
        threshold_cents=10000,
        total_stock=1000,
        per_member_limit=1,
        valid_days=30,
        state=TemplateState.ACTIVE,
    )
    members = await insert_members(5000)
    pool = asyncio.Semaphore(25)  # the connection pool's size: the rest queue, as in a real grab
    lowest_remaining: list[int] = []
    done = asyncio.Event()

    async def watch_stock() -> None:
        while not done.is_set():
            rows = await db.fetch("SELECT total_stock - issued AS left FROM coupon_templates")
            lowest_remaining.append(rows[0]["left"])
            await asyncio.sleep(0.01)

    async def claim(member_id: int, attempt: int) -> tuple[int, str]:
        async with pool:
            try:
                await coupons_claiming.claim(
                    member_id=member_id, template_code="GRAB", key=f"tap-{attempt}"
                )
                return attempt, "ok"
            except DomainError as error:
                return attempt, error.code.value

    # when every member claims at once, and 300 of them tap twice with a new key
    watcher = asyncio.create_task(watch_stock())
    outcomes = await asyncio.gather(
        *(claim(m, 0) for m in members), *(claim(m, 1) for m in members[:300])
    )
    done.set()
    await watcher

    # then exactly 1,000 were issued, nobody holds two, stock never went negative,
    # and every first-tap loser was told OUT_OF_STOCK
    first = Counter(code for attempt, code in outcomes if attempt == 0)
    second = Counter(code for attempt, code in outcomes if attempt == 1)
    assert first["ok"] + second["ok"] == 1000
    assert set(first) <= {"ok", "OUT_OF_STOCK"}
    assert set(second) <= {"ok", "OUT_OF_STOCK", "COUPON_LIMIT_REACHED"}
    assert await Coupon.all().count() == 1000
    doubles = await db.fetch("SELECT member_id FROM coupons GROUP BY member_id HAVING count(*) > 1")
    assert doubles == []
    template = await CouponTemplate.get(code="GRAB")
    assert template.issued == template.total_stock == 1000
    assert min(lowest_remaining) >= 0


async def test_same_coupon_reserved_on_two_orders_at_once_one_wins() -> None:
    # given one coupon
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
    cart = Cart(lines=(CartLine("1", "X", None, None, 1, 3000),), channel="APP")

    async def reserve(order: str) -> str:
        try:
            await redemption.reserve(
                member_id=m.id, coupon_ids=[coupon.id], order_ref=order, cart=cart
            )
            return "ok"
        except DomainError as error:
            return error.code.value

    # when eight orders reserve it at the same moment
    outcomes = await asyncio.gather(*(reserve(f"order-{i}") for i in range(8)))

    # then one wins, the others get COUPON_USED, and it is locked to the winner only
    assert sorted(outcomes) == ["COUPON_USED"] * 7 + ["ok"]
    locked = await Coupon.get(id=coupon.id)
    assert locked.state == "LOCKED" and locked.discount_cents == 500
    winner = f"order-{outcomes.index('ok')}"
    assert locked.order_ref == winner
