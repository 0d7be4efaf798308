"""Decayed member affinities and the reason shown with an item."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.recs.interactions import Interaction, Kind
from domain.recs.interest import ItemAttrs, compute_affinities, explain

NOW = datetime(2024, 6, 1, tzinfo=UTC)
ATTRS = {
    "run1": ItemAttrs(category="shoes", brand="Nike", tags=("running",)),
    "run2": ItemAttrs(category="shoes", brand="Asics", tags=("running", "sale")),
    "bag1": ItemAttrs(category="bags", brand="Nike"),
}


def test_shares_are_decayed_and_normalised_per_dimension() -> None:
    # given: a purchase now, and a purchase of a bag one half-life ago
    interactions = [
        Interaction("m1", "run1", NOW, Kind.PURCHASE),
        Interaction("m1", "bag1", NOW - timedelta(days=30), Kind.PURCHASE),
        Interaction("m2", "run2", NOW, Kind.VIEW),
    ]
    # when
    affinities = compute_affinities(interactions, ATTRS, reference=NOW, half_life_days=30)
    # then
    m1 = affinities["m1"]
    assert m1.score("category", "shoes") == pytest.approx(5 / 7.5)
    assert m1.score("category", "bags") == pytest.approx(2.5 / 7.5)
    assert m1.score("brand", "Nike") == pytest.approx(1.0)
    [(top, share)] = m1.top("category", 1)
    assert top == "shoes" and share == pytest.approx(5 / 7.5)
    assert affinities["m2"].score("tag", "sale") == pytest.approx(0.5)
    for member in affinities.values():
        for scores in member.scores.values():
            assert sum(scores.values()) == pytest.approx(1.0)


def test_explain_picks_the_strongest_matching_attribute() -> None:
    # given
    interactions = [
        Interaction("m", "run1", NOW, Kind.PURCHASE),
        Interaction("m", "run2", NOW, Kind.VIEW),
    ]
    affinities = compute_affinities(interactions, ATTRS, reference=NOW)["m"]
    # when
    by_brand = explain(affinities, ItemAttrs(category="hats", brand="Nike"))
    by_category = explain(affinities, ItemAttrs(category="shoes", brand="Puma"))
    nothing = explain(affinities, ItemAttrs(category="hats", brand="Puma"))
    # then
    assert by_brand is not None and by_brand.text == "you like brand Nike"
    assert by_brand.score == pytest.approx(5 / 6)
    assert by_category is not None and by_category.dimension == "category"
    assert nothing is None


def test_unknown_items_fall_back_to_the_interaction_category() -> None:
    interactions = [Interaction("m", "x", NOW, category="toys")]
    affinities = compute_affinities(interactions, {}, reference=NOW)
    assert affinities["m"].score("category", "toys") == pytest.approx(1.0)
    assert affinities["m"].scores.get("brand") is None
