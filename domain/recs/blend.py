"""What FOR_YOU serves, chosen on the rebuild's validation split: ALS, EASE, or a blend of both.

ALS (the member's vector against the index), EASE (the member's latest items times the item-item
weights) and their blend are scored on the same held-out items. The blend fuses the two ranked
lists as serving fuses strategies, by weighted reciprocal rank (`weight / (FUSION_K + rank)`),
with the ALS share taken from BLEND_WEIGHTS: 1 is ALS alone, 0 EASE alone. A candidate beats the
earlier ones only by more than the noise margin, so ties keep plain ALS.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from domain.recs.itemitem import (
    EASE_MAX_ITEMS,
    EaseGram,
    binary,
    ease_from_gram,
    ease_gram,
    fit_ease,
)
from domain.recs.offline import blocked_top_k, mean_metrics
from domain.recs.validation import Holdout, K
from domain.recs.vectors import ALSModel, ALSParams, train_als

BLEND_WEIGHTS = (1.0, 0.0, 0.5, 0.75, 0.25)  # the ALS share; ALS alone first
EASE_REGULARIZATION = (500.0, 250.0, 1000.0)
FUSION_K = 10.0
TOP = 50  # each list's length before fusion (serving retrieves about as many)
NOISE_MARGIN = 0.01
MAX_BLEND_MEMBERS = 2_000


@dataclass
class ServedChoice:
    """The FOR_YOU model chosen on validation: `kind` is als, ease or blend."""

    kind: str = "als"
    als_weight: float = 1.0
    ease_regularization: float | None = None
    recall: float = 0.0
    ndcg: float = 0.0
    trials: list[dict[str, Any]] = field(default_factory=list)

    def card(self) -> dict[str, Any]:
        """The choice as the model card keeps it."""
        return asdict(self)


def choose_served(
    holdout: Holdout,
    params: ALSParams,
    metric: str,
    *,
    budget_seconds: float,
    trained: ALSModel | None = None,
) -> ServedChoice:
    """Score ALS (with the chosen parameters), EASE and their blends on the holdout.

    `trained` is ALS already fitted with `params` on `holdout.train` (the ALS choice keeps its
    winner), so it is not fitted twice."""
    rows = holdout.rows[:MAX_BLEND_MEMBERS]
    relevant = holdout.relevant[:MAX_BLEND_MEMBERS]
    history = holdout.train[rows]
    item_ids = [str(i) for i in range(holdout.train.shape[1])]
    deadline = time.perf_counter() + budget_seconds
    als = trained if trained is not None else train_als(holdout.train, params)
    items = als.item_vectors
    if metric == "angular":
        items = items / np.maximum(np.linalg.norm(items, axis=1, keepdims=True), 1e-12)
    users = als.user_vectors[rows]
    als_lists = blocked_top_k(lambda lo, hi: users[lo:hi] @ items.T, history, TOP)
    lists: dict[float, np.ndarray] = {}
    # above EASE_MAX_ITEMS EASE would score only the popular items: not served
    gram = ease_gram(holdout.train) if holdout.train.shape[1] <= EASE_MAX_ITEMS else None
    for regularization in EASE_REGULARIZATION:
        if gram is None or (lists and time.perf_counter() > deadline):
            break
        lists[regularization] = _ease_lists(gram, regularization, history)
    tried: list[tuple[float, float | None, np.ndarray]] = [(1.0, None, als_lists)]
    for weight in BLEND_WEIGHTS[1:]:
        for regularization, ease_lists in lists.items():
            tried.append((weight, regularization, _fuse(als_lists, ease_lists, weight)))
    choice = ServedChoice()
    best_recall = -1.0
    for weight, candidate, ranked in tried:
        figures = mean_metrics(ranked[:, :K], relevant, item_ids, K)
        kind = "als" if weight == 1.0 else "ease" if weight == 0.0 else "blend"
        choice.trials.append(
            {"kind": kind, "als_weight": weight, "ease_regularization": candidate} | figures
        )
        if figures["recall"] > best_recall * (1 + NOISE_MARGIN):
            best_recall = figures["recall"]
            choice.kind, choice.als_weight = kind, weight
            choice.ease_regularization = candidate
            choice.recall, choice.ndcg = figures["recall"], figures["ndcg"]
    return choice


def _ease_lists(gram: EaseGram, regularization: float, history: sp.csr_matrix) -> np.ndarray:
    ease = ease_from_gram(gram, regularization)
    return blocked_top_k(lambda lo, hi: ease.scores(history[lo:hi]), history, TOP)


def _fuse(first: np.ndarray, second: np.ndarray, weight: float) -> np.ndarray:
    """Weighted reciprocal-rank fusion of two ranked position lists per row, top K.

    An item's score is the sum of `share / (FUSION_K + rank)` over the lists it is in; ties keep
    the order items were first listed (the first list, then the second's new items)."""
    rows = first.shape[0]
    parts = [(p, s) for p, s in ((first, weight), (second, 1.0 - weight)) if s > 0.0]
    positions = np.hstack([p for p, _ in parts])
    scores = np.hstack(
        [np.broadcast_to(s * (1.0 / (FUSION_K + np.arange(p.shape[1]))), p.shape) for p, s in parts]
    )
    row_of = np.broadcast_to(np.arange(rows)[:, None], positions.shape)
    order = np.broadcast_to(np.arange(positions.shape[1]), positions.shape)
    listed = positions >= 0
    row_of, positions, scores, order = (a[listed] for a in (row_of, positions, scores, order))
    # One entry per (row, item): summed scores, first listing; unique keeps the first index.
    keys = row_of * (int(positions.max(initial=0)) + 1) + positions
    unique_keys, first_at, inverse = np.unique(keys, return_index=True, return_inverse=True)
    totals = np.zeros(unique_keys.size)
    np.add.at(totals, inverse, scores)
    item_rows, items, listed_at = row_of[first_at], positions[first_at], order[first_at]
    ranked = np.lexsort((listed_at, -totals, item_rows))
    item_rows, items = item_rows[ranked], items[ranked]
    starts = np.searchsorted(item_rows, np.arange(rows))
    rank = np.arange(item_rows.size) - starts[item_rows]
    kept = rank < K
    out = np.full((rows, K), -1, dtype=np.int64)
    out[item_rows[kept], rank[kept]] = items[kept]
    return out


@dataclass(frozen=True, slots=True)
class EaseWeights:
    """EASE's item-item weights over the kept (most popular) items, by index position."""

    positions: np.ndarray  # index positions of the kept items, sorted
    weights: np.ndarray  # kept x kept

    def scores(self, touched: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """(index positions, scores) of every kept item for a member who touched `touched`."""
        wanted = np.asarray(touched, dtype=np.int64)
        at = np.searchsorted(self.positions, wanted)
        inside = at < self.positions.size
        inside[inside] = self.positions[at[inside]] == wanted[inside]
        found = at[inside]
        if found.size == 0:
            return self.positions[:0], np.zeros(0, dtype=np.float32)
        # Touched items are not removed here: as with ALS, the slot's rules decide whether
        # items bought or seen lately are shown again.
        return self.positions, np.asarray(self.weights[found]).sum(axis=0)


def fit_served_ease(matrix: sp.csr_matrix, regularization: float) -> EaseWeights:
    """EASE on the full training matrix, kept dense over its most popular items."""
    x = binary(matrix)
    counts = np.asarray(x.sum(axis=0)).ravel()
    kept = np.sort(np.argsort(-counts, kind="stable")[:EASE_MAX_ITEMS])
    model = fit_ease(x[:, kept], regularization=regularization)
    return EaseWeights(positions=kept.astype(np.int64), weights=np.asarray(model.weights))
