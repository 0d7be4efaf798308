"""Point movements: redeem, freeze and unfreeze for an order, staff adjustments."""

from __future__ import annotations

import strawberry

from domain import idempotency
from domain.access import Scope
from domain.ledger.models import Entry
from domain.ledger.service import Movement
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points import reads as points_reads
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.permissions import IsMemberOrService, IsService, IsStaff
from schema.points.types import PointAccountType, PointEntryType


def _entry(entry: Entry) -> PointEntryType:
    return PointEntryType(
        id=strawberry.ID(str(entry.id)),
        kind=entry.kind,
        amount=entry.amount,
        frozen_delta=entry.frozen_delta,
        shortfall=entry.shortfall,
        source=entry.source,
        reason=entry.reason,
        created_at=entry.created_at,
    )


async def _account(entry: Entry) -> PointAccountType:
    return PointAccountType.from_models(*await points_reads.account_of_entry(entry))


@strawberry.type
class PointMovementPayload:
    entry: PointEntryType | None
    account: PointAccountType | None
    replayed: bool = strawberry.field(description="True when the key was used before.")
    errors: list[UserError]


@strawberry.type
class RedeemPointsPayload(PointMovementPayload):
    cash_cents: int | None = strawberry.field(description="Cash value of the redeemed points.")


@strawberry.input
class RedeemPointsInput:
    points: int
    idempotency_key: str
    purpose: str = "CASH"
    point_type: str = points_config.DEFAULT_TYPE
    member_id: strawberry.ID | None = None


@strawberry.input
class FreezePointsInput:
    points: int
    order_ref: str
    member_id: strawberry.ID
    point_type: str = points_config.DEFAULT_TYPE


@strawberry.input
class UnfreezePointsInput:
    order_ref: str
    member_id: strawberry.ID
    consume: bool = strawberry.field(default=False, description="True: the order was paid.")
    point_type: str = points_config.DEFAULT_TYPE


@strawberry.input
class AdjustPointsInput:
    member_id: strawberry.ID
    delta: int
    reason: str
    idempotency_key: str
    point_type: str = points_config.DEFAULT_TYPE


async def _movement(result, cls=PointMovementPayload, **extra):
    """The payload of a movement (or of a result holding one, with `extra` fields from it)."""
    movement = getattr(result, "movement", result)
    values = {k: getattr(result, v) for k, v in extra.items()}
    return cls(
        entry=_entry(movement.entry),
        account=await _account(movement.entry),
        replayed=movement.replayed,
        errors=[],
        **values,
    )


def _remember_movement(movement: Movement) -> dict[str, int]:
    return {"entry": movement.entry.id}


def _remember_redemption(redemption: points_movements.Redemption) -> dict[str, int]:
    return {"entry": redemption.movement.entry.id, "cash": redemption.cash_cents}


@strawberry.type(description="What freezePoints returns.")
class FreezePointsPayload(PointMovementPayload):
    pass


@strawberry.type(description="What unfreezePoints returns.")
class UnfreezePointsPayload(PointMovementPayload):
    pass


@strawberry.type(description="What adjustPoints returns.")
class AdjustPointsPayload(PointMovementPayload):
    pass


@strawberry.type
class PointMovementsMutation:
    @strawberry.mutation(
        description="Spend points for a cash deduction, goods or coupons; idempotent on "
        "idempotencyKey. Errors: INSUFFICIENT_POINTS, INVALID_AMOUNT, UNKNOWN_POINT_TYPE, "
        "REQUIRED, FORBIDDEN, INVALID_ID.",
        permission_classes=[IsMemberOrService],
    )
    @returns_errors
    async def redeem_points(self, info: Info, input: RedeemPointsInput) -> RedeemPointsPayload:
        async def call():
            member = await target_member(info, input.member_id)
            return await idempotency.run_once(
                principal=info.context.principal,
                operation="redeemPoints",
                key=input.idempotency_key,
                request={
                    "member": member,
                    "points": input.points,
                    "pointType": input.point_type,
                    "purpose": input.purpose,
                },
                call=lambda key: points_movements.redeem(
                    member_id=member,
                    point_type_code=input.point_type,
                    points=input.points,
                    key=key,
                    purpose=input.purpose,
                    operator=actor(info),
                ),
                remember=_remember_redemption,
                recall=lambda done: points_movements.replayed_redemption(
                    done["entry"], done["cash"]
                ),
            )

        return await _movement(await call(), RedeemPointsPayload, cash_cents="cash_cents")

    @strawberry.mutation(
        description="Set points aside for a pending order (orderRef). Errors: "
        "INSUFFICIENT_POINTS, INVALID_AMOUNT, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsService],
    )
    @returns_errors
    async def freeze_points(self, info: Info, input: FreezePointsInput) -> FreezePointsPayload:
        async def call():
            member = await target_member(info, input.member_id)
            return await idempotency.run_once(
                principal=info.context.principal,
                scope=f"member:{member}",  # the order's freeze is the member's, whoever sends it
                operation="freezePoints",
                key=input.order_ref,
                key_field="orderRef",
                request={"member": member, "points": input.points, "pointType": input.point_type},
                call=lambda _key: points_movements.freeze(
                    member_id=member,
                    point_type_code=input.point_type,
                    points=input.points,
                    order_ref=input.order_ref,
                    operator=actor(info),
                ),
                remember=_remember_movement,
                recall=lambda done: points_movements.replayed_movement(done["entry"]),
                keep_failures=False,
            )

        return await _movement(await call(), FreezePointsPayload)

    @strawberry.mutation(
        description="Release points frozen for an order, or consume them when it was paid. "
        "Errors: NOT_FOUND, INSUFFICIENT_FROZEN, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsService],
    )
    @returns_errors
    async def unfreeze_points(
        self, info: Info, input: UnfreezePointsInput
    ) -> UnfreezePointsPayload:
        async def call():
            member = await target_member(info, input.member_id)
            return await idempotency.run_once(
                principal=info.context.principal,
                scope=f"member:{member}",
                operation="unfreezePoints",
                key=input.order_ref,
                key_field="orderRef",
                request={"member": member, "pointType": input.point_type, "consume": input.consume},
                call=lambda _key: points_movements.unfreeze(
                    member_id=member,
                    point_type_code=input.point_type,
                    order_ref=input.order_ref,
                    consume=input.consume,
                    operator=actor(info),
                ),
                remember=_remember_movement,
                recall=lambda done: points_movements.replayed_movement(done["entry"]),
                keep_failures=False,
            )

        return await _movement(await call(), UnfreezePointsPayload)

    @strawberry.mutation(
        description="Staff correction with a reason; idempotent on idempotencyKey. Errors: "
        "INVALID_AMOUNT, REQUIRED, INSUFFICIENT_POINTS, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_WRITE)],
    )
    @returns_errors
    async def adjust_points(self, info: Info, input: AdjustPointsInput) -> AdjustPointsPayload:
        async def call():
            member = await target_member(info, input.member_id)
            return await idempotency.run_once(
                principal=info.context.principal,
                operation="adjustPoints",
                key=input.idempotency_key,
                request={
                    "member": member,
                    "delta": input.delta,
                    "pointType": input.point_type,
                    "reason": input.reason,
                },
                call=lambda key: points_movements.adjust(
                    member_id=member,
                    point_type_code=input.point_type,
                    delta=input.delta,
                    key=key,
                    reason=input.reason,
                    operator=actor(info),
                ),
                remember=_remember_movement,
                recall=lambda done: points_movements.replayed_movement(done["entry"]),
            )

        return await _movement(await call(), AdjustPointsPayload)
