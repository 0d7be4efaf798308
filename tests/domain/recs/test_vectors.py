"""Implicit ALS: solver agreement, fold-in, determinism and quality on planted clusters."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from domain.errors import DomainError
from domain.recs.evaluation import evaluate
from domain.recs.planted import planted_clusters
from domain.recs.vectors import ALSParams, fold_in_user, train_als


def _random_matrix(seed: int = 3) -> sp.csr_matrix:
    return sp.random(120, 80, density=0.08, random_state=seed, format="csr", dtype=np.float32) * 4


def test_conjugate_gradient_matches_exact_solver() -> None:
    # given
    matrix = _random_matrix()
    # when
    exact = train_als(matrix, ALSParams(factors=8, iterations=4, solver="exact"))
    cg = train_als(matrix, ALSParams(factors=8, iterations=4, solver="cg", cg_steps=25))
    # then
    assert exact.item_vectors.dtype == np.float32
    assert exact.user_vectors.shape == (120, 8)
    np.testing.assert_allclose(cg.item_vectors, exact.item_vectors, atol=1e-3, rtol=1e-3)


def test_training_is_deterministic_for_a_seed() -> None:
    # given
    matrix = _random_matrix()
    params = ALSParams(factors=8, iterations=3, seed=7)
    # when
    first, second = train_als(matrix, params), train_als(matrix, params)
    # then
    np.testing.assert_array_equal(first.user_vectors, second.user_vectors)
    np.testing.assert_array_equal(first.item_vectors, second.item_vectors)


def test_fold_in_minimises_the_dense_implicit_loss() -> None:
    # given
    matrix = _random_matrix()
    model = train_als(matrix, ALSParams(factors=8, iterations=3))
    y = model.item_vectors.astype(np.float64)
    row = matrix[7]
    # when
    x = model.fold_in(row.indices, row.data).astype(np.float64)
    # then: gradient of sum_i c_i (p_i - x.y_i)^2 + lambda |x|^2 over every item is ~0
    weights = np.zeros(y.shape[0])
    weights[row.indices] = row.data
    confidence = 1.0 + model.params.alpha * weights
    preference = (weights > 0).astype(np.float64)
    gradient = (confidence * (y @ x - preference)) @ y + model.params.regularization * x
    assert np.abs(gradient).max() < 1e-3 * max(1.0, np.abs(confidence @ np.abs(y)).max())


def test_fold_in_with_repeated_items_and_gram() -> None:
    # given
    items = np.random.default_rng(0).standard_normal((20, 4)).astype(np.float32)
    gram = items.astype(np.float64).T @ items.astype(np.float64)
    # when
    once = fold_in_user(items, [3, 5], [2.0, 1.0])
    split = fold_in_user(items, [3, 5, 3], [1.0, 1.0, 1.0], gram=gram)
    # then
    assert once.dtype == np.float32
    np.testing.assert_allclose(once, split, rtol=1e-5)


def test_fold_in_refuses_bad_input() -> None:
    items = np.ones((3, 2), dtype=np.float32)
    with pytest.raises(DomainError) as caught:
        fold_in_user(items, [5], [1.0])
    assert caught.value.field == "item_indices"
    with pytest.raises(DomainError):
        fold_in_user(items, [1], [-1.0])


def test_invalid_parameters_are_refused() -> None:
    with pytest.raises(DomainError) as caught:
        train_als(_random_matrix(), ALSParams(factors=0))
    assert caught.value.field == "factors"


def test_als_beats_popularity_on_planted_clusters() -> None:
    # given
    interactions = planted_clusters(n_users=600, n_items=300, n_clusters=6, seed=1)
    # when
    report = evaluate(
        interactions, k=10, holdout=1, params=ALSParams(factors=16, iterations=10, seed=1)
    )
    # then
    recall = {name: m["recall"] for name, m in report["strategies"].items()}
    assert report["evaluated_users"] > 200
    assert recall["for_you_exact"] > 2 * recall["popularity"]
    assert recall["item_similarity"] > recall["popularity"]
    assert (
        report["strategies"]["for_you_exact"]["ndcg"] > report["strategies"]["popularity"]["ndcg"]
    )
