"""What serving knows about a member before retrieval (place, orders, latest items, interests)."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.recs.interest import Dimension

HISTORY_KEPT = 50


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """A member's serving context."""

    city: str | None
    region: str | None
    orders: int
    history: list[int] = field(default_factory=list)
    bought_prices: list[int] = field(default_factory=list)
    interests: dict[Dimension, dict[str, float]] | None = None
