"""Coupon arithmetic: kinds, rules, stacking, apportionment (examples and properties)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.coupons.eligibility import Cart, CartLine, Spec, eligible_lines, why_not
from domain.coupons.pricing import (
    MAX_COMBINED,
    Held,
    _apply,
    apportion,
    best_combination,
    can_combine,
    cost_split,
    quote_combination,
)

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


@pytest.mark.slow
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


def _brute_force(coupons: list[Held], cart: Cart) -> int:
    usable = [c for c in coupons if why_not(c.spec, cart) is None]
    lines = {c.coupon_id: eligible_lines(c.spec, cart) for c in usable}
    best = 0
    for size in range(1, MAX_COMBINED + 1):
        for combo in itertools.combinations(usable, size):
            if can_combine(combo):
                best = max(best, _apply(combo, cart, lines).total_discount)
    return best


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(amounts=st.lists(st.integers(0, 30000), min_size=1, max_size=6), held=held_strategy)
def test_branch_and_bound_finds_the_exhaustive_optimum(amounts: list[int], held: list) -> None:
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
                template_id=i,
            ),
        )
        for i, (s, stack, group) in enumerate(held)
    ]
    coupons += [_held(100 + c.coupon_id, c.spec, days=20) for c in coupons[:2]]  # same templates
    assert best_combination(coupons, cart).total_discount == _brute_force(coupons, cart)


def test_chosen_combination_must_stack_and_each_coupon_must_count() -> None:
    cart = _cart(30000, 20000)
    lone = _held(1, Spec("CASH", 1000))
    a = _held(2, Spec("CASH", 500, stackable=True, stack_group="g"))
    b = _held(3, Spec("CASH", 700, stackable=True, stack_group="g"))
    c = _held(4, Spec("PERCENT_OFF", percent_off=10, stackable=True))
    assert quote_combination([lone, a], cart)[1] == "these coupons do not stack"
    assert quote_combination([a, b], cart)[1] == "these coupons do not stack"
    quote, reason = quote_combination([a, c], cart)
    assert reason is None and quote.total_discount == 500 + 5000
    assert sum(quote.allocation[2].values()) == 500
    free = _held(5, Spec("FREE_ORDER", cap_cents=10**6, stackable=True))
    assert quote_combination([free, a], cart)[1] == "a coupon adds no discount to this cart"


def test_same_template_coupons_do_not_stack() -> None:
    cart = _cart(30000)
    spec = Spec("CASH", 500, stackable=True, template_id=7)
    q = best_combination([_held(1, spec, days=5), _held(2, spec, days=1)], cart)
    assert (q.chosen, q.total_discount) == ([2], 500)  # the soonest expiring of the two
