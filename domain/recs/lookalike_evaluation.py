"""Lookalike conversion on held-out purchases: does the audience buy the seed's category?

Each member's latest `holdout` interactions are held out (as `crm recs evaluate --holdout`
splits); the earlier ones train the taste vectors (ALS). For each category, the members who
bought it earlier are the seed, and an audience is taken among the others: once the members
nearest to the seed's centroid (as `lookalikeMembers` serves), once at random, of the same size.
The conversion rate of an audience is its share of members whose held-out interactions include
the category. A lookalike that works converts well above the random audience.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from domain.recs.interactions import Interaction, build_matrix
from domain.recs.lookalike import nearest_to_centroid
from domain.recs.offline import time_split
from domain.recs.published import MemberVectors
from domain.recs.vectors import ALSParams, train_als

MIN_SEED = 20
MIN_OTHERS = 100


@dataclass(frozen=True, slots=True)
class CategoryConversion:
    """One category's seed, audience size and the two conversion rates."""

    category: str
    seed: int
    audience: int
    lookalike_rate: float
    random_rate: float


def evaluate_lookalikes(
    interactions: Sequence[Interaction],
    *,
    holdout: int = 10,
    audience_share: float = 0.1,
    params: ALSParams | None = None,
    random_draws: int = 20,
    seed: int = 0,
) -> dict[str, Any]:
    """Per category and pooled: conversion of the lookalike and of a random audience."""
    split = time_split(interactions, holdout)
    built = build_matrix(split.train, half_life_days=None)
    model = train_als(built.matrix, params or ALSParams(factors=32, iterations=15, seed=seed))
    member_ids = np.arange(len(built.users.ids), dtype=np.int64)  # row numbers as ids
    vectors = MemberVectors(ids=member_ids, vectors=model.user_vectors)
    row_of = {u: r for r, u in enumerate(built.users.ids)}
    earlier: dict[str, set[int]] = {}
    later: dict[str, set[int]] = {}
    category_of = {i.item: i.category for i in interactions if i.category is not None}
    for interaction in split.train:
        row = row_of.get(interaction.user)
        if row is not None and interaction.category is not None:
            earlier.setdefault(interaction.category, set()).add(row)
    for user, items in split.relevant.items():
        for item in items:
            if user in row_of and item in category_of:
                later.setdefault(category_of[item], set()).add(row_of[user])
    rng = np.random.default_rng(seed)
    results = [
        found
        for category in sorted(earlier)
        if (
            found := _category(
                category,
                earlier[category],
                later.get(category, set()),
                vectors,
                audience_share,
                random_draws,
                rng,
            )
        )
        is not None
    ]
    audience = sum(r.audience for r in results)
    return {
        "members": len(built.users.ids),
        "holdout": holdout,
        "categories": [_as_dict(r) for r in results],
        "lookalike_rate": sum(r.lookalike_rate * r.audience for r in results) / max(audience, 1),
        "random_rate": sum(r.random_rate * r.audience for r in results) / max(audience, 1),
    }


def _category(
    category: str,
    seeds: set[int],
    buyers_later: set[int],
    vectors: MemberVectors,
    audience_share: float,
    random_draws: int,
    rng: np.random.Generator,
) -> CategoryConversion | None:
    others = np.setdiff1d(vectors.ids, np.fromiter(seeds, dtype=np.int64))
    if len(seeds) < MIN_SEED or others.size < MIN_OTHERS:
        return None
    size = max(1, int(others.size * audience_share))
    found = nearest_to_centroid(vectors, np.fromiter(sorted(seeds), dtype=np.int64), size)
    converted = np.fromiter(buyers_later, dtype=np.int64, count=len(buyers_later))
    lookalike = float(np.isin(found.member_ids, converted).mean())
    draws = [
        np.isin(rng.choice(others, size, replace=False), converted).mean()
        for _ in range(random_draws)
    ]
    return CategoryConversion(category, len(seeds), size, lookalike, float(np.mean(draws)))


def _as_dict(result: CategoryConversion) -> dict[str, Any]:
    return {name: getattr(result, name) for name in CategoryConversion.__dataclass_fields__}


def format_lookalike_report(report: dict[str, Any]) -> str:
    """The report as plain text lines."""
    lines = [
        f"{report['members']} members, each one's latest {report['holdout']} interactions held "
        "out; conversion = share of the audience whose held-out items include the category",
        "category | seed | audience | lookalike | random",
    ]
    lines += [
        f"{c['category']} | {c['seed']} | {c['audience']} | {c['lookalike_rate']:.3f} | "
        f"{c['random_rate']:.3f}"
        for c in report["categories"]
    ]
    lines.append(
        f"pooled: lookalike {report['lookalike_rate']:.4f}, random {report['random_rate']:.4f} "
        f"({report['lookalike_rate'] / max(report['random_rate'], 1e-12):.2f}x)"
    )
    return "\n".join(lines)
