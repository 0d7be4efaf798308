"""Types of the analytics read models."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from domain.analytics.records import ReconcileResult
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
    reconcile_mismatches: int | None = strawberry.field(
        description="Mismatches the last reconcile found against the raw tables: measures whose "
        "grand totals differ plus rows of the sampled partitions found on one side only "
        "(target 0); null before the first reconcile."
    )
    reconciled_at: datetime | None = strawberry.field(
        description="When the rollup was last reconciled against the raw tables."
    )
    reconciled_days: list[date] = strawberry.field(
        description="The partitions the last reconcile compared row by row (sampled by a "
        "recorded seed)."
    )

    @classmethod
    def from_domain(cls, row: Freshness, reconciled: ReconcileResult | None) -> RollupStatus:
        """The status of one rollup, with its last reconcile result if any."""
        return cls(
            rollup=row.rollup,
            description=row.description,
            grain=RollupGrain.MONTH if row.monthly else RollupGrain.DAY,
            watermark=row.watermark,
            refreshed_at=row.refreshed_at,
            dirty_partitions=row.dirty_partitions,
            reconcile_mismatches=reconciled.mismatches if reconciled else None,
            reconciled_at=reconciled.reconciled_at if reconciled else None,
            reconciled_days=[date.fromisoformat(d) for d in reconciled.days] if reconciled else [],
        )
