"""Offline evaluation of recommendation strategies on a time-based hold-out.

Split: each member's latest `holdout` interactions are held out (members with no more than
`holdout` interactions stay in training and are not scored). The relevant set is the held-out
items the member had not touched in training; items never seen in training stay relevant and
count as misses, as they would in production. Every strategy excludes the member's training
history from its list. Metrics: recall@k = hits / min(k, |relevant|) and binary NDCG@k.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from rich.console import Console
from rich.table import Table

from domain.errors import DomainError, ErrorCode
from domain.recs.index import Metric, build_index, exact_neighbours, load_index, recall_at_k
from domain.recs.interactions import Interaction, InteractionMatrix, Kind, build_matrix
from domain.recs.vectors import ALSParams, train_als

STRATEGIES: tuple[str, ...] = ("popularity", "item_similarity", "for_you_exact", "for_you_annoy")


class InvalidEvaluation(DomainError):
    """Evaluation parameters or data were refused."""

    code = ErrorCode.INVALID


@dataclass(frozen=True, slots=True)
class Split:
    """Training interactions and, per evaluated member, the held-out relevant items."""

    train: list[Interaction]
    relevant: dict[str, set[str]]


def time_split(interactions: Sequence[Interaction], holdout: int = 1) -> Split:
    """Hold out each member's latest `holdout` interactions (ties keep input order)."""
    if holdout < 1:
        raise InvalidEvaluation("holdout must be >= 1", field="holdout")
    by_user: dict[str, list[int]] = defaultdict(list)
    for position, interaction in enumerate(interactions):
        by_user[interaction.user].append(position)
    held: set[int] = set()
    relevant: dict[str, set[str]] = {}
    for user, positions in by_user.items():
        if len(positions) <= holdout:
            continue
        ordered = sorted(positions, key=lambda p: (_ts(interactions[p]), p))
        test_positions = ordered[-holdout:]
        history = {interactions[p].item for p in ordered[:-holdout]}
        wanted = {interactions[p].item for p in test_positions} - history
        held.update(test_positions)
        if wanted:
            relevant[user] = wanted
    train = [interaction for p, interaction in enumerate(interactions) if p not in held]
    return Split(train=train, relevant=relevant)


def recall_at(recommended: Sequence[str], relevant: set[str], k: int) -> float:
    """hits in the top k / min(k, |relevant|)."""
    if not relevant:
        return 0.0
    hits = sum(1 for item in recommended[:k] if item in relevant)
    return hits / min(k, len(relevant))


def ndcg_at(recommended: Sequence[str], relevant: set[str], k: int) -> float:
    """Binary-relevance NDCG of the top k."""
    if not relevant:
        return 0.0
    dcg = sum(
        1.0 / np.log2(rank + 2) for rank, item in enumerate(recommended[:k]) if item in relevant
    )
    ideal = sum(1.0 / np.log2(rank + 2) for rank in range(min(k, len(relevant))))
    return float(dcg / ideal)


def top_k_excluding(scores: np.ndarray, history: sp.csr_matrix, k: int) -> np.ndarray:
    """Row-wise top-k positions of a dense score block, skipping each row's history items."""
    masked = np.array(scores, dtype=np.float32, copy=True)
    coo = history.tocoo()
    masked[coo.row, coo.col] = -np.inf
    k = min(k, masked.shape[1])
    top = np.argpartition(-masked, k - 1, axis=1)[:, :k]
    order = np.argsort(-np.take_along_axis(masked, top, axis=1), axis=1, kind="stable")
    ranked = np.take_along_axis(top, order, axis=1)
    finite = np.isfinite(np.take_along_axis(masked, ranked, axis=1))
    return np.where(finite, ranked, -1)


def evaluate(
    interactions: Sequence[Interaction],
    k: int = 10,
    holdout: int = 1,
    *,
    params: ALSParams | None = None,
    half_life_days: float | None = 30.0,
    n_trees: int = 50,
    search_k: int = -1,
    max_users: int | None = None,
    seed: int = 0,
    metric: Metric = "dot",
) -> dict[str, Any]:
    """Split, train ALS, and score every strategy plus Annoy's recall@k; a plain dict report.

    `metric` is how "for you" scores member against item: "dot", or "angular" (cosine, as the
    served index does); the exact baseline and the Annoy index use the same metric.
    """
    if k < 1:
        raise InvalidEvaluation("k must be >= 1", field="k")
    split = time_split(interactions, holdout)
    if not split.train:
        raise InvalidEvaluation("no training interactions", field="interactions")
    als = params or ALSParams(seed=seed)
    seconds: dict[str, float] = {}

    started = time.perf_counter()
    built = build_matrix(split.train, half_life_days=half_life_days)
    model = train_als(built.matrix, als)
    seconds["train"] = time.perf_counter() - started

    users = [u for u in split.relevant if u in built.users]
    if max_users is not None and len(users) > max_users:
        chosen = np.random.default_rng(seed).choice(len(users), size=max_users, replace=False)
        users = [users[i] for i in sorted(chosen)]
    rows = np.asarray([built.users.index(u) for u in users], dtype=np.int64)
    history = built.matrix[rows]
    relevant = [split.relevant[u] for u in users]
    item_ids = built.items.ids

    started = time.perf_counter()
    lists: dict[str, np.ndarray] = {
        "popularity": _popularity(built, history, k),
        "item_similarity": _item_similarity(model.item_vectors, history, k),
        "for_you_exact": _for_you_exact(
            model.user_vectors[rows], _scored_items(model.item_vectors, metric), history, k
        ),
    }
    seconds["exact_strategies"] = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="recs-eval-") as folder:
        started = time.perf_counter()
        path = Path(folder) / "items.ann"
        build_index(model.item_vectors, path, n_trees=n_trees, metric=metric, version=1, seed=seed)
        index = load_index(path)
        seconds["index_build"] = time.perf_counter() - started
        try:
            started = time.perf_counter()
            lists["for_you_annoy"] = _for_you_annoy(
                index.query_vector, model.user_vectors[rows], history, k, search_k
            )
            seconds["annoy_queries"] = time.perf_counter() - started
            queries = model.user_vectors[rows]
            exact, _ = exact_neighbours(model.item_vectors, queries, k, metric)
            approx = [index.query_vector(q, k, search_k)[0] for q in queries]
            annoy_recall = recall_at_k(approx, exact) if len(queries) else 1.0
        finally:
            index.close()

    strategies: dict[str, dict[str, float]] = {}
    for name in STRATEGIES:
        ranked = lists[name]
        recalls, ndcgs = [], []
        for row, wanted in zip(ranked, relevant, strict=True):
            recommended = [item_ids[p] for p in row if p >= 0]
            recalls.append(recall_at(recommended, wanted, k))
            ndcgs.append(ndcg_at(recommended, wanted, k))
        strategies[name] = {
            "recall": float(np.mean(recalls)) if recalls else 0.0,
            "ndcg": float(np.mean(ndcgs)) if ndcgs else 0.0,
        }
    return {
        "k": k,
        "holdout": holdout,
        "interactions": len(interactions),
        "train_interactions": len(split.train),
        "users": len(built.users),
        "items": len(built.items),
        "evaluated_users": len(users),
        "strategies": strategies,
        "annoy_recall": float(annoy_recall),
        "annoy": {"n_trees": n_trees, "search_k": search_k, "metric": metric},
        "als": asdict(als),
        "seconds": seconds,
    }


def format_report(report: Mapping[str, Any]) -> str:
    """Render an `evaluate` report as a plain-text rich table."""
    k = report["k"]
    table = Table(
        title=(
            f"Offline evaluation: {report['evaluated_users']} members, {report['items']} items, "
            f"holdout {report['holdout']}"
        )
    )
    table.add_column("strategy")
    table.add_column(f"recall@{k}", justify="right")
    table.add_column(f"NDCG@{k}", justify="right")
    for name, metrics in report["strategies"].items():
        table.add_row(name, f"{metrics['recall']:.4f}", f"{metrics['ndcg']:.4f}")
    table.add_section()
    annoy = report["annoy"]
    table.add_row(
        f"Annoy vs exact (trees={annoy['n_trees']}, search_k={annoy['search_k']})",
        f"{report['annoy_recall']:.4f}",
        "",
    )
    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None, force_terminal=False).print(table)
    timings = ", ".join(f"{name} {value:.2f}s" for name, value in report["seconds"].items())
    return buffer.getvalue() + f"timings: {timings}\n"


def planted_clusters(
    *,
    n_users: int = 600,
    n_items: int = 300,
    n_clusters: int = 6,
    per_user: int = 20,
    in_cluster: float = 0.85,
    days: int = 60,
    seed: int = 0,
) -> list[Interaction]:
    """Synthetic interactions: members of a cluster mostly touch that cluster's items.

    Item popularity is Zipf-like within each cluster and globally, so a popularity baseline is
    not trivially bad. Used by tests and benchmarks; no external data.
    """
    rng = np.random.default_rng(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    item_cluster = np.arange(n_items) % n_clusters
    item_weight = 1.0 / (1.0 + rng.permutation(n_items)) ** 0.6
    members = [np.flatnonzero(item_cluster == c) for c in range(n_clusters)]
    kinds = np.array([Kind.VIEW, Kind.CART, Kind.PURCHASE], dtype=object)
    result: list[Interaction] = []
    global_p = item_weight / item_weight.sum()
    for user in range(n_users):
        own = members[user % n_clusters]
        own_p = item_weight[own] / item_weight[own].sum()
        n = max(2, int(rng.poisson(per_user)))
        from_cluster = rng.random(n) < in_cluster
        picks = np.where(
            from_cluster, rng.choice(own, size=n, p=own_p), rng.choice(n_items, size=n, p=global_p)
        )
        offsets = np.sort(rng.uniform(0, days * 86_400, size=n))
        chosen_kinds = rng.choice(kinds, size=n, p=[0.7, 0.2, 0.1])
        for item, offset, kind in zip(picks, offsets, chosen_kinds, strict=True):
            result.append(
                Interaction(
                    user=f"u{user}",
                    item=f"i{int(item)}",
                    ts=start + timedelta(seconds=float(offset)),
                    kind=kind,
                    category=f"c{int(item_cluster[item])}",
                )
            )
    return result


def _popularity(built: InteractionMatrix, history: sp.csr_matrix, k: int) -> np.ndarray:
    buyers = np.asarray((built.matrix > 0).sum(axis=0), dtype=np.float32).ravel()
    return _blocked_top_k(
        lambda lo, hi: np.broadcast_to(buyers, (hi - lo, buyers.size)), history, k
    )


def _item_similarity(item_vectors: np.ndarray, history: sp.csr_matrix, k: int) -> np.ndarray:
    norms = np.linalg.norm(item_vectors, axis=1, keepdims=True)
    unit = item_vectors / np.maximum(norms, np.float32(1e-12))
    profiles = history @ unit  # weighted sum of the member's item directions
    return _blocked_top_k(lambda lo, hi: profiles[lo:hi] @ unit.T, history, k)


def _scored_items(item_vectors: np.ndarray, metric: str) -> np.ndarray:
    """Item vectors as the metric scores them (unit length for cosine)."""
    if metric != "angular":
        return item_vectors
    norms = np.linalg.norm(item_vectors, axis=1, keepdims=True)
    return item_vectors / np.maximum(norms, np.float32(1e-12))


def _for_you_exact(
    user_vectors: np.ndarray, item_vectors: np.ndarray, history: sp.csr_matrix, k: int
) -> np.ndarray:
    return _blocked_top_k(lambda lo, hi: user_vectors[lo:hi] @ item_vectors.T, history, k)


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


def _blocked_top_k(
    scores_of: Callable[[int, int], np.ndarray], history: sp.csr_matrix, k: int, block: int = 512
) -> np.ndarray:
    n = history.shape[0]
    parts = [
        top_k_excluding(np.asarray(scores_of(lo, min(lo + block, n))), history[lo : lo + block], k)
        for lo in range(0, n, block)
    ]
    if parts:
        return np.vstack(parts)
    return np.empty((0, min(k, history.shape[1])), dtype=np.int64)


def _ts(interaction: Interaction) -> float:
    moment = interaction.ts
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
