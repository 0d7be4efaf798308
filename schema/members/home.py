"""What a member home shows, as fields of `Member`: level with progress, point accounts with
what expires soon, wallet, coupons, benefit cards, benefits, paid plan, privileges, tags (staff)
and recent orders. Every field reads through a request loader, so `me { ... }` costs the same
statements whatever the member holds, and reading writes nothing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import strawberry

from domain.access import Scope
from domain.clock import business_today
from domain.coupons.models import CouponState
from domain.levels.basis import TierBasis
from domain.levels.models import PlanStatus
from domain.points.holdings import check_window
from schema.benefits.types import CardType, GrantType
from schema.context import Info
from schema.coupons.types import CouponStateEnum, CouponType
from schema.levels.types import LevelType, PaidMembershipType, PrivilegesType
from schema.members import home_loaders as loaders
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.points.types import ExpiringPointsType, PointTypeType
from schema.relay import Connection, decode_id, keyset_page
from schema.tags.dataloaders import TagValuesByMember
from schema.tags.types import MemberTagValueType
from schema.wallet.types import WalletType

if TYPE_CHECKING:
    from schema.orders.types import OrderType

RECENT_ORDERS_MAX = 50


def _gate(scope: Scope) -> list[type]:
    return [IsMemberStaffOrService.with_scope(scope)]


@strawberry.type(
    name="MemberLevelProgress",
    description="The member's level and how far the member is from the next one.",
)
class LevelProgressType:
    level: LevelType | None = strawberry.field(description="Null only without a ladder.")
    next_level: LevelType | None = strawberry.field(description="Null at the top.")
    growth: int = strawberry.field(description="Growth that counts now.")
    growth_to_next_level: int | None = strawberry.field(
        description="Growth still needed to reach the next level; null at the top."
    )
    growth_to_keep: int = strawberry.field(
        description="Growth still needed in this period to keep the level; 0 once kept or "
        "when the level never expires."
    )
    reached_on: date | None
    period_ends_on: date | None = strawberry.field(
        description="First business date the level is reviewed; null when it never expires."
    )
    basis: TierBasis = strawberry.field(
        default=TierBasis.GROWTH,
        description="What growth and the thresholds count: growth points, net spend in fen, "
        "orders or days of tenure.",
    )


@strawberry.type(name="MemberPointAccount", description="A balance of one point type.")
class MemberPointAccountType:
    member_id: strawberry.Private[int]
    point_type: PointTypeType
    available: int
    frozen: int

    @strawberry.field(description="Points of this type that expire within N days (1..3660).")
    async def expiring_soon(self, info: Info, within_days: int = 30) -> list[ExpiringPointsType]:
        check_window(within_days)  # a DomainError is reported with its code and field
        rows = await info.context.loaders.of(loaders.ExpiringPointsLoader).load(
            (self.member_id, within_days)
        )
        code = self.point_type.code
        return [ExpiringPointsType.from_expiring(r) for r in rows if r.point_type == code]


def _coupon_key(coupon: object) -> int:
    return decode_id(str(coupon.id), "Coupon", "after")  # type: ignore[attr-defined]


@strawberry.type
class MemberHome:
    """The member home part of `Member`; resolvers read `self.pk`."""

    pk: strawberry.Private[int]

    @strawberry.field(
        description="Level with progress: growth now, to the next level, to keep this one, "
        "and when the period ends.",
        permission_classes=_gate(Scope.LEVELS_READ),
    )
    async def level(self, info: Info) -> LevelProgressType | None:
        p = await info.context.loaders.of(loaders.LevelProgressLoader).load(self.pk)
        return LevelProgressType(
            level=LevelType.from_model(p.level) if p.level else None,
            next_level=LevelType.from_model(p.next_level) if p.next_level else None,
            growth=p.growth,
            growth_to_next_level=p.growth_to_next,
            growth_to_keep=p.growth_to_keep,
            reached_on=p.reached_on,
            period_ends_on=p.period_ends_on,
            basis=TierBasis(p.basis),
        )

    @strawberry.field(
        description="Balances by point type, with what expires soon.",
        permission_classes=_gate(Scope.POINTS_READ),
    )
    async def point_accounts(self, info: Info) -> list[MemberPointAccountType] | None:
        held = await info.context.loaders.of(loaders.PointHoldingsLoader).load(self.pk)
        return [
            MemberPointAccountType(
                member_id=self.pk,
                point_type=PointTypeType.from_model(h.point_type),
                available=h.account.available if h.account else 0,
                frozen=h.account.frozen if h.account else 0,
            )
            for h in held
        ]

    @strawberry.field(
        description="Stored-value wallet; zero balances before the first recharge.",
        permission_classes=_gate(Scope.WALLET_READ),
    )
    async def wallet(self, info: Info) -> WalletType | None:
        found = await info.context.loaders.of(loaders.WalletLoader).load(self.pk)
        return WalletType.from_balances(found)

    @strawberry.field(
        description="Coupons held, newest first, optionally in some states.",
        permission_classes=_gate(Scope.COUPONS_READ),
    )
    async def coupons(
        self,
        info: Info,
        states: list[CouponStateEnum] | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[CouponType] | None:
        wanted = tuple(sorted(CouponState(s).value for s in states or []))
        pages = info.context.loaders.of(loaders.CouponPageLoader)
        templates = info.context.loaders.of(loaders.CouponTemplateLoader)

        async def fetch(after_id: int | None, limit: int) -> list[CouponType]:
            rows = await pages.load((self.pk, wanted, after_id, limit))
            found = await templates.load_many([c.template_id for c in rows])
            return [CouponType.from_models(c, t) for c, t in zip(rows, found, strict=True)]

        return await keyset_page(fetch, first=first, after=after, key=_coupon_key, wrap=lambda c: c)

    @strawberry.field(
        description="Benefit cards held, newest first.",
        permission_classes=_gate(Scope.BENEFITS_READ),
    )
    async def benefit_cards(self, info: Info) -> list[CardType] | None:
        rows = await info.context.loaders.of(loaders.BenefitCardsLoader).load(self.pk)
        return [CardType.from_card(r) for r in rows]

    @strawberry.field(
        description="Benefit grants with uses left, newest first.",
        permission_classes=_gate(Scope.BENEFITS_READ),
    )
    async def benefits(self, info: Info) -> list[GrantType] | None:
        rows = await info.context.loaders.of(loaders.BenefitGrantsLoader).load(self.pk)
        return [GrantType.from_grant(r) for r in rows]

    @strawberry.field(
        description="The paid membership in force today, if any.",
        permission_classes=_gate(Scope.LEVELS_READ),
    )
    async def paid_plan(self, info: Info) -> PaidMembershipType | None:
        held = await info.context.loaders.of(loaders.PaidMembershipsLoader).load(self.pk)
        today = business_today()
        for h in held:
            m = h.membership
            if m.status == PlanStatus.ACTIVE and m.starts_on <= today < m.ends_on:
                return PaidMembershipType.from_membership(m, h.plan_code)
        return None

    @strawberry.field(
        description="Discount, free shipping and points multiplier that apply now (level, "
        "paid plan and cards together).",
        permission_classes=_gate(Scope.LEVELS_READ),
    )
    async def privileges(self, info: Info) -> PrivilegesType | None:
        p = await info.context.loaders.of(loaders.PrivilegesLoader).load(self.pk)
        return PrivilegesType(
            level_code=p.level_code,
            discount_percent=p.discount_percent,
            free_shipping=p.free_shipping,
            points_multiplier=f"{p.multiplier.numerator}/{p.multiplier.denominator}",
        )

    @strawberry.field(
        description="Tag values of the latest run. Staff only.",
        permission_classes=[IsStaff.with_scope(Scope.TAGS_READ)],
    )
    async def tags(self, info: Info) -> list[MemberTagValueType] | None:
        values = await info.context.loaders.of(TagValuesByMember).load(self.pk)
        return [MemberTagValueType.from_domain(v) for v in values]

    @strawberry.field(
        description="The newest orders (first: 1..50).",
        permission_classes=_gate(Scope.ORDERS_READ),
    )
    async def recent_orders(
        self, info: Info, first: int = 5
    ) -> list[Annotated[OrderType, strawberry.lazy("schema.orders.types")]] | None:
        # The order type refers back to Member, so it is imported when first used.
        from schema.orders.types import OrderType

        limit = max(1, min(first, RECENT_ORDERS_MAX))
        rows = await info.context.loaders.of(loaders.RecentOrdersLoader).load((self.pk, limit))
        return [OrderType.from_model(o) for o in rows]
