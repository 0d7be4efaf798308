"""The rebuild's own validation: hold out each member's latest discovery, choose ALS on the rest.

Works on the aggregated member x item matrix the rebuild trains on (one cell per pair with the
time the member first touched the item), so it needs no second read of the raw data. Members with
at least `MIN_HISTORY` items lose the item they came to most recently (not a staple they keep
rebuying, which popularity would always win); ALS candidates are trained on what remains and
ranked by recall@k against that item, beside popularity. The card this produces is what
`recommendationModel` shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from itertools import product
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from domain.recs.offline import blocked_top_k, mean_metrics
from domain.recs.vectors import ALSModel, ALSParams, train_als

if TYPE_CHECKING:
    from domain.recs.index import Metric

MIN_HISTORY = 3
MAX_SCORED_MEMBERS = 5_000
K = 10
METRICS: tuple[Metric, ...] = ("angular", "dot")
ALS_GRID: dict[str, tuple[Any, ...]] = {
    "factors": (32, 64),
    "regularization": (0.1, 1.0),
    "alpha": (10.0, 2.0),
}


@dataclass(frozen=True, slots=True)
class Holdout:
    """A training matrix without the held-out cells, and per scored row its held-out items."""

    train: sp.csr_matrix
    rows: np.ndarray
    relevant: list[set[str]]


@dataclass
class Validation:
    """Validation figures of every candidate, the winner, and popularity's."""

    popularity: dict[str, float]
    winner: ALSParams
    metric: Metric
    winner_figures: dict[str, float]
    trials: list[dict[str, Any]] = field(default_factory=list)
    members: int = 0
    model: ALSModel | None = field(default=None, repr=False, compare=False)  # the winner, fitted

    @property
    def beats_popularity(self) -> bool:
        """A model no better than popularity on validation is not worth publishing."""
        return self.winner_figures["recall"] > self.popularity["recall"]

    def card(self) -> dict[str, Any]:
        """The validation part of a model card."""
        return {
            "members": self.members,
            "k": K,
            "for_you": self.winner_figures,
            "popularity": self.popularity,
            "params": asdict(self.winner),
            "metric": self.metric,
            "trials": self.trials,
        }


def hold_out_latest(matrix: sp.csr_matrix, last_seen: sp.csr_matrix, seed: int = 0) -> Holdout:
    """Hold out, for each member with at least MIN_HISTORY items, the item whose time in
    `last_seen` is the latest (the rebuild passes the time each item was first touched)."""
    counts = np.diff(matrix.indptr)
    eligible = np.flatnonzero(counts >= MIN_HISTORY)
    if eligible.size > MAX_SCORED_MEMBERS:
        picked = np.random.default_rng(seed).choice(eligible.size, MAX_SCORED_MEMBERS, False)
        eligible = np.sort(eligible[picked])
    train = matrix.tolil(copy=True)
    relevant: list[set[str]] = []
    for row in eligible:
        start, stop = last_seen.indptr[row], last_seen.indptr[row + 1]
        # latest first; the item id breaks ties so the split is deterministic
        cells = sorted(
            zip(last_seen.data[start:stop], last_seen.indices[start:stop], strict=True),
            key=lambda cell: (-cell[0], cell[1]),
        )
        item = int(cells[0][1])
        train[row, item] = 0
        relevant.append({str(item)})
    out = train.tocsr()
    out.eliminate_zeros()
    return Holdout(train=out, rows=eligible, relevant=relevant)


def choose_als(
    holdout: Holdout,
    *,
    budget_seconds: float,
    iterations: int,
    metrics: tuple[Metric, ...] = METRICS,
    seed: int = 0,
    resume: Validation | None = None,
    with_popularity: bool = True,
) -> Validation:
    """Train each ALS candidate within the budget and score it by each metric the index can
    serve (dot product, or cosine: "angular"); the best by recall@k wins, metric included.

    `resume` is an earlier choice on the same holdout, with the same iterations, metrics and
    seed (the rebuild's half-life trial runs the first candidate): its candidates are not
    trained again. `with_popularity=False` leaves popularity's figures out (empty) until a
    resumed choice needs them."""
    item_ids = [str(i) for i in range(holdout.train.shape[1])]
    history = holdout.train[holdout.rows]
    popularity: dict[str, float] = {}
    if resume is not None and resume.popularity:
        popularity = resume.popularity
    elif with_popularity or resume is not None:
        buyers = np.asarray((holdout.train > 0).sum(axis=0), dtype=np.float32).ravel()
        popular = blocked_top_k(
            lambda lo, hi: np.broadcast_to(buyers, (hi - lo, buyers.size)), history, K
        )
        popularity = mean_metrics(popular, holdout.relevant, item_ids, K)
    deadline = time.perf_counter() + budget_seconds
    best: tuple[ALSParams, Metric, dict[str, float], ALSModel | None] | None = None
    trials: list[dict[str, Any]] = []
    done = 0
    if resume is not None:
        best = (resume.winner, resume.metric, resume.winner_figures, resume.model)
        trials = list(resume.trials)
        done = len(trials) // len(metrics)
    for tried, values in enumerate(product(*ALS_GRID.values())):
        if tried < done:
            continue
        if best is not None and time.perf_counter() > deadline:
            break
        params = ALSParams(
            **dict(zip(ALS_GRID.keys(), values, strict=True)), iterations=iterations, seed=seed
        )
        model = train_als(holdout.train, params)
        vectors = model.user_vectors[holdout.rows]
        for metric in metrics:
            items = _unit(model.item_vectors) if metric == "angular" else model.item_vectors
            ranked = blocked_top_k(_dot_scores(vectors, items), history, K)
            figures = mean_metrics(ranked, holdout.relevant, item_ids, K)
            trials.append(
                {**dict(zip(ALS_GRID.keys(), values, strict=True)), "metric": metric, **figures}
            )
            if best is None or figures["recall"] > best[2]["recall"]:
                best = (params, metric, figures, model)
    assert best is not None
    return Validation(
        popularity=popularity,
        winner=best[0],
        metric=best[1],
        winner_figures=best[2],
        trials=trials,
        members=int(holdout.rows.size),
        model=best[3],
    )


def _dot_scores(users: np.ndarray, items: np.ndarray) -> Callable[[int, int], np.ndarray]:
    """Scores of a block of users (rows lo..hi) against every item."""
    return lambda lo, hi: users[lo:hi] @ items.T


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    result: np.ndarray = vectors / np.maximum(norms, np.float32(1e-12))
    return result
