"""Pure coupon arithmetic: the discount of each kind, the best combination under the stacking
rules (branch and bound), the split of each discount over lines and funding parties, all in
whole cents that add up exactly.

Stacking: a coupon that is not stackable stands alone. Stackable coupons combine, at most one
per template, at most one per non-empty stack group, at most MAX_COMBINED in all. Within a
combination the kinds apply in the order THRESHOLD_OFF, PERCENT_OFF, FREE_ORDER, CASH, EXCHANGE
(the larger coupon first within a kind), each on what the earlier ones left of its eligible
lines; thresholds and minimum spends are judged on the original eligible spend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from domain.coupons.eligibility import PARTIES, Cart, CartLine, Spec, eligible_lines, why_not

MAX_COMBINED = 3
KIND_ORDER = {"THRESHOLD_OFF": 0, "PERCENT_OFF": 1, "FREE_ORDER": 2, "CASH": 3, "EXCHANGE": 4}


@dataclass(frozen=True)
class Held:
    """A coupon the member holds."""

    coupon_id: int
    spec: Spec
    valid_until: datetime

    @property
    def template_key(self) -> int:
        return self.spec.template_id if self.spec.template_id is not None else -self.coupon_id


@dataclass
class Quote:
    total_discount: int = 0
    chosen: list[int] = field(default_factory=list)
    per_coupon: dict[int, int] = field(default_factory=dict)
    per_line: dict[str, int] = field(default_factory=dict)
    allocation: dict[int, dict[str, int]] = field(default_factory=dict)
    standalone: dict[int, int] = field(default_factory=dict)
    reasons: dict[int, str] = field(default_factory=dict)


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


def cost_split(amount: int, cost_share: dict[str, int]) -> dict[str, int]:
    """A discount split between platform, merchant and brand, exactly."""
    return apportion(amount, {p: int(cost_share.get(p, 0)) for p in PARTIES})


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


def _apply_order(h: Held) -> tuple[int, int, int, int, int, int]:
    """Kinds in their order; within a kind the larger coupon first, so the result depends on
    what the coupons are, never on their ids."""
    spec = h.spec
    return (
        KIND_ORDER[spec.kind],
        -spec.percent_off,
        -spec.amount_off_cents,
        -(spec.cap_cents or 0),
        h.template_key,
        h.coupon_id,
    )


def _apply(held: Sequence[Held], cart: Cart, lines_of: dict[int, list[CartLine]]) -> Quote:
    left = {x.line_id: x.amount for x in cart.lines}
    quote = Quote()
    for coupon in sorted(held, key=_apply_order):
        lines = lines_of[coupon.coupon_id]
        value = _discount(coupon.spec, lines, left)
        split = apportion(value, {x.line_id: left[x.line_id] for x in lines})
        for line_id, cents in split.items():
            left[line_id] -= cents
            if cents:
                quote.per_line[line_id] = quote.per_line.get(line_id, 0) + cents
        quote.allocation[coupon.coupon_id] = {k: v for k, v in split.items() if v}
        quote.per_coupon[coupon.coupon_id] = value
        quote.chosen.append(coupon.coupon_id)
        quote.total_discount += value
    return quote


def can_combine(held: Sequence[Held]) -> bool:
    """Whether these coupons may be used together under the stacking rules."""
    if len(held) <= 1:
        return True
    if len(held) > MAX_COMBINED or not all(h.spec.stackable for h in held):
        return False
    templates = [h.template_key for h in held]
    groups = [h.spec.stack_group for h in held if h.spec.stack_group]
    return len(set(templates)) == len(templates) and len(set(groups)) == len(groups)


def quote_combination(held: Sequence[Held], cart: Cart) -> tuple[Quote, str | None]:
    """The quote of exactly these coupons, or why they cannot be used together."""
    reasons = {h.coupon_id: r for h in held if (r := why_not(h.spec, cart))}
    if reasons:
        return Quote(reasons=reasons), "; ".join(reasons.values())
    if not can_combine(held):
        return Quote(), "these coupons do not stack"
    quote = _apply(held, cart, {h.coupon_id: eligible_lines(h.spec, cart) for h in held})
    idle = [i for i, v in quote.per_coupon.items() if v <= 0]
    if idle:
        return Quote(), "a coupon adds no discount to this cart"
    return quote, None


def best_combination(held: Sequence[Held], cart: Cart) -> Quote:
    """The allowed set with the largest discount (ties: fewer coupons, then the soonest
    expiring), with each coupon's standalone discount and why the others do not apply."""
    reasons: dict[int, str] = {}
    standalone: dict[int, int] = {}
    lines_of: dict[int, list[CartLine]] = {}
    applicable: list[Held] = []
    for coupon in held:
        reason = why_not(coupon.spec, cart)
        if reason:
            reasons[coupon.coupon_id] = reason
            continue
        lines_of[coupon.coupon_id] = eligible_lines(coupon.spec, cart)
        value = _apply([coupon], cart, lines_of).total_discount
        standalone[coupon.coupon_id] = value
        if value > 0:
            applicable.append(coupon)
    order = sorted(applicable, key=lambda c: (-standalone[c.coupon_id], c.valid_until, c.coupon_id))
    best: list[Held] = order[:1]
    best_value = standalone[best[0].coupon_id] if best else 0
    candidates = _one_per_template([c for c in order if c.spec.stackable])
    cart_total = sum(x.amount for x in cart.lines)
    values = [standalone[c.coupon_id] for c in candidates]

    def search(start: int, chosen: list[Held], value: int) -> None:
        nonlocal best, best_value
        if len(chosen) >= 2 and value > best_value:
            best, best_value = list(chosen), value
        room = MAX_COMBINED - len(chosen)
        if room == 0:
            return
        for j in range(start, len(candidates)):
            # The combined discount never exceeds the sum of standalone discounts, nor the cart.
            if min(value + sum(values[j : j + room]), cart_total) <= best_value:
                return
            coupon = candidates[j]
            if not can_combine([*chosen, coupon]):
                continue
            combo = [*chosen, coupon]
            search(j + 1, combo, _apply(combo, cart, lines_of).total_discount)

    search(0, [], 0)
    quote = _apply(best, cart, lines_of) if best else Quote()
    quote.standalone, quote.reasons = standalone, reasons
    return quote


def _one_per_template(ordered: list[Held]) -> list[Held]:
    """Coupons of one template are alike: only the first (largest, soonest expiring) of each
    template can be in a combination, so the others need not be searched."""
    seen: set[int] = set()
    kept = []
    for coupon in ordered:
        if coupon.template_key not in seen:
            seen.add(coupon.template_key)
            kept.append(coupon)
    return kept
