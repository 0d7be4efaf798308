"""Types of the analytics read models."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from domain.analytics.refresh import Freshness


@strawberry.enum(description="The partition grain of a rollup.")
class RollupGrain(Enum):
    DAY = strawberry.enum_value("DAY", description="One partition per business day.")
    MONTH = strawberry.enum_value("MONTH", description="One partition per calendar month.")


@strawberry.type(description="How fresh one rollup is: its watermark and dirty partitions.")
class RollupStatus:
    rollup: str = strawberry.field(
        description="Rollup name; the `analytics` view of the same name reads it."
    )
    description: str = strawberry.field(description="What the rollup holds, at which grain.")
    grain: RollupGrain = strawberry.field(description="Partition grain: DAY or MONTH.")
    watermark: datetime | None = strawberry.field(
        description="Changes written before this instant are in the rollup; null before the "
        "first refresh."
    )
    refreshed_at: datetime | None = strawberry.field(
        description="When a refresh or rebuild last finished for this rollup."
    )
    dirty_partitions: int = strawberry.field(
        description="Partitions (days or months) written to since their last rebuild."
    )

    @classmethod
    def from_domain(cls, row: Freshness) -> RollupStatus:
        """The status of one rollup."""
        return cls(
            rollup=row.rollup,
            description=row.description,
            grain=RollupGrain.MONTH if row.monthly else RollupGrain.DAY,
            watermark=row.watermark,
            refreshed_at=row.refreshed_at,
            dirty_partitions=row.dirty_partitions,
        )
