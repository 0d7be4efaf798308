"""The rebuild's validation split and its choice of ALS parameters."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from domain.recs.validation import MIN_HISTORY, choose_als, hold_out_latest


def _matrix(cells: dict[tuple[int, int], float], shape: tuple[int, int]) -> sp.csr_matrix:
    rows, cols = zip(*cells, strict=True)
    return sp.csr_matrix((list(cells.values()), (rows, cols)), shape=shape)


def test_each_member_with_enough_history_loses_their_latest_item() -> None:
    weights = {(0, 0): 1.0, (0, 1): 1.0, (0, 2): 1.0, (1, 0): 1.0, (1, 3): 1.0}
    seen = {(0, 0): 30.0, (0, 1): 10.0, (0, 2): 30.0, (1, 0): 5.0, (1, 3): 9.0}
    held = hold_out_latest(_matrix(weights, (2, 4)), _matrix(seen, (2, 4)))
    # member 0 has 3 items: the latest (a tie at 30 s, broken by the lower item id) is held out
    assert held.rows.tolist() == [0]
    assert held.relevant == [{"0"}]
    assert held.train[0].toarray().tolist() == [[0.0, 1.0, 1.0, 0.0]]
    # member 1 has fewer than MIN_HISTORY items and keeps them all
    assert MIN_HISTORY == 3 and held.train[1].nnz == 2


def _planted(n_members: int, n_items: int, clusters: int, seed: int) -> tuple:
    rng = np.random.default_rng(seed)
    cells, seen = {}, {}
    for member in range(n_members):
        own = [i for i in range(n_items) if i % clusters == member % clusters]
        for step, item in enumerate(rng.choice(own, size=8, replace=False)):
            cells[(member, int(item))] = 1.0
            seen[(member, int(item))] = float(step)
    shape = (n_members, n_items)
    return _matrix(cells, shape), _matrix(seen, shape)


@pytest.mark.slow
def test_als_that_learns_structure_beats_popularity() -> None:
    matrix, seen = _planted(300, 120, 6, seed=1)
    checked = choose_als(hold_out_latest(matrix, seen), budget_seconds=5.0, iterations=8)
    assert checked.beats_popularity
    assert checked.members == 300


def test_a_model_no_better_than_popularity_is_refused() -> None:
    # every member's latest purchase is one of six best-sellers: popularity finds them all
    rng = np.random.default_rng(3)
    cells, seen = {}, {}
    for member in range(200):
        for step, item in enumerate(rng.choice(6, size=4, replace=False)):
            cells[(member, int(item))], seen[(member, int(item))] = 1.0, float(step)
        cells[(member, 6 + member % 50)], seen[(member, 6 + member % 50)] = 1.0, -1.0
    matrix, last = _matrix(cells, (200, 56)), _matrix(seen, (200, 56))
    checked = choose_als(hold_out_latest(matrix, last), budget_seconds=5.0, iterations=8)
    assert checked.popularity["recall"] == 1.0
    assert not checked.beats_popularity
