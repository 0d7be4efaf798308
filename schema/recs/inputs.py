"""Inputs of slot configuration, turned into domain values (ids decoded here)."""

from __future__ import annotations

import strawberry

from domain.recs.slots import Pin, SlotConfig, SlotRules, StrategyWeight
from schema.recs.types import RecommendationStrategy
from schema.relay import decode_id


@strawberry.input(description="A strategy and its weight in the blend.")
class StrategyWeightInput:
    strategy: RecommendationStrategy
    weight: float = strawberry.field(default=1.0, description="Relative weight, (0, 100].")


@strawberry.input(description="An item pinned at a position.")
class SlotPinInput:
    position: int = strawberry.field(description="0-based position, below the size.")
    item_id: strawberry.ID = strawberry.field(description="Item global id.")


@strawberry.input(description="Post-retrieval rules; omitted filters are off.")
class SlotRulesInput:
    blocked_item_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    blocked_categories: list[str] = strawberry.field(
        default_factory=list, description="Category codes."
    )
    pins: list[SlotPinInput] = strawberry.field(default_factory=list)
    exclude_bought_days: int | None = None
    exclude_clicked_days: int | None = None
    exclude_shown_days: int | None = None
    fit_price_band: bool = False
    max_per_category: int | None = None

    def to_domain(self) -> SlotRules:
        return SlotRules(
            blocked_item_ids=tuple(
                decode_id(v, "Item", f"rules.blockedItemIds[{i}]")
                for i, v in enumerate(self.blocked_item_ids)
            ),
            blocked_categories=tuple(self.blocked_categories),
            pins=tuple(
                Pin(p.position, decode_id(p.item_id, "Item", f"rules.pins[{i}].itemId"))
                for i, p in enumerate(self.pins)
            ),
            exclude_bought_days=self.exclude_bought_days,
            exclude_clicked_days=self.exclude_clicked_days,
            exclude_shown_days=self.exclude_shown_days,
            fit_price_band=self.fit_price_band,
            max_per_category=self.max_per_category,
        )


@strawberry.input(description="A slot, created or replaced by its code.")
class ConfigureSlotInput:
    code: str = strawberry.field(description="a-z, 0-9 and _, at most 50.")
    title: str
    strategies: list[StrategyWeightInput] = strawberry.field(description="1 to 5 strategies.")
    size: int = strawberry.field(default=20, description="Default list length, 1..100.")
    rules: SlotRulesInput | None = None
    enabled: bool = True

    def to_domain(self) -> SlotConfig:
        return SlotConfig(
            code=self.code,
            title=self.title,
            strategies=tuple(StrategyWeight(s.strategy, s.weight) for s in self.strategies),
            size=self.size,
            rules=self.rules.to_domain() if self.rules else SlotRules(),
            enabled=self.enabled,
        )
