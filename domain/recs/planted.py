"""Synthetic interactions with planted taste clusters: personal strategies must beat popularity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from domain.recs.interactions import Interaction, Kind


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
