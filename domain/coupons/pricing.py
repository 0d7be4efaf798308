"""Pure coupon arithmetic: template checks, whether a coupon applies to a cart, its discount,
the best combination under the stacking rules, and the split of each discount over lines and
funding parties, all in whole cents that add up exactly.

Stacking: a coupon that is not stackable stands alone; stackable coupons combine, at most one
per stack group and at most MAX_COMBINED in all. Within a combination, amount-based kinds apply
to the original eligible spend in this order: THRESHOLD_OFF, PERCENT_OFF, FREE_ORDER, CASH,
EXCHANGE, each on what the earlier ones left. Thresholds and minimum spends are judged on the
original eligible spend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.clock import to_business
from domain.errors import DomainError, ErrorCode

MAX_COMBINED = 3
MAX_LINES = 200
KIND_ORDER = {"THRESHOLD_OFF": 0, "PERCENT_OFF": 1, "FREE_ORDER": 2, "CASH": 3, "EXCHANGE": 4}
PARTIES = ("platform", "merchant", "brand")


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


@dataclass(frozen=True)
class Held:
    """A coupon the member holds."""

    coupon_id: int
    spec: Spec
    valid_until: datetime


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


@dataclass
class Quote:
    total_discount: int = 0
    chosen: list[int] = field(default_factory=list)
    per_coupon: dict[int, int] = field(default_factory=dict)
    per_line: dict[str, int] = field(default_factory=dict)
    allocation: dict[int, dict[str, int]] = field(default_factory=dict)
    standalone: dict[int, int] = field(default_factory=dict)
    reasons: dict[int, str] = field(default_factory=dict)


def validate_spec(spec: Spec, cost_share: dict[str, int]) -> None:
    """Refuse templates that make no sense (field names as in the GraphQL input)."""
    if spec.kind not in KIND_ORDER:
        raise DomainError(f"Unknown kind {spec.kind}.", field="kind")
    if spec.kind == "PERCENT_OFF" and not 1 <= spec.percent_off <= 99:
        raise DomainError(
            "percentOff must be 1..99.", field="percentOff", code=ErrorCode.INVALID_PERCENTAGE
        )
    if spec.kind in ("THRESHOLD_OFF", "CASH") and spec.amount_off_cents <= 0:
        raise DomainError(
            "amountOffCents must be positive.",
            field="amountOffCents",
            code=ErrorCode.INVALID_AMOUNT,
        )
    if spec.kind == "THRESHOLD_OFF" and spec.threshold_cents < spec.amount_off_cents:
        raise DomainError(
            "thresholdCents must be at least the face value.",
            field="thresholdCents",
            code=ErrorCode.INVALID_THRESHOLD,
        )
    if spec.cap_cents is not None and spec.cap_cents <= 0:
        raise DomainError(
            "capCents must be positive.", field="capCents", code=ErrorCode.INVALID_AMOUNT
        )
    if spec.kind == "FREE_ORDER" and spec.cap_cents is None:
        raise DomainError("A free order needs capCents.", field="capCents", code=ErrorCode.REQUIRED)
    if spec.kind == "EXCHANGE" and not spec.exchange_item_code:
        raise DomainError(
            "An exchange coupon names its item.", field="exchangeItemCode", code=ErrorCode.REQUIRED
        )
    shares = [cost_share.get(p, 0) for p in PARTIES]
    if any(s < 0 for s in shares) or sum(shares) != 100:
        raise DomainError(
            "costShare percentages must be >= 0 and add up to 100.",
            field="costShare",
            code=ErrorCode.INVALID_PERCENTAGE,
        )


def validate_cart(cart: Cart) -> None:
    """Lines must be positive quantities at non-negative prices."""
    if not cart.lines or len(cart.lines) > MAX_LINES:
        raise DomainError(
            f"A cart has 1..{MAX_LINES} lines.",
            field="lines",
            code=ErrorCode.TOO_MANY if cart.lines else ErrorCode.REQUIRED,
        )
    seen: set[str] = set()
    for i, line in enumerate(cart.lines):
        if isinstance(line.quantity, bool) or line.quantity <= 0:
            raise DomainError(
                "quantity must be positive.",
                field=f"lines[{i}].quantity",
                code=ErrorCode.INVALID_AMOUNT,
            )
        if line.unit_price_cents < 0:
            raise DomainError(
                "unitPriceCents must not be negative.",
                field=f"lines[{i}].unitPriceCents",
                code=ErrorCode.INVALID_AMOUNT,
            )
        if line.line_id in seen:
            raise DomainError(
                "lineId repeats.", field=f"lines[{i}].lineId", code=ErrorCode.DUPLICATE
            )
        seen.add(line.line_id)


def _line_eligible(rules: dict[str, Any], line: CartLine) -> bool:
    for key, value in (
        ("items", line.item_code),
        ("categories", line.category_code),
        ("brands", line.brand_code),
    ):
        include = rules.get(f"include_{key}") or []
        exclude = rules.get(f"exclude_{key}") or []
        if include and value not in include:
            return False
        if value in exclude:
            return False
    return True


def eligible_lines(spec: Spec, cart: Cart) -> list[CartLine]:
    """The lines a coupon may discount."""
    return [line for line in cart.lines if _line_eligible(spec.rules, line)]


def why_not(spec: Spec, cart: Cart) -> str | None:
    """Why a coupon does not apply to a cart, or None when it does."""
    r = spec.rules
    if r.get("channels") and cart.channel not in r["channels"]:
        return "not for this channel"
    if r.get("scenes") and cart.scene not in r["scenes"]:
        return "not for this scene"
    if r.get("stores") and cart.store_code not in r["stores"]:
        return "not for this store"
    if r.get("levels") and cart.level_code not in r["levels"]:
        return "not for this member level"
    if r.get("new_members_only") and not cart.is_new_member:
        return "for new members only"
    if cart.at is not None:
        local = to_business(cart.at)
        if r.get("weekdays") and local.isoweekday() not in r["weekdays"]:
            return "not on this day of the week"
        hours = r.get("hours")
        if hours and not hours[0] <= local.hour < hours[1]:
            return "not at this hour"
    lines = eligible_lines(spec, cart)
    spend = sum(line.amount for line in lines)
    if not lines or spend == 0:
        return "no eligible items"
    if spend < int(r.get("min_spend_cents", 0)):
        return "below the minimum spend"
    if spec.kind == "THRESHOLD_OFF" and spend < spec.threshold_cents:
        return "below the threshold"
    if spec.kind == "EXCHANGE" and not any(x.item_code == spec.exchange_item_code for x in lines):
        return "the exchange item is not in the cart"
    return None


def _discount(spec: Spec, lines: list[CartLine], left: dict[str, int]) -> int:
    room = sum(left[x.line_id] for x in lines)
    if spec.kind in ("THRESHOLD_OFF", "CASH"):
        value = spec.amount_off_cents
    elif spec.kind == "PERCENT_OFF":
        value = room * spec.percent_off // 100
    elif spec.kind == "FREE_ORDER":
        value = room
    else:
        item = next(x for x in lines if x.item_code == spec.exchange_item_code)
        value = min(item.unit_price_cents, left[item.line_id])
    if spec.cap_cents is not None:
        value = min(value, spec.cap_cents)
    return max(0, min(value, room))


def apportion(amount: int, weights: dict[str, int]) -> dict[str, int]:
    """Split cents over keys in proportion to weights (largest remainder): exact, and no key
    gets more than its weight when amount <= sum(weights)."""
    total = sum(weights.values())
    if amount == 0 or total == 0:
        return {k: 0 for k in weights}
    shares = {k: amount * w // total for k, w in weights.items()}
    rest = amount - sum(shares.values())
    order = sorted(weights, key=lambda k: (-(amount * weights[k] % total), k))
    for k in order[:rest]:
        shares[k] += 1
    return shares


def _apply(held: Sequence[Held], cart: Cart) -> Quote:
    left = {x.line_id: x.amount for x in cart.lines}
    quote = Quote()
    for coupon in sorted(held, key=lambda h: (KIND_ORDER[h.spec.kind], h.coupon_id)):
        lines = eligible_lines(coupon.spec, cart)
        value = _discount(coupon.spec, lines, left)
        if value <= 0:
            continue
        split = apportion(value, {x.line_id: left[x.line_id] for x in lines})
        for line_id, cents in split.items():
            left[line_id] -= cents
            quote.per_line[line_id] = quote.per_line.get(line_id, 0) + cents
        quote.allocation[coupon.coupon_id] = split
        quote.per_coupon[coupon.coupon_id] = value
        quote.chosen.append(coupon.coupon_id)
        quote.total_discount += value
    return quote


def best_combination(held: Sequence[Held], cart: Cart) -> Quote:
    """The applicable set with the largest discount (ties: fewer coupons, then the soonest
    expiring), with every coupon's standalone discount and why the others do not apply."""
    applicable: list[Held] = []
    reasons: dict[int, str] = {}
    standalone: dict[int, int] = {}
    for coupon in held:
        reason = why_not(coupon.spec, cart)
        if reason:
            reasons[coupon.coupon_id] = reason
            continue
        value = _apply([coupon], cart).total_discount
        standalone[coupon.coupon_id] = value
        if value > 0:
            applicable.append(coupon)
    candidates: list[list[Held]] = [[c] for c in applicable]
    groups: dict[str, list[Held]] = {}
    for coupon in applicable:
        if coupon.spec.stackable:
            groups.setdefault(coupon.spec.stack_group, []).append(coupon)
    best_key: tuple[int, int, float] | None = None
    best: list[Held] = []
    for combo in candidates + _stack_combinations(groups, standalone):
        value = _apply(combo, cart).total_discount
        key = (value, -len(combo), -min(c.valid_until.timestamp() for c in combo))
        if best_key is None or key > best_key:
            best_key, best = key, combo
    quote = _apply(best, cart) if best else Quote()
    quote.standalone, quote.reasons = standalone, reasons
    return quote


def _stack_combinations(
    groups: dict[str, list[Held]], standalone: dict[int, int]
) -> list[list[Held]]:
    """Combinations of stackable coupons, one per group, pruned: within a group only the three
    best coupons by standalone discount are tried (a combination's value never exceeds the sum
    of its coupons' standalone values)."""
    pools = [sorted(g, key=lambda c: -standalone[c.coupon_id])[:3] for g in groups.values()]
    combos: list[list[Held]] = [[]]
    for pool in pools:
        combos = [*combos, *([*c, h] for c in combos for h in pool if len(c) < MAX_COMBINED)]
    return [c for c in combos if len(c) >= 2]


def cost_split(amount: int, cost_share: dict[str, int]) -> dict[str, int]:
    """A discount split between platform, merchant and brand, exactly."""
    return apportion(amount, {p: int(cost_share.get(p, 0)) for p in PARTIES})
