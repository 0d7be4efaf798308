"""Appointments that redeem a benefit: book and change."""

from __future__ import annotations

from datetime import datetime

import strawberry

from domain.access import Scope
from domain.benefits import service as benefits_service
from schema.benefits.config_types import AppointmentType
from schema.benefits.types import (
    BenefitPayload,
    ok_payload,
    own_member,
)
from schema.context import Info
from schema.errors import returns_errors
from schema.permissions import IsMemberStaffOrService
from schema.relay import decode_id, encode_id


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


@strawberry.type(description="What bookBenefit returns.")
class BookBenefitPayload(BenefitPayload):
    appointment: AppointmentType | None = strawberry.field(
        default=None, description="The booked appointment."
    )


@strawberry.type(description="What changeAppointment returns.")
class ChangeAppointmentPayload(BenefitPayload):
    appointment: AppointmentType | None = strawberry.field(
        default=None, description="The appointment as it now is."
    )


@strawberry.type
class AppointmentsMutation:
    @strawberry.mutation(
        description="Book an appointment against a benefit. Errors: "
        "BENEFIT_EXHAUSTED, EXPIRED, FORBIDDEN, INVALID_WINDOW.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def book_benefit(self, info: Info, input: BookBenefitInput) -> BookBenefitPayload:
        appointment = await benefits_service.book(
            grant_id=decode_id(input.grant_id, "BenefitGrant", "grantId"),
            member_id=own_member(info),
            slot_at=input.slot_at,
            store_code=input.store_code,
        )
        return ok_payload(
            BookBenefitPayload,
            encode_id("Appointment", appointment.id),
            appointment=AppointmentType.from_model(appointment),
        )

    @strawberry.mutation(
        description="Move or cancel an appointment. Errors: NOT_FOUND, FORBIDDEN, INVALID_WINDOW.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.BENEFITS_WRITE)],
    )
    @returns_errors
    async def change_appointment(
        self, info: Info, input: ChangeAppointmentInput
    ) -> ChangeAppointmentPayload:
        appointment = await benefits_service.change_appointment(
            appointment_id=decode_id(input.appointment_id, "Appointment", "appointmentId"),
            member_id=own_member(info),
            slot_at=input.slot_at,
            cancel=input.cancel,
        )
        return ok_payload(
            ChangeAppointmentPayload,
            encode_id("Appointment", appointment.id),
            appointment=AppointmentType.from_model(appointment),
        )
