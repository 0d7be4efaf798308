"""Item-item models over the binary member x item matrix: item-kNN and EASE.

item-kNN: cosine similarity of item columns, co(i, j) / (sqrt(n_i n_j) + shrinkage), each item
keeping its `neighbours` most similar items; a member's score for j sums the similarities of j to
the items in their history (Sarwar et al. 2001; shrinkage as in Koren 2008).

EASE (Steck 2019): the item-item weights B minimising ||X - XB||^2 + lambda ||B||^2 with a zero
diagonal have the closed form B = I - P / diag(P), P = (X^T X + lambda I)^-1. It is strong on
retail data and costs one n x n inverse, so it is fitted on the `max_items` most popular items.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.linalg import lapack

EASE_MAX_ITEMS = 6_000  # a float32 inverse of 6,000 items is 144 MB


@dataclass(frozen=True, slots=True)
class ItemItemModel:
    """Item-item weights (n_items x n_items, sparse or dense); score = history @ weights."""

    weights: sp.csr_matrix | np.ndarray
    kind: str

    def scores(self, history: sp.csr_matrix) -> np.ndarray:
        """Dense scores of every item for each row of a binary history block."""
        product = binary(history) @ self.weights
        if sp.issparse(product):
            product = product.toarray()
        return np.asarray(product, dtype=np.float32)


def binary(matrix: sp.spmatrix) -> sp.csr_matrix:
    """1 where a member touched an item (any positive weight), else 0."""
    out = sp.csr_matrix(matrix, dtype=np.float32, copy=True)
    out.data = (out.data > 0).astype(np.float32)
    out.eliminate_zeros()
    return out


def fit_item_knn(
    matrix: sp.spmatrix, *, neighbours: int = 100, shrinkage: float = 0.0
) -> ItemItemModel:
    """Cosine item-kNN with shrinkage; each item keeps its top `neighbours` (0 = all)."""
    x = binary(matrix)
    co = (x.T @ x).tocsr().astype(np.float32)
    counts = np.asarray(x.sum(axis=0), dtype=np.float32).ravel()
    co.setdiag(0)
    co.eliminate_zeros()
    rows = np.repeat(np.arange(co.shape[0]), np.diff(co.indptr))
    co.data = co.data / (np.sqrt(counts[rows] * counts[co.indices]) + np.float32(shrinkage))
    if neighbours > 0:
        co = _top_per_row(co, neighbours)
    # scores sum over the history items i of sim(i, j): rows of the weight matrix are i
    return ItemItemModel(weights=co, kind="item_knn")


@dataclass(frozen=True, slots=True)
class EaseGram:
    """X^T X over the kept (most popular) items: what every EASE regularisation starts from."""

    kept: np.ndarray  # positions of the kept items, sorted
    gram: np.ndarray  # kept x kept, float64
    n_items: int


def ease_gram(matrix: sp.spmatrix, *, max_items: int = EASE_MAX_ITEMS) -> EaseGram:
    """The Gram matrix of the binary history over the `max_items` most popular items."""
    x = binary(matrix)
    counts = np.asarray(x.sum(axis=0)).ravel()
    kept = np.sort(np.argsort(-counts, kind="stable")[:max_items])
    sub = x[:, kept]
    gram = (sub.T @ sub).toarray().astype(np.float64)
    return EaseGram(kept=kept, gram=gram, n_items=x.shape[1])


def fit_ease(
    matrix: sp.spmatrix, *, regularization: float = 500.0, max_items: int = EASE_MAX_ITEMS
) -> ItemItemModel:
    """EASE on the `max_items` most popular items (the others get no EASE score)."""
    return ease_from_gram(ease_gram(matrix, max_items=max_items), regularization)


def ease_from_gram(prepared: EaseGram, regularization: float) -> ItemItemModel:
    """EASE weights for one regularisation from a prepared Gram matrix."""
    if regularization <= 0:
        raise ValueError("EASE needs a positive regularisation")
    weights = _spd_inverse(prepared.gram, regularization)
    weights /= -np.diag(weights)
    np.fill_diagonal(weights, 0.0)
    kept, n_items = prepared.kept, prepared.n_items
    if kept.size == n_items:
        return ItemItemModel(weights=weights.astype(np.float32), kind="ease")
    full = sp.lil_matrix((n_items, n_items), dtype=np.float32)
    full[np.ix_(kept, kept)] = weights.astype(np.float32)
    return ItemItemModel(weights=full.tocsr(), kind="ease")


def _spd_inverse(gram: np.ndarray, regularization: float) -> np.ndarray:
    """(gram + regularization I)^-1 by Cholesky: the matrix is symmetric positive definite, and
    the factor and its inverse cost about half a general inverse."""
    shifted = gram.copy(order="F")
    shifted[np.diag_indices_from(shifted)] += regularization
    factor, info = lapack.dpotrf(shifted, lower=0, overwrite_a=1)
    if info == 0:
        upper, info = lapack.dpotri(factor, lower=0, overwrite_c=1)
    if info != 0:  # not positive definite after all (cannot happen with a positive shift)
        shifted = gram.copy()
        shifted[np.diag_indices_from(shifted)] += regularization
        return np.linalg.inv(shifted)
    # dpotri fills the upper triangle only; mirror it
    inverse: np.ndarray = np.triu(upper)
    inverse += np.triu(upper, 1).T
    return inverse


def _top_per_row(matrix: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Each row's `keep` largest entries."""
    rows, cols, vals = [], [], []
    for row in range(matrix.shape[0]):
        start, stop = matrix.indptr[row], matrix.indptr[row + 1]
        data = matrix.data[start:stop]
        top = np.argpartition(-data, keep - 1)[:keep] if data.size > keep else np.arange(data.size)
        rows.append(np.full(top.size, row))
        cols.append(matrix.indices[start:stop][top])
        vals.append(data[top])
    if not rows:
        return matrix
    return sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=matrix.shape
    )


def top_neighbours(model: ItemItemModel, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Each item's `n` most similar items as (positions, scores), -1 / 0 padded, best first."""
    weights = sp.csr_matrix(model.weights)
    n_items = weights.shape[0]
    positions = np.full((n_items, n), -1, dtype=np.int32)
    scores = np.zeros((n_items, n), dtype=np.float32)
    for row in range(n_items):
        start, stop = weights.indptr[row], weights.indptr[row + 1]
        data, cols = weights.data[start:stop], weights.indices[start:stop]
        keep = data > 0
        data, cols = data[keep], cols[keep]
        order = np.argsort(-data, kind="stable")[:n]
        positions[row, : order.size] = cols[order]
        scores[row, : order.size] = data[order]
    return positions, scores
