"""Paid plans: defining, buying and refunding them."""

from __future__ import annotations

from typing import TypeVar

import strawberry

from domain.access import Scope
from domain.levels import paid as paid_service
from domain.payments import service as payments_service
from domain.payments.models import PaymentMethod
from schema.access import actor, target_member
from schema.benefits.quantities import BenefitQuantityInput, benefit_quantities
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.idempotency import Replay, run_once
from schema.levels.types import PaidMembershipType, PaidPlanActionEnum
from schema.payments.types import PaymentMethodEnum, PurchaseType
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.relay import decode_id


@strawberry.input
class PurchasePaidPlanInput:
    plan_code: str
    idempotency_key: str
    payment_method: PaymentMethodEnum = strawberry.field(
        description="WALLET or POINTS pay now; EXTERNAL waits for confirmPayment."
    )
    member_id: strawberry.ID | None = None
    action: PaidPlanActionEnum = strawberry.field(
        default=paid_service.Action.PURCHASE, description="Buy, renew or upgrade."
    )


@strawberry.input
class RefundPaidPlanInput:
    membership_id: strawberry.ID


@strawberry.input(description="A paid plan, created or changed by its code.")
class DefinePaidPlanInput:
    code: str
    name: str
    audience: str
    price_cents: int
    validity_days: int
    tier: int = 1
    multiplier_percent: int = 100
    discount_percent: int = 0
    benefits: list[BenefitQuantityInput] = strawberry.field(
        default_factory=list, description="Granted on purchase, withdrawn unused on refund."
    )
    points_price: int | None = strawberry.field(default=None, description="Also sold for points.")
    point_type_code: str = "POINTS"


@strawberry.type
class PaidPlanPayload:
    membership: PaidMembershipType | None
    errors: list[UserError]
    purchase: PurchaseType | None = strawberry.field(
        default=None, description="The payment; PENDING until confirmPayment for EXTERNAL."
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
        membership = PaidMembershipType.from_membership(order.membership, plan.code)
    purchase = PurchaseType.from_model(order.purchase) if order.purchase else None
    return cls(membership=membership, purchase=purchase, errors=[])


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
class PaidPlansMutation:
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
        action = paid_service.Action(input.action)
        order = await run_once(
            info,
            "purchasePaidPlan",
            input.idempotency_key,
            {
                "member": member,
                "plan": input.plan_code,
                "action": action.value,
                "method": input.payment_method.value,
            },
            lambda key: paid_service.buy(
                member_id=member,
                action=action,
                plan_code=input.plan_code,
                method=PaymentMethod(input.payment_method),
                key=key,
                operator=principal.subject if principal else "",
            ),
            Replay(_remember_order, _recall_order),
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
            membership_id=decode_id(input.membership_id, "PaidMembership", "membershipId"),
            operator=actor(info),
        )
        plan = await paid_service.plan_of(membership)
        return RefundPaidPlanPayload(
            membership=PaidMembershipType.from_membership(membership, plan.code), errors=[]
        )

    @strawberry.mutation(
        description="Create or change a paid plan. Errors: INVALID_AMOUNT, "
        "INVALID_WINDOW, NOT_FOUND, TOO_MANY.",
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
            benefits=benefit_quantities(input.benefits, "benefits"),
            points_price=input.points_price,
            point_type_code=input.point_type_code,
        )
        return DefinePaidPlanPayload(membership=None, errors=[])
