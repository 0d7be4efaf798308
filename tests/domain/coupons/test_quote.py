"""Coupon quote: discounts per kind, application order, stacking, apportionment, cost sharing
(examples and hypothesis properties, including optimality against brute force)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.coupons.quote import (
    CostSplit,
    CouponNotApplicable,
    Quote,
    apportion,
    best_combination,
    discount_for,
    quote_selection,
    split_cost,
)
from domain.coupons.rules import (
    Cart,
    CartLine,
    CostShare,
    CouponKind,
    FixedWindow,
    HeldCoupon,
    Reason,
    Scene,
    TemplateSpec,
    UsageRules,
    applicable,
    can_combine,
    eligible_line_indexes,
)
from domain.errors import DomainError, ErrorCode

AT = datetime(2025, 6, 4, 2, 0, tzinfo=UTC)
STARTS = datetime(2025, 1, 1, tzinfo=UTC)
ENDS = datetime(2026, 1, 1, tzinfo=UTC)
WINDOW = FixedWindow(STARTS, ENDS)


def _template(kind: CouponKind = CouponKind.CASH, **overrides: Any) -> TemplateSpec:
    values: dict[str, Any] = {"kind": kind, "validity": WINDOW}
    values.update(overrides)
    return TemplateSpec(**values)


def _held(coupon_id: int, template: TemplateSpec, expires_in_days: int = 30) -> HeldCoupon:
    return HeldCoupon(coupon_id, template, STARTS, AT + timedelta(days=expires_in_days))


def _cart(*amounts: int) -> Cart:
    """One line per amount: item i, category 10 + i % 2, brand 100 + i % 3, quantity 1."""
    lines = [CartLine(f"l{i}", i, 10 + i % 2, 100 + i % 3, 1, a) for i, a in enumerate(amounts)]
    return Cart(lines, "SH01", "APP", Scene.ONLINE, 1, False, AT)


def _cash(amount: int, **kw: Any) -> TemplateSpec:
    return _template(CouponKind.CASH, amount_off_cents=amount, **kw)


def _assert_consistent(quote: Quote, cart: Cart) -> None:
    amounts = {line.line_id: line.amount_cents for line in cart.lines}
    assert sum(quote.line_discounts.values()) == quote.total_discount_cents
    assert sum(a.discount_cents for a in quote.applied) == quote.total_discount_cents
    for applied in quote.applied:
        assert sum(applied.line_discounts.values()) == applied.discount_cents
        assert applied.cost.total_cents == applied.discount_cents
    for line_id, discount in quote.line_discounts.items():
        assert 0 <= discount <= amounts[line_id]


@pytest.mark.parametrize(
    ("_case", "template", "expected"),
    [
        (
            "threshold",
            _template(CouponKind.THRESHOLD_OFF, amount_off_cents=3000, threshold_cents=25000),
            3000,
        ),
        (
            "threshold not met",
            _template(CouponKind.THRESHOLD_OFF, amount_off_cents=3000, threshold_cents=30001),
            0,
        ),
        ("cash", _cash(1234), 1234),
        ("cash above spend", _cash(99999), 30000),
        ("cash minimum not met", _cash(500, rules=UsageRules(min_spend_cents=30001)), 0),
        ("percent", _template(CouponKind.PERCENT_OFF, percent_off=15), 4500),
        ("percent capped", _template(CouponKind.PERCENT_OFF, percent_off=15, cap_cents=2000), 2000),
        (
            "percent on scope",
            _template(
                CouponKind.PERCENT_OFF,
                percent_off=10,
                rules=UsageRules(include_categories=frozenset({11})),
            ),
            1000,
        ),
        ("free order", _template(CouponKind.FREE_ORDER, cap_cents=100000), 30000),
        ("free order capped", _template(CouponKind.FREE_ORDER, cap_cents=8800), 8800),
        ("exchange", _template(CouponKind.EXCHANGE, exchange_item_id=1), 10000),
        (
            "exchange capped",
            _template(CouponKind.EXCHANGE, exchange_item_id=1, cap_cents=6000),
            6000,
        ),
    ],
)
def test_each_kind_discounts(_case: str, template: TemplateSpec, expected: int) -> None:
    # given lines of 200.00 and 100.00
    cart = _cart(20000, 10000)
    # when
    quote = best_combination([_held(1, template)], cart)
    # then
    assert quote.total_discount_cents == expected
    _assert_consistent(quote, cart)


def test_percent_rounds_down() -> None:
    cart = _cart(333)
    assert (
        discount_for(_held(1, _template(CouponKind.PERCENT_OFF, percent_off=15)), cart, [333]) == 49
    )


def test_discount_for_uses_remaining_amounts_of_eligible_lines() -> None:
    # given a free order on category 10 (lines l0, l2) of which 50.00 remains
    cart = _cart(10000, 10000, 10000)
    coupon = _held(
        1,
        _template(
            CouponKind.FREE_ORDER,
            cap_cents=10**9,
            rules=UsageRules(include_categories=frozenset({10})),
        ),
    )
    # when / then
    assert discount_for(coupon, cart, [2000, 10000, 3000]) == 5000
    assert discount_for(coupon, cart, [0, 10000, 0]) == 0
    with pytest.raises(ValueError):
        discount_for(coupon, cart, [1, 2])


def test_discount_for_is_zero_when_not_applicable() -> None:
    coupon = _held(1, _cash(500, rules=UsageRules(channels=frozenset({"POS"}))))
    assert discount_for(coupon, _cart(10000), [10000]) == 0


def test_apportion_largest_remainder() -> None:
    assert apportion(100, [1, 1, 1]) == [34, 33, 33]
    assert apportion(10, [5000, 3000, 2000]) == [5, 3, 2]
    assert apportion(7, [0, 10, 0]) == [0, 7, 0]
    assert apportion(5, [1, 1, 1, 1, 1, 1]) == [1, 1, 1, 1, 1, 0]
    assert apportion(0, [3, 4]) == [0, 0]
    assert apportion(9, [3, 6]) == [3, 6]


def test_split_cost_thirds() -> None:
    assert split_cost(100, CostShare(3333, 3333, 3334)) == CostSplit(33, 33, 34)
    assert split_cost(1001, CostShare(5000, 5000, 0)) == CostSplit(501, 500, 0)
    assert split_cost(777, CostShare()) == CostSplit(777, 0, 0)


def test_application_order_threshold_then_percent_then_cash() -> None:
    # given 100 off at 300, 10 % off, 20 off; gross 400
    cart = _cart(30000, 10000)
    coupons = [
        _held(1, _cash(2000, stackable=True, stack_group="platform")),
        _held(
            2, _template(CouponKind.PERCENT_OFF, percent_off=10, stackable=True, stack_group="shop")
        ),
        _held(
            3,
            _template(
                CouponKind.THRESHOLD_OFF,
                amount_off_cents=10000,
                threshold_cents=30000,
                stackable=True,
                stack_group="event",
            ),
        ),
    ]
    # when
    quote = best_combination(coupons, cart)
    # then 100 off, then 10 % of 300, then 20: 150 in all
    assert quote.chosen_ids == (3, 2, 1)
    assert [a.discount_cents for a in quote.applied] == [10000, 3000, 2000]
    assert quote.total_discount_cents == 15000
    assert quote.payable_cents == 25000
    _assert_consistent(quote, cart)


def test_exchange_goes_first_and_free_order_last() -> None:
    # given an exchange of item 0 and a free order capped at 50.00 on a 120.00 + 30.00 cart
    cart = _cart(12000, 3000)
    coupons = [
        _held(1, _template(CouponKind.FREE_ORDER, cap_cents=5000, stackable=True, stack_group="a")),
        _held(
            2, _template(CouponKind.EXCHANGE, exchange_item_id=0, stackable=True, stack_group="b")
        ),
    ]
    # when
    quote = best_combination(coupons, cart)
    # then
    assert quote.chosen_ids == (2, 1)
    assert quote.applied[0].line_discounts == {"l0": 12000}
    assert quote.applied[1].line_discounts == {"l1": 3000}
    assert quote.total_discount_cents == 15000


def test_non_stackable_coupon_stands_alone() -> None:
    # given a 60.00 non-stackable coupon against two stackable ones worth 40.00 together
    cart = _cart(50000)
    coupons = [
        _held(1, _cash(6000)),
        _held(2, _cash(2000, stackable=True, stack_group="a")),
        _held(3, _cash(2000, stackable=True, stack_group="b")),
        _held(4, _cash(2500, stackable=True, stack_group="c")),
    ]
    # when
    quote = best_combination(coupons, cart)
    # then the stackable three (65.00) beat it; without the third the lone coupon wins
    assert set(quote.chosen_ids) == {2, 3, 4}
    assert best_combination(coupons[:3], cart).chosen_ids == (1,)


def test_one_coupon_per_stack_group_and_at_most_three() -> None:
    cart = _cart(100000)
    coupons = [
        _held(i, _cash(1000 * i, stackable=True, stack_group=f"g{i % 3}")) for i in range(1, 8)
    ]
    quote = best_combination(coupons, cart)
    assert set(quote.chosen_ids) == {7, 6, 5}
    assert best_combination(coupons, cart, max_coupons=2).total_discount_cents == 13000


def test_a_small_coupon_before_a_capped_percent_still_adds() -> None:
    # given 100.00 of brand-0 goods; 50 % off capped at 50.00 alone gives 50.00
    cart = Cart([CartLine("l0", 0, 0, 0, 1, 10000)], "SH01", "APP", Scene.ONLINE, 1, False, AT)
    coupons = [
        _held(1, _template(CouponKind.FREE_ORDER, cap_cents=700, stackable=True, stack_group="d")),
        _held(
            3,
            _template(
                CouponKind.PERCENT_OFF,
                percent_off=50,
                cap_cents=5000,
                stackable=True,
                stack_group="c",
            ),
        ),
        _held(
            7,
            _template(
                CouponKind.THRESHOLD_OFF,
                amount_off_cents=500,
                threshold_cents=500,
                stackable=True,
                stack_group="f",
            ),
        ),
        _held(8, _cash(1000, stackable=True, stack_group="a")),
    ]
    # when
    quote = best_combination(coupons, cart, max_coupons=5)
    # then 5.00 off first leaves 95.00, of which half (47.50) plus 10.00 and 7.00
    assert quote.chosen_ids == (7, 3, 8, 1)
    assert [a.discount_cents for a in quote.applied] == [500, 4750, 1000, 700]


def test_ties_prefer_fewer_coupons_then_earliest_expiry() -> None:
    # given a free order covering the cart and cash coupons that add nothing on top of it
    cart = _cart(3000)
    free = _template(CouponKind.FREE_ORDER, cap_cents=3000, stackable=True, stack_group="a")
    coupons = [
        _held(1, free, expires_in_days=20),
        _held(2, _cash(3000, stackable=True, stack_group="b"), expires_in_days=10),
        _held(3, _cash(1000, stackable=True, stack_group="c"), expires_in_days=1),
    ]
    # when
    quote = best_combination(coupons, cart)
    # then one coupon, the sooner-expiring of the two that cover everything
    assert quote.chosen_ids == (2,)


def test_quote_lists_every_held_coupon() -> None:
    cart = _cart(10000)
    coupons = [
        _held(1, _cash(500)),
        _held(2, _cash(500, rules=UsageRules(scenes=frozenset({Scene.IN_STORE})))),
        HeldCoupon(3, _cash(900), STARTS, AT),
        _held(4, _cash(700)),
    ]
    quote = best_combination(coupons, cart)
    summary = [
        (h.coupon_id, h.applicable, h.reason, h.standalone_discount_cents, h.chosen)
        for h in quote.held
    ]
    assert summary == [
        (1, True, None, 500, False),
        (2, False, Reason.SCENE, 0, False),
        (3, False, Reason.EXPIRED, 0, False),
        (4, True, None, 700, True),
    ]


def test_no_applicable_coupon_gives_an_empty_quote() -> None:
    cart = _cart(100)
    quote = best_combination([_held(1, _cash(500, rules=UsageRules(min_spend_cents=1000)))], cart)
    assert (quote.total_discount_cents, quote.applied, quote.line_discounts) == (0, (), {"l0": 0})


def test_best_combination_refuses_duplicate_coupons_and_bad_carts() -> None:
    with pytest.raises(DomainError) as caught:
        best_combination([_held(1, _cash(1)), _held(1, _cash(2))], _cart(100))
    assert (caught.value.code, caught.value.field) == (ErrorCode.DUPLICATE, "coupons[1]")
    bad = Cart([CartLine("x", 1, 1, 1, 0, 100)], None, "APP", Scene.ONLINE, None, False, AT)
    with pytest.raises(DomainError) as caught:
        best_combination([], bad)
    assert caught.value.field == "lines[0].quantity"


def test_quote_selection_prices_the_chosen_coupons() -> None:
    cart = _cart(10000, 5000)
    coupons = [
        _held(1, _cash(700, stackable=True)),
        _held(
            2, _template(CouponKind.PERCENT_OFF, percent_off=10, stackable=True, stack_group="x")
        ),
    ]
    quote = quote_selection(coupons, cart)
    assert (quote.chosen_ids, quote.total_discount_cents) == ((2, 1), 2200)
    _assert_consistent(quote, cart)


def test_quote_selection_refuses_what_may_not_be_used() -> None:
    cart = _cart(10000)
    with pytest.raises(CouponNotApplicable) as caught:
        quote_selection(
            [_held(1, _cash(700)), _held(2, _cash(500, rules=UsageRules(min_spend_cents=20000)))],
            cart,
        )
    assert (caught.value.code, caught.value.field, caught.value.reason) == (
        ErrorCode.COUPON_NOT_APPLICABLE,
        "couponIds[1]",
        Reason.BELOW_MINIMUM_SPEND,
    )
    with pytest.raises(CouponNotApplicable) as caught:
        quote_selection([_held(1, _cash(700)), _held(2, _cash(500))], cart)
    assert caught.value.field == "couponIds"


# properties

_KINDS = st.sampled_from(list(CouponKind))
_round = st.sampled_from([0, 99, 1000, 3333, 5000])  # round figures make ties
_amounts = st.lists(_round | st.integers(0, 50_000), min_size=1, max_size=12)


@st.composite
def _templates(draw: st.DrawFn, items: int) -> TemplateSpec:
    kind = draw(_KINDS)
    face = draw(st.sampled_from([100, 500, 1000]) | st.integers(1, 30_000))
    scope = draw(st.sampled_from(["all", "category", "brand", "exclude"]))
    rules = {
        "all": UsageRules(),
        "category": UsageRules(include_categories=frozenset({draw(st.sampled_from([10, 11]))})),
        "brand": UsageRules(include_brands=frozenset({draw(st.sampled_from([100, 101, 102]))})),
        "exclude": UsageRules(exclude_items=frozenset({draw(st.integers(0, items - 1))})),
    }[scope]
    return _template(
        kind,
        amount_off_cents=face,
        threshold_cents=face + draw(st.sampled_from([0, 1000]) | st.integers(0, 60_000)),
        percent_off=draw(st.sampled_from([10, 20, 50]) | st.integers(1, 99)),
        cap_cents=draw(st.none() | st.integers(1, 40_000))
        if kind != CouponKind.FREE_ORDER
        else draw(st.integers(1, 80_000)),
        exchange_item_id=draw(st.integers(0, items - 1)),
        rules=rules,
        stackable=draw(st.sampled_from([True, True, True, False])),
        stack_group=draw(st.sampled_from(["a", "b", "c", "d", "e", "f"])),
        cost_share=draw(
            st.sampled_from([CostShare(), CostShare(3333, 3333, 3334), CostShare(0, 7001, 2999)])
        ),
    )


@st.composite
def _scenarios(draw: st.DrawFn, max_coupons: int = 9) -> tuple[Cart, list[HeldCoupon]]:
    amounts = draw(_amounts)
    cart = _cart(*amounts)
    templates = draw(st.lists(_templates(len(amounts)), min_size=0, max_size=max_coupons))
    days = draw(st.lists(st.integers(1, 5), min_size=len(templates), max_size=len(templates)))
    return cart, [_held(i + 1, t, d) for i, (t, d) in enumerate(zip(templates, days, strict=True))]


@given(st.integers(0, 10**9), st.lists(st.integers(0, 10**7), min_size=1, max_size=40))
def test_apportion_is_exact_and_never_exceeds_a_weight(amount: int, weights: list[int]) -> None:
    amount = min(amount, sum(weights))
    parts = apportion(amount, weights)
    assert sum(parts) == (amount if sum(weights) else 0)
    assert all(0 <= p <= w for p, w in zip(parts, weights, strict=True))


@given(st.integers(0, 10**9), st.integers(0, 10_000), st.integers(0, 10_000))
def test_cost_shares_sum_exactly(amount: int, platform: int, merchant: int) -> None:
    merchant = min(merchant, 10_000 - platform)
    split = split_cost(amount, CostShare(platform, merchant, 10_000 - platform - merchant))
    assert split.total_cents == amount
    assert min(split.platform_cents, split.merchant_cents, split.brand_cents) >= 0


@settings(max_examples=300, deadline=None)
@given(_scenarios())
def test_quote_is_exact_and_beats_every_single_coupon(
    scenario: tuple[Cart, list[HeldCoupon]],
) -> None:
    # given
    cart, coupons = scenario
    # when
    quote = best_combination(coupons, cart)
    # then
    _assert_consistent(quote, cart)
    assert can_combine([c.template for c in coupons if c.coupon_id in quote.chosen_ids])
    for held in quote.held:
        assert quote.total_discount_cents >= held.standalone_discount_cents
        assert held.applicable == (held.reason is None)


def _brute_force_key(coupons: list[HeldCoupon], cart: Cart, max_coupons: int) -> tuple:
    best: tuple = (0, 0, ())
    usable = [c for c in coupons if next(h for h in best_combination([c], cart).held).applicable]
    for size in range(1, max_coupons + 1):
        for combination in itertools.combinations(usable, size):
            if not can_combine([c.template for c in combination], max_coupons):
                continue
            total = quote_selection(
                list(combination), cart, max_coupons=max_coupons
            ).total_discount_cents
            key = (-total, size, tuple(sorted(c.ends_at for c in combination)))
            if total > 0 and (best == (0, 0, ()) or key < best):
                best = key
    return best


@settings(max_examples=500, deadline=None)
@given(_scenarios(max_coupons=8), st.integers(1, 5))
def test_best_combination_matches_brute_force(
    scenario: tuple[Cart, list[HeldCoupon]], max_coupons: int
) -> None:
    # given
    cart, coupons = scenario
    # when
    quote = best_combination(coupons, cart, max_coupons=max_coupons)
    # then
    chosen = [c for c in coupons if c.coupon_id in quote.chosen_ids]
    key = (
        (-quote.total_discount_cents, len(chosen), tuple(sorted(c.ends_at for c in chosen)))
        if chosen
        else (0, 0, ())
    )
    assert key == _brute_force_key(coupons, cart, max_coupons)


@settings(max_examples=200, deadline=None)
@given(_scenarios(max_coupons=1), st.data())
def test_discount_for_never_exceeds_eligible_remaining(
    scenario: tuple[Cart, list[HeldCoupon]], data: st.DataObject
) -> None:
    cart, coupons = scenario
    remaining = [data.draw(st.integers(0, line.amount_cents)) for line in cart.lines]
    for coupon in coupons:
        value = discount_for(coupon, cart, remaining)
        eligible = eligible_line_indexes(coupon.template, cart)
        assert 0 <= value <= sum(remaining[i] for i in eligible)
        if not applicable(coupon, cart)[0]:
            assert value == 0
