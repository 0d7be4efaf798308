"""Offline evaluation of recommendation strategies on a time-based hold-out.

The split and the metrics are in domain.recs.offline; hyperparameters can be chosen first on a
validation split of the training data (domain.recs.selection).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from domain.recs.basket_evaluation import evaluate_baskets
from domain.recs.index import Metric, build_index
from domain.recs.index_loaded import load_index
from domain.recs.index_quality import calibrate_search_k, exact_neighbours, recall_at_k
from domain.recs.interactions import Interaction, InteractionMatrix, build_matrix
from domain.recs.offline import (
    InvalidEvaluation,
    Split,
    blocked_top_k,
    mean_metrics,
    ndcg_at,
    recall_at,
    time_split,
    top_k_excluding,
)
from domain.recs.selection import ALS_ITERATIONS, Tuning, candidates, fit_scorer, tune
from domain.recs.vectors import ALSParams, train_als

__all__ = [
    "STRATEGIES",
    "InvalidEvaluation",
    "Split",
    "evaluate",
    "ndcg_at",
    "recall_at",
    "time_split",
    "top_k_excluding",
]

STRATEGIES: tuple[str, ...] = (
    "popularity",
    "item_similarity",
    "item_knn",
    "ease",
    "for_you_exact",
    "for_you_annoy",
)


def evaluate(
    interactions: Sequence[Interaction],
    k: int = 10,
    holdout: int = 1,
    *,
    params: ALSParams | None = None,
    half_life_days: float | None = None,
    n_trees: int = 50,
    search_k: int | None = None,
    max_users: int | None = None,
    seed: int = 0,
    metric: Metric = "dot",
    tune_seconds: float = 0.0,
    annoy_target: float = 0.95,
) -> dict[str, Any]:
    """Split, train every model, and score each strategy plus Annoy's recall@k; a plain dict.

    With `tune_seconds` > 0, each model's hyperparameters are first chosen on a validation
    split of the training data (selection.tune); otherwise `params`, `half_life_days` and the
    item models' defaults are used. `metric` is how "for you" scores member against item: "dot",
    or "angular" (cosine, as the served index does). Annoy's search_k is the smallest doubling
    that reaches `annoy_target` recall against exact search (or the given `search_k`).
    """
    if k < 1:
        raise InvalidEvaluation("k must be >= 1", field="k")
    split = time_split(interactions, holdout)
    if not split.train:
        raise InvalidEvaluation("no training interactions", field="interactions")
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    tuning = (
        tune(split.train, holdout=holdout, k=k, budget_seconds=tune_seconds, seed=seed)
        if tune_seconds > 0
        else None
    )
    seconds["tuning"] = time.perf_counter() - started
    chosen = _chosen_params(tuning, params, half_life_days, seed)

    started = time.perf_counter()
    built = build_matrix(split.train, half_life_days=chosen["for_you"]["half_life_days"])
    model = train_als(built.matrix, chosen["als"])
    seconds["train"] = time.perf_counter() - started

    users = [u for u in split.relevant if u in built.users]
    if max_users is not None and len(users) > max_users:
        picked = np.random.default_rng(seed).choice(len(users), size=max_users, replace=False)
        users = [users[i] for i in sorted(picked)]
    rows = np.asarray([built.users.index(u) for u in users], dtype=np.int64)
    history = built.matrix[rows]
    relevant = [split.relevant[u] for u in users]

    started = time.perf_counter()
    lists: dict[str, np.ndarray] = {
        "popularity": _popularity(built, history, k),
        "item_similarity": _item_similarity(model.item_vectors, history, k),
        "for_you_exact": _for_you_exact(
            model.user_vectors[rows], _scored_items(model.item_vectors, metric), history, k
        ),
    }
    for name in ("item_knn", "ease"):
        scorer = fit_scorer(
            name, chosen[name], split.train, built.users, built.items, rows, seed=seed
        )
        lists[name] = blocked_top_k(scorer, history, k)
    seconds["exact_strategies"] = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="recs-eval-") as folder:
        started = time.perf_counter()
        path = Path(folder) / "items.ann"
        build_index(model.item_vectors, path, n_trees=n_trees, metric=metric, version=1, seed=seed)
        index = load_index(path)
        seconds["index_build"] = time.perf_counter() - started
        try:
            queries = model.user_vectors[rows]
            if search_k is None:
                sample = queries[: min(len(queries), 500)]
                search_k, _ = calibrate_search_k(
                    index, model.item_vectors, sample, k, target=annoy_target
                )
            started = time.perf_counter()
            lists["for_you_annoy"] = _for_you_annoy(
                index.query_vector, queries, history, k, search_k
            )
            seconds["annoy_queries"] = time.perf_counter() - started
            exact, _ = exact_neighbours(model.item_vectors, queries, k, metric)
            approx = [index.query_vector(q, k, search_k)[0] for q in queries]
            annoy_recall = recall_at_k(approx, exact) if len(queries) else 1.0
        finally:
            index.close()

    item_ids = built.items.ids
    return {
        "k": k,
        "holdout": holdout,
        "interactions": len(interactions),
        "train_interactions": len(split.train),
        "users": len(built.users),
        "items": len(built.items),
        "time_span": _time_span(interactions),
        "evaluated_users": len(users),
        "strategies": {
            name: mean_metrics(lists[name], relevant, item_ids, k) for name in STRATEGIES
        },
        "annoy_recall": float(annoy_recall),
        "annoy": {"n_trees": n_trees, "search_k": search_k, "metric": metric},
        "als": asdict(chosen["als"]),
        "params": {name: chosen[name] for name in ("for_you", "item_knn", "ease")},
        "tuning": tuning.as_dict() if tuning else None,
        "bought_together": evaluate_baskets(interactions, k),
        "seconds": seconds,
    }


def _chosen_params(
    tuning: Tuning | None, params: ALSParams | None, half_life_days: float | None, seed: int
) -> dict[str, Any]:
    """Each model's parameters: the validation winner, else the caller's or the defaults."""
    defaults = {name: next(candidates(name)) for name in ("item_knn", "ease")}
    als = params or ALSParams(seed=seed)
    for_you: dict[str, Any] = {"half_life_days": half_life_days}
    if tuning is not None:
        for name in ("item_knn", "ease"):
            if (best := tuning.best(name)) is not None:
                defaults[name] = best.params
        if (best := tuning.best("for_you")) is not None:
            for_you = {"half_life_days": best.params["half_life_days"]}
            als = ALSParams(
                factors=best.params["factors"],
                regularization=best.params["regularization"],
                alpha=best.params["alpha"],
                iterations=ALS_ITERATIONS,
                seed=seed,
            )
    return {**defaults, "for_you": {**for_you, **asdict(als)}, "als": als}


def _time_span(interactions: Sequence[Interaction]) -> dict[str, str] | None:
    if not interactions:
        return None
    moments = [i.ts for i in interactions]
    return {"from": min(moments).isoformat(), "to": max(moments).isoformat()}


def _popularity(built: InteractionMatrix, history: sp.csr_matrix, k: int) -> np.ndarray:
    buyers = np.asarray((built.matrix > 0).sum(axis=0), dtype=np.float32).ravel()
    return blocked_top_k(lambda lo, hi: np.broadcast_to(buyers, (hi - lo, buyers.size)), history, k)


def _item_similarity(item_vectors: np.ndarray, history: sp.csr_matrix, k: int) -> np.ndarray:
    norms = np.linalg.norm(item_vectors, axis=1, keepdims=True)
    unit = item_vectors / np.maximum(norms, np.float32(1e-12))
    profiles = history @ unit  # weighted sum of the member's item directions
    return blocked_top_k(lambda lo, hi: profiles[lo:hi] @ unit.T, history, k)


def _scored_items(item_vectors: np.ndarray, metric: str) -> np.ndarray:
    """Item vectors as the metric scores them (unit length for cosine)."""
    if metric != "angular":
        return item_vectors
    norms = np.linalg.norm(item_vectors, axis=1, keepdims=True)
    result: np.ndarray = item_vectors / np.maximum(norms, np.float32(1e-12))
    return result


def _for_you_exact(
    user_vectors: np.ndarray, item_vectors: np.ndarray, history: sp.csr_matrix, k: int
) -> np.ndarray:
    return blocked_top_k(lambda lo, hi: user_vectors[lo:hi] @ item_vectors.T, history, k)


def _for_you_annoy(
    query: Callable[[np.ndarray, int, int], tuple[np.ndarray, np.ndarray]],
    user_vectors: np.ndarray,
    history: sp.csr_matrix,
    k: int,
    search_k: int,
) -> np.ndarray:
    out = np.full((user_vectors.shape[0], k), -1, dtype=np.int64)
    for row in range(user_vectors.shape[0]):
        seen = set(history.indices[history.indptr[row] : history.indptr[row + 1]].tolist())
        found, _ = query(user_vectors[row], k + len(seen), search_k)
        kept = [int(p) for p in found if int(p) not in seen][:k]
        out[row, : len(kept)] = kept
    return out
