"""The grab gate refuses only what the database would, and never drifts from the stock."""

from __future__ import annotations

import asyncio

import pytest

from domain import cache
from domain.coupons import claiming as coupons_claiming
from domain.coupons import eligibility
from domain.coupons import issuing as coupons_issuing
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponKind, CouponTemplate, TemplateState
from domain.errors import DomainError
from tests.factories import make_member

pytestmark = pytest.mark.usefixtures("database")


async def _template(stock: int, issued_to_others: int = 0) -> CouponTemplate:
    template = await coupons_templates.define_template(
        code="GRAB",
        name="Grab",
        kind=CouponKind.CASH,
        amount_off_cents=500,
        total_stock=stock,
        per_member_limit=1,
        valid_days=30,
        state=TemplateState.ACTIVE,
    )
    for _ in range(issued_to_others):
        other = await make_member()
        await coupons_issuing.issue_coupon(
            member_id=other.id,
            template_code="GRAB",
            key=f"i{other.id}",
            source="ISSUE",
            operator="t",
        )
    return template


async def _claim(member_id: int, key: str) -> str:
    try:
        coupon = await coupons_claiming.claim(member_id=member_id, template_code="GRAB", key=key)
    except DomainError as error:
        return error.code.value
    return f"coupon {coupon.id}"


async def _counter(template_id: int) -> int | None:
    value = await cache.redis().get(f"coupons:gate:{template_id}")
    return None if value is None else int(value)


async def _left(template_id: int) -> int:
    template = await CouponTemplate.get(id=template_id)
    return template.total_stock - template.issued


async def test_same_key_copies_leave_the_stock_to_the_other_members() -> None:
    # given a stock of 3 with 1 already issued
    template = await _template(3, issued_to_others=1)
    a, b, c = await make_member(), await make_member(), await make_member()
    # when member A's one claim arrives 20 times at once
    outcomes = await asyncio.gather(*(_claim(a.id, "tap") for _ in range(20)))
    # then A has one coupon, every copy says so, and the gate counts exactly what is left
    assert len(set(outcomes)) == 1 and outcomes[0].startswith("coupon")
    assert await Coupon.filter(member_id=a.id).count() == 1
    assert await _counter(template.id) == await _left(template.id) == 1
    # and the last coupon goes to B; C is refused only now that the database would refuse too
    assert (await _claim(b.id, "tap")).startswith("coupon")
    assert await _claim(c.id, "tap") == "OUT_OF_STOCK"
    assert await _counter(template.id) == await _left(template.id) == 0


async def test_copies_and_other_members_at_once_never_refuse_while_stock_remains() -> None:
    # given a stock of 10 with 1 issued, and six members
    template = await _template(10, issued_to_others=1)
    members = [(await make_member()).id for _ in range(6)]
    # when each member's claim arrives five times at once
    outcomes = await asyncio.gather(*(_claim(m, f"k{m}") for m in members for _ in range(5)))
    # then every member got a coupon and the counter equals the stock left
    assert "OUT_OF_STOCK" not in outcomes
    assert await Coupon.filter(member_id__in=members).count() == 6
    assert await _counter(template.id) == await _left(template.id) == 3


async def test_failures_after_the_gate_leave_the_counter_equal_to_the_stock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given a stock of 4; A already holds its one allowed coupon
    template = await _template(4)
    a, b, c = await make_member(), await make_member(), await make_member()
    assert (await _claim(a.id, "first")).startswith("coupon")
    real_validity = eligibility.validity

    def broken_for_b(*args, **kwargs):
        raise RuntimeError("lost the database connection")

    # when A claims again (refused by its limit after the gate) while B's claim fails unexpectedly
    monkeypatch.setattr(eligibility, "validity", broken_for_b)
    with pytest.raises(RuntimeError):
        await _claim(b.id, "b")
    monkeypatch.setattr(eligibility, "validity", real_validity)
    outcomes = await asyncio.gather(_claim(a.id, "second"), _claim(c.id, "c"))
    # then the counter still equals the stock left, and B can still get a coupon
    assert outcomes[0] == "COUPON_LIMIT_REACHED"
    assert outcomes[1].startswith("coupon")
    assert await _counter(template.id) == await _left(template.id) == 2
    assert (await _claim(b.id, "b-again")).startswith("coupon")
    assert await _counter(template.id) == await _left(template.id) == 1


async def test_a_counter_that_drifted_low_is_reset_from_the_database() -> None:
    # given a gate whose counter says nothing is left while two coupons remain
    template = await _template(2)
    a = await make_member()
    await cache.redis().set(f"coupons:gate:{template.id}", 0)
    # when a member claims
    outcome = await _claim(a.id, "k")
    # then the database is asked, the claim succeeds, and the counter is right again
    assert outcome.startswith("coupon")
    assert await _counter(template.id) == await _left(template.id) == 1
