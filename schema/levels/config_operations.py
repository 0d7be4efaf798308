"""Staff reads of paid plans, and retiring them (the ladder's history is `configHistory`)."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.levels import plan_catalogue
from domain.levels.models import PaidPlan
from schema.args import Active, After, First, ObjectId
from schema.benefits.quantities import BenefitQuantityType, quantity_types
from schema.config_history import RetireArgument
from schema.errors import UserError, returns_errors
from schema.node import Node
from schema.permissions import IsStaff
from schema.relay import Connection, decode_id, encode_id, keyset_page

READ = IsStaff.with_scope(Scope.LEVELS_READ, Scope.LEVELS_CONFIG)
CONFIG = IsStaff.with_scope(Scope.LEVELS_CONFIG)


@strawberry.type(name="PaidPlan", description="A paid membership plan for sale.")
class PaidPlanType(Node):
    id: strawberry.ID = strawberry.field(description="Global id of the plan.")
    code: str = strawberry.field(description="Code members buy it by.")
    name: str = strawberry.field(description="Name shown to members.")
    audience: str = strawberry.field(description="Who it is for.")
    tier: int = strawberry.field(description="Higher tiers replace lower ones.")
    price_cents: int = strawberry.field(description="Price in cents.")
    points_price: int | None = strawberry.field(description="Also sold for these points.")
    validity_days: int = strawberry.field(description="How long a membership runs.")
    multiplier_percent: int = strawberry.field(description="Points multiplier while held.")
    discount_percent: int = strawberry.field(description="Member price discount while held.")
    benefits: list[BenefitQuantityType] = strawberry.field(
        description="Benefits granted on purchase."
    )
    active: bool = strawberry.field(description="False once retired: no longer sold.")

    @classmethod
    def from_model(cls, p: PaidPlan) -> PaidPlanType:
        return cls(
            id=strawberry.ID(encode_id("PaidPlan", p.id)),
            code=p.code,
            name=p.name,
            audience=p.audience,
            tier=p.tier,
            price_cents=p.price_cents,
            points_price=p.points_price,
            validity_days=p.validity_days,
            multiplier_percent=p.multiplier_percent,
            discount_percent=p.discount_percent,
            benefits=quantity_types(p.benefits),
            active=p.active,
        )


@strawberry.type(description="What retirePaidPlan returns.")
class RetirePaidPlanPayload:
    paid_plan: PaidPlanType | None = strawberry.field(description="The retired plan.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class LevelConfigQuery:
    @strawberry.field(description="Paid membership plans by id.", permission_classes=[READ])
    async def paid_plans(
        self, active: Active = None, first: First = None, after: After = None
    ) -> Connection[PaidPlanType]:
        async def fetch(after_id: int | None, limit: int) -> list[PaidPlan]:
            return await plan_catalogue.paid_plans(active=active, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda p: p.id, wrap=PaidPlanType.from_model
        )

    @strawberry.field(description="One paid plan, or null.", permission_classes=[READ])
    async def paid_plan(self, id: ObjectId) -> PaidPlanType | None:
        found = await plan_catalogue.paid_plan(decode_id(id, "PaidPlan", "id"))
        return PaidPlanType.from_model(found) if found else None


@strawberry.type
class LevelRetireMutation:
    @strawberry.mutation(
        description="Sell a paid plan no more; memberships already bought run their course. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_paid_plan(self, input: RetireArgument) -> RetirePaidPlanPayload:
        found = await plan_catalogue.retire_paid_plan(decode_id(input.id, "PaidPlan", "id"))
        return RetirePaidPlanPayload(paid_plan=PaidPlanType.from_model(found), errors=[])
