"""The benefit catalogue."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from domain.access import Scope
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from schema.benefits.types import (
    BenefitKindEnum,
    BenefitPayload,
    RedeemMethodEnum,
    ok_payload,
)
from schema.errors import returns_errors
from schema.json_defaults import JsonDefaults, optional_json
from schema.json_shapes import as_object
from schema.permissions import IsStaff


@strawberry.input
class DefineBenefitInput(JsonDefaults):
    code: str
    name: str
    kind: BenefitKindEnum
    redeem_method: RedeemMethodEnum = RedeemMethod.SCAN
    funding_party: str = "platform"
    config: JSON | None = optional_json(dict)
    unit_cost_cents: int = 0


@strawberry.type(description="What defineBenefit returns.")
class DefineBenefitPayload(BenefitPayload):
    pass


@strawberry.type
class BenefitCatalogueMutation:
    @strawberry.mutation(
        description="Create or change a catalogue benefit. Errors: INVALID, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.BENEFITS_CONFIG)],
    )
    @returns_errors
    async def define_benefit(self, input: DefineBenefitInput) -> DefineBenefitPayload:
        benefit = await benefits_service.define_benefit(
            code=input.code,
            name=input.name,
            kind=BenefitKind(input.kind),
            redeem_method=RedeemMethod(input.redeem_method),
            funding_party=input.funding_party,
            config=as_object(input.config),
            unit_cost_cents=input.unit_cost_cents,
        )
        return ok_payload(DefineBenefitPayload, benefit.id)
