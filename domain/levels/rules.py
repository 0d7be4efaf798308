"""Pure level rules: the ladder, upgrades, validity periods, retention, and paid-plan upgrades.

Conventions:
- A ladder is a sequence of `LevelSpec` ordered by rank 1..n; rank 1 is the base level every
  member holds, so its `reach_growth` is 0.
- Periods are half-open business-date ranges `[starts_on, ends_on)`: the plan or level is held on
  `starts_on` and is no longer held on `ends_on`.
- Money is integer cents; pro-rata arithmetic is shared with benefit cards (domain.periods).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

import numpy as np

from domain.errors import DomainError, ErrorCode, InvalidAmount, Problems
from domain.periods import InvalidWindow, add_months, prorata_refund


class InvalidLadder(DomainError):
    """The level ladder is inconsistent."""

    code = ErrorCode.INVALID_LADDER


class PlanOverlap(DomainError):
    """A new paid period overlaps one the member already holds."""

    code = ErrorCode.PLAN_OVERLAP


class GrowthPolicy(StrEnum):
    """What happens to growth at the end of a validity period."""

    RESET = "RESET"  # the next period starts from zero
    CARRY = "CARRY"  # the period's growth is carried into the next period unchanged


class RetentionReason(StrEnum):
    """Why a member ended a validity period on the rank they did."""

    KEPT = "KEPT"
    DOWNGRADED = "DOWNGRADED"
    LOWEST_LEVEL = "LOWEST_LEVEL"  # missed the keep threshold but there is nothing below


@dataclass(frozen=True, slots=True)
class LevelSpec:
    """One rung of the ladder; `validity_months == 0` means the level never expires."""

    rank: int
    code: str
    name: str
    reach_growth: int
    keep_growth: int
    validity_months: int
    downgrade_to_rank: int | None = None


@dataclass(frozen=True, slots=True)
class RetentionOutcome:
    """Result of the end-of-period evaluation for one member."""

    rank: int
    reason: RetentionReason
    carried_growth: int


class BulkRetention(NamedTuple):
    """Vectorised retention result, aligned with the input arrays."""

    ranks: np.ndarray
    carried_growth: np.ndarray


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open business-date range `[starts_on, ends_on)`."""

    starts_on: date
    ends_on: date


def validate_ladder(levels: Sequence[LevelSpec]) -> None:
    """Refuse a ladder whose ranks, thresholds or downgrade targets are inconsistent.

    Every problem is reported, each under `levels[<index>].<field>`.
    """
    if not levels:
        raise InvalidLadder("A ladder needs at least one level.", field="levels")
    problems = Problems()
    codes: set[str] = set()
    for index, level in enumerate(levels):
        prefix = f"levels[{index}]"

        def refuse(message: str, name: str, prefix: str = prefix) -> None:
            problems.add(InvalidLadder(message, field=f"{prefix}.{name}"))

        if level.rank != index + 1:
            refuse(f"Ranks must run 1..n in order; expected {index + 1}.", "rank")
        if level.code in codes:
            refuse(f"Level code {level.code!r} is repeated.", "code")
        codes.add(level.code)
        for attribute, name in (
            ("reach_growth", "reachGrowth"),
            ("keep_growth", "keepGrowth"),
            ("validity_months", "validityMonths"),
        ):
            if getattr(level, attribute) < 0:
                refuse("Must not be negative.", name)
        if index == 0 and level.reach_growth != 0:
            refuse("The base level is reached with 0 growth.", "reachGrowth")
        if index > 0 and level.reach_growth <= levels[index - 1].reach_growth:
            refuse("Reach thresholds must strictly increase with rank.", "reachGrowth")
        if level.keep_growth > level.reach_growth:
            refuse("Keeping a level cannot need more than reaching it.", "keepGrowth")
        target = level.downgrade_to_rank
        if target is not None and not 1 <= target < level.rank:
            refuse("A downgrade goes to a lower existing rank.", "downgradeToRank")
    problems.raise_if_any()


def level_for_growth(ladder: Sequence[LevelSpec], growth: int) -> int:
    """The highest rank whose reach threshold `growth` meets (exactly at it counts)."""
    thresholds = [level.reach_growth for level in ladder]
    return max(1, bisect.bisect_right(thresholds, growth))


def upgrades_between(old_rank: int, new_rank: int) -> list[int]:
    """Every rank passed on the way up, so each rank's upgrade gifts are granted once."""
    return list(range(old_rank + 1, new_rank + 1))


def period_end(reached_on: date, validity_months: int) -> date:
    """Exclusive end of a validity period: the first business date the level is due for review."""
    if validity_months <= 0:
        raise InvalidAmount("A validity period lasts at least one month.", field="validityMonths")
    return add_months(reached_on, validity_months)


def _level(ladder: Sequence[LevelSpec], rank: int) -> LevelSpec:
    if not 1 <= rank <= len(ladder):
        raise InvalidLadder(f"Rank {rank} is not on the ladder.", field="rank")
    return ladder[rank - 1]


def evaluate_retention(
    ladder: Sequence[LevelSpec],
    current_rank: int,
    growth_in_period: int,
    policy: GrowthPolicy = GrowthPolicy.RESET,
) -> RetentionOutcome:
    """Keep the rank if the period's growth meets its keep threshold, else step down once."""
    level = _level(ladder, current_rank)
    carried = growth_in_period if policy is GrowthPolicy.CARRY else 0
    if growth_in_period >= level.keep_growth:
        return RetentionOutcome(current_rank, RetentionReason.KEPT, carried)
    target = level.downgrade_to_rank or max(1, current_rank - 1)
    if target == current_rank:
        return RetentionOutcome(current_rank, RetentionReason.LOWEST_LEVEL, carried)
    return RetentionOutcome(target, RetentionReason.DOWNGRADED, carried)


def evaluate_retention_bulk(
    ranks: np.ndarray,
    growths: np.ndarray,
    ladder: Sequence[LevelSpec],
    policy: GrowthPolicy = GrowthPolicy.RESET,
) -> BulkRetention:
    """`evaluate_retention` over aligned arrays of ranks and period growth (one pass, no loop)."""
    ranks = np.asarray(ranks, dtype=np.int64)
    growths = np.asarray(growths, dtype=np.int64)
    if ranks.shape != growths.shape:
        raise InvalidAmount("Ranks and growths must be aligned.", field="growths")
    if ranks.size and (ranks.min() < 1 or ranks.max() > len(ladder)):
        raise InvalidLadder("A rank is not on the ladder.", field="rank")
    # Lookup tables indexed by rank; index 0 is unused padding.
    keep = np.array([0] + [level.keep_growth for level in ladder], dtype=np.int64)
    target = np.array(
        [1] + [level.downgrade_to_rank or max(1, level.rank - 1) for level in ladder],
        dtype=np.int64,
    )
    new_ranks = np.where(growths >= keep[ranks], ranks, target[ranks])
    carried = growths.copy() if policy is GrowthPolicy.CARRY else np.zeros_like(growths)
    return BulkRetention(new_ranks, carried)


def upgrade_difference(
    old_price: int, old_start: date, old_end: date, new_price: int, at: date
) -> int:
    """New price minus the unused value of the old plan (rounded down), never negative."""
    if new_price < 0:
        raise InvalidAmount("A price cannot be negative.", field="newPlan.priceCents")
    unused = prorata_refund(old_price, old_start, old_end, at, field="oldPlan")
    return max(0, new_price - unused)


def check_no_overlap(existing_periods: Iterable[Period], new_period: Period) -> None:
    """Refuse a paid period that shares a day with one already held; touching ends is fine."""
    if new_period.ends_on <= new_period.starts_on:
        raise InvalidWindow("A period must end after it starts.", field="endsOn")
    for period in existing_periods:
        if new_period.starts_on < period.ends_on and period.starts_on < new_period.ends_on:
            raise PlanOverlap(
                f"Overlaps the period {period.starts_on.isoformat()}.."
                f"{period.ends_on.isoformat()} already held.",
                field="startsOn",
            )
