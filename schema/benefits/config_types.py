"""Catalogue benefits, card templates and appointments as staff and mutations return them."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TypeAlias

import strawberry
from strawberry.scalars import JSON

from domain.benefits.models import Appointment, Benefit, BenefitKind, CardTemplate, RedeemMethod
from domain.benefits.rules import Every
from schema.benefits.quantities import BenefitQuantityType, quantity_types
from schema.benefits.types import BenefitKindEnum, RedeemMethodEnum
from schema.node import Node
from schema.relay import encode_id

EveryEnum: TypeAlias = Every
strawberry.enum(Every, name="CardDropPeriod")


@strawberry.enum(description="Where an appointment stands.")
class AppointmentStatus(Enum):
    BOOKED = strawberry.enum_value("BOOKED", description="Open: the slot is held.")
    CANCELLED = strawberry.enum_value("CANCELLED", description="Cancelled by member or staff.")


@strawberry.type(name="Benefit", description="A catalogue entry the platform can grant.")
class BenefitType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the benefit.")
    code: str = strawberry.field(description="Stable code rules and cards refer to.")
    name: str = strawberry.field(description="Name shown to members.")
    kind: BenefitKindEnum = strawberry.field(description="What it gives.")
    redeem_method: RedeemMethodEnum = strawberry.field(description="How a grant of it is redeemed.")
    funding_party: str = strawberry.field(description="Who pays for it.")
    config: JSON = strawberry.field(description="Kind-specific settings.")
    unit_cost_cents: int = strawberry.field(description="Cost of one unit, in cents.")
    active: bool = strawberry.field(description="False once retired: no new grants.")

    @classmethod
    def from_model(cls, b: Benefit) -> BenefitType:
        return cls(
            id=strawberry.ID(encode_id("Benefit", b.id)),
            code=b.code,
            name=b.name,
            kind=BenefitKind(b.kind),
            redeem_method=RedeemMethod(b.redeem_method),
            funding_party=b.funding_party,
            config=JSON(b.config),
            unit_cost_cents=b.unit_cost_cents,
            active=b.active,
        )


@strawberry.type(name="BenefitCardTemplate", description="A benefit card for sale.")
class CardTemplateType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the template.")
    code: str = strawberry.field(description="Code members buy it by.")
    name: str = strawberry.field(description="Name shown to members.")
    price_cents: int = strawberry.field(description="Price in cents.")
    points_price: int | None = strawberry.field(description="Also sold for these points.")
    validity_months: int = strawberry.field(description="How long a card runs.")
    every: EveryEnum = strawberry.field(description="How often the card drops its benefits.")
    drops: list[BenefitQuantityType] = strawberry.field(description="The benefits each drop gives.")
    discount_percent: int = strawberry.field(description="Member price discount while held.")
    multiplier_percent: int = strawberry.field(description="Points multiplier while held.")
    refundable: bool = strawberry.field(description="Whether a holder may refund it.")
    active: bool = strawberry.field(description="False once retired: no longer sold.")

    @classmethod
    def from_model(cls, t: CardTemplate) -> CardTemplateType:
        return cls(
            id=strawberry.ID(encode_id("BenefitCardTemplate", t.id)),
            code=t.code,
            name=t.name,
            price_cents=t.price_cents,
            points_price=t.points_price,
            validity_months=t.validity_months,
            every=Every(t.every),
            drops=quantity_types(t.drops),
            discount_percent=t.discount_percent,
            multiplier_percent=t.multiplier_percent,
            refundable=t.refundable,
            active=t.active,
        )


@strawberry.type(name="Appointment", description="A booked slot that redeems a benefit.")
class AppointmentType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the appointment.")
    grant_id: strawberry.ID = strawberry.field(
        description="Global id of the benefit grant it redeems."
    )
    slot_at: datetime = strawberry.field(description="The booked time.")
    store_code: str | None = strawberry.field(description="Where, if a store was named.")
    status: AppointmentStatus = strawberry.field(description="Booked or cancelled.")
    updated_at: datetime = strawberry.field(description="Last change.")

    @classmethod
    def from_model(cls, a: Appointment) -> AppointmentType:
        return cls(
            id=strawberry.ID(encode_id("Appointment", a.id)),
            grant_id=strawberry.ID(encode_id("BenefitGrant", a.grant_id)),
            slot_at=a.slot_at,
            store_code=a.store_code,
            status=AppointmentStatus(a.status),
            updated_at=a.updated_at,
        )
