"""Checkout quote: each coupon's discount, the best combination a member's coupons allow, and the
exact split of every discount over cart lines and funding parties, in whole cents.

Application order: within a combination coupons apply one after another to what earlier ones
left of each line: EXCHANGE, THRESHOLD_OFF, PERCENT_OFF, CASH, FREE_ORDER (then coupon id). The
free unit goes first, percentages are taken after fixed reductions (the smaller, merchant-safe
reading), and a free order pays whatever is left up to its cap. Percent discounts round down.

Best combination: the candidates are every applicable coupon alone and every stackable set the
stacking rule allows (see `rules`); the winner has the largest discount, then fewer coupons,
then the soonest expiries, then the lowest ids. Sets are searched depth first in application
order, so a set's leftover amounts are exact state. A coupon's discount only falls as amounts
fall, so what later coupons can add is bounded by their discounts on the current amounts (one
per stack group), and by percents compounding on what is left; subtrees that cannot beat the
best set found are cut, so 30 coupons never mean 2^30 sets.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.clock import to_business
from domain.coupons.rules import (
    MAX_COUPONS_PER_ORDER,
    Cart,
    CostShare,
    CouponKind,
    DuplicateLine,
    HeldCoupon,
    Reason,
    can_combine,
    eligible_line_indexes,
    inapplicable_reason,
    validate_cart,
)
from domain.errors import DomainError, ErrorCode

KIND_ORDER: dict[CouponKind, int] = {
    CouponKind.EXCHANGE: 0,
    CouponKind.THRESHOLD_OFF: 1,
    CouponKind.PERCENT_OFF: 2,
    CouponKind.CASH: 3,
    CouponKind.FREE_ORDER: 4,
}


class CouponNotApplicable(DomainError):
    """A chosen coupon does not apply to the cart, or the chosen coupons may not combine."""

    code = ErrorCode.COUPON_NOT_APPLICABLE

    def __init__(
        self, message: str, *, field: str | None = None, reason: Reason | None = None
    ) -> None:
        super().__init__(message, field=field)
        self.reason = reason


@dataclass(frozen=True)
class CostSplit:
    """A discount split between its funders, in cents."""

    platform_cents: int
    merchant_cents: int
    brand_cents: int

    @property
    def total_cents(self) -> int:
        """The whole discount."""
        return self.platform_cents + self.merchant_cents + self.brand_cents


@dataclass(frozen=True)
class AppliedCoupon:
    """One coupon used in a quote: its discount, the lines it lowered, and who pays for it."""

    coupon_id: int
    kind: CouponKind
    discount_cents: int
    line_discounts: Mapping[str, int]  # line_id -> cents, only lines it lowered
    cost: CostSplit


@dataclass(frozen=True)
class HeldCouponQuote:
    """How a held coupon fares against the cart."""

    coupon_id: int
    applicable: bool
    reason: Reason | None
    standalone_discount_cents: int
    chosen: bool


@dataclass(frozen=True)
class Quote:
    """The discounts of a cart: chosen coupons in application order, per line and in total."""

    gross_cents: int
    total_discount_cents: int
    applied: tuple[AppliedCoupon, ...]
    line_discounts: Mapping[str, int]  # every line_id, 0 when untouched
    held: tuple[HeldCouponQuote, ...]  # every coupon offered, in the order given

    @property
    def payable_cents(self) -> int:
        """What is left to pay."""
        return self.gross_cents - self.total_discount_cents

    @property
    def chosen_ids(self) -> tuple[int, ...]:
        """Ids of the coupons used, in application order."""
        return tuple(a.coupon_id for a in self.applied)


def apportion(amount: int, weights: Sequence[int]) -> list[int]:
    """Split `amount` cents in proportion to non-negative weights by the largest remainder.

    The parts add up to `amount` exactly; when amount <= sum(weights) no part exceeds its
    weight. Ties in remainder go to the earlier position.
    """
    total = sum(weights)
    if amount == 0 or total == 0:
        return [0] * len(weights)
    if amount == total:
        return list(weights)
    parts = [amount * w // total for w in weights]
    left = amount - sum(parts)
    if left:
        order = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i))
        for i in order[:left]:
            parts[i] += 1
    return parts


def split_cost(amount: int, share: CostShare) -> CostSplit:
    """Split a discount between platform, merchant and brand by basis points, exactly."""
    platform, merchant, brand = apportion(
        amount, (share.platform_bp, share.merchant_bp, share.brand_bp)
    )
    return CostSplit(platform, merchant, brand)


def _value(
    coupon: HeldCoupon,
    indexes: Sequence[int],
    cart: Cart,
    remaining: Sequence[int],
    room: int | None = None,
) -> tuple[int, Sequence[int]]:
    """(discount, lines it falls on) of one coupon on the remaining line amounts; `room`, when
    known, is the sum of the remaining amounts at `indexes`."""
    template = coupon.template
    kind = template.kind
    if kind == CouponKind.EXCHANGE:
        best, value = -1, 0
        for i in indexes:
            unit = min(cart.lines[i].unit_price_cents, remaining[i])
            if unit > value:
                best, value = i, unit
        targets: Sequence[int] = (best,) if best >= 0 else ()
    else:
        targets = indexes
        if room is None:
            room = sum(map(remaining.__getitem__, indexes))
        if kind == CouponKind.PERCENT_OFF:
            value = room * template.percent_off // 100
        elif kind == CouponKind.FREE_ORDER:
            value = room
        else:
            value = min(template.amount_off_cents, room)
    if template.cap_cents is not None:
        value = min(value, template.cap_cents)
    return value, targets


def discount_for(coupon: HeldCoupon, cart: Cart, remaining_line_amounts: Sequence[int]) -> int:
    """The discount a coupon gives on the remaining amounts of its eligible lines (0 when it
    does not apply); never more than those remaining amounts."""
    if len(remaining_line_amounts) != len(cart.lines) or any(r < 0 for r in remaining_line_amounts):
        raise ValueError("remaining_line_amounts must be one non-negative amount per line")
    if inapplicable_reason(coupon, cart, to_business(cart.at)) is not None:
        return 0
    indexes = eligible_line_indexes(coupon.template, cart)
    return _value(coupon, indexes, cart, remaining_line_amounts)[0]


@dataclass(frozen=True, slots=True)
class _Candidate:
    coupon: HeldCoupon
    indexes: tuple[int, ...]
    standalone: int

    @property
    def order(self) -> tuple[int, int]:
        return KIND_ORDER[self.coupon.template.kind], self.coupon.coupon_id

    @property
    def tie_order(self) -> tuple[datetime, int]:
        return self.coupon.ends_at, self.coupon.coupon_id


def _run(
    combination: Sequence[_Candidate], cart: Cart, amounts: Sequence[int], *, record: bool
) -> tuple[int, list[tuple[_Candidate, int, list[tuple[int, int]]]]]:
    """Apply coupons in order to the gross line amounts; total and, if asked, each split."""
    remaining = list(amounts)
    total = 0
    steps: list[tuple[_Candidate, int, list[tuple[int, int]]]] = []
    ordered = sorted(combination, key=lambda c: c.order)
    for position, candidate in enumerate(ordered):
        value, targets = _value(candidate.coupon, candidate.indexes, cart, remaining)
        total += value
        if not record and position == len(ordered) - 1:
            break  # nothing after it needs the split
        parts = apportion(value, [remaining[i] for i in targets])
        for i, part in zip(targets, parts, strict=True):
            remaining[i] -= part
        if record:
            steps.append((candidate, value, list(zip(targets, parts, strict=True))))
    return total, steps


def _key(total: int, combination: Sequence[_Candidate]) -> tuple:
    """Sort key of a combination, smaller is better: more discount, fewer coupons, the
    soonest-expiring coupons, then lower ids."""
    return (
        -total,
        len(combination),
        tuple(sorted(c.coupon.ends_at for c in combination)),
        tuple(sorted(c.coupon.coupon_id for c in combination)),
    )


# per option: bounds on what 0, 1, .. slots later coupons add; their soonest expiries; lowest ids
_Later = tuple[tuple[int, ...], tuple[datetime, ...], tuple[int, ...]]


class _Search:
    """Branch and bound for the best stackable combination.

    Coupons join a combination in application order, so the amounts a combination leaves are
    exact state and a new coupon's discount on them is exactly what it adds. What any further
    coupon can add is at most its discount on those amounts (amounts only fall), so a subtree
    is cut when the best such additions cannot beat the best combination found.
    """

    def __init__(self, cart: Cart, amounts: Sequence[int], max_coupons: int) -> None:
        self.cart = cart
        self.amounts = amounts
        self.max_coupons = max_coupons
        self.stackable: list[_Candidate] = []
        self.best: tuple[_Candidate, ...] = ()
        self.best_key: tuple = (0, 0, (), ())

    def offer(self, total: int, combination: tuple[_Candidate, ...]) -> None:
        key = _key(total, combination)
        if total > 0 and key < self.best_key:
            self.best, self.best_key = combination, key

    def run(self, candidates: Sequence[_Candidate]) -> tuple[_Candidate, ...]:
        for candidate in candidates:
            self.offer(candidate.standalone, (candidate,))
        self.stackable = sorted(
            (c for c in candidates if c.coupon.template.stackable), key=lambda c: c.order
        )
        if self.max_coupons >= 2 and len(self.stackable) >= 2:
            self._descend(-1, (), frozenset(), list(self.amounts), 0)
        return self.best

    def _options(
        self, last: int, groups: frozenset[str], remaining: list[int], first: bool
    ) -> list[tuple[int, int]]:
        """(discount on `remaining`, position) of every coupon that may still join."""
        options = []
        rooms: dict[int, int] = {}  # coupons of one scope share its tuple of line positions
        for position in range(last + 1, len(self.stackable)):
            candidate = self.stackable[position]
            if candidate.coupon.template.stack_group in groups:
                continue
            if first:
                value = candidate.standalone
            else:
                indexes = candidate.indexes
                room = rooms.get(id(indexes))
                if room is None:
                    room = rooms[id(indexes)] = sum(map(remaining.__getitem__, indexes))
                value = _value(candidate.coupon, indexes, self.cart, remaining, room)[0]
            if value > 0:
                options.append((value, position))
        return options

    def _descend(
        self,
        last: int,
        chosen: tuple[_Candidate, ...],
        groups: frozenset[str],
        remaining: list[int],
        value: int,
    ) -> None:
        slots = self.max_coupons - len(chosen)
        options = self._options(last, groups, remaining, first=not chosen)
        left = sum(remaining)
        later = self._later(options, slots - 1, left)
        # most promising first, so that ties meet the soonest-expiring combination early
        pairs = zip(options, later, strict=True)
        bounds = [min(gain + more[0][-1], left) for (gain, _), more in pairs]
        order = sorted(
            range(len(options)),
            key=lambda r: (-bounds[r], *self.stackable[options[r][1]].tie_order),
        )
        for rank in order:
            gain, position = options[rank]
            total, bound = value + gain, value + bounds[rank]
            if (-bound, len(chosen) + 1) > self.best_key[:2]:
                break  # neither this option nor any after it can win
            candidate = self.stackable[position]
            combination = (*chosen, candidate)
            if chosen:
                self.offer(total, combination)
            if slots > 1 and self._may_win(total, value + left, combination, later[rank]):
                after = list(remaining)
                _, targets = _value(candidate.coupon, candidate.indexes, self.cart, remaining)
                weights = [remaining[i] for i in targets]
                for i, part in zip(targets, apportion(gain, weights), strict=True):
                    after[i] -= part
                group = candidate.coupon.template.stack_group
                self._descend(position, combination, groups | {group}, after, total)

    def _later(self, options: list[tuple[int, int]], slots: int, total: int) -> list[_Later]:
        """For each option, bounds on what 0..`slots` coupons after it in application order
        could add once it is applied, and the smallest expiries and ids among them.

        The bound is the smaller of the largest gains (one per other group) and, since a
        percent coupon takes at most its percent of what is left and any other at most its
        gain, R - R * prod(1 - p) + sum(gains of the others) for the best mix of the two.
        """
        later: list[_Later] = [((0,), (), ())] * len(options)
        leaders: list[tuple[int, str]] = []  # largest gain of the `slots + 1` leading groups
        percents: list[int] = []  # ascending, the largest `slots` kept
        fixed: list[int] = []
        ends: list[datetime] = []
        ids: list[int] = []
        for rank in sorted(range(len(options)), key=lambda r: -options[r][1]):
            gain, position = options[rank]
            coupon = self.stackable[position].coupon
            own = coupon.template.stack_group
            gains = [v for v, g in leaders if g != own]
            bounds = tuple(
                min(sum(gains[:count]), _mixed_bound(total - gain, percents, fixed, count))
                for count in range(slots + 1)
            )
            later[rank] = (bounds, tuple(ends), tuple(ids))
            _lead(leaders, gain, own, slots + 1)
            if coupon.template.kind == CouponKind.PERCENT_OFF:
                insort(percents, coupon.template.percent_off)
                del percents[:-slots]
            else:
                insort(fixed, gain)
                del fixed[:-slots]
            insort(ends, coupon.ends_at)
            insort(ids, coupon.coupon_id)
            del ends[slots:], ids[slots:]
        return later

    def _may_win(
        self, total: int, ceiling: int, combination: tuple[_Candidate, ...], later: _Later
    ) -> bool:
        """Whether a combination worth `total`, extended by later coupons, could beat the best
        found; no combination takes more than `ceiling`."""
        best_total, best_count = -self.best_key[0], self.best_key[1]
        bounds, later_ends, later_ids = later
        for more in range(1, len(bounds)):
            bound, count = min(total + bounds[more], ceiling), len(combination) + more
            if bound > best_total or (bound == best_total and count < best_count):
                return True
            if bound == best_total and count == best_count and more <= len(later_ends):
                # a tie on discount and count: only sooner expiries (then lower ids) win
                ends = sorted([*(c.coupon.ends_at for c in combination), *later_ends[:more]])
                ids = sorted([*(c.coupon.coupon_id for c in combination), *later_ids[:more]])
                return (tuple(ends), tuple(ids)) < self.best_key[2:]
        return False


def _lead(leaders: list[tuple[int, str]], gain: int, group: str, size: int) -> None:
    """Keep the largest gain of each of the `size` leading groups, largest first."""
    for i, (value, other) in enumerate(leaders):
        if other == group:
            if value >= gain:
                return
            del leaders[i]
            break
    leaders.append((gain, group))
    leaders.sort(key=lambda leader: -leader[0])
    del leaders[size:]


def _mixed_bound(left: int, percents: list[int], fixed: list[int], slots: int) -> int:
    """Most that `slots` coupons can take from `left`: percent coupons (ascending percents)
    each take at most their percent of what remains, rounded down, the others at most their
    gain; so at least ceil(left * prod(1 - p)) - sum(other gains) stays."""
    best = sum(fixed[-slots:]) if slots else 0
    kept = left  # what is left after j percents, times 100**j
    for j in range(1, min(slots, len(percents)) + 1):
        kept *= 100 - percents[-j]
        taken = left + kept // -(100**j)
        others = fixed[max(0, len(fixed) - (slots - j)) :] if slots > j else []
        best = max(best, taken + sum(others))
    return best


def _candidates(
    coupons: Sequence[HeldCoupon], cart: Cart, amounts: Sequence[int]
) -> tuple[list[_Candidate], dict[int, tuple[Reason | None, int]]]:
    """Applicable coupons with their standalone discounts, and every coupon's verdict."""
    local_at = to_business(cart.at)
    seen: set[int] = set()
    candidates: list[_Candidate] = []
    verdicts: dict[int, tuple[Reason | None, int]] = {}
    scopes: dict[tuple[int, ...], tuple[int, ...]] = {}
    for i, coupon in enumerate(coupons):
        if coupon.coupon_id in seen:
            raise DuplicateLine("A coupon is offered twice.", field=f"coupons[{i}]")
        seen.add(coupon.coupon_id)
        reason = inapplicable_reason(coupon, cart, local_at)
        if reason is not None:
            verdicts[coupon.coupon_id] = (reason, 0)
            continue
        indexes = eligible_line_indexes(coupon.template, cart)
        candidate = _Candidate(coupon, scopes.setdefault(indexes, indexes), 0)
        standalone, _ = _run((candidate,), cart, amounts, record=False)
        candidate = _Candidate(coupon, candidate.indexes, standalone)
        verdicts[coupon.coupon_id] = (None, standalone)
        candidates.append(candidate)
    return candidates, verdicts


def best_combination(
    coupons: Sequence[HeldCoupon], cart: Cart, *, max_coupons: int = MAX_COUPONS_PER_ORDER
) -> Quote:
    """The combination of held coupons the stacking rule allows with the largest discount
    (ties: fewer coupons, then the soonest-expiring), with every coupon's verdict."""
    validate_cart(cart)
    amounts = [line.amount_cents for line in cart.lines]
    candidates, verdicts = _candidates(coupons, cart, amounts)
    useful = [c for c in candidates if c.standalone > 0]
    best = _Search(cart, amounts, max_coupons).run(useful)
    return _build_quote(best, coupons, cart, amounts, verdicts)


def quote_selection(
    coupons: Sequence[HeldCoupon], cart: Cart, *, max_coupons: int = MAX_COUPONS_PER_ORDER
) -> Quote:
    """Quote exactly the coupons chosen; refuses any that does not apply or may not combine."""
    validate_cart(cart)
    amounts = [line.amount_cents for line in cart.lines]
    candidates, verdicts = _candidates(coupons, cart, amounts)
    for i, coupon in enumerate(coupons):
        reason = verdicts[coupon.coupon_id][0]
        if reason is not None:
            raise CouponNotApplicable(
                f"Coupon {coupon.coupon_id} does not apply: {reason}.",
                field=f"couponIds[{i}]",
                reason=reason,
            )
    if not can_combine([c.template for c in coupons], max_coupons):
        raise CouponNotApplicable("These coupons may not be used together.", field="couponIds")
    return _build_quote(candidates, coupons, cart, amounts, verdicts)


def _build_quote(
    chosen: Sequence[_Candidate],
    coupons: Sequence[HeldCoupon],
    cart: Cart,
    amounts: Sequence[int],
    verdicts: dict[int, tuple[Reason | None, int]],
) -> Quote:
    total, steps = _run(chosen, cart, amounts, record=True)
    per_line = [0] * len(amounts)
    applied: list[AppliedCoupon] = []
    for candidate, value, parts in steps:
        lowered: dict[str, int] = {}
        for i, part in parts:
            per_line[i] += part
            if part:
                lowered[cart.lines[i].line_id] = part
        template = candidate.coupon.template
        cost = split_cost(value, template.cost_share)
        applied.append(
            AppliedCoupon(candidate.coupon.coupon_id, template.kind, value, lowered, cost)
        )
    chosen_ids = {c.coupon.coupon_id for c in chosen}
    held = tuple(
        HeldCouponQuote(
            coupon_id=c.coupon_id,
            applicable=verdicts[c.coupon_id][0] is None,
            reason=verdicts[c.coupon_id][0],
            standalone_discount_cents=verdicts[c.coupon_id][1],
            chosen=c.coupon_id in chosen_ids,
        )
        for c in coupons
    )
    return Quote(
        gross_cents=sum(amounts),
        total_discount_cents=total,
        applied=tuple(applied),
        line_discounts={line.line_id: per_line[i] for i, line in enumerate(cart.lines)},
        held=held,
    )
