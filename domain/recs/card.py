"""The model card of the served recommendation version: what it is and how well it validated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.recs import published


@dataclass(frozen=True, slots=True)
class ModelCard:
    """Parameters and validation figures of one published version."""

    version: int
    built_at: str
    metric: str
    members: int
    items: int
    interactions: int
    factors: int
    regularization: float
    alpha: float
    iterations: int
    validation_members: int
    recall: float
    ndcg: float
    popularity_recall: float
    popularity_ndcg: float
    n_trees: int
    search_k: int
    annoy_recall: float
    served_model: str = "als"
    als_weight: float = 1.0
    ease_regularization: float | None = None
    served_recall: float = 0.0
    served_ndcg: float = 0.0
    half_life_days: float | None = None

    @classmethod
    def from_json(cls, card: dict[str, Any]) -> ModelCard:
        """Read the card a rebuild stored."""
        validation, annoy = card["validation"], card["annoy"]
        params = validation["params"]
        served = card.get("served") or {}
        for_you = validation["for_you"]
        return cls(
            version=int(card["version"]),
            built_at=str(card["built_at"]),
            metric=str(card["metric"]),
            members=int(card["members"]),
            items=int(card["items"]),
            interactions=int(card["interactions"]),
            factors=int(params["factors"]),
            regularization=float(params["regularization"]),
            alpha=float(params["alpha"]),
            iterations=int(params["iterations"]),
            validation_members=int(validation["members"]),
            recall=float(validation["for_you"]["recall"]),
            ndcg=float(validation["for_you"]["ndcg"]),
            popularity_recall=float(validation["popularity"]["recall"]),
            popularity_ndcg=float(validation["popularity"]["ndcg"]),
            n_trees=int(annoy["n_trees"]),
            search_k=int(annoy["search_k"]),
            annoy_recall=float(annoy["recall"]),
            served_model=str(served.get("kind", "als")),
            als_weight=float(served.get("als_weight", 1.0)),
            ease_regularization=served.get("ease_regularization"),
            served_recall=float(served.get("recall", for_you["recall"])),
            served_ndcg=float(served.get("ndcg", for_you["ndcg"])),
            half_life_days=(card.get("recency") or {}).get("half_life_days"),
        )


async def served_model() -> ModelCard | None:
    """The card of the version the API serves now, or None before the first build."""
    current = await published.current_version()
    if current is None:
        return None
    card = await published.model_card(current.version)
    return None if card is None else ModelCard.from_json(card)
