"""Coupon rules: template validation, validity windows, cart checks, applicability, stacking."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain.coupons.rules import (
    Cart,
    CartLine,
    CostShare,
    CouponKind,
    FixedWindow,
    HeldCoupon,
    HourRange,
    Reason,
    RelativeWindow,
    Scene,
    TemplateSpec,
    UsageRules,
    applicable,
    can_combine,
    eligible_line_indexes,
    validate_cart,
    validate_template,
    validity_for,
)
from domain.errors import DomainError, ErrorCode

# 2025-06-04 is a Wednesday; 10:00 in Shanghai is 02:00 UTC.
AT = datetime(2025, 6, 4, 2, 0, tzinfo=UTC)
WINDOW = FixedWindow(datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))


def _template(kind: CouponKind = CouponKind.CASH, **overrides: Any) -> TemplateSpec:
    values: dict[str, Any] = {"kind": kind, "validity": WINDOW, "amount_off_cents": 500}
    values.update(overrides)
    return TemplateSpec(**values)


def _held(template: TemplateSpec, coupon_id: int = 1) -> HeldCoupon:
    return HeldCoupon(coupon_id, template, WINDOW.starts_at, WINDOW.ends_at)


def _cart(*lines: CartLine, **overrides: Any) -> Cart:
    values: dict[str, Any] = {
        "lines": lines or (CartLine("a", 1, 10, 100, 2, 5000), CartLine("b", 2, 20, 200, 1, 3000)),
        "store_code": "SH01",
        "channel": "MINI_PROGRAM",
        "scene": Scene.ONLINE,
        "member_level_id": 2,
        "is_new_member": False,
        "at": AT,
    }
    values.update(overrides)
    return Cart(**values)


def _rules(**overrides: Any) -> UsageRules:
    return UsageRules(**overrides)


@pytest.mark.parametrize(
    ("_case", "template", "code", "field"),
    [
        (
            "percent zero",
            _template(CouponKind.PERCENT_OFF, percent_off=0),
            ErrorCode.INVALID_PERCENTAGE,
            "percentOff",
        ),
        (
            "percent 100",
            _template(CouponKind.PERCENT_OFF, percent_off=100),
            ErrorCode.INVALID_PERCENTAGE,
            "percentOff",
        ),
        (
            "percent 101",
            _template(CouponKind.PERCENT_OFF, percent_off=101),
            ErrorCode.INVALID_PERCENTAGE,
            "percentOff",
        ),
        (
            "threshold below face",
            _template(CouponKind.THRESHOLD_OFF, threshold_cents=499),
            ErrorCode.INVALID_THRESHOLD,
            "thresholdCents",
        ),
        ("zero face", _template(amount_off_cents=0), ErrorCode.INVALID_AMOUNT, "amountOffCents"),
        (
            "negative face",
            _template(amount_off_cents=-1),
            ErrorCode.INVALID_AMOUNT,
            "amountOffCents",
        ),
        (
            "negative threshold",
            _template(threshold_cents=-5),
            ErrorCode.INVALID_AMOUNT,
            "thresholdCents",
        ),
        (
            "zero cap",
            _template(CouponKind.PERCENT_OFF, percent_off=10, cap_cents=0),
            ErrorCode.INVALID_AMOUNT,
            "capCents",
        ),
        (
            "negative minimum",
            _template(rules=UsageRules(min_spend_cents=-1)),
            ErrorCode.INVALID_AMOUNT,
            "rules.minSpendCents",
        ),
        (
            "free order without cap",
            _template(CouponKind.FREE_ORDER),
            ErrorCode.REQUIRED,
            "capCents",
        ),
        (
            "exchange without item",
            _template(CouponKind.EXCHANGE),
            ErrorCode.REQUIRED,
            "exchangeItemId",
        ),
        (
            "window backwards",
            _template(validity=FixedWindow(WINDOW.ends_at, WINDOW.starts_at)),
            ErrorCode.INVALID_WINDOW,
            "endsAt",
        ),
        (
            "window empty",
            _template(validity=FixedWindow(WINDOW.starts_at, WINDOW.starts_at)),
            ErrorCode.INVALID_WINDOW,
            "endsAt",
        ),
        (
            "naive window",
            _template(validity=FixedWindow(datetime(2025, 1, 1), WINDOW.ends_at)),
            ErrorCode.INVALID,
            "startsAt",
        ),
        ("zero days", _template(validity=RelativeWindow(0)), ErrorCode.INVALID_WINDOW, "validDays"),
        (
            "negative delay",
            _template(validity=RelativeWindow(7, -1)),
            ErrorCode.INVALID_WINDOW,
            "startAfterDays",
        ),
        (
            "empty hours",
            _template(rules=UsageRules(hours=(HourRange(9, 9),))),
            ErrorCode.INVALID_WINDOW,
            "rules.hours[0]",
        ),
        (
            "hour 25",
            _template(rules=UsageRules(hours=(HourRange(8, 12), HourRange(20, 25)))),
            ErrorCode.INVALID_WINDOW,
            "rules.hours[1]",
        ),
        (
            "weekday 8",
            _template(rules=UsageRules(weekdays=frozenset({8}))),
            ErrorCode.INVALID,
            "rules.weekdays",
        ),
        (
            "shares 99%",
            _template(cost_share=CostShare(5000, 4000, 900)),
            ErrorCode.INVALID_COST_SHARE,
            "costShare",
        ),
        (
            "negative share",
            _template(cost_share=CostShare(11000, -1000, 0)),
            ErrorCode.INVALID_COST_SHARE,
            "costShare",
        ),
        ("unknown kind", _template("BOGO"), ErrorCode.INVALID, "kind"),
    ],
)
def test_validate_template_refuses(
    _case: str, template: TemplateSpec, code: ErrorCode, field: str
) -> None:
    # when
    with pytest.raises(DomainError) as caught:
        validate_template(template)
    # then
    assert (caught.value.code, caught.value.field) == (code, field)


@pytest.mark.parametrize(
    ("_case", "template"),
    [
        ("threshold equal face", _template(CouponKind.THRESHOLD_OFF, threshold_cents=500)),
        ("cash with minimum", _template(rules=UsageRules(min_spend_cents=10000))),
        ("percent 1", _template(CouponKind.PERCENT_OFF, amount_off_cents=0, percent_off=1)),
        ("percent 99 capped", _template(CouponKind.PERCENT_OFF, percent_off=99, cap_cents=1)),
        ("free order", _template(CouponKind.FREE_ORDER, amount_off_cents=0, cap_cents=9900)),
        ("exchange", _template(CouponKind.EXCHANGE, amount_off_cents=0, exchange_item_id=7)),
        ("relative", _template(validity=RelativeWindow(30, 3))),
        (
            "overnight hours",
            _template(rules=UsageRules(hours=(HourRange(22, 2), HourRange(0, 24)))),
        ),
        (
            "thirds",
            _template(cost_share=CostShare(3333, 3333, 3334), stackable=True, stack_group="shop"),
        ),
    ],
)
def test_validate_template_accepts(_case: str, template: TemplateSpec) -> None:
    validate_template(template)


def test_fixed_validity_is_the_window_in_utc() -> None:
    # given
    starts = datetime(2025, 6, 1, 8, tzinfo=UTC)
    template = _template(validity=FixedWindow(starts, starts + timedelta(days=3)))
    # when
    window = validity_for(template, AT)
    # then
    assert window == (starts, starts + timedelta(days=3))


def test_relative_validity_counts_the_claim_day_and_ends_at_business_midnight() -> None:
    # given claimed 10:00 Shanghai on Wednesday 4 June
    template = _template(validity=RelativeWindow(7))
    # when
    starts, ends = validity_for(template, AT)
    # then valid from the claim instant to the end of Tuesday 10 June, Shanghai time
    assert starts == AT
    assert ends == datetime(2025, 6, 10, 16, 0, tzinfo=UTC)


def test_relative_validity_with_delay_starts_at_business_day_start() -> None:
    # given claimed 01:30 Shanghai on 5 June (17:30 UTC on 4 June), valid 1 day from the next day
    claimed = datetime(2025, 6, 4, 17, 30, tzinfo=UTC)
    template = _template(validity=RelativeWindow(1, start_after_days=1))
    # when
    starts, ends = validity_for(template, claimed)
    # then the whole of 6 June, Shanghai time
    assert starts == datetime(2025, 6, 5, 16, 0, tzinfo=UTC)
    assert ends == datetime(2025, 6, 6, 16, 0, tzinfo=UTC)


def test_validity_needs_an_aware_claim_time() -> None:
    with pytest.raises(DomainError) as caught:
        validity_for(_template(validity=RelativeWindow(7)), datetime(2025, 6, 4))
    assert caught.value.field == "claimedAt"


@pytest.mark.parametrize(
    ("_case", "cart", "code", "field"),
    [
        ("no lines", _cart(lines=()), ErrorCode.REQUIRED, "lines"),
        (
            "zero quantity",
            _cart(CartLine("a", 1, 1, 1, 1, 100), CartLine("b", 2, 1, 1, 0, 100)),
            ErrorCode.INVALID,
            "lines[1].quantity",
        ),
        (
            "negative quantity",
            _cart(CartLine("a", 1, 1, 1, -2, 100)),
            ErrorCode.INVALID,
            "lines[0].quantity",
        ),
        (
            "negative price",
            _cart(CartLine("a", 1, 1, 1, 1, -1)),
            ErrorCode.INVALID_AMOUNT,
            "lines[0].unitPriceCents",
        ),
        (
            "repeated line",
            _cart(CartLine("a", 1, 1, 1, 1, 1), CartLine("a", 2, 1, 1, 1, 1)),
            ErrorCode.DUPLICATE,
            "lines[1].lineId",
        ),
        ("naive time", _cart(at=datetime(2025, 6, 4)), ErrorCode.INVALID, "at"),
        (
            "too many lines",
            _cart(*(CartLine(str(i), i, 1, 1, 1, 1) for i in range(501))),
            ErrorCode.TOO_MANY,
            "lines",
        ),
    ],
)
def test_validate_cart_refuses(_case: str, cart: Cart, code: ErrorCode, field: str) -> None:
    with pytest.raises(DomainError) as caught:
        validate_cart(cart)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_validate_cart_accepts_free_lines() -> None:
    validate_cart(_cart(CartLine("gift", 9, None, None, 1, 0)))


@pytest.mark.parametrize(
    ("_case", "rules", "cart_overrides", "reason"),
    [
        ("any", _rules(), {}, None),
        ("channel", _rules(channels=frozenset({"APP"})), {}, Reason.CHANNEL),
        ("channel ok", _rules(channels=frozenset({"APP", "MINI_PROGRAM"})), {}, None),
        ("scene", _rules(scenes=frozenset({Scene.IN_STORE})), {}, Reason.SCENE),
        ("shipping", _rules(scenes=frozenset({Scene.SHIPPING})), {"scene": Scene.SHIPPING}, None),
        ("store", _rules(store_codes=frozenset({"BJ01"})), {}, Reason.STORE),
        ("no store", _rules(store_codes=frozenset({"SH01"})), {"store_code": None}, Reason.STORE),
        ("level", _rules(member_level_ids=frozenset({3, 4})), {}, Reason.MEMBER_LEVEL),
        ("level ok", _rules(member_level_ids=frozenset({2})), {}, None),
        ("new only", _rules(new_members_only=True), {}, Reason.NEW_MEMBERS_ONLY),
        ("new ok", _rules(new_members_only=True), {"is_new_member": True}, None),
        ("weekday", _rules(weekdays=frozenset({6, 7})), {}, Reason.WEEKDAY),
        ("wednesday", _rules(weekdays=frozenset({3})), {}, None),
        # 23:30 UTC Tuesday is 07:30 Wednesday in Shanghai
        (
            "weekday in business zone",
            _rules(weekdays=frozenset({3})),
            {"at": datetime(2025, 6, 3, 23, 30, tzinfo=UTC)},
            None,
        ),
        ("hours", _rules(hours=(HourRange(11, 14),)), {}, Reason.HOUR),
        ("hours ok", _rules(hours=(HourRange(11, 14), HourRange(9, 11))), {}, None),
        (
            "overnight",
            _rules(hours=(HourRange(22, 2),)),
            {"at": datetime(2025, 6, 4, 17, 0, tzinfo=UTC)},
            None,
        ),
        ("overnight out", _rules(hours=(HourRange(22, 2),)), {}, Reason.HOUR),
        ("minimum", _rules(min_spend_cents=13001), {}, Reason.BELOW_MINIMUM_SPEND),
        ("minimum met", _rules(min_spend_cents=13000), {}, None),
        (
            "minimum on scope",
            _rules(min_spend_cents=5000, include_items=frozenset({2})),
            {},
            Reason.BELOW_MINIMUM_SPEND,
        ),
        ("nothing in scope", _rules(include_brands=frozenset({999})), {}, Reason.NO_ELIGIBLE_ITEMS),
        (
            "all excluded",
            _rules(exclude_categories=frozenset({10, 20})),
            {},
            Reason.NO_ELIGIBLE_ITEMS,
        ),
    ],
)
def test_applicable_rules(
    _case: str, rules: UsageRules, cart_overrides: dict[str, Any], reason: Reason | None
) -> None:
    # given
    coupon = _held(_template(rules=rules))
    # when
    verdict = applicable(coupon, _cart(**cart_overrides))
    # then
    assert verdict == (reason is None, reason)


def test_validity_window_is_half_open() -> None:
    coupon = HeldCoupon(1, _template(), AT, AT + timedelta(hours=1))
    assert applicable(coupon, _cart(at=AT - timedelta(seconds=1))) == (False, Reason.NOT_YET_VALID)
    assert applicable(coupon, _cart(at=AT)) == (True, None)
    assert applicable(coupon, _cart(at=AT + timedelta(hours=1))) == (False, Reason.EXPIRED)


def test_threshold_is_judged_on_eligible_gross_spend() -> None:
    template = _template(CouponKind.THRESHOLD_OFF, amount_off_cents=2000, threshold_cents=10001)
    scoped = dataclasses.replace(template, rules=_rules(include_items=frozenset({1})))
    assert applicable(_held(template), _cart()) == (True, None)
    assert applicable(_held(scoped), _cart()) == (False, Reason.BELOW_THRESHOLD)


def test_exchange_needs_its_item_in_scope() -> None:
    template = _template(CouponKind.EXCHANGE, amount_off_cents=0, exchange_item_id=2)
    excluded = dataclasses.replace(template, rules=_rules(exclude_brands=frozenset({200})))
    missing = dataclasses.replace(template, exchange_item_id=3)
    assert applicable(_held(template), _cart()) == (True, None)
    assert applicable(_held(excluded), _cart()) == (False, Reason.EXCHANGE_ITEM_MISSING)
    assert applicable(_held(missing), _cart()) == (False, Reason.EXCHANGE_ITEM_MISSING)


def test_scope_includes_are_a_union_and_excludes_win() -> None:
    # given lines: item 1 (category 10, brand 100), item 2 (category 20, brand 200), item 3
    cart = _cart(
        CartLine("a", 1, 10, 100, 1, 100),
        CartLine("b", 2, 20, 200, 1, 100),
        CartLine("c", 3, 30, 300, 1, 100),
    )
    rules = _rules(
        include_items=frozenset({1}),
        include_categories=frozenset({20, 30}),
        exclude_brands=frozenset({300}),
    )
    # when
    indexes = eligible_line_indexes(_template(rules=rules), cart)
    # then
    assert indexes == (0, 1)


def test_can_combine_stacking_rule() -> None:
    alone = _template()
    shop = _template(stackable=True, stack_group="shop")
    platform = _template(stackable=True, stack_group="platform")
    shipping = _template(stackable=True, stack_group="shipping")
    fourth = _template(stackable=True, stack_group="brand")
    assert can_combine([alone])
    assert can_combine([shop, platform, shipping])
    assert not can_combine([alone, shop])
    assert not can_combine([shop, shop])
    assert not can_combine([shop, platform, shipping, fourth])
    assert can_combine([shop, platform, shipping, fourth], max_coupons=4)
