"""The vectorised validation metrics and blend fusion equal their per-row definitions."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.recs.blend import FUSION_K, _fuse
from domain.recs.offline import mean_metrics, ndcg_at, recall_at
from domain.recs.validation import K


def _fuse_by_row(first: np.ndarray, second: np.ndarray, weight: float) -> np.ndarray:
    """Reciprocal-rank fusion one row at a time, as the definition reads."""
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


def _ranked_lists(rng: np.random.Generator, rows: int, width: int, items: int) -> np.ndarray:
    """Rows of distinct item positions, some ending early with -1 as top-k lists do."""
    out = np.full((rows, width), -1, dtype=np.int64)
    for row in range(rows):
        listed = int(rng.integers(0, width + 1))
        out[row, :listed] = rng.choice(items, size=min(listed, items), replace=False)[:listed]
    return out


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    rows=st.integers(1, 30),
    width=st.integers(1, 25),
    items=st.integers(25, 60),
    weight=st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0, 0.3]),
)
def test_fusion_equals_the_per_row_definition(
    seed: int, rows: int, width: int, items: int, weight: float
) -> None:
    rng = np.random.default_rng(seed)
    first = _ranked_lists(rng, rows, width, items)
    second = _ranked_lists(rng, rows, width, items)
    assert np.array_equal(_fuse(first, second, weight), _fuse_by_row(first, second, weight))


def test_fusion_breaks_ties_by_first_listing() -> None:
    first = np.array([[3, 1]])
    second = np.array([[1, 3]])
    # equal shares: 1 and 3 tie exactly, 3 was listed first
    assert _fuse(first, second, 0.5)[0, :2].tolist() == [3, 1]


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    rows=st.integers(1, 30),
    width=st.integers(1, 20),
    k=st.integers(1, 12),
)
def test_mean_metrics_equal_the_per_row_metrics(seed: int, rows: int, width: int, k: int) -> None:
    rng = np.random.default_rng(seed)
    items = 40
    ranked = _ranked_lists(rng, rows, width, items)
    ids = [f"i{p}" for p in range(items)]
    relevant = [
        {f"i{p}" for p in rng.choice(items + 5, size=int(rng.integers(0, 4)), replace=False)}
        for _ in range(rows)
    ]  # positions 40..44 are never listed: held out items unseen in training
    recalls, ndcgs = [], []
    for row, wanted in zip(ranked, relevant, strict=True):
        listed = [ids[p] for p in row if p >= 0]
        recalls.append(recall_at(listed, wanted, k))
        ndcgs.append(ndcg_at(listed, wanted, k))
    figures = mean_metrics(ranked, relevant, ids, k)
    assert figures["recall"] == float(np.mean(recalls))
    assert abs(figures["ndcg"] - float(np.mean(ndcgs))) < 1e-12
