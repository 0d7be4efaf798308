"""Pure coupon rules: template specs and their validation, validity windows, carts, and whether
a held coupon applies to a cart. Plain data in, plain data out; no ORM, no I/O.

Decisions:
- `percent_off` is the discount percent (15 means the member pays 85 %), 1..99; a 100 % coupon
  is a FREE_ORDER with a cap.
- Cost shares are basis points (10000 = 100 %) so that a third can be written as 3333/3333/3334.
- Line scope: a line is excluded when its item, brand or category is on an exclude list
  (exclusions win); otherwise, when any include list is set, it must match at least one of them
  (the include lists are a union: named items, plus whole brands, plus whole categories).
- Minimum spend and thresholds are judged on the gross eligible spend (before any coupon), so
  whether a coupon applies never depends on which other coupons are used with it.
- Stacking: a coupon that is not stackable stands alone. Stackable coupons combine with each
  other, at most one per `stack_group` (the empty group is a group like any other) and at most
  `MAX_COUPONS_PER_ORDER` in all.
- Validity windows are half open: a coupon is valid at `at` when `starts_at <= at < ends_at`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from domain.clock import business_day_end, business_day_start, business_today, to_business
from domain.errors import DomainError, ErrorCode, InvalidAmount

MAX_COUPONS_PER_ORDER = 3
MAX_CART_LINES = 500
MAX_VALID_DAYS = 3660
MAX_STACK_GROUP_LENGTH = 30
FULL_SHARE_BASIS_POINTS = 10_000


class InvalidCoupon(DomainError):
    """A template or cart field is malformed."""

    code = ErrorCode.INVALID


class MissingField(DomainError):
    """A field the coupon kind needs is absent."""

    code = ErrorCode.REQUIRED


class InvalidPercentage(DomainError):
    """A discount percent outside 1..99."""

    code = ErrorCode.INVALID_PERCENTAGE


class InvalidThreshold(DomainError):
    """A spend threshold below the face value it unlocks."""

    code = ErrorCode.INVALID_THRESHOLD


class InvalidWindow(DomainError):
    """A validity window, day count or hour range that cannot hold any instant."""

    code = ErrorCode.INVALID_WINDOW


class InvalidCostShare(DomainError):
    """Cost shares that are negative or do not add up to 100 %."""

    code = ErrorCode.INVALID_COST_SHARE


class DuplicateLine(DomainError):
    """Two cart lines (or two held coupons) share an id."""

    code = ErrorCode.DUPLICATE


class CouponKind(StrEnum):
    """Coupon kinds; the values equal those of `domain.coupons.models.CouponKind`."""

    THRESHOLD_OFF = "THRESHOLD_OFF"  # 满减: amount off once eligible spend reaches a threshold
    CASH = "CASH"  # 代金: a fixed amount off, optionally above a minimum spend
    PERCENT_OFF = "PERCENT_OFF"  # 折扣: percent off the eligible spend, optionally capped
    FREE_ORDER = "FREE_ORDER"  # 免单: the eligible spend is free up to a cap
    EXCHANGE = "EXCHANGE"  # 兑换: one unit of a named item is free


class Scene(StrEnum):
    """Where the order happens."""

    ONLINE = "ONLINE"
    IN_STORE = "IN_STORE"
    SHIPPING = "SHIPPING"


class Reason(StrEnum):
    """Why a held coupon does not apply to a cart (stable codes for clients)."""

    NOT_YET_VALID = "NOT_YET_VALID"
    EXPIRED = "EXPIRED"
    CHANNEL = "CHANNEL"
    SCENE = "SCENE"
    STORE = "STORE"
    MEMBER_LEVEL = "MEMBER_LEVEL"
    NEW_MEMBERS_ONLY = "NEW_MEMBERS_ONLY"
    WEEKDAY = "WEEKDAY"
    HOUR = "HOUR"
    NO_ELIGIBLE_ITEMS = "NO_ELIGIBLE_ITEMS"
    BELOW_MINIMUM_SPEND = "BELOW_MINIMUM_SPEND"
    BELOW_THRESHOLD = "BELOW_THRESHOLD"
    EXCHANGE_ITEM_MISSING = "EXCHANGE_ITEM_MISSING"


@dataclass(frozen=True)
class HourRange:
    """Business wall-clock hours [start_hour, end_hour); start > end wraps past midnight."""

    start_hour: int
    end_hour: int

    def contains(self, hour: int) -> bool:
        """Whether a wall-clock hour (0..23) falls in the range."""
        if self.start_hour < self.end_hour:
            return self.start_hour <= hour < self.end_hour
        return hour >= self.start_hour or hour < self.end_hour


@dataclass(frozen=True)
class UsageRules:
    """Where and for whom a coupon applies; an empty set means no restriction."""

    channels: frozenset[str] = frozenset()
    scenes: frozenset[Scene] = frozenset()
    store_codes: frozenset[str] = frozenset()
    include_items: frozenset[int] = frozenset()
    exclude_items: frozenset[int] = frozenset()
    include_brands: frozenset[int] = frozenset()
    exclude_brands: frozenset[int] = frozenset()
    include_categories: frozenset[int] = frozenset()
    exclude_categories: frozenset[int] = frozenset()
    min_spend_cents: int = 0
    weekdays: frozenset[int] = frozenset()  # ISO: 1 = Monday .. 7 = Sunday, business time zone
    hours: tuple[HourRange, ...] = ()
    member_level_ids: frozenset[int] = frozenset()
    new_members_only: bool = False


@dataclass(frozen=True)
class FixedWindow:
    """Valid from one instant to another (both timezone-aware, end exclusive)."""

    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class RelativeWindow:
    """Valid `days` business days counted from the claim day plus `start_after_days`."""

    days: int
    start_after_days: int = 0


@dataclass(frozen=True)
class CostShare:
    """Who funds a discount, in basis points that add up to 10000."""

    platform_bp: int = FULL_SHARE_BASIS_POINTS
    merchant_bp: int = 0
    brand_bp: int = 0


@dataclass(frozen=True)
class TemplateSpec:
    """What a coupon template gives, when it is valid and where it applies."""

    kind: CouponKind
    validity: FixedWindow | RelativeWindow
    amount_off_cents: int = 0  # face value of THRESHOLD_OFF and CASH
    threshold_cents: int = 0  # THRESHOLD_OFF
    percent_off: int = 0  # PERCENT_OFF, 1..99
    cap_cents: int | None = None  # PERCENT_OFF, FREE_ORDER (required), EXCHANGE
    exchange_item_id: int | None = None  # EXCHANGE
    rules: UsageRules = field(default_factory=UsageRules)
    stackable: bool = False
    stack_group: str = ""
    cost_share: CostShare = field(default_factory=CostShare)


@dataclass(frozen=True)
class HeldCoupon:
    """A coupon a member holds, with the window fixed when it was claimed."""

    coupon_id: int
    template: TemplateSpec
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CartLine:
    """One cart line; its amount is quantity x unit price."""

    line_id: str
    item_id: int
    category_id: int | None
    brand_id: int | None
    quantity: int
    unit_price_cents: int

    @property
    def amount_cents(self) -> int:
        """Gross amount of the line."""
        return self.quantity * self.unit_price_cents


@dataclass(frozen=True)
class Cart:
    """What is being bought, where, by whom and when."""

    lines: Sequence[CartLine]
    store_code: str | None
    channel: str
    scene: Scene
    member_level_id: int | None
    is_new_member: bool
    at: datetime


def _require_aware(moment: datetime, field_name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidCoupon("A timezone-aware instant is required.", field=field_name)


def validate_template(spec: TemplateSpec) -> None:
    """Refuse a template that cannot work; errors carry the API field name."""
    _validate_kind_values(spec)
    _validate_validity(spec.validity)
    _validate_rules(spec.rules)
    share = spec.cost_share
    parts = (share.platform_bp, share.merchant_bp, share.brand_bp)
    if any(part < 0 for part in parts) or sum(parts) != FULL_SHARE_BASIS_POINTS:
        raise InvalidCostShare(
            "Platform, merchant and brand shares must be >= 0 and add up to 10000 bp.",
            field="costShare",
        )
    if len(spec.stack_group) > MAX_STACK_GROUP_LENGTH:
        raise InvalidCoupon("stackGroup is too long.", field="stackGroup")


def _validate_kind_values(spec: TemplateSpec) -> None:
    if spec.kind not in CouponKind.__members__.values():
        raise InvalidCoupon(f"Unknown coupon kind {spec.kind!r}.", field="kind")
    for name, value in (
        ("amountOffCents", spec.amount_off_cents),
        ("thresholdCents", spec.threshold_cents),
    ):
        if value < 0:
            raise InvalidAmount(f"{name} must not be negative.", field=name)
    if spec.cap_cents is not None and spec.cap_cents <= 0:
        raise InvalidAmount("capCents must be positive.", field="capCents")
    kind = spec.kind
    if kind in (CouponKind.THRESHOLD_OFF, CouponKind.CASH) and spec.amount_off_cents <= 0:
        raise InvalidAmount("amountOffCents must be positive.", field="amountOffCents")
    if kind == CouponKind.THRESHOLD_OFF and spec.threshold_cents < spec.amount_off_cents:
        raise InvalidThreshold(
            "thresholdCents must be at least the face value.", field="thresholdCents"
        )
    if kind == CouponKind.PERCENT_OFF and not 1 <= spec.percent_off <= 99:
        raise InvalidPercentage("percentOff must be 1..99 (percent taken off).", field="percentOff")
    if kind == CouponKind.FREE_ORDER and spec.cap_cents is None:
        raise MissingField("A free-order coupon needs capCents.", field="capCents")
    if kind == CouponKind.EXCHANGE and spec.exchange_item_id is None:
        raise MissingField("An exchange coupon names its item.", field="exchangeItemId")


def _validate_validity(validity: FixedWindow | RelativeWindow) -> None:
    if isinstance(validity, FixedWindow):
        _require_aware(validity.starts_at, "startsAt")
        _require_aware(validity.ends_at, "endsAt")
        if validity.ends_at <= validity.starts_at:
            raise InvalidWindow("endsAt must be after startsAt.", field="endsAt")
        return
    if not 1 <= validity.days <= MAX_VALID_DAYS:
        raise InvalidWindow(f"validDays must be 1..{MAX_VALID_DAYS}.", field="validDays")
    if not 0 <= validity.start_after_days <= MAX_VALID_DAYS:
        raise InvalidWindow(f"startAfterDays must be 0..{MAX_VALID_DAYS}.", field="startAfterDays")


def _validate_rules(rules: UsageRules) -> None:
    if rules.min_spend_cents < 0:
        raise InvalidAmount("minSpendCents must not be negative.", field="rules.minSpendCents")
    if any(not 1 <= day <= 7 for day in rules.weekdays):
        raise InvalidCoupon("weekdays are 1 (Monday) .. 7 (Sunday).", field="rules.weekdays")
    if any(scene not in Scene.__members__.values() for scene in rules.scenes):
        raise InvalidCoupon("Unknown scene.", field="rules.scenes")
    for i, hours in enumerate(rules.hours):
        start, end = hours.start_hour, hours.end_hour
        if not (0 <= start <= 23 and 0 <= end <= 24) or start == end:
            raise InvalidWindow(
                "An hour range is start 0..23 to end 0..24, not empty.",
                field=f"rules.hours[{i}]",
            )


def validity_for(template: TemplateSpec, claimed_at: datetime) -> tuple[datetime, datetime]:
    """The (starts_at, ends_at) UTC window of a coupon claimed at `claimed_at`, end exclusive.

    A relative window counts the claim day (in the business time zone) as day 1: `days=7`
    claimed on Monday 10:00 runs to the end of Sunday. With `start_after_days=M` it starts at
    the beginning of business day claim+M and runs to the end of day claim+M+days-1; with M = 0
    it starts at the claim instant.
    """
    _require_aware(claimed_at, "claimedAt")
    validity = template.validity
    if isinstance(validity, FixedWindow):
        return validity.starts_at.astimezone(UTC), validity.ends_at.astimezone(UTC)
    claim_day = business_today(claimed_at)
    first_day = claim_day + timedelta(days=validity.start_after_days)
    if validity.start_after_days == 0:
        starts_at = claimed_at.astimezone(UTC)
    else:
        starts_at = business_day_start(first_day)
    return starts_at, business_day_end(first_day + timedelta(days=validity.days - 1))


def validate_cart(cart: Cart) -> None:
    """Refuse a cart with no lines, too many, repeated ids, bad quantities or prices."""
    if not cart.lines:
        raise MissingField("A cart needs at least one line.", field="lines")
    if len(cart.lines) > MAX_CART_LINES:
        raise DomainError(
            f"A cart has at most {MAX_CART_LINES} lines.", field="lines", code=ErrorCode.TOO_MANY
        )
    _require_aware(cart.at, "at")
    if cart.scene not in Scene.__members__.values():
        raise InvalidCoupon("Unknown scene.", field="scene")
    seen: set[str] = set()
    for i, line in enumerate(cart.lines):
        if isinstance(line.quantity, bool) or line.quantity <= 0:
            raise InvalidCoupon("quantity must be positive.", field=f"lines[{i}].quantity")
        if line.unit_price_cents < 0:
            raise InvalidAmount(
                "unitPriceCents must not be negative.", field=f"lines[{i}].unitPriceCents"
            )
        if line.line_id in seen:
            raise DuplicateLine("lineId repeats.", field=f"lines[{i}].lineId")
        seen.add(line.line_id)


def line_in_scope(rules: UsageRules, line: CartLine) -> bool:
    """Whether a coupon's item, brand and category lists admit a cart line."""
    if (
        line.item_id in rules.exclude_items
        or line.brand_id in rules.exclude_brands
        or line.category_id in rules.exclude_categories
    ):
        return False
    if not (rules.include_items or rules.include_brands or rules.include_categories):
        return True
    return (
        line.item_id in rules.include_items
        or line.brand_id in rules.include_brands
        or line.category_id in rules.include_categories
    )


def eligible_line_indexes(template: TemplateSpec, cart: Cart) -> tuple[int, ...]:
    """Positions of the cart lines a coupon may discount."""
    rules = template.rules
    indexes = tuple(i for i, line in enumerate(cart.lines) if line_in_scope(rules, line))
    if template.kind == CouponKind.EXCHANGE:
        wanted = template.exchange_item_id
        return tuple(i for i in indexes if cart.lines[i].item_id == wanted)
    return indexes


def applicable(coupon: HeldCoupon, cart: Cart) -> tuple[bool, Reason | None]:
    """Whether a held coupon applies to a cart, and the first reason when it does not."""
    reason = inapplicable_reason(coupon, cart, to_business(cart.at))
    return reason is None, reason


def inapplicable_reason(coupon: HeldCoupon, cart: Cart, local_at: datetime) -> Reason | None:
    """The first rule a cart fails, judged at `local_at` (cart.at on the business clock)."""
    if cart.at < coupon.starts_at:
        return Reason.NOT_YET_VALID
    if cart.at >= coupon.ends_at:
        return Reason.EXPIRED
    reason = _context_reason(coupon.template.rules, cart, local_at)
    if reason is not None:
        return reason
    return _spend_reason(coupon.template, cart)


def _context_reason(rules: UsageRules, cart: Cart, local_at: datetime) -> Reason | None:
    if rules.channels and cart.channel not in rules.channels:
        return Reason.CHANNEL
    if rules.scenes and cart.scene not in rules.scenes:
        return Reason.SCENE
    if rules.store_codes and cart.store_code not in rules.store_codes:
        return Reason.STORE
    if rules.member_level_ids and cart.member_level_id not in rules.member_level_ids:
        return Reason.MEMBER_LEVEL
    if rules.new_members_only and not cart.is_new_member:
        return Reason.NEW_MEMBERS_ONLY
    if rules.weekdays and local_at.isoweekday() not in rules.weekdays:
        return Reason.WEEKDAY
    if rules.hours and not any(hours.contains(local_at.hour) for hours in rules.hours):
        return Reason.HOUR
    return None


def _spend_reason(template: TemplateSpec, cart: Cart) -> Reason | None:
    lines = cart.lines
    rules = template.rules
    scope = [line.amount_cents for line in lines if line_in_scope(rules, line)]
    spend = sum(scope)
    if not scope or spend == 0:
        return Reason.NO_ELIGIBLE_ITEMS
    if spend < rules.min_spend_cents:
        return Reason.BELOW_MINIMUM_SPEND
    if template.kind == CouponKind.THRESHOLD_OFF and spend < template.threshold_cents:
        return Reason.BELOW_THRESHOLD
    if template.kind == CouponKind.EXCHANGE and not any(
        lines[i].unit_price_cents > 0 for i in eligible_line_indexes(template, cart)
    ):
        return Reason.EXCHANGE_ITEM_MISSING
    return None


def can_combine(
    templates: Sequence[TemplateSpec], max_coupons: int = MAX_COUPONS_PER_ORDER
) -> bool:
    """Whether coupons of these templates may be used together on one order."""
    if len(templates) <= 1:
        return True
    if len(templates) > max_coupons or not all(t.stackable for t in templates):
        return False
    groups = [t.stack_group for t in templates]
    return len(set(groups)) == len(groups)
