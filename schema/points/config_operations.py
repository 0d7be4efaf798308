"""Staff reads of point configuration, and retiring rules, promotions and event bonuses."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain.access import Scope
from domain.points import catalogue
from domain.points.models import EarningRule, EventBonusRule, Promotion, Receipt, ReceiptStatus
from schema.args import Active, After, First, ObjectId
from schema.config_history import RetireArgument
from schema.errors import UserError, returns_errors
from schema.permissions import IsStaff
from schema.points.config_types import EarningRuleType, EventBonusType, PromotionType
from schema.points.types import ReceiptStatusEnum, ReceiptType
from schema.relay import Connection, decode_id, keyset_page

READ = IsStaff.with_scope(Scope.POINTS_READ, Scope.POINTS_CONFIG)
CONFIG = IsStaff.with_scope(Scope.POINTS_CONFIG)
RECEIPTS = IsStaff.with_scope(Scope.POINTS_READ)


@strawberry.type(description="What retireEarningRule returns.")
class RetireEarningRulePayload:
    earning_rule: EarningRuleType | None = strawberry.field(description="The retired rule.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="What retirePromotion returns.")
class RetirePromotionPayload:
    promotion: PromotionType | None = strawberry.field(description="The retired promotion.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="What retireEventBonus returns.")
class RetireEventBonusPayload:
    event_bonus: EventBonusType | None = strawberry.field(description="The retired bonus.")
    errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class PointConfigQuery:
    @strawberry.field(description="Earning rules by id.", permission_classes=[READ])
    async def earning_rules(
        self,
        active: Active = None,
        first: First = None,
        after: After = None,
    ) -> Connection[EarningRuleType]:
        async def fetch(after_id: int | None, limit: int) -> list[EarningRule]:
            return await catalogue.earning_rules(active=active, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda r: r.id, wrap=EarningRuleType.from_model
        )

    @strawberry.field(description="One earning rule, or null.", permission_classes=[READ])
    async def earning_rule(self, id: ObjectId) -> EarningRuleType | None:
        rule = await catalogue.earning_rule(decode_id(id, "EarningRule", "id"))
        return EarningRuleType.from_model(rule) if rule else None

    @strawberry.field(description="Promotions by id.", permission_classes=[READ])
    async def promotions(
        self,
        active: Active = None,
        first: First = None,
        after: After = None,
    ) -> Connection[PromotionType]:
        async def fetch(after_id: int | None, limit: int) -> list[Promotion]:
            return await catalogue.promotions(active=active, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda p: p.id, wrap=PromotionType.from_model
        )

    @strawberry.field(description="One promotion, or null.", permission_classes=[READ])
    async def promotion(self, id: ObjectId) -> PromotionType | None:
        found = await catalogue.promotion(decode_id(id, "Promotion", "id"))
        return PromotionType.from_model(found) if found else None

    @strawberry.field(description="Event bonus rules by id.", permission_classes=[READ])
    async def event_bonuses(
        self,
        active: Active = None,
        first: First = None,
        after: After = None,
    ) -> Connection[EventBonusType]:
        async def fetch(after_id: int | None, limit: int) -> list[EventBonusRule]:
            return await catalogue.event_bonuses(active=active, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda r: r.id, wrap=EventBonusType.from_model
        )

    @strawberry.field(description="One event bonus rule, or null.", permission_classes=[READ])
    async def event_bonus(self, id: ObjectId) -> EventBonusType | None:
        found = await catalogue.event_bonus(decode_id(id, "EventBonus", "id"))
        return EventBonusType.from_model(found) if found else None

    @strawberry.field(
        description="Submitted receipts oldest first; PENDING ones are the review queue.",
        permission_classes=[RECEIPTS],
    )
    async def receipts(
        self,
        status: Annotated[
            ReceiptStatusEnum | None, strawberry.argument(description="Only this status.")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> Connection[ReceiptType]:
        async def fetch(after_id: int | None, limit: int) -> list[Receipt]:
            wanted = ReceiptStatus(status) if status else None
            return await catalogue.receipts(status=wanted, after_id=after_id, limit=limit)

        return await keyset_page(
            fetch, first=first, after=after, key=lambda r: r.id, wrap=ReceiptType.from_model
        )

    @strawberry.field(description="One receipt, or null.", permission_classes=[RECEIPTS])
    async def receipt(self, id: ObjectId) -> ReceiptType | None:
        found = await catalogue.receipt(decode_id(id, "Receipt", "id"))
        return ReceiptType.from_model(found) if found else None


@strawberry.type
class PointRetireMutation:
    @strawberry.mutation(
        description="Stop an earning rule earning; past earnings and history stay. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_earning_rule(self, input: RetireArgument) -> RetireEarningRulePayload:
        rule = await catalogue.retire_earning_rule(decode_id(input.id, "EarningRule", "id"))
        return RetireEarningRulePayload(earning_rule=EarningRuleType.from_model(rule), errors=[])

    @strawberry.mutation(
        description="Stop a promotion multiplying points. Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_promotion(self, input: RetireArgument) -> RetirePromotionPayload:
        found = await catalogue.retire_promotion(decode_id(input.id, "Promotion", "id"))
        return RetirePromotionPayload(promotion=PromotionType.from_model(found), errors=[])

    @strawberry.mutation(
        description="Stop an event bonus; defining it again for the event brings it back. "
        "Errors: NOT_FOUND, INVALID_ID.",
        permission_classes=[CONFIG],
    )
    @returns_errors
    async def retire_event_bonus(self, input: RetireArgument) -> RetireEventBonusPayload:
        found = await catalogue.retire_event_bonus(decode_id(input.id, "EventBonus", "id"))
        return RetireEventBonusPayload(event_bonus=EventBonusType.from_model(found), errors=[])
