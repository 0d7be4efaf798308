"""Benefit catalogue, grants, redemption, appointments and benefit cards."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

import strawberry
from strawberry.scalars import JSON

from domain import idempotency
from domain.access import Role, Scope
from domain.benefits import cards as cards_service
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.errors import DomainError
from domain.payments import service as payments_service
from domain.payments.models import PaymentMethod
from schema.benefits.types import CardType, GrantType
from schema.context import Info
from schema.errors import UserError
from schema.json_defaults import JsonDefaults, optional_json
from schema.json_shapes import as_object, as_objects
from schema.members.queries import query_error
from schema.payments.types import PaymentMethodEnum, PurchaseType
from schema.permissions import IsMemberStaffOrService, IsStaff
from schema.points.queries import target_member
from schema.relay import plain_id

BenefitKindEnum: TypeAlias = BenefitKind
strawberry.enum(BenefitKind, name="BenefitKind")
RedeemMethodEnum: TypeAlias = RedeemMethod
strawberry.enum(RedeemMethod, name="RedeemMethod")


@strawberry.type
class BenefitPayload:
    ok: bool
    id: strawberry.ID | None
    errors: list[UserError]


@strawberry.type
class CardPayload:
    card: CardType | None
    errors: list[UserError]
    purchase: PurchaseType | None = strawberry.field(
        default=None, description="The payment; PENDING until confirmPayment for EXTERNAL."
    )


@strawberry.input
class DefineBenefitInput(JsonDefaults):
    code: str
    name: str
    kind: BenefitKindEnum
    redeem_method: RedeemMethodEnum = RedeemMethod.SCAN
    funding_party: str = "platform"
    config: JSON | None = optional_json(dict)
    unit_cost_cents: int = 0


@strawberry.input
class GrantBenefitInput:
    member_id: strawberry.ID
    benefit_code: str
    quantity: int
    idempotency_key: str
    expires_at: datetime | None = None


@strawberry.input
class RedeemBenefitInput:
    grant_id: strawberry.ID
    idempotency_key: str
    count: int = 1
    store_code: str | None = None


@strawberry.input
class BookBenefitInput:
    grant_id: strawberry.ID
    slot_at: datetime
    store_code: str | None = None


@strawberry.input
class ChangeAppointmentInput:
    appointment_id: strawberry.ID
    slot_at: datetime | None = None
    cancel: bool = False


@strawberry.input
class VoidBenefitInput:
    grant_id: strawberry.ID
    reason: str


@strawberry.input
class DefineBenefitCardInput:
    code: str
    name: str
    price_cents: int
    validity_months: int
    drops: JSON = strawberry.field(description='[{"benefit": code, "quantity": n}]')
    every: str = "MONTH"
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


def _int_id(value: strawberry.ID, field: str) -> int:
    return plain_id(value, field)


def _own(info: Info) -> int | None:
    """Members act only on their own grants and cards; staff and service on any."""
    principal = info.context.principal
    return principal.member_id if principal and principal.role is Role.MEMBER else None


def _operator(info: Info) -> str:
    return info.context.principal.subject if info.context.principal else ""


async def _card(card_id: int) -> CardType:
    card = await cards_service.get_card(card_id)
    held = [c for c in await cards_service.cards_of(card.member_id) if c.id == card_id]
    return CardType.from_card(held[0])


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


def _ok(id_: int | None = None) -> BenefitPayload:
    return BenefitPayload(ok=True, id=strawberry.ID(str(id_)) if id_ else None, errors=[])


def _fail(error: DomainError) -> BenefitPayload:
    return BenefitPayload(ok=False, id=None, errors=[UserError.from_domain(error)])


@strawberry.type
class BenefitsQuery:
    @strawberry.field(
        description="A member's benefit grants with what remains.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_READ)],
    )
    async def member_benefits(
        self, info: Info, member_id: strawberry.ID | None = None, include_spent: bool = False
    ) -> list[GrantType]:
        try:
            member = await target_member(info.context.principal, member_id)
        except DomainError as error:
            raise query_error(error) from error
        rows = await benefits_service.grants_of(member, include_spent=include_spent)
        return [GrantType.from_grant(r) for r in rows]

    @strawberry.field(
        description="A member's benefit cards with the drops left.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_READ)],
    )
    async def member_cards(
        self, info: Info, member_id: strawberry.ID | None = None
    ) -> list[CardType]:
        try:
            member = await target_member(info.context.principal, member_id)
        except DomainError as error:
            raise query_error(error) from error
        return [CardType.from_card(r) for r in await cards_service.cards_of(member)]


@strawberry.type
class BenefitsMutation:
    @strawberry.mutation(
        description="Create or change a catalogue benefit. Errors: INVALID, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_CONFIG)],
    )
    async def define_benefit(self, input: DefineBenefitInput) -> BenefitPayload:
        try:
            benefit = await benefits_service.define_benefit(
                code=input.code,
                name=input.name,
                kind=BenefitKind(input.kind),
                redeem_method=RedeemMethod(input.redeem_method),
                funding_party=input.funding_party,
                config=as_object(input.config),
                unit_cost_cents=input.unit_cost_cents,
            )
        except DomainError as error:
            return _fail(error)
        return _ok(benefit.id)

    @strawberry.mutation(
        description="Grant a benefit to a member (idempotent). Errors: NOT_FOUND, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def grant_benefit(self, info: Info, input: GrantBenefitInput) -> BenefitPayload:
        try:
            member = await target_member(info.context.principal, input.member_id)
            grant = await idempotency.run_once(
                principal=info.context.principal,
                operation="grantBenefit",
                key=input.idempotency_key,
                request={
                    "member": member,
                    "benefit": input.benefit_code,
                    "quantity": input.quantity,
                    "expiresAt": input.expires_at,
                },
                call=lambda key: benefits_service.grant(
                    member_id=member,
                    benefit_code=input.benefit_code,
                    quantity=input.quantity,
                    source=f"staff:{_operator(info)}",
                    key=key,
                    expires_at=input.expires_at,
                ),
                remember=lambda done: {"id": done.id},
                recall=lambda stored: benefits_service.get_grant(stored["id"]),
            )
        except DomainError as error:
            return _fail(error)
        return _ok(grant.id)

    @strawberry.mutation(
        description="Use a benefit (scan, hand-out, identity check); "
        "idempotent on idempotencyKey. Errors: BENEFIT_EXHAUSTED, EXPIRED, "
        "FORBIDDEN (another member's), INVALID_STATE, NOT_FOUND, INVALID_AMOUNT.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def redeem_benefit(self, info: Info, input: RedeemBenefitInput) -> BenefitPayload:
        try:
            grant_id = _int_id(input.grant_id, "grantId")
            redemption = await idempotency.run_once(
                principal=info.context.principal,
                operation="redeemBenefit",
                key=input.idempotency_key,
                request={"grant": grant_id, "count": input.count, "store": input.store_code},
                call=lambda key: benefits_service.redeem(
                    grant_id=grant_id,
                    count=input.count,
                    key=key,
                    member_id=_own(info),
                    store_code=input.store_code,
                    operator=_operator(info),
                ),
                remember=lambda done: {"id": done.id},
                recall=lambda stored: benefits_service.get_redemption(stored["id"]),
            )
        except DomainError as error:
            return _fail(error)
        return _ok(redemption.id)

    @strawberry.mutation(
        description="Book an appointment against a benefit. Errors: "
        "BENEFIT_EXHAUSTED, EXPIRED, FORBIDDEN, INVALID_WINDOW.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def book_benefit(self, info: Info, input: BookBenefitInput) -> BenefitPayload:
        try:
            appointment = await benefits_service.book(
                grant_id=_int_id(input.grant_id, "grantId"),
                member_id=_own(info),
                slot_at=input.slot_at,
                store_code=input.store_code,
            )
        except DomainError as error:
            return _fail(error)
        return _ok(appointment.id)

    @strawberry.mutation(
        description="Move or cancel an appointment. Errors: NOT_FOUND, FORBIDDEN, INVALID_WINDOW.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def change_appointment(self, info: Info, input: ChangeAppointmentInput) -> BenefitPayload:
        try:
            appointment = await benefits_service.change_appointment(
                appointment_id=_int_id(input.appointment_id, "appointmentId"),
                member_id=_own(info),
                slot_at=input.slot_at,
                cancel=input.cancel,
            )
        except DomainError as error:
            return _fail(error)
        return _ok(appointment.id)

    @strawberry.mutation(
        description="Void a grant with a reason. Errors: NOT_FOUND, REQUIRED.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def void_benefit(self, input: VoidBenefitInput) -> BenefitPayload:
        try:
            grant = await benefits_service.void(
                grant_id=_int_id(input.grant_id, "grantId"), reason=input.reason
            )
        except DomainError as error:
            return _fail(error)
        return _ok(grant.id)

    @strawberry.mutation(
        description="Create or change a benefit card template. Errors: "
        "INVALID_AMOUNT, INVALID_WINDOW, INVALID_PERCENTAGE, NOT_FOUND.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_CONFIG)],
    )
    async def define_benefit_card(self, input: DefineBenefitCardInput) -> BenefitPayload:
        try:
            template = await cards_service.define_template(
                code=input.code,
                name=input.name,
                price_cents=input.price_cents,
                validity_months=input.validity_months,
                every=input.every,
                drops=as_objects(input.drops),
                discount_percent=input.discount_percent,
                multiplier_percent=input.multiplier_percent,
                refundable=input.refundable,
                points_price=input.points_price,
                point_type_code=input.point_type_code,
            )
        except DomainError as error:
            return _fail(error)
        return _ok(template.id)

    @strawberry.mutation(
        description="Buy a benefit card through any channel (activated once paid "
        "unless activate=false), paid from the wallet or with points at once, or EXTERNAL: "
        "a PENDING purchase the payment system confirms with confirmPayment; idempotent on "
        "idempotencyKey. Errors: NOT_FOUND, INSUFFICIENT_BALANCE, INSUFFICIENT_POINTS, "
        "PAYMENT_METHOD_NOT_ACCEPTED, WALLET_LOCKED, WALLET_CLOSED, IDEMPOTENCY_KEY_REUSED.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def purchase_benefit_card(
        self, info: Info, input: PurchaseBenefitCardInput
    ) -> CardPayload:
        principal = info.context.principal
        try:
            member = await target_member(principal, input.member_id)
            order = await idempotency.run_once(
                principal=principal,
                operation="purchaseBenefitCard",
                key=input.idempotency_key,
                request={
                    "member": member,
                    "template": input.template_code,
                    "channel": input.channel,
                    "activate": input.activate,
                    "method": input.payment_method.value,
                },
                call=lambda key: cards_service.purchase(
                    member_id=member,
                    template_code=input.template_code,
                    key=key,
                    channel=input.channel,
                    method=PaymentMethod(input.payment_method),
                    operator=_operator(info),
                    activate=input.activate,
                ),
                remember=_remember_order,
                recall=_recall_order,
            )
        except DomainError as error:
            return CardPayload(card=None, errors=[UserError.from_domain(error)])
        return CardPayload(
            card=await _card(order.card.id) if order.card else None,
            purchase=PurchaseType.from_model(order.purchase) if order.purchase else None,
            errors=[],
        )

    @strawberry.mutation(
        description="Activate a card bought for later. Errors: NOT_FOUND, INVALID_STATE.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def activate_benefit_card(self, info: Info, input: CardActionInput) -> CardPayload:
        try:
            card = await cards_service.activate(
                card_id=_int_id(input.card_id, "cardId"), member_id=_own(info)
            )
        except DomainError as error:
            return CardPayload(card=None, errors=[UserError.from_domain(error)])
        return CardPayload(card=await _card(card.id), errors=[])

    @strawberry.mutation(
        description="Refund a card pro rata the way it was paid; drops not made yet are void "
        "and unused grants withdrawn. Errors: EXPIRED, INVALID_STATE, NOT_FOUND.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    async def refund_benefit_card(self, info: Info, input: CardActionInput) -> CardPayload:
        try:
            card = await cards_service.refund(
                card_id=_int_id(input.card_id, "cardId"),
                member_id=_own(info),
                operator=_operator(info),
            )
        except DomainError as error:
            return CardPayload(card=None, errors=[UserError.from_domain(error)])
        return CardPayload(card=await _card(card.id), errors=[])
