"""Pure coupon rules: template checks, usage rules, validity windows, and whether a coupon
applies to a cart. Plain data in and out; field names are those of the GraphQL input."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from domain.clock import business_day_end, business_today, to_business
from domain.errors import DomainError, ErrorCode

KINDS = ("THRESHOLD_OFF", "PERCENT_OFF", "FREE_ORDER", "CASH", "EXCHANGE")
SCENES = ("ONLINE", "IN_STORE", "SHIPPING")
PARTIES = ("platform", "merchant", "brand")
MAX_LINES = 200
LIST_RULES = (
    "channels",
    "scenes",
    "stores",
    "levels",
    *(
        f"{way}_{what}"
        for way in ("include", "exclude")
        for what in ("items", "categories", "brands")
    ),
)


@dataclass(frozen=True)
class Spec:
    """What a coupon does and where it applies (copied from its template)."""

    kind: str
    amount_off_cents: int = 0
    threshold_cents: int = 0
    percent_off: int = 0
    cap_cents: int | None = None
    exchange_item_code: str | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    stackable: bool = False
    stack_group: str = ""
    template_id: int | None = None


@dataclass(frozen=True)
class CartLine:
    line_id: str
    item_code: str
    category_code: str | None
    brand_code: str | None
    quantity: int
    unit_price_cents: int

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price_cents


@dataclass(frozen=True)
class Cart:
    lines: tuple[CartLine, ...]
    channel: str
    scene: str = "ONLINE"
    store_code: str | None = None
    level_code: str | None = None
    is_new_member: bool = False
    at: datetime | None = None


def _invalid(message: str, field: str, code: ErrorCode = ErrorCode.INVALID) -> DomainError:
    return DomainError(message, field=field, code=code)


def validate_spec(spec: Spec, cost_share: dict[str, Any]) -> None:
    """Refuse templates that make no sense."""
    if spec.kind not in KINDS:
        raise _invalid(f"Unknown kind {spec.kind}.", "kind")
    if spec.kind == "PERCENT_OFF" and not 1 <= spec.percent_off <= 99:
        raise _invalid("percentOff must be 1..99.", "percentOff", ErrorCode.INVALID_PERCENTAGE)
    if spec.kind in ("THRESHOLD_OFF", "CASH") and spec.amount_off_cents <= 0:
        raise _invalid(
            "amountOffCents must be positive.", "amountOffCents", ErrorCode.INVALID_AMOUNT
        )
    if spec.amount_off_cents < 0 or spec.threshold_cents < 0:
        field_name = "amountOffCents" if spec.amount_off_cents < 0 else "thresholdCents"
        raise _invalid(f"{field_name} must not be negative.", field_name, ErrorCode.INVALID_AMOUNT)
    if spec.kind == "THRESHOLD_OFF" and spec.threshold_cents < spec.amount_off_cents:
        raise _invalid(
            "thresholdCents must be at least the face value.",
            "thresholdCents",
            ErrorCode.INVALID_THRESHOLD,
        )
    if spec.cap_cents is not None and spec.cap_cents <= 0:
        raise _invalid("capCents must be positive.", "capCents", ErrorCode.INVALID_AMOUNT)
    if spec.kind == "FREE_ORDER" and spec.cap_cents is None:
        raise _invalid("A free order needs capCents.", "capCents", ErrorCode.REQUIRED)
    if spec.kind == "EXCHANGE" and not spec.exchange_item_code:
        raise _invalid("An exchange coupon names its item.", "exchangeItemCode", ErrorCode.REQUIRED)
    validate_rules(spec.rules)
    unknown = sorted(set(cost_share) - set(PARTIES))
    shares = [cost_share.get(p, 0) for p in PARTIES]
    if (
        unknown
        or any(not isinstance(s, int) or isinstance(s, bool) or s < 0 for s in shares)
        or sum(shares) != 100
    ):
        raise _invalid(
            "costShare: platform, merchant, brand percentages >= 0 adding up to 100.",
            "costShare",
            ErrorCode.INVALID_PERCENTAGE,
        )


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.title() for part in rest)


def validate_rules(rules: dict[str, Any]) -> None:
    """Usage rules: known keys with values of the right shape."""
    for key, value in rules.items():
        where = f"rules.{_camel(key)}"
        if key in LIST_RULES:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise _invalid(f"{_camel(key)} is a list of codes.", where)
            if key == "scenes" and not set(value) <= set(SCENES):
                raise _invalid(f"scenes are among {', '.join(SCENES)}.", where)
        elif key == "min_spend_cents":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise _invalid(
                    "minSpendCents is a non-negative integer.", where, ErrorCode.INVALID_AMOUNT
                )
        elif key == "weekdays":
            if not isinstance(value, list) or not value or not all(v in range(1, 8) for v in value):
                raise _invalid("weekdays are 1 (Monday) to 7 (Sunday).", where)
        elif key == "hours":
            if (
                not isinstance(value, list)
                or len(value) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                or not 0 <= value[0] < value[1] <= 24
            ):
                raise _invalid(
                    "hours is [from, to) with 0 <= from < to <= 24.",
                    where,
                    ErrorCode.INVALID_WINDOW,
                )
        elif key == "new_members_only":
            if not isinstance(value, bool):
                raise _invalid("newMembersOnly is true or false.", where)
        elif key == "audience":
            if not isinstance(value, dict):
                raise _invalid("audience is an audience definition.", where)
        else:
            raise _invalid(f"Unknown rule '{key}'.", where)


def validate_window(
    *,
    fixed_starts_at: datetime | None,
    fixed_ends_at: datetime | None,
    valid_days: int | None,
    start_after_days: int,
) -> None:
    """A fixed window (ending after it starts) or N > 0 days from claiming, M >= 0 days later."""
    if fixed_starts_at and fixed_ends_at and fixed_ends_at <= fixed_starts_at:
        raise _invalid(
            "fixedEndsAt must be after fixedStartsAt.", "fixedEndsAt", ErrorCode.INVALID_WINDOW
        )
    if fixed_ends_at and valid_days:
        raise _invalid(
            "Give a fixed window or validDays, not both.", "validDays", ErrorCode.INVALID_WINDOW
        )
    if not fixed_ends_at and not valid_days:
        raise _invalid("Give a fixed window or validDays.", "validDays", ErrorCode.REQUIRED)
    if valid_days is not None and valid_days <= 0:
        raise _invalid("validDays must be positive.", "validDays", ErrorCode.INVALID_WINDOW)
    if start_after_days < 0:
        raise _invalid(
            "startAfterDays must not be negative.", "startAfterDays", ErrorCode.INVALID_WINDOW
        )


def validity(
    issued_at: datetime,
    *,
    fixed_starts_at: datetime | None,
    fixed_ends_at: datetime | None,
    valid_days: int | None,
    start_after_days: int,
) -> tuple[datetime, datetime]:
    """When a coupon issued at `issued_at` may be used: the fixed window, or `valid_days`
    business days starting `start_after_days` days after issue, ending at the end of the last
    business day."""
    if valid_days:
        starts = issued_at + timedelta(days=start_after_days)
        last_day = business_today(starts) + timedelta(days=valid_days - 1)
        return starts, business_day_end(last_day)
    assert fixed_ends_at is not None
    return fixed_starts_at or issued_at, fixed_ends_at


def validate_cart(cart: Cart) -> None:
    """Lines must be positive quantities at non-negative prices with distinct ids."""
    if not cart.lines or len(cart.lines) > MAX_LINES:
        raise _invalid(
            f"A cart has 1..{MAX_LINES} lines.",
            "lines",
            ErrorCode.TOO_MANY if cart.lines else ErrorCode.REQUIRED,
        )
    if cart.scene not in SCENES:
        raise _invalid(f"scene is one of {', '.join(SCENES)}.", "scene")
    seen: set[str] = set()
    for i, line in enumerate(cart.lines):
        if isinstance(line.quantity, bool) or line.quantity <= 0:
            raise _invalid(
                "quantity must be positive.", f"lines[{i}].quantity", ErrorCode.INVALID_AMOUNT
            )
        if line.unit_price_cents < 0:
            raise _invalid(
                "unitPriceCents must not be negative.",
                f"lines[{i}].unitPriceCents",
                ErrorCode.INVALID_AMOUNT,
            )
        if line.line_id in seen:
            raise _invalid("lineId repeats.", f"lines[{i}].lineId", ErrorCode.DUPLICATE)
        seen.add(line.line_id)


def _line_eligible(rules: dict[str, Any], line: CartLine) -> bool:
    for key, value in (
        ("items", line.item_code),
        ("categories", line.category_code),
        ("brands", line.brand_code),
    ):
        include = rules.get(f"include_{key}") or []
        if include and value not in include:
            return False
        if value in (rules.get(f"exclude_{key}") or []):
            return False
    return True


def eligible_lines(spec: Spec, cart: Cart) -> list[CartLine]:
    """The lines a coupon may discount."""
    return [line for line in cart.lines if _line_eligible(spec.rules, line)]


def _context_reason(rules: dict[str, Any], cart: Cart) -> str | None:
    if rules.get("channels") and cart.channel not in rules["channels"]:
        return "not for this channel"
    if rules.get("scenes") and cart.scene not in rules["scenes"]:
        return "not for this scene"
    if rules.get("stores") and cart.store_code not in rules["stores"]:
        return "not for this store"
    if rules.get("levels") and cart.level_code not in rules["levels"]:
        return "not for this member level"
    if rules.get("new_members_only") and not cart.is_new_member:
        return "for new members only"
    if cart.at is not None:
        local = to_business(cart.at)
        if rules.get("weekdays") and local.isoweekday() not in rules["weekdays"]:
            return "not on this day of the week"
        hours = rules.get("hours")
        if hours and not hours[0] <= local.hour < hours[1]:
            return "not at this hour"
    return None


def why_not(spec: Spec, cart: Cart) -> str | None:
    """Why a coupon does not apply to a cart, or None when it does."""
    reason = _context_reason(spec.rules, cart)
    if reason:
        return reason
    lines = eligible_lines(spec, cart)
    spend = sum(line.amount for line in lines)
    if not lines or spend == 0:
        return "no eligible items"
    if spend < int(spec.rules.get("min_spend_cents", 0)):
        return "below the minimum spend"
    if spec.kind == "THRESHOLD_OFF" and spend < spec.threshold_cents:
        return "below the threshold"
    if spec.kind == "EXCHANGE" and not any(x.item_code == spec.exchange_item_code for x in lines):
        return "the exchange item is not in the cart"
    return None
