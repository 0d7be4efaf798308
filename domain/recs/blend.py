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

from domain.recs.itemitem import EASE_MAX_ITEMS, binary, fit_ease
from domain.recs.offline import blocked_top_k, mean_metrics
from domain.recs.validation import Holdout, K
from domain.recs.vectors import ALSParams, train_als

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
    holdout: Holdout, params: ALSParams, metric: str, *, budget_seconds: float
) -> ServedChoice:
    """Score ALS (with the chosen parameters), EASE and their blends on the holdout."""
    rows = holdout.rows[:MAX_BLEND_MEMBERS]
    relevant = holdout.relevant[:MAX_BLEND_MEMBERS]
    history = holdout.train[rows]
    item_ids = [str(i) for i in range(holdout.train.shape[1])]
    deadline = time.perf_counter() + budget_seconds
    als = train_als(holdout.train, params)
    items = als.item_vectors
    if metric == "angular":
        items = items / np.maximum(np.linalg.norm(items, axis=1, keepdims=True), 1e-12)
    users = als.user_vectors[rows]
    als_lists = blocked_top_k(lambda lo, hi: users[lo:hi] @ items.T, history, TOP)
    lists: dict[float, np.ndarray] = {}
    for regularization in EASE_REGULARIZATION:
        if (lists and time.perf_counter() > deadline) or holdout.train.shape[1] > EASE_MAX_ITEMS:
            break  # above EASE_MAX_ITEMS EASE would score only the popular items: not served
        lists[regularization] = _ease_lists(holdout.train, regularization, history)
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


def _ease_lists(train: sp.csr_matrix, regularization: float, history: sp.csr_matrix) -> np.ndarray:
    ease = fit_ease(train, regularization=regularization)
    return blocked_top_k(lambda lo, hi: ease.scores(history[lo:hi]), history, TOP)


def _fuse(first: np.ndarray, second: np.ndarray, weight: float) -> np.ndarray:
    """Weighted reciprocal-rank fusion of two ranked position lists per row."""
    out = np.full((first.shape[0], K), -1, dtype=np.int64)
    shares = 1.0 / (FUSION_K + np.arange(first.shape[1]))
    for row in range(first.shape[0]):
        total: dict[int, float] = {}
        for positions, share in ((first[row], weight), (second[row], 1.0 - weight)):
            if share <= 0.0:
                continue
            for rank, position in enumerate(positions.tolist()):
                if position >= 0:
                    total[position] = total.get(position, 0.0) + share * shares[rank]
        best = sorted(total, key=lambda p: -total[p])[:K]
        out[row, : len(best)] = best
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
