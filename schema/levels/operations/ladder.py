"""Defining the ladder of levels."""

from __future__ import annotations

from typing import Any

import strawberry

from domain.access import Scope
from domain.errors import Problems
from domain.levels import ladder as levels_ladder
from domain.levels import reevaluation as levels_reevaluation
from domain.levels import rules
from domain.levels.basis import TierBasis
from schema.benefits.quantities import BenefitQuantityInput, benefit_quantities
from schema.errors import UserError, returns_errors
from schema.jobs.types import JobType
from schema.levels.types import GrowthPolicyEnum, LevelType
from schema.permissions import IsStaff


@strawberry.input(description="A rung of the ladder.")
class LevelInput:
    rank: int
    code: str
    name: str
    reach_growth: int
    keep_growth: int
    validity_months: int
    downgrade_to_rank: int | None = None
    multiplier_percent: int = 100
    discount_percent: int = 0
    free_shipping: bool = False
    upgrade_gifts: list[BenefitQuantityInput] = strawberry.field(
        default_factory=list, description="Granted once on reaching the level."
    )
    monthly_benefits: list[BenefitQuantityInput] = strawberry.field(
        default_factory=list, description="Granted every calendar month at the level."
    )
    birthday_benefits: list[BenefitQuantityInput] = strawberry.field(
        default_factory=list, description="Granted on the member's birthday."
    )

    def to_domain(self, path: str) -> levels_ladder.LevelInput:
        """The domain's level; `path` (levels[i]) prefixes the field of a refused benefit."""
        problems = Problems()
        gifts: dict[str, list[dict[str, Any]]] = {}
        for name, values in (
            ("upgradeGifts", self.upgrade_gifts),
            ("monthlyBenefits", self.monthly_benefits),
            ("birthdayBenefits", self.birthday_benefits),
        ):
            with problems.collect():
                gifts[name] = benefit_quantities(values, f"{path}.{name}")
        problems.raise_if_any()
        return levels_ladder.LevelInput(
            spec=rules.LevelSpec(
                self.rank,
                self.code,
                self.name,
                self.reach_growth,
                self.keep_growth,
                self.validity_months,
                self.downgrade_to_rank,
            ),
            multiplier_percent=self.multiplier_percent,
            discount_percent=self.discount_percent,
            free_shipping=self.free_shipping,
            upgrade_gifts=tuple(gifts["upgradeGifts"]),
            monthly_benefits=tuple(gifts["monthlyBenefits"]),
            birthday_benefits=tuple(gifts["birthdayBenefits"]),
        )


@strawberry.input
class DefineLevelsInput:
    levels: list[LevelInput]
    growth_point_type: str = "GROWTH"
    growth_policy: GrowthPolicyEnum = strawberry.field(
        default=rules.GrowthPolicy.RESET, description="What growth does at a period's end."
    )
    basis: TierBasis = strawberry.field(
        default=TierBasis.GROWTH,
        description="What reachGrowth and keepGrowth count: growth points (default), net "
        "spend in fen, orders not refunded in full, or days since registration.",
    )


@strawberry.type
class DefineLevelsPayload:
    levels: list[LevelType] | None
    errors: list[UserError]
    reevaluation: JobType | None = strawberry.field(
        default=None,
        description="The job that upgrades at once every member the new ladder places "
        "higher; follow it with job(id). Null on errors.",
    )


@strawberry.type
class LevelLadderMutation:
    @strawberry.mutation(
        description="Replace the ladder. Errors: INVALID_LADDER (field "
        "levels[i].<field>), UNKNOWN_POINT_TYPE, NOT_FOUND (benefit), INVALID_AMOUNT "
        "(levels[i].upgradeGifts[j].quantity and the like), TOO_MANY, INVALID.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_CONFIG)],
    )
    @returns_errors
    async def define_levels(self, input: DefineLevelsInput) -> DefineLevelsPayload:
        problems = Problems()
        levels = []
        for i, level in enumerate(input.levels):
            with problems.collect():
                levels.append(level.to_domain(f"levels[{i}]"))
        problems.raise_if_any()
        saved, job = await levels_reevaluation.apply_ladder(
            levels,
            growth_point_type=input.growth_point_type,
            growth_policy=rules.GrowthPolicy(input.growth_policy).value,
            basis=input.basis.value,
        )
        return DefineLevelsPayload(
            levels=[LevelType.from_model(x) for x in saved],
            errors=[],
            reevaluation=JobType.from_model(job),
        )
