"""Coupon arithmetic: kinds, rules, stacking, apportionment (examples and properties)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.coupons.pricing import (
    Cart,
    CartLine,
    Held,
    Spec,
    apportion,
    best_combination,
    cost_split,
    validate_cart,
    validate_spec,
    why_not,
)
from domain.errors import DomainError, ErrorCode

SOON = datetime(2027, 1, 1, tzinfo=UTC)


def _cart(*amounts: int, **kw) -> Cart:
    return Cart(
        lines=tuple(
            CartLine(f"l{i}", f"SKU{i}", "SKIN" if i % 2 else "FOOD", "B", 1, a)
            for i, a in enumerate(amounts)
        ),
        channel="APP",
        **kw,
    )


def _held(i: int, spec: Spec, days: int = 10) -> Held:
    return Held(i, spec, SOON + timedelta(days=days))


def test_kinds_give_their_discounts() -> None:
    cart = _cart(20000, 10000)
    assert (
        best_combination([_held(1, Spec("THRESHOLD_OFF", 3000, 25000))], cart).total_discount
        == 3000
    )
    assert (
        best_combination(
            [_held(1, Spec("PERCENT_OFF", percent_off=15, cap_cents=2000))], cart
        ).total_discount
        == 2000
    )
    assert (
        best_combination([_held(1, Spec("FREE_ORDER", cap_cents=100000))], cart).total_discount
        == 30000
    )
    assert (
        best_combination(
            [_held(1, Spec("EXCHANGE", exchange_item_code="SKU1"))], cart
        ).total_discount
        == 10000
    )
    below = best_combination([_held(1, Spec("THRESHOLD_OFF", 3000, 50000))], cart)
    assert below.total_discount == 0 and below.reasons == {1: "below the threshold"}


def test_usage_rules() -> None:
    skin_only = Spec("CASH", 500, rules={"include_categories": ["SKIN"]})
    q = best_combination([_held(1, skin_only)], _cart(20000, 100))
    assert q.per_line == {"l1": 100}  # only the SKIN line, never below zero
    assert (
        why_not(Spec("CASH", 500, rules={"channels": ["POS"]}), _cart(100))
        == "not for this channel"
    )
    assert (
        why_not(Spec("CASH", 500, rules={"new_members_only": True}), _cart(100))
        == "for new members only"
    )


def test_stacking_rules_and_best_combination() -> None:
    cart = _cart(30000, 20000)
    lone = _held(1, Spec("THRESHOLD_OFF", 8000, 40000))
    a = _held(2, Spec("THRESHOLD_OFF", 5000, 40000, stackable=True, stack_group="full"))
    b = _held(3, Spec("CASH", 2000, stackable=True, stack_group="cash"))
    c = _held(4, Spec("CASH", 1500, stackable=True, stack_group="cash"))
    q = best_combination([lone, a, b, c], cart)
    assert (sorted(q.chosen), q.total_discount) == ([1], 8000)
    q2 = best_combination([a, b, c], cart)
    assert (sorted(q2.chosen), q2.total_discount) == ([2, 3], 7000)


@pytest.mark.parametrize(
    ("spec", "code", "field"),
    [
        (Spec("PERCENT_OFF", percent_off=120), ErrorCode.INVALID_PERCENTAGE, "percentOff"),
        (Spec("THRESHOLD_OFF", 5000, 3000), ErrorCode.INVALID_THRESHOLD, "thresholdCents"),
        (Spec("CASH", 0), ErrorCode.INVALID_AMOUNT, "amountOffCents"),
    ],
)
def test_bad_templates(spec: Spec, code: ErrorCode, field: str) -> None:
    with pytest.raises(DomainError) as error:
        validate_spec(spec, {"platform": 100})
    assert (error.value.code, error.value.field) == (code, field)


def test_bad_cart_line() -> None:
    with pytest.raises(DomainError) as error:
        validate_cart(Cart(lines=(CartLine("a", "X", None, None, -1, 100),), channel="APP"))
    assert error.value.field == "lines[0].quantity"


spec_strategy = st.one_of(
    st.builds(
        lambda a, t: Spec("THRESHOLD_OFF", a, a + t), st.integers(1, 20000), st.integers(0, 50000)
    ),
    st.builds(lambda a: Spec("CASH", a), st.integers(1, 20000)),
    st.builds(
        lambda p, c: Spec("PERCENT_OFF", percent_off=p, cap_cents=c),
        st.integers(1, 99),
        st.one_of(st.none(), st.integers(1, 10000)),
    ),
)
held_strategy = st.lists(
    st.tuples(spec_strategy, st.booleans(), st.sampled_from(["a", "b", ""])), min_size=1, max_size=8
)


@settings(max_examples=200, deadline=None)
@given(amounts=st.lists(st.integers(0, 50000), min_size=1, max_size=12), held=held_strategy)
def test_quote_properties(amounts: list[int], held: list) -> None:
    cart = _cart(*amounts)
    coupons = [
        _held(
            i,
            Spec(
                s.kind,
                s.amount_off_cents,
                s.threshold_cents,
                s.percent_off,
                s.cap_cents,
                stackable=stack,
                stack_group=group,
            ),
        )
        for i, (s, stack, group) in enumerate(held)
    ]
    q = best_combination(coupons, cart)
    assert sum(q.per_line.values()) == q.total_discount == sum(q.per_coupon.values())
    line_amounts = {x.line_id: x.amount for x in cart.lines}
    assert all(0 <= q.per_line.get(k, 0) <= v for k, v in line_amounts.items())
    for coupon in coupons:
        assert q.total_discount >= best_combination([coupon], cart).total_discount


@given(
    amount=st.integers(0, 10**6), weights=st.lists(st.integers(0, 10**5), min_size=1, max_size=10)
)
def test_apportion_is_exact_and_bounded(amount: int, weights: list[int]) -> None:
    w = {str(i): x for i, x in enumerate(weights)}
    amount = min(amount, sum(weights))
    shares = apportion(amount, w)
    assert sum(shares.values()) == amount
    assert all(0 <= shares[k] <= w[k] for k in w)
    split = cost_split(amount, {"platform": 50, "merchant": 30, "brand": 20})
    assert sum(split.values()) == amount
