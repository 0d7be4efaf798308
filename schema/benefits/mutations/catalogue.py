"""The benefit catalogue."""

from __future__ import annotations

from typing import Any

import strawberry

from domain.access import Scope
from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from schema.benefits.config_types import BenefitType
from schema.benefits.types import (
    BenefitKindEnum,
    BenefitPayload,
    RedeemMethodEnum,
    ok_payload,
)
from schema.errors import returns_errors
from schema.permissions import IsStaff
from schema.relay import encode_id


@strawberry.input(description="Points granted for each unit of a POINTS or GROWTH benefit.")
class PointsBenefitConfigInput:
    points: int = strawberry.field(description="Points per unit; positive.")
    point_type: str | None = strawberry.field(
        default=None, description="Point type code; omitted means the kind's default type."
    )


@strawberry.input(description="The coupon template a COUPON benefit issues.")
class CouponBenefitConfigInput:
    template: str = strawberry.field(description="Code of the coupon template.")


@strawberry.input(
    one_of=True,
    description="What a benefit grants, by its kind: give exactly one field (POINTS and "
    "GROWTH take points, COUPON takes coupon; other kinds need no configuration).",
)
class BenefitConfigInput:
    points: PointsBenefitConfigInput | None = strawberry.field(
        default=strawberry.UNSET, description="For POINTS and GROWTH benefits."
    )
    coupon: CouponBenefitConfigInput | None = strawberry.field(
        default=strawberry.UNSET, description="For COUPON benefits."
    )

    def to_domain(self) -> dict[str, Any]:
        """The domain's stored form: {points, pointType} or {template}."""
        if self.points:
            config: dict[str, Any] = {"points": self.points.points}
            if self.points.point_type is not None:
                config["pointType"] = self.points.point_type
            return config
        if self.coupon:
            return {"template": self.coupon.template}
        return {}


@strawberry.input(description="A catalogue benefit, created or changed by its code.")
class DefineBenefitInput:
    code: str
    name: str
    kind: BenefitKindEnum
    redeem_method: RedeemMethodEnum = RedeemMethod.SCAN
    funding_party: str = "platform"
    config: BenefitConfigInput | None = strawberry.field(
        default=None, description="What it grants; required for POINTS, GROWTH and COUPON."
    )
    unit_cost_cents: int = 0


@strawberry.type(description="What defineBenefit returns.")
class DefineBenefitPayload(BenefitPayload):
    benefit: BenefitType | None = strawberry.field(
        default=None, description="The benefit as defined."
    )


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
            config=input.config.to_domain() if input.config else {},
            unit_cost_cents=input.unit_cost_cents,
        )
        return ok_payload(
            DefineBenefitPayload,
            encode_id("Benefit", benefit.id),
            benefit=BenefitType.from_model(benefit),
        )
