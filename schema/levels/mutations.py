"""Level and paid-membership mutations: the ladder, paid plans bought, refunded and defined."""

from __future__ import annotations

import strawberry

from domain import idempotency
from domain.access import Scope
from domain.errors import DomainError
from domain.levels import ladder as levels_ladder
from domain.levels import paid as paid_service
from domain.levels import rules
from domain.payments import service as payments_service
from domain.payments.models import PaymentMethod
from schema.context import Info
from schema.errors import UserError
from schema.json_shapes import as_objects
from schema.levels.inputs import (
    DefineLevelsInput,
    DefinePaidPlanInput,
    PurchasePaidPlanInput,
    RefundPaidPlanInput,
)
from schema.levels.types import (
    LevelType,
    PaidMembershipType,
    membership_type,
)
from schema.payments.types import PurchaseType
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.points.queries import target_member
from schema.relay import plain_id


@strawberry.type
class DefineLevelsPayload:
    levels: list[LevelType] | None
    errors: list[UserError]


@strawberry.type
class PaidPlanPayload:
    membership: PaidMembershipType | None
    errors: list[UserError]
    purchase: PurchaseType | None = strawberry.field(
        default=None, description="The payment; PENDING until confirmPayment for EXTERNAL."
    )


def _operator(info: Info) -> str:
    return info.context.principal.subject if info.context.principal else ""


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


async def _order_payload(order: paid_service.PlanOrder) -> PaidPlanPayload:
    membership = None
    if order.membership is not None:
        plan = await paid_service.plan_of(order.membership)
        membership = membership_type(order.membership, plan.code)
    purchase = PurchaseType.from_model(order.purchase) if order.purchase else None
    return PaidPlanPayload(membership=membership, purchase=purchase, errors=[])


@strawberry.type
class LevelsMutation:
    @strawberry.mutation(
        description="Replace the ladder. Errors: INVALID_LADDER (field "
        "levels[i].<field>), UNKNOWN_POINT_TYPE, NOT_FOUND (benefit), INVALID.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_CONFIG)],
    )
    async def define_levels(self, input: DefineLevelsInput) -> DefineLevelsPayload:
        try:
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
        except DomainError as error:
            return DefineLevelsPayload(levels=None, errors=[UserError.from_domain(error)])
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
    async def purchase_paid_plan(self, info: Info, input: PurchasePaidPlanInput) -> PaidPlanPayload:
        principal = info.context.principal
        try:
            member = await target_member(principal, input.member_id)
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
        except DomainError as error:
            return PaidPlanPayload(membership=None, errors=[UserError.from_domain(error)])
        return await _order_payload(order)

    @strawberry.mutation(
        description="Refund a paid membership pro rata the way it was paid and withdraw "
        "its unused benefits. Errors: EXPIRED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_WRITE)],
    )
    async def refund_paid_plan(self, info: Info, input: RefundPaidPlanInput) -> PaidPlanPayload:
        try:
            membership = await paid_service.refund(
                membership_id=plain_id(input.membership_id, "membershipId"),
                operator=_operator(info),
            )
        except DomainError as error:
            return PaidPlanPayload(membership=None, errors=[UserError.from_domain(error)])
        plan = await paid_service.plan_of(membership)
        return PaidPlanPayload(membership=membership_type(membership, plan.code), errors=[])

    @strawberry.mutation(
        description="Create or change a paid plan. Errors: INVALID_AMOUNT, "
        "INVALID_WINDOW, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.LEVELS_CONFIG)],
    )
    async def define_paid_plan(self, input: DefinePaidPlanInput) -> PaidPlanPayload:
        try:
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
        except DomainError as error:
            return PaidPlanPayload(membership=None, errors=[UserError.from_domain(error)])
        return PaidPlanPayload(membership=None, errors=[])
