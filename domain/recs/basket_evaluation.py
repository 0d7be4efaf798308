"""Offline evaluation of "bought together" on baskets.

For each member's latest basket with at least two items, the basket's last line is held out and
the other lines are the cart. Associations are mined from every other basket; the cart's rules
rank candidates as serving ranks them (best lift first, then confidence), and also by confidence
alone, beside the most frequent items as the baseline. The score is the share of held-out items
found in the top k (hit rate = recall@k with one relevant item).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from domain.recs.association import AssociationRules, RankBy, mine_associations
from domain.recs.interactions import Interaction

RANKINGS: tuple[str, ...] = ("popularity", "by_lift", "by_confidence")


def basket_holdout(
    interactions: Sequence[Interaction],
) -> tuple[list[list[str]], list[tuple[list[str], str]]]:
    """(training baskets, tests as (cart, held-out item)); ties in time keep input order."""
    lines: dict[str, list[tuple[float, int, Interaction]]] = defaultdict(list)
    for position, interaction in enumerate(interactions):
        if interaction.basket is not None:
            lines[interaction.basket].append((interaction.ts.timestamp(), position, interaction))
    latest: dict[str, tuple[float, int, str]] = {}
    for basket, rows in lines.items():
        moment = max(rows)[:2]
        user = rows[0][2].user
        if user not in latest or (moment, basket) > (latest[user][:2], latest[user][2]):
            latest[user] = (*moment, basket)
    held = {basket for *_, basket in latest.values()}
    train: list[list[str]] = []
    tests: list[tuple[list[str], str]] = []
    for basket, rows in lines.items():
        items = [row[2].item for row in sorted(rows)]
        if basket not in held:
            train.append(items)
            continue
        out = items[-1]
        cart = sorted({item for item in items[:-1] if item != out})
        if cart:
            tests.append((cart, out))
    return train, tests


def _ranked(rules: AssociationRules, cart: list[str], k: int, by: RankBy) -> list[str]:
    best: dict[str, tuple[float, float]] = {}
    for anchor in cart:
        for rule in rules.top_associations(anchor, 5 * k, by="lift" if by == "lift" else by):
            item = str(rule.consequent)
            if item in cart:
                continue
            key = (rule.lift, rule.confidence) if by == "lift" else (rule.confidence, rule.lift)
            best[item] = max(best.get(item, key), key)
    return [item for item, _ in sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))][:k]


def evaluate_baskets(interactions: Sequence[Interaction], k: int = 10) -> dict[str, Any] | None:
    """Hit rate@k of each ranking on held-out basket lines; None when there are no baskets."""
    train, tests = basket_holdout(interactions)
    if not tests or not train:
        return None
    rules = mine_associations(train, min_support=0.0, min_count=1)
    counts = rules.item_counts
    order = np.argsort(-counts, kind="stable")
    popular = [str(rules.items.external(int(p))) for p in order[: k + 50]]
    hits = dict.fromkeys(RANKINGS, 0)
    for cart, out in tests:
        lists = {
            "popularity": [item for item in popular if item not in cart][:k],
            "by_lift": _ranked(rules, cart, k, "lift"),
            "by_confidence": _ranked(rules, cart, k, "confidence"),
        }
        for name, ranked in lists.items():
            hits[name] += out in ranked
    return {
        "baskets": len(train),
        "tests": len(tests),
        "hit_rate": {name: hits[name] / len(tests) for name in RANKINGS},
    }
