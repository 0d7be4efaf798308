"""Staff reads of benefits, card templates and appointments; retiring benefits and cards."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain.access import Scope
from domain.benefits import catalogue
from domain.benefits.models import Appointment, Benefit, CardTemplate
from schema.args import Active, After, First, ObjectId
from schema.benefits.config_types import (
    AppointmentStatus,
    AppointmentType,
    BenefitType,
    CardTemplateType,
)
from schema.config_history import RetireArgument
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff
from schema.relay import Connection, decode_id, keyset_page

READ = IsStaff.with_scope(Scope.BENEFITS_READ, Scope.BENEFITS_CONFIG)
CONFIG = IsStaff.with_scope(Scope.BENEFITS_CONFIG)


@strawberry.type(description="What retireBenefit returns.")
class RetireBenefitPayload:
    benefit: BenefitType | None = strawberry.field(description="The retired benefit.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="What retireBenefitCard returns.")
class RetireBenefitCardPayload:
    card_template: CardTemplateType | None = strawberry.field(description="The retired card.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class BenefitConfigQuery:
    @strawberry.field(description="Catalogue benefits by id.", permission_classes=[READ])
    async def benefits(
        self, active: Active = None, first: First = None, after: After = None
    ) -> Connection[BenefitType]:
        async def fetch(after_id: int | None, limit: int) -> list[Benefit]:
            return await catalogue.benefits(active=active, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda b: b.id, wrap=BenefitType.from_model
        )

    @strawberry.field(description="One catalogue benefit, or null.", permission_classes=[READ])
    async def benefit(self, id: ObjectId) -> BenefitType | None:
        found = await catalogue.benefit(decode_id(id, "Benefit", "id"))
        return BenefitType.from_model(found) if found else None

    @strawberry.field(description="Benefit card templates by id.", permission_classes=[READ])
    async def benefit_card_templates(
        self, active: Active = None, first: First = None, after: After = None
    ) -> Connection[CardTemplateType]:
        async def fetch(after_id: int | None, limit: int) -> list[CardTemplate]:
            return await catalogue.card_templates(active=active, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda t: t.id, wrap=CardTemplateType.from_model
        )

    @strawberry.field(description="One benefit card template, or null.", permission_classes=[READ])
    async def benefit_card_template(self, id: ObjectId) -> CardTemplateType | None:
        found = await catalogue.card_template(decode_id(id, "BenefitCardTemplate", "id"))
        return CardTemplateType.from_model(found) if found else None

    @strawberry.field(description="Appointments, newest first.", permission_classes=[READ])
    async def appointments(
        self,
        status: Annotated[
            AppointmentStatus | None, strawberry.argument(description="Only this status.")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[AppointmentType]:
        async def fetch(after_id: int | None, limit: int) -> list[Appointment]:
            wanted = str(status.value) if status else None
            return await catalogue.appointments(status=wanted, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda a: a.id, wrap=AppointmentType.from_model
        )

    @strawberry.field(description="One appointment, or null.", permission_classes=[READ])
    async def appointment(self, id: ObjectId) -> AppointmentType | None:
        found = await catalogue.appointment(decode_id(id, "Appointment", "id"))
        return AppointmentType.from_model(found) if found else None


@strawberry.type
class BenefitRetireMutation:
    @strawberry.mutation(
        description="Grant a benefit no more (rules, ladders and cards naming it stop giving "
        "it); grants already made stay usable. Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_benefit(self, input: RetireArgument) -> RetireBenefitPayload:
        found = await catalogue.retire_benefit(decode_id(input.id, "Benefit", "id"))
        return RetireBenefitPayload(benefit=BenefitType.from_model(found), errors=[])

    @strawberry.mutation(
        description="Sell a benefit card no more; cards already sold run their course. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_benefit_card(self, input: RetireArgument) -> RetireBenefitCardPayload:
        found = await catalogue.retire_card_template(
            decode_id(input.id, "BenefitCardTemplate", "id")
        )
        return RetireBenefitCardPayload(card_template=CardTemplateType.from_model(found), errors=[])
