"""Member lifetime value by registration cohort: net spend observed so far, and the BG/NBD x
Gamma-Gamma expectation of the spend still to come (the customer-value model the tag run fits),
grouped by registration channel or by saved segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from domain import clock, db
from domain.analytics.migration import check_span
from domain.analytics.sources import LTV
from domain.errors import DomainError, ErrorCode
from domain.segments import service as segments
from domain.tags import reads as tags_reads

MAX_SEGMENTS = 10
MODEL = "customer_value"


class CohortGrain(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


@dataclass(frozen=True)
class LtvRow:
    """One cohort of one group: members, spend so far and the expected spend to come."""

    cohort: date
    group: str
    members: int
    observed_cents: int
    expected_future_cents: int | None
    scored_members: int

    @property
    def observed_per_member(self) -> int:
        """Observed net spend per member, whole fen rounded down."""
        return self.observed_cents // self.members if self.members else 0


@dataclass(frozen=True)
class Ltv:
    """The rows, and the model's horizon (None when no tag run has scored the model)."""

    rows: list[LtvRow]
    horizon_days: int | None


async def _rows(
    first: date,
    last: date,
    grain: CohortGrain,
    today: date,
    ids: list[int] | None,
    model: tuple[int, int, int] | None,
) -> list[dict[str, Any]]:
    run_id, position = (model[0], model[1]) if model else (None, 0)
    return await db.fetch(
        LTV, clock.business_zone().key, first, last, grain.value, today, ids, run_id, position
    )


def _merge(rows: list[dict[str, Any]], group: str | None) -> list[LtvRow]:
    """Rows per (cohort, group): by channel, or one group (a segment) over every channel."""
    merged: dict[tuple[date, str], list[float]] = {}
    for r in rows:
        key = (r["cohort"], group if group is not None else r["channel"])
        into = merged.setdefault(key, [0, 0, 0.0, 0, 0])
        into[0] += r["members"]
        into[1] += r["observed"]
        into[2] += r["expected"] or 0.0
        into[3] += r["scored"]
    return [
        LtvRow(cohort, name, int(v[0]), int(v[1]), round(v[2]) if v[3] else None, int(v[3]))
        for (cohort, name), v in sorted(merged.items())
    ]


async def member_ltv(
    *,
    first: date,
    last: date,
    grain: CohortGrain,
    today: date,
    segment_ids: list[int] | None = None,
) -> Ltv:
    """Cohorts of members registered first..last, by channel, or by each of the segments."""
    check_span(first, last)
    if segment_ids is not None and not 1 <= len(segment_ids) <= MAX_SEGMENTS:
        raise DomainError(
            f"1 to {MAX_SEGMENTS} segments.", field="segmentIds", code=ErrorCode.TOO_MANY
        )
    model = await tags_reads.model_number(MODEL)
    if segment_ids is None:
        rows = _merge(await _rows(first, last, grain, today, None, model), None)
    else:
        rows = []
        for segment_id in segment_ids:
            ids = [int(i) for i in await segments.segment_member_ids(segment_id)]
            found = await _rows(first, last, grain, today, ids, model)
            rows += _merge(found, str(segment_id))
        rows.sort(key=lambda row: (row.cohort, row.group))
    return Ltv(rows, model[2] if model else None)
