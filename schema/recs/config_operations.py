"""Staff read one recommendation slot and retire slots."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain.access import Scope
from domain.recs import slots as slots_service
from schema.errors import UserError, returns_errors
from schema.permissions import IsMemberOrStaff, IsStaff
from schema.recs.types import RecommendationSlotType


@strawberry.input(description="Which slot to disable.")
class RetireSlotInput:
    code: str = strawberry.field(description="The slot's code.")


@strawberry.type(description="What retireRecommendationSlot returns.")
class RetireRecommendationSlotPayload:
    slot: RecommendationSlotType | None = strawberry.field(description="The disabled slot.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class RecsConfigQuery:
    @strawberry.field(
        description="One recommendation slot by code, or null.",
        permission_classes=[IsMemberOrStaff.with_scope(Scope.RECS_READ)],
    )
    async def recommendation_slot(
        self, code: Annotated[str, strawberry.argument(description="The slot's code.")]
    ) -> RecommendationSlotType | None:
        found = await slots_service.slot_by_code(code)
        return RecommendationSlotType.from_model(found) if found else None


@strawberry.type
class RecsRetireMutation:
    @strawberry.mutation(
        description="Disable a slot: it serves no items until configured again; its history "
        "stays. Errors: UNKNOWN_SLOT.",
        permission_classes=[IsStaff.with_scope(Scope.RECS_WRITE)],
    )
    @returns_errors
    async def retire_recommendation_slot(
        self,
        input: Annotated[RetireSlotInput, strawberry.argument(description="The slot to disable.")],
    ) -> RetireRecommendationSlotPayload:
        found = await slots_service.retire_slot(input.code)
        return RetireRecommendationSlotPayload(
            slot=RecommendationSlotType.from_model(found), errors=[]
        )
