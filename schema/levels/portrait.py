"""The member portrait's value part: points, wallet, level and privileges, benefits and cards."""

from __future__ import annotations

import strawberry

from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.coupons import service as coupons_service
from domain.coupons import templates as coupons_templates
from domain.levels import service as levels_service
from domain.points import reads as points_reads
from domain.wallet import service as wallet_service
from schema.benefits.types import CardType, GrantType
from schema.coupons.types import CouponType
from schema.levels.types import LevelType, PrivilegesType
from schema.points.types import PointAccountType
from schema.wallet.types import WalletType


@strawberry.type
class ValuePortraitPart:
    member_id: strawberry.Private[int]

    @strawberry.field(description="Point balances by type.")
    async def points(self) -> list[PointAccountType]:
        return [
            PointAccountType.from_models(t, a)
            for t, a in await points_reads.balances(self.member_id)
        ]

    @strawberry.field(description="Stored-value wallet.")
    async def wallet(self) -> WalletType:
        return WalletType.from_balances(await wallet_service.balances(self.member_id))

    @strawberry.field(description="Current level.")
    async def level(self) -> LevelType | None:
        level, _ = await levels_service.current(self.member_id)
        return LevelType.from_model(level) if level else None

    @strawberry.field(description="Discount, free shipping and points multiplier now.")
    async def privileges(self) -> PrivilegesType:
        p = await levels_service.privileges(self.member_id)
        return PrivilegesType(
            level_code=p.level_code,
            discount_percent=p.discount_percent,
            free_shipping=p.free_shipping,
            points_multiplier=f"{p.multiplier.numerator}/{p.multiplier.denominator}",
        )

    @strawberry.field(description="Benefit grants with uses left.")
    async def benefits(self) -> list[GrantType]:
        rows = await benefits_service.grants_of(self.member_id)
        return [GrantType.from_grant(r) for r in rows]

    @strawberry.field(description="Benefit cards held.")
    async def cards(self) -> list[CardType]:
        return [CardType.from_card(r) for r in await cards_service.cards_of(self.member_id)]

    @strawberry.field(description="Coupons held, soonest expiring first.")
    async def coupons(self) -> list[CouponType]:
        (held,) = await coupons_service.coupons_of([self.member_id])
        templates = await coupons_templates.templates_by_ids([c.template_id for c in held])
        return [CouponType.from_models(c, templates[c.template_id]) for c in held]
