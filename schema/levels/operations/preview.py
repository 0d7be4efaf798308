"""previewLevels: a proposed ladder tried on the members without writing anything."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.errors import Problems
from domain.levels import preview as levels_preview
from schema.levels.operations.ladder import DefineLevelsInput
from schema.permissions import IsStaff


@strawberry.type(name="LevelMove")
class LevelMoveType:
    from_rank: int
    to_rank: int
    members: int


@strawberry.type(name="LevelMoveCounts")
class LevelMoveCountsType:
    key: str
    up: int
    down: int
    stay: int


@strawberry.type(name="LevelGiftCost")
class LevelGiftCostType:
    benefit: str
    quantity: int
    cost_cents: int


@strawberry.type(name="LevelPreview")
class LevelPreviewType:
    members: int
    up: int
    down: int
    stay: int
    moves: list[LevelMoveType]
    by_store: list[LevelMoveCountsType]
    by_channel: list[LevelMoveCountsType]
    gifts: list[LevelGiftCostType]
    gift_cost_cents: int

    @classmethod
    def from_preview(cls, p: levels_preview.LadderPreview) -> LevelPreviewType:
        def counts(rows: list[levels_preview.MoveCounts]) -> list[LevelMoveCountsType]:
            return [LevelMoveCountsType(key=r.key, up=r.up, down=r.down, stay=r.stay) for r in rows]

        return cls(
            members=p.members,
            up=p.up,
            down=p.down,
            stay=p.stay,
            moves=[
                LevelMoveType(from_rank=m.from_rank, to_rank=m.to_rank, members=m.members)
                for m in p.moves
            ],
            by_store=counts(p.by_store),
            by_channel=counts(p.by_channel),
            gifts=[
                LevelGiftCostType(benefit=g.benefit, quantity=g.quantity, cost_cents=g.cost_cents)
                for g in p.gifts
            ],
            gift_cost_cents=p.gift_cost_cents,
        )


@strawberry.type
class LevelPreviewQuery:
    @strawberry.field(
        description="Try a proposed ladder (the input defineLevels takes) on every live member "
        "without writing: who moves up at once, who falls below the new threshold of their "
        "level (they drop at their next review), by level, source store and registration "
        "channel, and what the upgrade gifts would cost. Errors as defineLevels.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_CONFIG)],
    )
    async def preview_levels(self, input: DefineLevelsInput) -> LevelPreviewType:
        problems = Problems()
        levels = []
        for i, level in enumerate(input.levels):
            with problems.collect():
                levels.append(level.to_domain(f"levels[{i}]"))
        problems.raise_if_any()
        found = await levels_preview.preview(
            levels,
            growth_point_type=input.growth_point_type,
            growth_policy=input.growth_policy,
            basis=input.basis.value,
        )
        return LevelPreviewType.from_preview(found)
