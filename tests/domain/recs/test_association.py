"""Association rules on a hand-made basket set."""

from __future__ import annotations

import numpy as np
import pytest

from domain.errors import DomainError
from domain.recs.association import mine_associations

# 10 baskets. Counts: milk 6, bread 5, butter 3, beer 3, nappies 2, jam 1.
BASKETS: list[list[str]] = [
    ["milk", "bread", "butter"],
    ["milk", "bread", "butter"],
    ["milk", "bread"],
    ["milk", "bread", "jam"],
    ["milk", "butter"],
    ["milk"],
    ["beer", "nappies"],
    ["beer", "nappies", "bread"],
    ["beer"],
    [],
]


def test_support_confidence_and_lift_by_hand() -> None:
    # given
    rules = mine_associations(BASKETS, min_support=0.0)
    # when
    top = rules.top_associations("butter", 5)
    # then: butter -> milk: n=3, conf 3/3, lift 3*10/(3*6); butter -> bread: n=2, lift 2*10/(3*5)
    assert [(a.consequent, a.count) for a in top] == [("milk", 3), ("bread", 2)]
    assert top[0].support == pytest.approx(0.3)
    assert top[0].confidence == pytest.approx(1.0)
    assert top[0].lift == pytest.approx(10 / 6)
    assert top[1].confidence == pytest.approx(2 / 3)
    assert top[1].lift == pytest.approx(20 / 15)
    assert rules.support("milk") == pytest.approx(0.6)


def test_lift_ranks_the_strong_pair_first() -> None:
    # given
    rules = mine_associations(BASKETS, min_support=0.0)
    # when
    beer = rules.top_associations("beer", 3)
    by_confidence = rules.top_associations("bread", 3, by="confidence")
    # then: beer -> nappies lift 2*10/(3*2) = 3.33 beats beer -> bread 1*10/(3*5)
    assert [a.consequent for a in beer] == ["nappies", "bread"]
    assert beer[0].lift == pytest.approx(10 / 3)
    assert by_confidence[0].consequent == "milk"
    assert by_confidence[0].confidence == pytest.approx(4 / 5)


def test_min_support_prunes_items_and_pairs() -> None:
    # given
    rules = mine_associations(BASKETS, min_support=0.25)
    # then: jam (0.1) and nappies (0.2) are gone; beer-bread (0.1) pair is gone
    assert rules.top_associations("jam", 3) == []
    assert [a.consequent for a in rules.top_associations("beer", 3)] == []
    assert {a.consequent for a in rules.top_associations("milk", 5)} == {"bread", "butter"}


def test_repeats_within_a_basket_count_once_and_numpy_baskets_work() -> None:
    # given
    rules = mine_associations([np.array([1, 1, 2]), np.array([2, 3]), np.array([1, 2])])
    # when
    top = rules.top_associations(1, 5)
    # then
    assert [(a.consequent, a.count) for a in top] == [(2, 2)]
    assert top[0].confidence == pytest.approx(1.0)


def test_min_confidence_and_bad_parameters() -> None:
    rules = mine_associations(BASKETS)
    assert all(a.confidence >= 0.5 for a in rules.top_associations("bread", 5, min_confidence=0.5))
    with pytest.raises(DomainError) as caught:
        mine_associations(BASKETS, min_support=2)
    assert caught.value.field == "min_support"
