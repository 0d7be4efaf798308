"""Item association rules from baskets ("bought together"): support, confidence and lift.

With N baskets, n_a baskets holding a, and n_ab holding both a and b:
support(a, b) = n_ab / N, confidence(a -> b) = n_ab / n_a, lift(a -> b) = n_ab N / (n_a n_b).
Pair counts come from one sparse product B^T B of the binary baskets x items matrix. Items below
`min_support` are dropped before the product: a pair is never more frequent than either item.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import scipy.sparse as sp

from domain.errors import DomainError, ErrorCode
from domain.recs.interactions import IdMap

RankBy = Literal["lift", "confidence", "support"]


class InvalidAssociations(DomainError):
    """Association parameters were refused."""

    code = ErrorCode.INVALID


@dataclass(frozen=True, slots=True)
class Association:
    """One rule antecedent -> consequent with its statistics."""

    antecedent: Hashable
    consequent: Hashable
    count: int
    support: float
    confidence: float
    lift: float


class AssociationRules:
    """Pair counts above the support threshold, queryable per antecedent item."""

    def __init__(
        self, items: IdMap[Hashable], item_counts: np.ndarray, pairs: sp.csr_matrix, n_baskets: int
    ) -> None:
        self.items = items
        self.item_counts = item_counts
        self.pairs = pairs
        self.n_baskets = n_baskets

    def support(self, item: Hashable) -> float:
        """Share of baskets holding `item` (0 for unknown or pruned items)."""
        position = self.items.get(item)
        if position is None or self.n_baskets == 0:
            return 0.0
        return float(self.item_counts[position]) / self.n_baskets

    def top_associations(
        self, item: Hashable, k: int = 10, *, by: RankBy = "lift", min_confidence: float = 0.0
    ) -> list[Association]:
        """The k best rules `item -> other`, ranked by lift (default), confidence or support."""
        if by not in ("lift", "confidence", "support"):
            raise InvalidAssociations("by must be lift, confidence or support", field="by")
        position = self.items.get(item)
        if position is None or k <= 0:
            return []
        start, stop = self.pairs.indptr[position], self.pairs.indptr[position + 1]
        others = self.pairs.indices[start:stop]
        counts = self.pairs.data[start:stop].astype(np.float64)
        n_a = float(self.item_counts[position])
        n = float(self.n_baskets)
        support = counts / n
        confidence = counts / n_a
        lift = counts * n / (n_a * self.item_counts[others])
        keep = confidence >= min_confidence
        others, counts, support, confidence, lift = (
            array[keep] for array in (others, counts, support, confidence, lift)
        )
        key = {"lift": lift, "confidence": confidence, "support": support}[by]
        # Highest key first; ties by count, then by position for a stable answer.
        order = np.lexsort((others, -counts, -key))[:k]
        return [
            Association(
                antecedent=item,
                consequent=self.items.external(int(others[i])),
                count=int(counts[i]),
                support=float(support[i]),
                confidence=float(confidence[i]),
                lift=float(lift[i]),
            )
            for i in order
        ]


def mine_associations(
    baskets: Iterable[Sequence[Hashable] | np.ndarray],
    *,
    min_support: float = 0.001,
    min_count: int = 1,
) -> AssociationRules:
    """Count co-occurring item pairs over baskets, keeping pairs with enough support.

    A pair is kept when n_ab / N >= min_support and n_ab >= min_count. Repeats of an item
    within one basket count once.
    """
    if not 0.0 <= min_support <= 1.0:
        raise InvalidAssociations("min_support must be within [0, 1]", field="min_support")
    if min_count < 1:
        raise InvalidAssociations("min_count must be >= 1", field="min_count")
    all_items: IdMap[Hashable] = IdMap()
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    n_baskets = 0
    for basket in baskets:
        positions = np.unique(
            np.fromiter((all_items.add(_plain(x)) for x in basket), dtype=np.int64)
        )
        rows.append(np.full(positions.size, n_baskets, dtype=np.int64))
        cols.append(positions)
        n_baskets += 1
    row = np.concatenate(rows) if rows else np.empty(0, dtype=np.int64)
    col = np.concatenate(cols) if cols else np.empty(0, dtype=np.int64)
    basket_items = sp.csr_matrix(
        (np.ones(row.size, dtype=np.int32), (row, col)), shape=(n_baskets, len(all_items))
    )
    counts = np.asarray(basket_items.sum(axis=0)).ravel()
    threshold = max(float(min_count), min_support * n_baskets)
    frequent = np.flatnonzero(counts >= threshold)
    items: IdMap[Hashable] = IdMap(all_items.externals(frequent))
    pruned = basket_items[:, frequent]
    product = (pruned.T @ pruned).tocoo()
    keep = (product.row != product.col) & (product.data >= threshold)
    co = sp.csr_matrix(
        (product.data[keep], (product.row[keep], product.col[keep])), shape=product.shape
    )
    co.sort_indices()
    return AssociationRules(items, counts[frequent].astype(np.int64), co, n_baskets)


def _plain(value: Hashable) -> Hashable:
    """numpy scalars become Python scalars so ids compare and hash like the caller's."""
    return value.item() if isinstance(value, np.generic) else value
