"""Level and paid-membership queries and mutations."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

import strawberry
from strawberry.scalars import JSON

from domain import idempotency
from domain.access import Scope
from domain.errors import DomainError
from domain.levels import ladder as levels_ladder
from domain.levels import paid as paid_service
from domain.levels import rules
from domain.levels import service as levels_service
from domain.levels.models import PaidMembership
from domain.payments import service as payments_service
from domain.payments.models import PaymentMethod
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.json_defaults import JsonDefaults, optional_json
from schema.json_shapes import as_objects
from schema.levels.types import (
    LevelChangeType,
    LevelCountType,
    LevelTrendPointType,
    LevelType,
    MemberLevelType,
    PaidMembershipType,
    PrivilegesType,
)
from schema.payments.types import PaymentMethodEnum, PurchaseType
from schema.permissions import IsAuthenticated, IsMemberStaffOrService, IsStaff, IsStaffOrBI
from schema.relay import plain_id


@strawberry.input
class LevelInput(JsonDefaults):
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
    upgrade_gifts: JSON | None = optional_json(list)
    monthly_benefits: JSON | None = optional_json(list)
    birthday_benefits: JSON | None = optional_json(list)


@strawberry.input
class DefineLevelsInput:
    levels: list[LevelInput]
    growth_point_type: str = "GROWTH"
    growth_policy: str = strawberry.field(default="RESET", description="RESET or CARRY.")


@strawberry.type
class DefineLevelsPayload:
    levels: list[LevelType] | None
    errors: list[UserError]


@strawberry.input
class PurchasePaidPlanInput:
    plan_code: str
    idempotency_key: str
    payment_method: PaymentMethodEnum = strawberry.field(
        description="WALLET or POINTS pay now; EXTERNAL waits for confirmPayment."
    )
    member_id: strawberry.ID | None = None
    action: str = strawberry.field(default="PURCHASE", description="PURCHASE, RENEW or UPGRADE.")


@strawberry.input
class RefundPaidPlanInput:
    membership_id: strawberry.ID


@strawberry.input
class DefinePaidPlanInput(JsonDefaults):
    code: str
    name: str
    audience: str
    price_cents: int
    validity_days: int
    tier: int = 1
    multiplier_percent: int = 100
    discount_percent: int = 0
    benefits: JSON | None = optional_json(list)
    points_price: int | None = strawberry.field(default=None, description="Also sold for points.")
    point_type_code: str = "POINTS"


@strawberry.type
class PaidPlanPayload:
    membership: PaidMembershipType | None
    errors: list[UserError]
    purchase: PurchaseType | None = strawberry.field(
        default=None, description="The payment; PENDING until confirmPayment for EXTERNAL."
    )


def _membership(m: PaidMembership, code: str) -> PaidMembershipType:
    return PaidMembershipType(
        id=strawberry.ID(str(m.id)),
        plan_code=code,
        starts_on=m.starts_on,
        ends_on=m.ends_on,
        price_cents=m.price_cents,
        paid_cents=m.paid_cents,
        refunded_cents=m.refunded_cents,
        status=str(m.status),
    )


def _remember_order(order: paid_service.PlanOrder) -> dict:
    return {
        "purchase": order.purchase.id if order.purchase else None,
        "membership": order.membership.id if order.membership else None,
    }


async def _recall_order(stored: dict) -> paid_service.PlanOrder:
    purchase = await payments_service.get_purchase(stored["purchase"] or 0)
    if purchase is not None:
        return await paid_service.order_of(purchase)
    return paid_service.PlanOrder(None, await paid_service.membership(stored["membership"]))


PP = TypeVar("PP", bound=PaidPlanPayload)


async def _order_payload(cls: type[PP], order: paid_service.PlanOrder) -> PP:
    membership = None
    if order.membership is not None:
        plan = await paid_service.plan_of(order.membership)
        membership = _membership(order.membership, plan.code)
    purchase = PurchaseType.from_model(order.purchase) if order.purchase else None
    return cls(membership=membership, purchase=purchase, errors=[])


def _counts(rows: list[levels_service.LevelCount]) -> list[LevelCountType]:
    return [LevelCountType(rank=r.rank, members=r.members) for r in rows]


@strawberry.type
class LevelsQuery:
    @strawberry.field(
        description="The ladder.",
        permission_classes=[IsAuthenticated.with_scope(Scope.LEVELS_READ)],
    )
    async def levels(self) -> list[LevelType]:
        return [LevelType.from_model(x) for x in await levels_ladder.ladder()]

    @strawberry.field(
        description="A member's level, period and history.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_READ)],
    )
    async def member_level(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> MemberLevelType:
        member = await target_member(info, member_id)
        level, row = await levels_service.current(member)
        return MemberLevelType(
            level=LevelType.from_model(level) if level else None,
            reached_on=row.reached_on if row else None,
            period_ends_on=row.period_ends_on if row else None,
            history=[LevelChangeType.from_change(c) for c in await levels_service.history(member)],
        )

    @strawberry.field(
        description="Members per level at a past instant (now by default).",
        permission_classes=[IsStaffOrBI.with_scope(Scope.LEVELS_READ, Scope.ANALYTICS_READ)],
    )
    async def level_distribution(self, at: datetime | None = None) -> list[LevelCountType]:
        from domain.clock import utc_now

        return _counts(await levels_service.distribution(at or utc_now()))

    @strawberry.field(
        description="The distribution at the end of every step of a period.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.LEVELS_READ, Scope.ANALYTICS_READ)],
    )
    async def level_trend(
        self, since: date, until: date, step_days: int = 7
    ) -> list[LevelTrendPointType]:
        points = await levels_service.trend(since, until, step_days)
        return [LevelTrendPointType(day=p.day, counts=_counts(p.counts)) for p in points]

    @strawberry.field(
        description="Discount, free shipping and points multiplier that apply "
        "now (level, paid plan and cards together).",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_READ)],
    )
    async def member_privileges(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> PrivilegesType:
        member = await target_member(info, member_id)
        p = await levels_service.privileges(member)
        return PrivilegesType(
            level_code=p.level_code,
            discount_percent=p.discount_percent,
            free_shipping=p.free_shipping,
            points_multiplier=f"{p.multiplier.numerator}/{p.multiplier.denominator}",
        )

    @strawberry.field(
        description="A member's paid-plan purchases.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_READ)],
    )
    async def paid_memberships(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> list[PaidMembershipType]:
        member = await target_member(info, member_id)
        return [
            _membership(held.membership, held.plan_code)
            for held in await paid_service.memberships_of(member)
        ]


@strawberry.type(description="What purchasePaidPlan returns.")
class PurchasePaidPlanPayload(PaidPlanPayload):
    pass


@strawberry.type(description="What refundPaidPlan returns.")
class RefundPaidPlanPayload(PaidPlanPayload):
    pass


@strawberry.type(description="What definePaidPlan returns.")
class DefinePaidPlanPayload(PaidPlanPayload):
    pass


@strawberry.type
class LevelsMutation:
    @strawberry.mutation(
        description="Replace the ladder. Errors: INVALID_LADDER (field "
        "levels[i].<field>), UNKNOWN_POINT_TYPE, NOT_FOUND (benefit), INVALID.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_CONFIG)],
    )
    @returns_errors
    async def define_levels(self, input: DefineLevelsInput) -> DefineLevelsPayload:
        saved = await levels_ladder.define_levels(
            [
                levels_ladder.LevelInput(
                    spec=rules.LevelSpec(
                        x.rank,
                        x.code,
                        x.name,
                        x.reach_growth,
                        x.keep_growth,
                        x.validity_months,
                        x.downgrade_to_rank,
                    ),
                    multiplier_percent=x.multiplier_percent,
                    discount_percent=x.discount_percent,
                    free_shipping=x.free_shipping,
                    upgrade_gifts=tuple(as_objects(x.upgrade_gifts)),
                    monthly_benefits=tuple(as_objects(x.monthly_benefits)),
                    birthday_benefits=tuple(as_objects(x.birthday_benefits)),
                )
                for x in input.levels
            ],
            growth_point_type=input.growth_point_type,
            growth_policy=input.growth_policy,
        )
        return DefineLevelsPayload(levels=[LevelType.from_model(x) for x in saved], errors=[])

    @strawberry.mutation(
        description="Buy, renew or upgrade a paid plan (upgrade pays the "
        "difference pro rata), paid from the wallet or with points at once, or EXTERNAL: "
        "a PENDING purchase the payment system confirms with confirmPayment; idempotent on "
        "idempotencyKey. Errors: PLAN_OVERLAP, NOT_FOUND, INVALID_STATE, "
        "INSUFFICIENT_BALANCE, INSUFFICIENT_POINTS, PAYMENT_METHOD_NOT_ACCEPTED, "
        "WALLET_LOCKED, WALLET_CLOSED, IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.LEVELS_WRITE)],
    )
    @returns_errors
    async def purchase_paid_plan(
        self, info: Info, input: PurchasePaidPlanInput
    ) -> PurchasePaidPlanPayload:
        principal = info.context.principal
        member = await target_member(info, input.member_id)
        if input.action not in paid_service.Action.__members__:
            raise DomainError("action must be PURCHASE, RENEW or UPGRADE.", field="action")
        action = paid_service.Action(input.action)
        order = await idempotency.run_once(
            principal=principal,
            operation="purchasePaidPlan",
            key=input.idempotency_key,
            request={
                "member": member,
                "plan": input.plan_code,
                "action": action.value,
                "method": input.payment_method.value,
            },
            call=lambda key: paid_service.buy(
                member_id=member,
                action=action,
                plan_code=input.plan_code,
                method=PaymentMethod(input.payment_method),
                key=key,
                operator=principal.subject if principal else "",
            ),
            remember=_remember_order,
            recall=_recall_order,
        )
        return await _order_payload(PurchasePaidPlanPayload, order)

    @strawberry.mutation(
        description="Refund a paid membership pro rata the way it was paid and withdraw "
        "its unused benefits. Errors: EXPIRED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_WRITE)],
    )
    @returns_errors
    async def refund_paid_plan(
        self, info: Info, input: RefundPaidPlanInput
    ) -> RefundPaidPlanPayload:
        membership = await paid_service.refund(
            membership_id=plain_id(input.membership_id, "membershipId"),
            operator=actor(info),
        )
        plan = await paid_service.plan_of(membership)
        return RefundPaidPlanPayload(membership=_membership(membership, plan.code), errors=[])

    @strawberry.mutation(
        description="Create or change a paid plan. Errors: INVALID_AMOUNT, "
        "INVALID_WINDOW, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_CONFIG)],
    )
    @returns_errors
    async def define_paid_plan(self, input: DefinePaidPlanInput) -> DefinePaidPlanPayload:
        await paid_service.define_plan(
            code=input.code,
            name=input.name,
            audience=input.audience,
            tier=input.tier,
            price_cents=input.price_cents,
            validity_days=input.validity_days,
            multiplier_percent=input.multiplier_percent,
            discount_percent=input.discount_percent,
            benefits=as_objects(input.benefits),
            points_price=input.points_price,
            point_type_code=input.point_type_code,
        )
        return DefinePaidPlanPayload(membership=None, errors=[])
