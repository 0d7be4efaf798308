"""Post-retrieval rules: blocks, pins, recency, price band, diversity cap."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import DomainError
from domain.recs.filters import (
    Candidate,
    DropReason,
    FilterRules,
    ItemInfo,
    PriceBand,
    apply_filters,
    typical_spend_band,
)

CATALOG = {f"i{n}": ItemInfo(category=f"c{n % 3}", price_cents=1000 * (n + 1)) for n in range(30)}


def _ranked(n: int = 30) -> list[Candidate]:
    return [Candidate(f"i{k}", 1.0 - k / 100, "for_you", None) for k in range(n)]


def test_pins_hold_their_positions() -> None:
    # given
    pins = {0: Candidate("i20", 0.0, "pinned"), 3: Candidate("i5", 0.0, "pinned")}
    # when
    result = apply_filters(_ranked(10), FilterRules(pinned=pins), CATALOG, limit=6)
    # then
    assert [c.item_id for c in result.items] == ["i20", "i0", "i1", "i5", "i2", "i3"]
    assert result.items[3].strategy == "pinned"
    assert result.dropped["i4"] == DropReason.OVER_LIMIT


def test_pins_beyond_a_short_list_follow_it_and_blocked_pins_are_dropped() -> None:
    # given
    pins = {5: Candidate("i7", 0, "pinned"), 1: Candidate("i8", 0, "pinned")}
    rules = FilterRules(pinned=pins, blocked_items={"i8"})
    # when
    result = apply_filters(_ranked(2), rules, CATALOG)
    # then
    assert [c.item_id for c in result.items] == ["i0", "i1", "i7"]
    assert result.dropped["i8"] == DropReason.BLOCKED_ITEM


def test_hard_and_soft_rules_report_reasons() -> None:
    # given
    catalog = {**CATALOG, "i4": ItemInfo(category="c1", price_cents=5000, on_sale=False)}
    rules = FilterRules(
        blocked_items={"i0"},
        blocked_categories={"c2"},
        recently_bought={"i1"},
        recently_clicked={"i3"},
        recently_shown={"i6"},
        price_band=PriceBand(0, 9_000),
    )
    candidates = [*_ranked(10), Candidate("i7", 0.0, "popular"), Candidate("zz", 0.0, "popular")]
    # when
    result = apply_filters(candidates, rules, catalog)
    # then
    assert [c.item_id for c in result.items] == ["i7"]
    assert result.dropped == {
        "i0": DropReason.BLOCKED_ITEM,
        "i1": DropReason.RECENTLY_BOUGHT,
        "i2": DropReason.BLOCKED_CATEGORY,
        "i3": DropReason.RECENTLY_CLICKED,
        "i4": DropReason.NOT_ON_SALE,
        "i5": DropReason.BLOCKED_CATEGORY,
        "i6": DropReason.RECENTLY_SHOWN,
        "i7": DropReason.DUPLICATE,  # the second, lower-ranked copy
        "i8": DropReason.BLOCKED_CATEGORY,
        "i9": DropReason.PRICE_BAND,
        "zz": DropReason.UNKNOWN_ITEM,
    }


def test_diversity_cap_is_greedy_in_rank_order() -> None:
    # when
    result = apply_filters(_ranked(12), FilterRules(max_per_category=2), CATALOG)
    # then
    assert [c.item_id for c in result.items] == ["i0", "i1", "i2", "i3", "i4", "i5"]
    assert result.dropped["i6"] == DropReason.DIVERSITY_CAP


def test_typical_spend_band() -> None:
    assert typical_spend_band([]) is None
    band = typical_spend_band([1000, 2000, 3000, 4000, 5000], factor=0.5)
    assert band == PriceBand(low_cents=1000, high_cents=6000)


def test_pin_outside_the_limit_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        apply_filters(_ranked(), FilterRules(pinned={9: Candidate("i1", 0, "p")}), CATALOG, limit=5)
    assert caught.value.field == "pinned"


item_ids = st.sampled_from(sorted(CATALOG))


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(
    ranked=st.lists(item_ids, max_size=40),
    blocked=st.sets(item_ids, max_size=8),
    blocked_categories=st.sets(st.sampled_from(["c0", "c1", "c2"]), max_size=1),
    pin_positions=st.lists(st.integers(0, 9), max_size=3, unique=True),
    pin_items=st.lists(item_ids, min_size=3, max_size=3, unique=True),
    cap=st.integers(1, 4),
)
def test_rules_hold_for_any_list(
    ranked: list[str],
    blocked: set[str],
    blocked_categories: set[str],
    pin_positions: list[int],
    pin_items: list[str],
    cap: int,
) -> None:
    # given
    pins = {p: Candidate(i, 0.0, "pinned") for p, i in zip(pin_positions, pin_items, strict=False)}
    rules = FilterRules(
        blocked_items=blocked,
        blocked_categories=blocked_categories,
        pinned=pins,
        max_per_category=cap,
    )
    candidates = [Candidate(i, 1.0, "for_you") for i in ranked]
    # when
    result = apply_filters(candidates, rules, CATALOG, limit=10)
    # then
    ids = [c.item_id for c in result.items]
    assert len(ids) == len(set(ids)) <= 10
    assert not set(ids) & blocked
    assert all(CATALOG[i].category not in blocked_categories for i in ids)
    organic = [c for c in result.items if c.strategy != "pinned"]
    pinned_categories = Counter(
        CATALOG[c.item_id].category for c in result.items if c not in organic
    )
    for category, count in Counter(CATALOG[c.item_id].category for c in organic).items():
        assert count + pinned_categories[category] <= max(cap, pinned_categories[category])
    kept_pins = {p: c for p, c in pins.items() if c.item_id in ids}
    for position, pin in kept_pins.items():
        placed = ids.index(pin.item_id)
        # a pin sits at its position, or earlier only when the list ran out before it
        assert placed == position or all(c.strategy == "pinned" for c in result.items[placed:])
    # surviving organic candidates keep their retrieval order
    order = [ranked.index(c.item_id) for c in organic]
    assert order == sorted(order)
