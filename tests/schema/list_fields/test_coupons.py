"""Coupon lists, reports and quotes: statements flat in the length of every list."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from domain.clock import utc_now
from domain.coupons.models import CouponState
from domain.payments.models import ExternalRefund
from schema.build import schema
from schema.relay import encode_id
from tests.factories import issue_coupons, make_member, make_template
from tests.helpers import SERVICE, STAFF, member
from tests.statements import ListFieldCheck, root_query

GRAPH = schema._schema
_numbers = itertools.count(1)


def _window() -> str:
    now = utc_now()
    return f'since: "{(now - timedelta(days=1)).isoformat()}", until: "{(now + timedelta(days=1)).isoformat()}"'


@pytest.mark.list_fields("Query.claimableCoupons", "Query.couponTemplates")
async def test_templates(list_fields: ListFieldCheck) -> None:
    holder = await make_member()

    async def add(count: int) -> None:
        for _ in range(count):
            await make_template(f"T{next(_numbers)}")

    await list_fields.assert_flat(
        root_query(GRAPH, "claimableCoupons"), add, principal=member(holder.id)
    )
    await list_fields.assert_flat(
        root_query(GRAPH, "couponTemplates", "first: 50"), add, principal=STAFF
    )


@pytest.mark.list_fields("Query.myCoupons", "CouponAnalytics.rows")
async def test_member_coupons_and_analytics(list_fields: ListFieldCheck) -> None:
    holder = await make_member()

    async def add(count: int) -> None:
        await issue_coupons(holder.id, count)

    mine = root_query(
        GRAPH, "myCoupons", f'memberId: "{encode_id("Member", holder.id)}", first: 50'
    )
    await list_fields.assert_flat(mine, add, principal=STAFF)
    analytics = root_query(GRAPH, "couponAnalytics", _window())
    await list_fields.assert_flat(analytics, add, principal=STAFF)


@pytest.mark.list_fields("Query.couponSettlement")
async def test_coupon_settlement(list_fields: ListFieldCheck) -> None:
    holder = await make_member()

    async def add(count: int) -> None:
        for coupon in await issue_coupons(holder.id, count):
            coupon.state = CouponState.USED
            coupon.used_at = utc_now()
            coupon.store_code = f"S{coupon.id}"
            coupon.discount_cents = 100
            await coupon.save()

    query = root_query(GRAPH, "couponSettlement", _window())
    await list_fields.assert_flat(query, add, principal=STAFF)


@pytest.mark.list_fields("CouponQuote.coupons", "CouponQuote.lines", "QuotedCoupon.lines")
async def test_coupon_quote(list_fields: ListFieldCheck) -> None:
    holder = await make_member()
    lines: list[dict] = []

    async def add(count: int) -> None:
        await issue_coupons(holder.id, count)
        for _ in range(count):
            n = next(_numbers)
            lines.append(
                {"lineId": f"L{n}", "itemCode": f"SKU{n}", "quantity": 1, "unitPriceCents": 1000}
            )

    query = root_query(
        GRAPH,
        "quoteCoupons",
        f'cart: $cart, memberId: "{encode_id("Member", holder.id)}"',
        declare="$cart: CartInput!",
    )
    await list_fields.assert_flat(
        query, add, principal=SERVICE, variables=lambda: {"cart": {"lines": lines}}
    )


@pytest.mark.list_fields("Query.externalRefunds")
async def test_external_refunds(list_fields: ListFieldCheck) -> None:
    async def add(count: int) -> None:
        for _ in range(count):
            n = next(_numbers)
            await ExternalRefund.create(
                purchase_id=n,
                payment_no=f"PAY{n}",
                amount_cents=100,
                idempotency_key=f"x{n}",
                reason="r",
            )

    query = root_query(GRAPH, "externalRefunds", "first: 50")
    await list_fields.assert_flat(query, add, principal=STAFF)
