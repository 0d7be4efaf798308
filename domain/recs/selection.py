"""Choosing each model's hyperparameters on a validation split of the data it trains on.

The validation split holds out each member's latest interactions of the training data (as the
test split does), so the choice never sees the test period. Candidates of every model are tried
in grid order, defaults first, until the time budget runs out; the best by recall@k (NDCG@k
breaking ties) wins. Recency is a hyperparameter of the weighted models like any other,
including "none".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Any

import numpy as np
import scipy.sparse as sp

from domain.recs.interactions import IdMap, Interaction, build_matrix
from domain.recs.itemitem import fit_ease, fit_item_knn
from domain.recs.offline import blocked_top_k, mean_metrics, time_split
from domain.recs.vectors import ALSParams, train_als

Scorer = Callable[[int, int], np.ndarray]
MODELS: tuple[str, ...] = ("for_you", "item_knn", "ease")

GRIDS: dict[str, dict[str, Sequence[Any]]] = {
    "for_you": {
        "half_life_days": (None, 180.0, 30.0),
        "factors": (64, 32, 128),
        "regularization": (0.1, 1.0),
        "alpha": (10.0, 2.0, 0.5, 40.0),
    },
    "item_knn": {"neighbours": (0, 400, 100), "shrinkage": (0.0, 10.0)},
    "ease": {"regularization": (500.0, 250.0, 1000.0, 2000.0)},
}
ALS_ITERATIONS = 15
NOISE_MARGIN = 0.01  # a relative recall difference below this is not evidence


@dataclass(frozen=True, slots=True)
class Trial:
    """One candidate's validation figures."""

    model: str
    params: dict[str, Any]
    recall: float
    ndcg: float
    seconds: float


@dataclass
class Tuning:
    """Every trial, and the winner of each model."""

    trials: list[Trial] = field(default_factory=list)
    validation_members: int = 0
    budget_exhausted: bool = False

    def best(self, model: str) -> Trial | None:
        """The winning trial of a model: a later candidate wins only by more than the noise
        margin, so ties go to the earlier (simpler, default) one."""
        winner: Trial | None = None
        for trial in self.trials:
            if trial.model == model and (
                winner is None or trial.recall > winner.recall * (1 + NOISE_MARGIN)
            ):
                winner = trial
        return winner

    def as_dict(self) -> dict[str, Any]:
        """The grid and the winners, for job results and model cards."""
        return {
            "validation_members": self.validation_members,
            "budget_exhausted": self.budget_exhausted,
            "winners": {
                m: {"params": b.params, "recall": b.recall, "ndcg": b.ndcg}
                for m in MODELS
                if (b := self.best(m)) is not None
            },
            "trials": [
                {"model": t.model, "params": t.params, "recall": t.recall, "ndcg": t.ndcg}
                for t in self.trials
            ],
        }


def candidates(model: str) -> Iterator[dict[str, Any]]:
    """A model's grid, the first value of every parameter (the default) first."""
    grid = GRIDS[model]
    for values in product(*grid.values()):
        yield dict(zip(grid.keys(), values, strict=True))


def fit_scorer(
    model: str,
    params: dict[str, Any],
    train: Sequence[Interaction],
    users: IdMap[str],
    items: IdMap[str],
    rows: np.ndarray,
    *,
    seed: int = 0,
) -> Scorer:
    """Train one model on `train` and return scores for the given member rows by block."""
    if model == "for_you":
        weighted = build_matrix(
            train, half_life_days=params["half_life_days"], users=users, items=items
        ).matrix
        als = train_als(
            weighted,
            ALSParams(
                factors=params["factors"],
                regularization=params["regularization"],
                alpha=params["alpha"],
                iterations=ALS_ITERATIONS,
                seed=seed,
            ),
        )
        vectors = als.user_vectors[rows]
        return lambda lo, hi: vectors[lo:hi] @ als.item_vectors.T
    binary = build_matrix(train, half_life_days=None, users=users, items=items).matrix
    fitted = fit_item_knn(binary, **params) if model == "item_knn" else fit_ease(binary, **params)
    history = binary[rows]
    return lambda lo, hi: fitted.scores(history[lo:hi])


def tune(
    train: Sequence[Interaction],
    *,
    holdout: int,
    k: int = 10,
    budget_seconds: float = 60.0,
    models: Sequence[str] = MODELS,
    max_members: int | None = 2_000,
    seed: int = 0,
) -> Tuning:
    """Try each model's candidates on a validation split of `train` within the budget."""
    split = time_split(train, holdout)
    built = build_matrix(split.train, half_life_days=None)
    members = [u for u in split.relevant if u in built.users]
    if max_members is not None and len(members) > max_members:
        picked = np.random.default_rng(seed).choice(len(members), size=max_members, replace=False)
        members = [members[i] for i in sorted(picked)]
    rows = np.asarray([built.users.index(u) for u in members], dtype=np.int64)
    history: sp.csr_matrix = built.matrix[rows]
    relevant = [split.relevant[u] for u in members]
    tuning = Tuning(validation_members=len(members))
    deadline = time.perf_counter() + budget_seconds
    queues = {model: candidates(model) for model in models}
    while queues:  # round-robin, so every model gets its defaults before any gets its tail
        for model in list(queues):
            params = next(queues[model], None)
            if params is None:
                del queues[model]
                continue
            if time.perf_counter() > deadline and tuning.best(model) is not None:
                tuning.budget_exhausted = True
                del queues[model]
                continue
            started = time.perf_counter()
            scorer = fit_scorer(
                model, params, split.train, built.users, built.items, rows, seed=seed
            )
            ranked = blocked_top_k(scorer, history, k)
            figures = mean_metrics(ranked, relevant, built.items.ids, k)
            tuning.trials.append(
                Trial(
                    model, params, figures["recall"], figures["ndcg"], time.perf_counter() - started
                )
            )
    return tuning
