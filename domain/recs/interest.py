"""Members' decayed affinity to categories, brands and tags, and the reason shown with an item.

Each interaction contributes its kind weight times the recency decay (see interactions.py) to
every attribute of its item. Per member and dimension the scores are normalised to shares that
sum to 1, so "brand Y = 0.6" reads "60% of this member's recent brand attention went to Y".
A concentrated preference therefore outranks a spread one when choosing the reason to show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import numpy as np
import scipy.sparse as sp

from domain.recs.interactions import DEFAULT_KIND_WEIGHTS, IdMap, Interaction, Kind, build_matrix

Dimension = Literal["brand", "category", "tag"]
DIMENSIONS: tuple[Dimension, ...] = ("brand", "category", "tag")

REASON_TEMPLATES: Mapping[Dimension, str] = {
    "brand": "you like brand {value}",
    "category": "you often shop {value}",
    "tag": "matches your interest in {value}",
}


@dataclass(frozen=True, slots=True)
class ItemAttrs:
    """The attributes of an item that interests are measured on."""

    category: str | None = None
    brand: str | None = None
    tags: tuple[str, ...] = ()

    def values(self, dimension: Dimension) -> tuple[str, ...]:
        """The item's values on one dimension."""
        if dimension == "tag":
            return self.tags
        value = self.category if dimension == "category" else self.brand
        return (value,) if value else ()


@dataclass(frozen=True, slots=True)
class MemberAffinities:
    """One member's normalised shares per dimension, each dimension's shares summing to 1."""

    scores: Mapping[Dimension, Mapping[str, float]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, scores: Mapping[str, Mapping[str, float]]) -> MemberAffinities:
        """The affinities as stored (an object of shares per dimension); keys that name no
        dimension are left out."""
        return cls(scores={d: scores[d] for d in DIMENSIONS if d in scores})

    def score(self, dimension: Dimension, value: str) -> float:
        """The member's share for one attribute value (0 if never seen)."""
        return self.scores.get(dimension, {}).get(value, 0.0)

    def top(self, dimension: Dimension, k: int = 3) -> list[tuple[str, float]]:
        """The member's k strongest values on a dimension, best first."""
        ranked = sorted(self.scores.get(dimension, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:k]


@dataclass(frozen=True, slots=True)
class Reason:
    """Why an item is shown: the attribute the member likes most among the item's own."""

    dimension: Dimension
    value: str
    score: float
    text: str


def compute_affinities(
    interactions: Sequence[Interaction],
    item_attrs: Mapping[str, ItemAttrs],
    *,
    reference: datetime | None = None,
    half_life_days: float | None = 30.0,
    kind_weights: Mapping[Kind, float] = DEFAULT_KIND_WEIGHTS,
) -> dict[str, MemberAffinities]:
    """Decayed, normalised affinities of every member in `interactions`.

    Items missing from `item_attrs` fall back to the interaction's own `category`, if any.
    """
    built = build_matrix(
        interactions,
        reference=reference,
        half_life_days=half_life_days,
        kind_weights=kind_weights,
    )
    fallback = {i.item: i.category for i in interactions if i.category}
    attrs = [
        item_attrs.get(item) or ItemAttrs(category=fallback.get(item)) for item in built.items.ids
    ]
    per_dimension: dict[Dimension, tuple[IdMap[str], sp.csr_matrix]] = {}
    for dimension in DIMENSIONS:
        values: IdMap[str] = IdMap()
        rows: list[int] = []
        cols: list[int] = []
        for item_position, item in enumerate(attrs):
            for value in item.values(dimension):
                rows.append(item_position)
                cols.append(values.add(value))
        item_values = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float64), (rows, cols)),
            shape=(len(attrs), len(values)),
        )
        mass = (built.matrix.astype(np.float64) @ item_values).tocsr()
        totals = np.asarray(mass.sum(axis=1)).ravel()
        inverse = np.divide(1.0, totals, out=np.zeros_like(totals), where=totals > 0)
        shares = (sp.diags(inverse) @ mass).tocsr()
        shares.eliminate_zeros()
        per_dimension[dimension] = (values, shares)
    result: dict[str, MemberAffinities] = {}
    for user_position, user in enumerate(built.users.ids):
        scores: dict[Dimension, dict[str, float]] = {}
        for dimension, (values, shares) in per_dimension.items():
            start, stop = shares.indptr[user_position], shares.indptr[user_position + 1]
            if stop > start:
                scores[dimension] = {
                    values.external(int(j)): float(v)
                    for j, v in zip(
                        shares.indices[start:stop], shares.data[start:stop], strict=True
                    )
                }
        result[user] = MemberAffinities(scores=scores)
    return result


def explain(
    member_affinities: MemberAffinities, item_attrs: ItemAttrs, *, min_score: float = 0.05
) -> Reason | None:
    """The strongest reason the member may like the item, or None below `min_score`.

    Ties go to brand, then category, then tag (the more specific reason reads better).
    """
    best: Reason | None = None
    for dimension in DIMENSIONS:
        for value in item_attrs.values(dimension):
            score = member_affinities.score(dimension, value)
            if score >= min_score and (best is None or score > best.score):
                text = REASON_TEMPLATES[dimension].format(value=value)
                best = Reason(dimension=dimension, value=value, score=score, text=text)
    return best
