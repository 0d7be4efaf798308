"""Time split, metrics and the evaluation report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
import scipy.sparse as sp

from domain.recs.evaluation import evaluate, ndcg_at, recall_at, time_split, top_k_excluding
from domain.recs.evaluation_report import format_report
from domain.recs.interactions import Interaction
from domain.recs.planted import planted_clusters
from domain.recs.vectors import ALSParams

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _at(user: str, item: str, day: int) -> Interaction:
    return Interaction(user, item, T0 + timedelta(days=day))


def test_time_split_holds_out_each_users_latest() -> None:
    # given
    interactions = [
        _at("a", "x", 3),
        _at("a", "y", 1),
        _at("a", "z", 2),
        _at("b", "x", 1),
        _at("c", "x", 1),
        _at("c", "x", 2),
    ]
    # when
    split = time_split(interactions, holdout=1)
    # then: b has one interaction (kept, not scored); c re-touched x (nothing new to find)
    assert split.relevant == {"a": {"x"}}
    assert [(i.user, i.item) for i in split.train] == [
        ("a", "y"),
        ("a", "z"),
        ("b", "x"),
        ("c", "x"),
    ]


def test_recall_and_ndcg() -> None:
    assert recall_at(["a", "b", "c"], {"c", "z"}, 3) == pytest.approx(0.5)
    assert recall_at(["a"], {"a"}, 10) == 1.0
    assert ndcg_at(["a", "b"], {"a"}, 10) == pytest.approx(1.0)
    assert ndcg_at(["b", "a"], {"a"}, 10) == pytest.approx(1 / np.log2(3))
    assert ndcg_at([], set(), 10) == 0.0


def test_top_k_excluding_history() -> None:
    scores = np.array([[5.0, 4.0, 3.0, 2.0], [1.0, 2.0, 3.0, 4.0]])
    history = sp.csr_matrix(np.array([[1, 0, 0, 0], [0, 0, 0, 1]], dtype=np.float32))
    assert top_k_excluding(scores, history, 2).tolist() == [[1, 2], [2, 1]]


def test_report_has_every_strategy_and_renders() -> None:
    # given
    interactions = planted_clusters(n_users=120, n_items=60, n_clusters=3, per_user=12, seed=4)
    # when
    report = evaluate(
        interactions, k=10, holdout=2, params=ALSParams(factors=8, iterations=5), max_users=50
    )
    text = format_report(report)
    # then
    assert report["evaluated_users"] == 50
    assert set(report["strategies"]) == {
        "popularity",
        "item_similarity",
        "item_knn",
        "ease",
        "for_you_exact",
        "for_you_annoy",
    }
    assert 0.0 <= report["annoy_recall"] <= 1.0
    for name in ("popularity", "for_you_annoy", "recall@10", "NDCG@10", "Annoy vs exact"):
        assert name in text
