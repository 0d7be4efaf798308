"""The level ladder and its settings: defining the levels, reading them in rank order."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from domain import cache, config_history, db
from domain.benefits import service as benefits_service
from domain.errors import DomainError, NotFound
from domain.levels import rules
from domain.levels.models import Level, LevelSettings
from domain.points import config as points_config


@dataclass(frozen=True)
class LevelInput:
    spec: rules.LevelSpec
    multiplier_percent: int = 100
    discount_percent: int = 0
    free_shipping: bool = False
    upgrade_gifts: tuple[dict[str, Any], ...] = ()
    monthly_benefits: tuple[dict[str, Any], ...] = ()
    birthday_benefits: tuple[dict[str, Any], ...] = ()


async def settings() -> LevelSettings:
    """Ladder-wide settings (created with defaults on first use)."""
    found = await LevelSettings.first()
    return found or await LevelSettings.create()


async def ladder() -> list[Level]:
    """The levels by rank."""
    return list(await Level.all().order_by("rank"))


@dataclass(frozen=True)
class LadderView:
    """The ladder and the growth settings as reads show them."""

    levels: tuple[Level, ...]
    growth_point_type: str
    growth_policy: str
    basis: str = "GROWTH"


_VIEW_CACHE_SECONDS = 5.0
_view_cache: list[tuple[float, LadderView]] = []
cache.register_local_cache(_view_cache.clear)


async def ladder_view() -> LadderView:
    """The ladder and growth settings, kept a few seconds per process: they change rarely and
    every member home shows them. Reading creates no settings row (the defaults apply)."""
    now = time.monotonic()
    if _view_cache and _view_cache[0][0] > now:
        return _view_cache[0][1]
    found = await LevelSettings.first()
    view = LadderView(
        tuple(await ladder()),
        found.growth_point_type if found else "GROWTH",
        found.growth_policy if found else rules.GrowthPolicy.RESET.value,
        found.basis if found else "GROWTH",
    )
    _view_cache[:] = [(now + _VIEW_CACHE_SECONDS, view)]
    return view


def spec_of(level: Level) -> rules.LevelSpec:
    """The pure-rule view of a stored level."""
    return rules.LevelSpec(
        level.rank,
        level.code,
        level.name,
        level.reach_growth,
        level.keep_growth,
        level.validity_months,
        level.downgrade_to_rank,
    )


LADDER_OBJECT_TYPE = "LevelLadder"
LADDER_ID = "default"  # there is one ladder; its history is kept under this id


async def _ladder_snapshot() -> dict[str, Any]:
    """The whole ladder and its growth settings, as configuration history keeps it."""
    found = await LevelSettings.first()
    return {
        "levels": [config_history.snapshot(level) for level in await ladder()],
        "growthPointType": found.growth_point_type if found else None,
        "growthPolicy": found.growth_policy if found else None,
        "basis": found.basis if found else None,
    }


async def validate(
    levels: list[LevelInput], *, growth_point_type: str, growth_policy: str, basis: str = "GROWTH"
) -> None:
    """Refuse a proposed ladder as defineLevels would, with every problem's field."""
    rules.validate_ladder([item.spec for item in levels])
    if basis not in ("GROWTH", "SPEND", "ORDERS", "TENURE"):
        raise DomainError("basis must be GROWTH, SPEND, ORDERS or TENURE.", field="basis")
    if growth_policy not in rules.GrowthPolicy.__members__:
        raise DomainError("growthPolicy must be RESET or CARRY.", field="growthPolicy")
    await points_config.get_type(growth_point_type, "growthPointType")

    def gifts(item: LevelInput) -> tuple[dict[str, Any], ...]:
        return (*item.upgrade_gifts, *item.monthly_benefits, *item.birthday_benefits)

    known = await benefits_service.active_benefits(
        [str(g.get("benefit")) for item in levels for g in gifts(item)]
    )
    for i, item in enumerate(levels):
        if item.multiplier_percent < 100 or not 0 <= item.discount_percent < 100:
            raise DomainError(
                "multiplierPercent >= 100 and discountPercent 0..99.",
                field=f"levels[{i}].multiplierPercent",
            )
        for gift in gifts(item):
            if str(gift.get("benefit")) not in known:
                raise NotFound(
                    f"Unknown benefit '{gift.get('benefit')}'.", field=f"levels[{i}].benefits"
                )


async def define_levels(
    levels: list[LevelInput],
    *,
    growth_point_type: str,
    growth_policy: str,
    basis: str = "GROWTH",
) -> list[Level]:
    """Replace the ladder (validated whole: ranks 1..n, increasing thresholds); `basis` says
    what its thresholds count (growth points, net spend in cents, orders, days of tenure)."""
    await validate(
        levels, growth_point_type=growth_point_type, growth_policy=growth_policy, basis=basis
    )
    async with db.transaction():
        before = await _ladder_snapshot()
        await Level.filter(rank__gt=len(levels)).delete()
        for item in levels:
            s = item.spec
            await Level.update_or_create(
                rank=s.rank,
                defaults={
                    "code": f"__{s.rank}",
                    "name": s.name,
                    "reach_growth": s.reach_growth,
                    "keep_growth": s.keep_growth,
                    "validity_months": s.validity_months,
                    "downgrade_to_rank": s.downgrade_to_rank,
                    "multiplier_percent": item.multiplier_percent,
                    "discount_percent": item.discount_percent,
                    "free_shipping": item.free_shipping,
                    "upgrade_gifts": list(item.upgrade_gifts),
                    "monthly_benefits": list(item.monthly_benefits),
                    "birthday_benefits": list(item.birthday_benefits),
                },
            )
        for item in levels:  # codes last: a code may move between ranks
            await Level.filter(rank=item.spec.rank).update(code=item.spec.code)
        config = await settings()
        await LevelSettings.filter(id=config.id).update(
            growth_point_type=growth_point_type, growth_policy=growth_policy, basis=basis
        )
        after = await _ladder_snapshot()
        await config_history.record(
            LADDER_OBJECT_TYPE,
            LADDER_ID,
            before=before if before["levels"] else None,
            after=after,
        )
    _view_cache.clear()
    return await ladder()
