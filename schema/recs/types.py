"""Slots, recommendation lists and slot statistics."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry

from domain.recs.card import ModelCard
from domain.recs.models import RecSlot
from domain.recs.service import Recommendation, RecommendationList
from domain.recs.slots import Strategy, to_config
from domain.recs.sources import SlotStat
from schema.catalog.types import ItemType
from schema.relay import encode_id

RecommendationStrategy: TypeAlias = Strategy
strawberry.enum(
    Strategy, name="RecommendationStrategy", description="Where a recommendation came from."
)


@strawberry.type(name="StrategyWeight", description="A strategy of a slot and its weight.")
class StrategyWeightType:
    strategy: RecommendationStrategy
    weight: float = strawberry.field(description="Relative weight in the blend.")


@strawberry.type(name="SlotPin", description="An item always shown at a position.")
class SlotPinType:
    position: int = strawberry.field(description="0-based position in the list.")
    item_id: strawberry.ID = strawberry.field(description="Global id of the pinned item.")


@strawberry.type(name="SlotRules", description="Rules applied after retrieval.")
class SlotRulesType:
    blocked_item_ids: list[strawberry.ID] = strawberry.field(description="Never shown.")
    blocked_categories: list[str] = strawberry.field(description="Category codes never shown.")
    pins: list[SlotPinType] = strawberry.field(description="Items at fixed positions.")
    exclude_bought_days: int | None = strawberry.field(
        description="Hide items the member bought in the last N days."
    )
    exclude_clicked_days: int | None = strawberry.field(
        description="Hide items the member clicked in a slot in the last N days."
    )
    exclude_shown_days: int | None = strawberry.field(
        description="Hide items shown to the member in the last N days."
    )
    fit_price_band: bool = strawberry.field(description="Keep to the member's spending band.")
    max_per_category: int | None = strawberry.field(description="Diversity cap per category.")


@strawberry.type(name="RecommendationSlot", description="A configured front-end slot.")
class RecommendationSlotType:
    code: str = strawberry.field(description="Code front-ends ask for.")
    title: str = strawberry.field(description="Title to display.")
    strategies: list[StrategyWeightType] = strawberry.field(description="Strategy blend.")
    size: int = strawberry.field(description="Default number of items.")
    rules: SlotRulesType = strawberry.field(description="Post-retrieval rules.")
    enabled: bool = strawberry.field(description="Disabled slots return no items.")
    updated_at: datetime = strawberry.field(description="Last change.")

    @classmethod
    def from_model(cls, row: RecSlot) -> RecommendationSlotType:
        config = to_config(row)
        rules = config.rules
        return cls(
            code=config.code,
            title=config.title,
            strategies=[
                StrategyWeightType(strategy=s.strategy, weight=s.weight) for s in config.strategies
            ],
            size=config.size,
            rules=SlotRulesType(
                blocked_item_ids=[
                    strawberry.ID(encode_id("Item", i)) for i in rules.blocked_item_ids
                ],
                blocked_categories=list(rules.blocked_categories),
                pins=[
                    SlotPinType(
                        position=p.position, item_id=strawberry.ID(encode_id("Item", p.item_id))
                    )
                    for p in rules.pins
                ],
                exclude_bought_days=rules.exclude_bought_days,
                exclude_clicked_days=rules.exclude_clicked_days,
                exclude_shown_days=rules.exclude_shown_days,
                fit_price_band=rules.fit_price_band,
                max_per_category=rules.max_per_category,
            ),
            enabled=config.enabled,
            updated_at=row.updated_at,
        )


@strawberry.type(
    name="RecommendationTracking",
    description="The properties of the rec_impression and rec_click events of a recommendation.",
)
class RecommendationTrackingType:
    slot: str = strawberry.field(description="The slot code (property slot).")
    strategy: RecommendationStrategy = strawberry.field(
        description="The strategy that produced it (property strategy)."
    )
    item_id: int = strawberry.field(description="The item's number (property item_id).")
    position: int = strawberry.field(description="0-based position (property position).")


@strawberry.type(name="Recommendation", description="One recommended item and why.")
class RecommendationType:
    item_pk: strawberry.Private[int]
    slot: strawberry.Private[str]
    position: int = strawberry.field(description="0-based position in the list.")
    strategy: RecommendationStrategy = strawberry.field(
        description="The strategy that produced it."
    )
    reason: str = strawberry.field(description='Why it is shown ("bought with X").')
    score: float = strawberry.field(description="Blend score (higher first; for debugging).")
    # Served lists carry their rows (the version's item snapshot), so the item is a plain
    # value: no catalogue read, and no resolver call per item of a wide list.
    item: ItemType | None = strawberry.field(description="The item.")

    @classmethod
    def from_domain(cls, slot: str, found: Recommendation) -> RecommendationType:
        return cls(
            item_pk=found.item_id,
            slot=slot,
            position=found.position,
            strategy=found.strategy,
            reason=found.reason,
            score=found.score,
            item=None if found.item is None else ItemType.from_row(found.item),
        )

    @strawberry.field(
        description="Properties to send with the rec_impression and rec_click events; select "
        "`tracking { slot strategy item_id: itemId position }` to send it unchanged."
    )
    def tracking(self) -> RecommendationTrackingType:
        return RecommendationTrackingType(
            slot=self.slot, strategy=self.strategy, item_id=self.item_pk, position=self.position
        )


@strawberry.type(name="RecommendationList", description="A slot's items for one member.")
class RecommendationListType:
    slot: str = strawberry.field(description="The slot code.")
    index_version: str | None = strawberry.field(
        description="Version of the model that served it (null before the first build)."
    )
    cold_start: bool = strawberry.field(
        description="True when nothing personal was found and popular items fill the list."
    )
    items: list[RecommendationType] = strawberry.field(description="Best first.")

    @classmethod
    def from_domain(cls, found: RecommendationList) -> RecommendationListType:
        return cls(
            slot=found.slot,
            index_version=None if found.index_version is None else str(found.index_version),
            cold_start=found.cold_start,
            items=[RecommendationType.from_domain(found.slot, r) for r in found.items],
        )


@strawberry.type(name="RecommendationStat", description="Impressions and clicks of a slot.")
class RecommendationStatType:
    slot: str = strawberry.field(description="Slot code.")
    strategy: str = strawberry.field(description="Strategy of the shown items ('' if unsent).")
    impressions: int = strawberry.field(description="rec_impression events.")
    clicks: int = strawberry.field(description="rec_click events.")
    ctr: float = strawberry.field(description="Clicks per impression.")

    @classmethod
    def from_domain(cls, stat: SlotStat) -> RecommendationStatType:
        return cls(
            slot=stat.slot,
            strategy=stat.strategy,
            impressions=stat.impressions,
            clicks=stat.clicks,
            ctr=round(stat.ctr, 6),
        )


@strawberry.type(
    name="RecommendationModel",
    description="The served recommendation version: its parameters and validation figures.",
)
class RecommendationModelType:
    version: str = strawberry.field(description="Version number (build time in milliseconds).")
    built_at: str = strawberry.field(description="When it was built (ISO 8601, UTC).")
    metric: str = strawberry.field(description="How members are scored against items.")
    members: int = strawberry.field(description="Members with vectors.")
    items: int = strawberry.field(description="Items in the index.")
    interactions: int = strawberry.field(description="Member-item pairs trained on.")
    factors: int = strawberry.field(description="ALS factors chosen on validation.")
    regularization: float = strawberry.field(description="ALS regularisation chosen.")
    alpha: float = strawberry.field(description="ALS confidence weight chosen.")
    iterations: int = strawberry.field(description="ALS iterations.")
    validation_members: int = strawberry.field(description="Members scored on validation.")
    recall: float = strawberry.field(description="Validation recall@10 of FOR_YOU.")
    ndcg: float = strawberry.field(description="Validation NDCG@10 of FOR_YOU.")
    popularity_recall: float = strawberry.field(description="Validation recall@10 of popularity.")
    popularity_ndcg: float = strawberry.field(description="Validation NDCG@10 of popularity.")
    n_trees: int = strawberry.field(description="Annoy trees.")
    search_k: int = strawberry.field(description="Annoy nodes inspected per query.")
    annoy_recall: float = strawberry.field(
        description="Recall@10 of the index against exact search on sampled members."
    )
    served_model: str = strawberry.field(
        description=(
            "What FOR_YOU serves, chosen on validation: als (member vectors), ease (EASE over "
            "the member's latest items) or blend (both, fused by reciprocal rank)."
        )
    )
    als_weight: float = strawberry.field(
        description="ALS's share of the blend (1 for als alone, 0 for ease alone)."
    )
    ease_regularization: float | None = strawberry.field(
        description="EASE's regularisation chosen on validation (null when ALS alone serves)."
    )
    served_recall: float = strawberry.field(
        description="Validation recall@10 of what FOR_YOU serves."
    )
    served_ndcg: float = strawberry.field(description="Validation NDCG@10 of what FOR_YOU serves.")
    half_life_days: float | None = strawberry.field(
        description=(
            "Recency half-life of interaction weights chosen on validation, in days; null for "
            "no decay."
        )
    )

    @classmethod
    def from_domain(cls, card: ModelCard) -> RecommendationModelType:
        """The API form of a model card."""
        fields = {name: getattr(card, name) for name in ModelCard.__dataclass_fields__}
        return cls(**{**fields, "version": str(card.version)})


@strawberry.type(
    name="LookalikeAudience",
    description="Members most like a seed segment in the served recommendation model.",
)
class LookalikeAudienceType:
    seed_size: int = strawberry.field(description="Members in the seed segment now.")
    seeds_with_vectors: int = strawberry.field(
        description="Seed members the model knows (the centroid is theirs)."
    )
    member_ids: list[strawberry.ID] = strawberry.field(
        description="The audience, most alike first (global Member ids)."
    )
    similarities: list[float] = strawberry.field(
        description="Cosine of each audience member to the seed, in the same order."
    )
