"""Post-retrieval rules applied to a ranked candidate list before it is shown.

Order of application:
1. duplicates (first occurrence kept), then hard rules that nothing overrides: blocked items,
   blocked categories, items not on sale or unknown to the catalogue;
2. pins: each pinned item is placed at its 0-based position (removed from wherever it ranked);
   pins pass the hard rules but skip the soft ones below, being an operator's explicit choice;
3. soft rules on the rest, in rank order: recently bought / clicked / shown, outside the
   member's price band, and the diversity cap (at most K per category, pins counted), greedy.
The result keeps the retrieval order of the surviving candidates, filled around the pins.
Every dropped item is reported with its reason for debugging and metrics.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from domain.errors import DomainError, ErrorCode


class InvalidFilterRules(DomainError):
    """The filter rules contradict themselves."""

    code = ErrorCode.INVALID


class DropReason(StrEnum):
    """Why a candidate was removed."""

    DUPLICATE = "DUPLICATE"
    BLOCKED_ITEM = "BLOCKED_ITEM"
    BLOCKED_CATEGORY = "BLOCKED_CATEGORY"
    NOT_ON_SALE = "NOT_ON_SALE"
    UNKNOWN_ITEM = "UNKNOWN_ITEM"
    RECENTLY_BOUGHT = "RECENTLY_BOUGHT"
    RECENTLY_CLICKED = "RECENTLY_CLICKED"
    RECENTLY_SHOWN = "RECENTLY_SHOWN"
    PRICE_BAND = "PRICE_BAND"
    DIVERSITY_CAP = "DIVERSITY_CAP"
    OVER_LIMIT = "OVER_LIMIT"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One recommended item with the strategy that produced it and the reason to show."""

    item_id: str
    score: float
    strategy: str
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ItemInfo:
    """What the rules need from the catalogue about an item; price in integer cents."""

    category: str | None = None
    price_cents: int | None = None
    on_sale: bool = True


@dataclass(frozen=True, slots=True)
class PriceBand:
    """Inclusive price range in integer cents."""

    low_cents: int
    high_cents: int

    def contains(self, price_cents: int) -> bool:
        """Whether a price lies within the band."""
        return self.low_cents <= price_cents <= self.high_cents


@dataclass(frozen=True, slots=True)
class FilterRules:
    """The rules of one slot for one member. Sets hold item ids (categories for categories).

    `recently_*` are the member's items in the slot's look-back window of N days, computed by
    the caller. `pinned` maps 0-based positions to candidates that must appear there.
    """

    blocked_items: Collection[str] = frozenset()
    blocked_categories: Collection[str] = frozenset()
    pinned: Mapping[int, Candidate] = field(default_factory=dict)
    recently_bought: Collection[str] = frozenset()
    recently_clicked: Collection[str] = frozenset()
    recently_shown: Collection[str] = frozenset()
    price_band: PriceBand | None = None
    max_per_category: int | None = None
    drop_unknown_items: bool = True


@dataclass(frozen=True, slots=True)
class FilterResult:
    """The final list and the dropped item ids with their reasons.

    DUPLICATE marks a later copy of an item; the first copy may still be in `items`.
    """

    items: list[Candidate]
    dropped: dict[str, DropReason]


def typical_spend_band(prices_cents: Sequence[int], factor: float = 0.5) -> PriceBand | None:
    """The member's band: 25th..75th percentile of purchase prices widened by +-factor.

    None when the member has bought nothing (no band, nothing filtered).
    """
    if factor < 0:
        raise InvalidFilterRules("factor must be >= 0", field="factor")
    if len(prices_cents) == 0:
        return None
    prices = np.asarray(prices_cents, dtype=np.float64)
    low, high = np.percentile(prices, [25.0, 75.0])
    return PriceBand(
        low_cents=int(np.floor(low * max(0.0, 1.0 - factor))),
        high_cents=int(np.ceil(high * (1.0 + factor))),
    )


def apply_filters(
    candidates: Sequence[Candidate],
    rules: FilterRules,
    catalog: Mapping[str, ItemInfo],
    *,
    limit: int | None = None,
    complete: bool = True,
) -> FilterResult:
    """Apply the slot rules to ranked candidates and return at most `limit` items.

    `complete=False` stops reading candidates once the list is full (serving needs only the
    items; `dropped` then names only the candidates read)."""
    if limit is not None and limit < 0:
        raise InvalidFilterRules("limit must be >= 0", field="limit")
    if rules.max_per_category is not None and rules.max_per_category < 1:
        raise InvalidFilterRules("max_per_category must be >= 1", field="max_per_category")
    if any(position < 0 for position in rules.pinned):
        raise InvalidFilterRules("pin positions must be >= 0", field="pinned")
    if limit is not None and any(position >= limit for position in rules.pinned):
        raise InvalidFilterRules("pin positions must be below the limit", field="pinned")
    pinned_ids = [c.item_id for c in rules.pinned.values()]
    if len(set(pinned_ids)) != len(pinned_ids):
        raise InvalidFilterRules("an item is pinned twice", field="pinned")

    dropped: dict[str, DropReason] = {}

    def hard_reason(item_id: str) -> DropReason | None:
        info = catalog.get(item_id)
        if item_id in rules.blocked_items:
            return DropReason.BLOCKED_ITEM
        if info is None:
            return DropReason.UNKNOWN_ITEM if rules.drop_unknown_items else None
        if info.category is not None and info.category in rules.blocked_categories:
            return DropReason.BLOCKED_CATEGORY
        if not info.on_sale:
            return DropReason.NOT_ON_SALE
        return None

    pins: dict[int, Candidate] = {}
    for position in sorted(rules.pinned):
        pin = rules.pinned[position]
        reason = hard_reason(pin.item_id)
        if reason is None:
            pins[position] = pin
        else:
            dropped[pin.item_id] = reason
    pin_ids = {pin.item_id for pin in pins.values()}
    per_category: Counter[str] = Counter(
        category for pin in pins.values() if (category := _category(catalog, pin.item_id))
    )

    organic: list[Candidate] = []
    seen: set[str] = set()
    wanted = None if limit is None or complete else limit - len(pins)
    for candidate in candidates:
        if wanted is not None and len(organic) >= wanted:
            break
        item_id = candidate.item_id
        if item_id in pin_ids:
            continue
        if item_id in seen:
            dropped.setdefault(item_id, DropReason.DUPLICATE)
            continue
        seen.add(item_id)
        reason = hard_reason(item_id) or _soft_reason(item_id, rules, catalog)
        if reason is None and rules.max_per_category is not None:
            category = _category(catalog, item_id)
            if category is not None:
                if per_category[category] >= rules.max_per_category:
                    reason = DropReason.DIVERSITY_CAP
                else:
                    per_category[category] += 1
        if reason is not None:
            dropped[item_id] = reason
            continue
        organic.append(candidate)

    merged = _merge_pins(organic, pins)
    if limit is not None and len(merged) > limit:
        for extra in merged[limit:]:
            dropped[extra.item_id] = DropReason.OVER_LIMIT
        merged = merged[:limit]
    return FilterResult(items=merged, dropped=dropped)


def _soft_reason(
    item_id: str, rules: FilterRules, catalog: Mapping[str, ItemInfo]
) -> DropReason | None:
    if item_id in rules.recently_bought:
        return DropReason.RECENTLY_BOUGHT
    if item_id in rules.recently_clicked:
        return DropReason.RECENTLY_CLICKED
    if item_id in rules.recently_shown:
        return DropReason.RECENTLY_SHOWN
    info = catalog.get(item_id)
    if (
        rules.price_band is not None
        and info is not None
        and info.price_cents is not None
        and not rules.price_band.contains(info.price_cents)
    ):
        return DropReason.PRICE_BAND
    return None


def _category(catalog: Mapping[str, ItemInfo], item_id: str) -> str | None:
    info = catalog.get(item_id)
    return None if info is None else info.category


def _merge_pins(organic: list[Candidate], pins: Mapping[int, Candidate]) -> list[Candidate]:
    """Place pins at their positions; pins beyond the end follow the organic items in order."""
    result: list[Candidate] = []
    remaining = iter(organic)
    exhausted = False
    ordered_pins = sorted(pins.items())
    pin_index = 0
    while pin_index < len(ordered_pins) or not exhausted:
        if pin_index < len(ordered_pins) and ordered_pins[pin_index][0] <= len(result):
            result.append(ordered_pins[pin_index][1])
            pin_index += 1
            continue
        if exhausted:
            result.extend(pin for _, pin in ordered_pins[pin_index:])
            break
        nxt = next(remaining, None)
        if nxt is None:
            exhausted = True
            continue
        result.append(nxt)
    return result
