"""Benefit cards: define, buy, activate, refund."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.benefits import card_templates as benefits_card_templates
from domain.benefits import cards as cards_service
from domain.benefits.rules import Every
from domain.payments import service as payments_service
from domain.payments.models import PaymentMethod
from schema.access import actor, target_member
from schema.benefits.config_types import CardTemplateType, EveryEnum
from schema.benefits.quantities import BenefitQuantityInput, benefit_quantities
from schema.benefits.types import (
    BenefitPayload,
    CardPayload,
    card_type,
    ok_payload,
    own_member,
)
from schema.context import Info
from schema.errors import returns_errors
from schema.idempotency import Replay, run_once
from schema.payments.types import PaymentMethodEnum, PurchaseType
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.relay import decode_id, encode_id


@strawberry.input
class DefineBenefitCardInput:
    code: str
    name: str
    price_cents: int
    validity_months: int
    drops: list[BenefitQuantityInput] = strawberry.field(
        description="The benefits granted every period of the card."
    )
    every: EveryEnum = Every.MONTH
    discount_percent: int = 0
    multiplier_percent: int = 100
    refundable: bool = True
    points_price: int | None = strawberry.field(default=None, description="Also sold for points.")
    point_type_code: str = "POINTS"


@strawberry.input
class PurchaseBenefitCardInput:
    template_code: str
    idempotency_key: str
    payment_method: PaymentMethodEnum = strawberry.field(
        description="WALLET or POINTS pay now; EXTERNAL waits for confirmPayment."
    )
    channel: str = "APP"
    member_id: strawberry.ID | None = None
    activate: bool = True


@strawberry.input
class CardActionInput:
    card_id: strawberry.ID


def _remember_order(order: cards_service.CardOrder) -> dict:
    return {
        "purchase": order.purchase.id if order.purchase else None,
        "card": order.card.id if order.card else None,
    }


async def _recall_order(stored: dict) -> cards_service.CardOrder:
    purchase = await payments_service.get_purchase(stored["purchase"] or 0)
    if purchase is not None:
        return await cards_service.order_of(purchase)
    return cards_service.CardOrder(None, await cards_service.get_card(stored["card"]))


@strawberry.type(description="What defineBenefitCard returns.")
class DefineBenefitCardPayload(BenefitPayload):
    card_template: CardTemplateType | None = strawberry.field(
        default=None, description="The card template as defined."
    )


@strawberry.type(description="What purchaseBenefitCard returns.")
class PurchaseBenefitCardPayload(CardPayload):
    pass


@strawberry.type(description="What activateBenefitCard returns.")
class ActivateBenefitCardPayload(CardPayload):
    pass


@strawberry.type(description="What refundBenefitCard returns.")
class RefundBenefitCardPayload(CardPayload):
    pass


@strawberry.type
class BenefitCardsMutation:
    @strawberry.mutation(
        description="Create or change a benefit card template. Errors: "
        "INVALID_AMOUNT, INVALID_WINDOW, INVALID_PERCENTAGE, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_CONFIG)],
    )
    @returns_errors
    async def define_benefit_card(self, input: DefineBenefitCardInput) -> DefineBenefitCardPayload:
        template = await benefits_card_templates.define_template(
            code=input.code,
            name=input.name,
            price_cents=input.price_cents,
            validity_months=input.validity_months,
            every=Every(input.every).value,
            drops=benefit_quantities(input.drops, "drops"),
            discount_percent=input.discount_percent,
            multiplier_percent=input.multiplier_percent,
            refundable=input.refundable,
            points_price=input.points_price,
            point_type_code=input.point_type_code,
        )
        return ok_payload(
            DefineBenefitCardPayload,
            encode_id("BenefitCardTemplate", template.id),
            card_template=CardTemplateType.from_model(template),
        )

    @strawberry.mutation(
        description="Buy a benefit card through any channel (activated once paid "
        "unless activate=false), paid from the wallet or with points at once, or EXTERNAL: "
        "a PENDING purchase the payment system confirms with confirmPayment; idempotent on "
        "idempotencyKey. Errors: NOT_FOUND, INSUFFICIENT_BALANCE, INSUFFICIENT_POINTS, "
        "PAYMENT_METHOD_NOT_ACCEPTED, WALLET_LOCKED, WALLET_CLOSED, IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def purchase_benefit_card(
        self, info: Info, input: PurchaseBenefitCardInput
    ) -> PurchaseBenefitCardPayload:
        member = await target_member(info, input.member_id)
        order = await run_once(
            info,
            "purchaseBenefitCard",
            input.idempotency_key,
            {
                "member": member,
                "template": input.template_code,
                "channel": input.channel,
                "activate": input.activate,
                "method": input.payment_method.value,
            },
            lambda key: cards_service.purchase(
                member_id=member,
                template_code=input.template_code,
                key=key,
                channel=input.channel,
                method=PaymentMethod(input.payment_method),
                operator=actor(info),
                activate=input.activate,
            ),
            Replay(remember=_remember_order, recall=_recall_order),
        )
        return PurchaseBenefitCardPayload(
            card=await card_type(order.card.id) if order.card else None,
            purchase=PurchaseType.from_model(order.purchase) if order.purchase else None,
            errors=[],
        )

    @strawberry.mutation(
        description="Activate a card bought for later. Errors: NOT_FOUND, INVALID_STATE.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def activate_benefit_card(
        self, info: Info, input: CardActionInput
    ) -> ActivateBenefitCardPayload:
        card = await cards_service.activate(
            card_id=decode_id(input.card_id, "MemberCard", "cardId"), member_id=own_member(info)
        )
        return ActivateBenefitCardPayload(card=await card_type(card.id), errors=[])

    @strawberry.mutation(
        description="Refund a card pro rata the way it was paid; drops not made yet are void "
        "and unused grants withdrawn. Errors: EXPIRED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def refund_benefit_card(
        self, info: Info, input: CardActionInput
    ) -> RefundBenefitCardPayload:
        card = await cards_service.refund(
            card_id=decode_id(input.card_id, "MemberCard", "cardId"),
            member_id=own_member(info),
            operator=actor(info),
        )
        return RefundBenefitCardPayload(card=await card_type(card.id), errors=[])
