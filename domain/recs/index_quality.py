"""Exact nearest neighbours (the recall baseline), recall@k, and search_k calibration."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from domain.recs.index import METRICS, InvalidIndex, Metric
from domain.recs.index_loaded import LoadedIndex


def exact_neighbours(
    vectors: np.ndarray,
    queries: np.ndarray,
    k: int,
    metric: Metric = "dot",
    *,
    exclude_self: bool = False,
    block: int = 1024,
) -> tuple[np.ndarray, np.ndarray]:
    """Brute-force top-k (positions, scores) per query row, best first; the recall baseline.

    With `exclude_self`, query row q is item q of `vectors` and is left out of its own result.
    """
    base = np.asarray(vectors, dtype=np.float32)
    q = np.atleast_2d(np.asarray(queries, dtype=np.float32))
    k = min(k, base.shape[0] - (1 if exclude_self else 0))
    if metric == "angular":
        base = _normalise(base)
        q = _normalise(q)
    elif metric not in METRICS:
        raise InvalidIndex(f"metric must be one of {', '.join(METRICS)}", field="metric")
    base_sq = np.einsum("nf,nf->n", base, base) if metric == "euclidean" else None
    out_idx = np.empty((q.shape[0], k), dtype=np.int64)
    out_score = np.empty((q.shape[0], k), dtype=np.float32)
    for start in range(0, q.shape[0], block):
        chunk = q[start : start + block]
        scores = chunk @ base.T
        if base_sq is not None:
            # -||q - v|| ranks like 2 q.v - ||v||^2; the true distance is restored below.
            q_sq = np.einsum("nf,nf->n", chunk, chunk)[:, None]
            scores = -np.sqrt(np.maximum(q_sq - 2.0 * scores + base_sq[None, :], 0.0))
        if exclude_self:
            rows = np.arange(chunk.shape[0])
            scores[rows, start + rows] = -np.inf
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
        top_scores = np.take_along_axis(scores, top, axis=1)
        order = np.argsort(-top_scores, axis=1, kind="stable")
        out_idx[start : start + block] = np.take_along_axis(top, order, axis=1)
        out_score[start : start + block] = np.take_along_axis(top_scores, order, axis=1)
    return out_idx, out_score


def recall_at_k(
    approx: np.ndarray | Sequence[Sequence[int] | np.ndarray], exact: np.ndarray
) -> float:
    """Mean over queries of |approx_q ∩ exact_q| / |exact_q| (k = width of `exact`)."""
    exact_rows = np.atleast_2d(np.asarray(exact))
    if exact_rows.size == 0:
        return 1.0
    hits = 0
    for approx_row, exact_row in zip(approx, exact_rows, strict=True):
        hits += len(set(np.asarray(approx_row).tolist()) & set(exact_row.tolist()))
    return hits / exact_rows.size


def calibrate_search_k(
    index: LoadedIndex,
    vectors: np.ndarray,
    queries: np.ndarray,
    k: int = 10,
    *,
    target: float = 0.95,
    start: int | None = None,
) -> tuple[int, float]:
    """The smallest doubling of search_k whose recall@k against exact search reaches `target`.

    Returns (search_k, recall). Stops at a full scan's worth of nodes (n_items x n_trees), where
    Annoy returns the exact answer up to ties.
    """
    if len(queries) == 0:
        return max(start or k * index.meta.n_trees, 1), 1.0
    exact, _ = exact_neighbours(vectors, queries, k, index.meta.metric)
    ceiling = max(index.meta.n_items * index.meta.n_trees, 1)
    search_k = max(start or k * index.meta.n_trees, 1)
    while True:
        approx = [index.query_vector(q, k, search_k)[0] for q in queries]
        recall = recall_at_k(approx, exact)
        if recall >= target or search_k >= ceiling:
            return search_k, recall
        search_k = min(search_k * 2, ceiling)


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    result: np.ndarray = matrix / np.maximum(norms, np.float32(1e-12))
    return result
