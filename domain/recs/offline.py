"""The offline split and metrics shared by evaluation and model selection.

Split: each member's latest `holdout` interactions are held out, ties in time broken by input
order (members with no more than `holdout` interactions stay in training and are not scored).
The relevant set is the held-out items the member had not touched in training; items never seen
in training stay relevant and count as misses, as they would in production. Every ranking
excludes the member's training history. Metrics: recall@k = hits / min(k, |relevant|) and
binary NDCG@k.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC

import numpy as np
import scipy.sparse as sp

from domain.errors import DomainError, ErrorCode
from domain.recs.interactions import Interaction


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


def blocked_top_k(
    scores_of: Callable[[int, int], np.ndarray], history: sp.csr_matrix, k: int, block: int = 512
) -> np.ndarray:
    """Top-k positions per history row, scoring `block` rows at a time."""
    return _blocked_top_k(scores_of, history, k, block)


def mean_metrics(
    ranked: np.ndarray, relevant: Sequence[set[str]], item_ids: Sequence[str], k: int
) -> dict[str, float]:
    """Mean recall@k and NDCG@k of ranked item positions against each row's relevant set.

    Vectorised over rows (recall_at and ndcg_at of each row's list, without building the lists):
    the rebuild scores a few thousand validation members for every candidate."""
    ranked = np.asarray(ranked, dtype=np.int64)
    rows = ranked.shape[0]
    if rows != len(relevant):
        raise ValueError("one relevant set per ranked row")
    if rows == 0:
        return {"recall": 0.0, "ndcg": 0.0}
    position_of = {item: p for p, item in enumerate(item_ids)}
    found = [[position_of[i] for i in wanted if i in position_of] for wanted in relevant]
    width = max(1, max(len(f) for f in found))
    wanted_positions = np.full((rows, width), -2, dtype=np.int64)
    for row, positions in enumerate(found):
        wanted_positions[row, : len(positions)] = positions
    sizes = np.fromiter((len(w) for w in relevant), dtype=np.int64, count=rows)
    valid = ranked >= 0
    rank = np.cumsum(valid, axis=1) - 1  # rank among the row's listed items, as the lists count
    listed = valid & (rank < k)
    hits = listed & (ranked[:, :, None] == wanted_positions[:, None, :]).any(axis=2)
    capped = np.minimum(sizes, k)
    scored = sizes > 0
    recalls = np.zeros(rows)
    recalls[scored] = hits.sum(axis=1)[scored] / capped[scored]
    gains = np.where(hits, 1.0 / np.log2(np.maximum(rank, 0) + 2.0), 0.0).sum(axis=1)
    ideal = np.concatenate(([1.0], np.cumsum(1.0 / np.log2(np.arange(k) + 2.0))))
    ndcgs = np.zeros(rows)
    ndcgs[scored] = gains[scored] / ideal[capped[scored]]
    return {"recall": float(np.mean(recalls)), "ndcg": float(np.mean(ndcgs))}


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
