"""Template checks, usage rules, validity windows and cart checks (pure)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from domain.clock import business_day_end
from domain.coupons.eligibility import (
    Cart,
    CartLine,
    Spec,
    validate_cart,
    validate_rules,
    validate_spec,
    validate_window,
    validity,
    why_not,
)
from domain.errors import DomainError, ErrorCode

SHARE = {"platform": 100}


def _cart(*lines: CartLine, **kw) -> Cart:
    return Cart(lines=lines or (CartLine("a", "SKU", "SKIN", "B", 1, 1000),), channel="APP", **kw)


@pytest.mark.parametrize(
    ("_case", "spec", "share", "code", "field"),
    [
        (
            "percent over 100",
            Spec("PERCENT_OFF", percent_off=120),
            SHARE,
            ErrorCode.INVALID_PERCENTAGE,
            "percentOff",
        ),
        (
            "percent zero",
            Spec("PERCENT_OFF", percent_off=0),
            SHARE,
            ErrorCode.INVALID_PERCENTAGE,
            "percentOff",
        ),
        (
            "threshold below face value",
            Spec("THRESHOLD_OFF", 5000, 3000),
            SHARE,
            ErrorCode.INVALID_THRESHOLD,
            "thresholdCents",
        ),
        ("cash without value", Spec("CASH", 0), SHARE, ErrorCode.INVALID_AMOUNT, "amountOffCents"),
        ("free order without cap", Spec("FREE_ORDER"), SHARE, ErrorCode.REQUIRED, "capCents"),
        ("exchange without item", Spec("EXCHANGE"), SHARE, ErrorCode.REQUIRED, "exchangeItemCode"),
        (
            "negative cap",
            Spec("CASH", 100, cap_cents=-1),
            SHARE,
            ErrorCode.INVALID_AMOUNT,
            "capCents",
        ),
        (
            "shares not 100",
            Spec("CASH", 100),
            {"platform": 60, "brand": 30},
            ErrorCode.INVALID_PERCENTAGE,
            "costShare",
        ),
        (
            "unknown party",
            Spec("CASH", 100),
            {"platform": 50, "bank": 50},
            ErrorCode.INVALID_PERCENTAGE,
            "costShare",
        ),
        (
            "unknown rule",
            Spec("CASH", 100, rules={"colour": ["red"]}),
            SHARE,
            ErrorCode.INVALID,
            "rules.colour",
        ),
    ],
)
def test_bad_templates(_case: str, spec: Spec, share: dict, code: ErrorCode, field: str) -> None:
    with pytest.raises(DomainError) as error:
        validate_spec(spec, share)
    assert (error.value.code, error.value.field) == (code, field)


@pytest.mark.parametrize(
    ("_case", "rules", "field"),
    [
        ("weekday 8", {"weekdays": [1, 8]}, "rules.weekdays"),
        ("hours reversed", {"hours": [20, 8]}, "rules.hours"),
        ("scene unknown", {"scenes": ["MOON"]}, "rules.scenes"),
        ("stores not a list", {"stores": "S1"}, "rules.stores"),
        ("negative min spend", {"min_spend_cents": -5}, "rules.minSpendCents"),
        ("new members not a flag", {"new_members_only": "yes"}, "rules.newMembersOnly"),
    ],
)
def test_bad_rules(_case: str, rules: dict, field: str) -> None:
    with pytest.raises(DomainError) as error:
        validate_rules(rules)
    assert error.value.field == field


def test_good_rules_pass() -> None:
    validate_rules(
        {
            "channels": ["APP"],
            "scenes": ["IN_STORE"],
            "include_categories": ["SKIN"],
            "exclude_items": ["GIFT"],
            "weekdays": [6, 7],
            "hours": [10, 22],
            "min_spend_cents": 0,
            "levels": ["GOLD"],
            "new_members_only": True,
        }
    )


def test_validity_windows() -> None:
    issued = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)  # 23:00 in Shanghai, still March 1st there
    starts, ends = validity(
        issued, fixed_starts_at=None, fixed_ends_at=None, valid_days=3, start_after_days=0
    )
    assert (starts, ends) == (issued, business_day_end(datetime(2026, 3, 3).date()))
    later, _ = validity(
        issued, fixed_starts_at=None, fixed_ends_at=None, valid_days=3, start_after_days=2
    )
    assert (later - issued).days == 2
    fixed_end = datetime(2026, 4, 1, tzinfo=UTC)
    assert validity(
        issued, fixed_starts_at=None, fixed_ends_at=fixed_end, valid_days=None, start_after_days=0
    ) == (issued, fixed_end)
    with pytest.raises(DomainError) as error:
        validate_window(
            fixed_starts_at=fixed_end, fixed_ends_at=issued, valid_days=None, start_after_days=0
        )
    assert (error.value.code, error.value.field) == (ErrorCode.INVALID_WINDOW, "fixedEndsAt")
    with pytest.raises(DomainError) as error:
        validate_window(
            fixed_starts_at=None, fixed_ends_at=None, valid_days=None, start_after_days=0
        )
    assert (error.value.code, error.value.field) == (ErrorCode.REQUIRED, "validDays")


@pytest.mark.parametrize(
    ("_case", "line", "field"),
    [
        ("negative quantity", CartLine("a", "X", None, None, -1, 100), "lines[0].quantity"),
        ("zero quantity", CartLine("a", "X", None, None, 0, 100), "lines[0].quantity"),
        ("negative price", CartLine("a", "X", None, None, 1, -100), "lines[0].unitPriceCents"),
    ],
)
def test_bad_cart_lines(_case: str, line: CartLine, field: str) -> None:
    with pytest.raises(DomainError) as error:
        validate_cart(Cart(lines=(line,), channel="APP"))
    assert (error.value.code, error.value.field) == (ErrorCode.INVALID_AMOUNT, field)


def test_repeated_line_id_and_empty_cart() -> None:
    line = CartLine("a", "X", None, None, 1, 100)
    with pytest.raises(DomainError) as error:
        validate_cart(Cart(lines=(line, line), channel="APP"))
    assert (error.value.code, error.value.field) == (ErrorCode.DUPLICATE, "lines[1].lineId")
    with pytest.raises(DomainError) as error:
        validate_cart(Cart(lines=(), channel="APP"))
    assert error.value.code == ErrorCode.REQUIRED


def test_usage_rules() -> None:
    saturday_noon = datetime(2026, 3, 7, 4, 0, tzinfo=UTC)  # 12:00 Saturday in Shanghai
    cases: list[tuple[dict[str, Any], dict[str, Any], str | None]] = [
        ({"channels": ["POS"]}, {}, "not for this channel"),
        ({"scenes": ["IN_STORE"]}, {}, "not for this scene"),
        ({"stores": ["S1"]}, {"store_code": "S2"}, "not for this store"),
        ({"levels": ["GOLD"]}, {"level_code": "SILVER"}, "not for this member level"),
        ({"new_members_only": True}, {}, "for new members only"),
        ({"weekdays": [1, 2, 3, 4, 5]}, {"at": saturday_noon}, "not on this day of the week"),
        ({"hours": [18, 22]}, {"at": saturday_noon}, "not at this hour"),
        ({"exclude_categories": ["SKIN"]}, {}, "no eligible items"),
        ({"include_brands": ["OTHER"]}, {}, "no eligible items"),
        ({"min_spend_cents": 5000}, {}, "below the minimum spend"),
        (
            {"weekdays": [6], "hours": [10, 14], "stores": ["S1"]},
            {"at": saturday_noon, "store_code": "S1"},
            None,
        ),
    ]
    for rules, cart_kw, reason in cases:
        assert why_not(Spec("CASH", 100, rules=rules), _cart(**cart_kw)) == reason, rules
    assert why_not(Spec("EXCHANGE", exchange_item_code="GIFT"), _cart()) == (
        "the exchange item is not in the cart"
    )
    assert why_not(Spec("THRESHOLD_OFF", 100, 2000), _cart()) == "below the threshold"
