"""Implicit-feedback matrix factorisation (ALS, Hu, Koren and Volinsky 2008) in numpy/scipy.

Preference p_ui = 1 where the weight w_ui > 0, confidence c_ui = 1 + alpha * w_ui. Each half-step
solves, for every user u at once,

    (Y^T Y + Y^T (C_u - I) Y + lambda I) x_u = Y^T C_u p_u

using the Y^T Y trick: Y^T Y is shared, so a user costs O(n_u f) per product with the matrix
rather than O(n_items f). The default solver runs a few warm-started conjugate-gradient steps
for all users of a block together (as Takacs et al. 2011 and the `implicit` library do); the
"exact" solver forms each user's f x f system and solves it batched (good for small f, tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import scipy.sparse as sp

from domain.errors import DomainError, ErrorCode

Solver = Literal["cg", "exact"]

# Bound on temporary floats per block: gathered item rows (nnz x f) or, for the exact solver,
# per-interaction outer products (nnz x f x f).
_BLOCK_FLOATS = 4_000_000
DEFAULT_ALPHA = 10.0
DEFAULT_REGULARIZATION = 0.05


class InvalidFactorisation(DomainError):
    """Factorisation parameters or input were refused."""

    code = ErrorCode.INVALID


@dataclass(frozen=True, slots=True)
class ALSParams:
    """Hyper-parameters of implicit ALS."""

    factors: int = 32
    iterations: int = 15
    regularization: float = DEFAULT_REGULARIZATION
    alpha: float = DEFAULT_ALPHA
    cg_steps: int = 3
    seed: int = 0
    solver: Solver = "cg"


@dataclass(frozen=True, slots=True)
class ALSModel:
    """Trained factors: float32 user_vectors (n_users x f) and item_vectors (n_items x f)."""

    user_vectors: np.ndarray
    item_vectors: np.ndarray
    params: ALSParams

    def fold_in(self, item_indices: Sequence[int] | np.ndarray, weights: np.ndarray) -> np.ndarray:
        """A vector for a user outside the training matrix, with this model's alpha and lambda."""
        return fold_in_user(
            self.item_vectors,
            item_indices,
            weights,
            alpha=self.params.alpha,
            regularization=self.params.regularization,
        )


def train_als(matrix: sp.spmatrix, params: ALSParams | None = None) -> ALSModel:
    """Fit implicit ALS on a users x items matrix of non-negative weights (deterministic)."""
    p = params or ALSParams()
    _check_params(p)
    user_items = sp.csr_matrix(matrix, dtype=np.float32, copy=True)
    user_items.sum_duplicates()
    user_items.eliminate_zeros()
    if user_items.nnz and (
        float(user_items.data.min()) < 0 or not np.all(np.isfinite(user_items.data))
    ):
        raise InvalidFactorisation("weights must be finite and >= 0", field="matrix")
    item_users = user_items.T.tocsr()
    n_users, n_items = user_items.shape
    rng = np.random.default_rng(p.seed)
    scale = np.float32(0.1 / np.sqrt(p.factors))
    users = (rng.standard_normal((n_users, p.factors), dtype=np.float32) * scale).astype(np.float32)
    items = (rng.standard_normal((n_items, p.factors), dtype=np.float32) * scale).astype(np.float32)
    for _ in range(p.iterations):
        _half_step(user_items, users, items, p)
        _half_step(item_users, items, users, p)
    return ALSModel(user_vectors=users, item_vectors=items, params=p)


def fold_in_user(
    item_vectors: np.ndarray,
    item_indices: Sequence[int] | np.ndarray,
    weights: np.ndarray | Sequence[float],
    *,
    alpha: float = DEFAULT_ALPHA,
    regularization: float = DEFAULT_REGULARIZATION,
    gram: np.ndarray | None = None,
) -> np.ndarray:
    """Solve one user's ALS equation against fixed item vectors; returns a float32 vector.

    Pass `gram` (item_vectors.T @ item_vectors, float64) to skip its O(n_items f^2) computation
    when folding in many users against the same vectors. Repeated indices are summed.
    """
    y = np.asarray(item_vectors, dtype=np.float64)
    indices = np.asarray(item_indices, dtype=np.int64)
    w = np.asarray(weights, dtype=np.float64)
    if indices.shape != w.shape or indices.ndim != 1:
        raise InvalidFactorisation("item_indices and weights must be 1-d of equal length")
    if indices.size and (indices.min() < 0 or indices.max() >= y.shape[0]):
        raise InvalidFactorisation("item index out of range", field="item_indices")
    if np.any(w < 0) or not np.all(np.isfinite(w)):
        raise InvalidFactorisation("weights must be finite and >= 0", field="weights")
    f = y.shape[1]
    unique, inverse = np.unique(indices, return_inverse=True)
    summed = np.bincount(inverse, weights=w, minlength=unique.size)
    keep = summed > 0
    unique, summed = unique[keep], summed[keep]
    yty = gram if gram is not None else y.T @ y
    yu = y[unique]
    conf = 1.0 + alpha * summed
    a = yty + (yu.T * (conf - 1.0)) @ yu + regularization * np.eye(f)
    b = yu.T @ conf
    return np.linalg.solve(a, b).astype(np.float32)


def _half_step(cui: sp.csr_matrix, x: np.ndarray, y: np.ndarray, p: ALSParams) -> None:
    """Update every row of x in place given fixed y."""
    f = y.shape[1]
    yty = (y.T.astype(np.float64) @ y.astype(np.float64)).astype(np.float32)
    yty_reg = yty + np.float32(p.regularization) * np.eye(f, dtype=np.float32)
    per_nnz = f * f if p.solver == "exact" else f
    for start, stop in _row_blocks(cui.indptr, max(1, _BLOCK_FLOATS // per_nnz)):
        block = cui[start:stop]
        if p.solver == "exact":
            x[start:stop] = _solve_exact(block, y, yty_reg, p.alpha)
        else:
            _solve_cg(block, x[start:stop], y, yty_reg, p.alpha, p.cg_steps)


def _row_blocks(indptr: np.ndarray, budget: int) -> list[tuple[int, int]]:
    """Split rows into contiguous blocks whose non-zeros stay under `budget` (>= 1 row each)."""
    blocks: list[tuple[int, int]] = []
    n = indptr.size - 1
    start = 0
    while start < n:
        limit = indptr[start] + budget
        stop = int(np.searchsorted(indptr, limit, side="right")) - 1
        stop = min(max(stop, start + 1), n)
        blocks.append((start, stop))
        start = stop
    return blocks


def _solve_cg(
    block: sp.csr_matrix,
    x: np.ndarray,
    y: np.ndarray,
    yty_reg: np.ndarray,
    alpha: float,
    steps: int,
) -> None:
    """Warm-started conjugate gradient on all rows of a block at once (x is a view, updated)."""
    n = block.shape[0]
    indptr, indices = block.indptr, block.indices
    rows = np.repeat(np.arange(n), np.diff(indptr))
    conf_minus_one = (np.float32(alpha) * block.data).astype(np.float32)
    y_nz = y[indices]
    b = sp.csr_matrix((conf_minus_one + 1.0, indices, indptr), shape=block.shape) @ y

    def times_a(v: np.ndarray) -> np.ndarray:
        dots = np.einsum("nf,nf->n", y_nz, v[rows]) * conf_minus_one
        result: np.ndarray = (
            v @ yty_reg + sp.csr_matrix((dots, indices, indptr), shape=block.shape) @ y
        )
        return result

    r = b - times_a(x)
    direction = r.copy()
    rs_old = np.einsum("nf,nf->n", r, r)
    tiny = np.float32(1e-20)
    for _ in range(steps):
        if float(rs_old.max(initial=0.0)) <= tiny:
            break
        a_dir = times_a(direction)
        step = rs_old / np.maximum(np.einsum("nf,nf->n", direction, a_dir), tiny)
        x += step[:, None] * direction
        r -= step[:, None] * a_dir
        rs_new = np.einsum("nf,nf->n", r, r)
        direction = r + (rs_new / np.maximum(rs_old, tiny))[:, None] * direction
        rs_old = rs_new


def _solve_exact(
    block: sp.csr_matrix, y: np.ndarray, yty_reg: np.ndarray, alpha: float
) -> np.ndarray:
    """Form and solve every row's f x f system of a block (batched)."""
    n, f = block.shape[0], y.shape[1]
    indices, indptr = block.indices, block.indptr
    conf_minus_one = (alpha * block.data).astype(np.float64)
    y_nz = y[indices].astype(np.float64)
    outer = (y_nz * conf_minus_one[:, None])[:, :, None] * y_nz[:, None, :]
    membership = sp.csr_matrix(
        (np.ones(indices.size), np.arange(indices.size), indptr), (n, indices.size)
    )
    a = (membership @ outer.reshape(indices.size, f * f)).reshape(n, f, f) + yty_reg
    b = sp.csr_matrix((conf_minus_one + 1.0, indices, indptr), shape=block.shape) @ y.astype(
        np.float64
    )
    return np.linalg.solve(a, b[:, :, None])[:, :, 0].astype(np.float32)


def _check_params(p: ALSParams) -> None:
    checks = (
        ("factors", p.factors >= 1),
        ("iterations", p.iterations >= 0),
        ("regularization", p.regularization > 0),
        ("alpha", p.alpha >= 0),
        ("cg_steps", p.cg_steps >= 1),
        ("solver", p.solver in ("cg", "exact")),
    )
    for name, ok in checks:
        if not ok:
            raise InvalidFactorisation(f"invalid ALS parameter {name}", field=name)
