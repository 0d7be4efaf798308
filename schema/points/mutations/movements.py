"""Point movements: redeem, freeze and unfreeze for an order, staff adjustments."""

from __future__ import annotations

import strawberry

from domain.access import Scope
from domain.clock import utc_now
from domain.ledger.models import Entry
from domain.ledger.service import Movement
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points import reads as points_reads
from domain.points import restore as points_restore
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.idempotency import NaturalKey, Replay, run_once
from schema.permissions import IsMemberOrService, IsService, IsStaff
from schema.points.types import PointAccountType, PointEntryType
from schema.relay import decode_id, encode_id


def _entry(entry: Entry) -> PointEntryType:
    return PointEntryType(
        id=strawberry.ID(encode_id("PointEntry", entry.id)),
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


_MOVEMENT: Replay[Movement] = Replay(
    remember=lambda movement: {"entry": movement.entry.id},
    recall=lambda done: points_movements.replayed_movement(done["entry"]),
)
_REDEMPTION: Replay[points_movements.Redemption] = Replay(
    remember=lambda redemption: {
        "entry": redemption.movement.entry.id,
        "cash": redemption.cash_cents,
    },
    recall=lambda done: points_movements.replayed_redemption(done["entry"], done["cash"]),
)


def _order_key(member: int, order_ref: str) -> NaturalKey:
    # An order's freeze is the member's, whoever sends it.
    return NaturalKey(order_ref, field="orderRef", scope=f"member:{member}")


@strawberry.type(description="What freezePoints returns.")
class FreezePointsPayload(PointMovementPayload):
    pass


@strawberry.type(description="What unfreezePoints returns.")
class UnfreezePointsPayload(PointMovementPayload):
    pass


@strawberry.input
class RestoreExpiredPointsInput:
    member_id: strawberry.ID
    entry_id: strawberry.ID
    reason: str
    idempotency_key: str


@strawberry.type(description="What restoreExpiredPoints returns.")
class RestoreExpiredPointsPayload(PointMovementPayload):
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
        member = await target_member(info, input.member_id)
        redemption = await run_once(
            info,
            "redeemPoints",
            input.idempotency_key,
            {
                "member": member,
                "points": input.points,
                "pointType": input.point_type,
                "purpose": input.purpose,
            },
            lambda key: points_movements.redeem(
                member_id=member,
                point_type_code=input.point_type,
                points=input.points,
                key=key,
                purpose=input.purpose,
                operator=actor(info),
            ),
            _REDEMPTION,
        )
        return await _movement(redemption, RedeemPointsPayload, cash_cents="cash_cents")

    @strawberry.mutation(
        description="Set points aside for a pending order (orderRef). Errors: "
        "INSUFFICIENT_POINTS, INVALID_AMOUNT, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsService],
    )
    @returns_errors
    async def freeze_points(self, info: Info, input: FreezePointsInput) -> FreezePointsPayload:
        member = await target_member(info, input.member_id)
        movement = await run_once(
            info,
            "freezePoints",
            _order_key(member, input.order_ref),
            {"member": member, "points": input.points, "pointType": input.point_type},
            lambda _key: points_movements.freeze(
                member_id=member,
                point_type_code=input.point_type,
                points=input.points,
                order_ref=input.order_ref,
                operator=actor(info),
            ),
            _MOVEMENT,
        )
        return await _movement(movement, FreezePointsPayload)

    @strawberry.mutation(
        description="Release points frozen for an order, or consume them when it was paid. "
        "Errors: NOT_FOUND, INSUFFICIENT_FROZEN, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsService],
    )
    @returns_errors
    async def unfreeze_points(
        self, info: Info, input: UnfreezePointsInput
    ) -> UnfreezePointsPayload:
        member = await target_member(info, input.member_id)
        movement = await run_once(
            info,
            "unfreezePoints",
            _order_key(member, input.order_ref),
            {"member": member, "pointType": input.point_type, "consume": input.consume},
            lambda _key: points_movements.unfreeze(
                member_id=member,
                point_type_code=input.point_type,
                order_ref=input.order_ref,
                consume=input.consume,
                operator=actor(info),
            ),
            _MOVEMENT,
        )
        return await _movement(movement, UnfreezePointsPayload)

    @strawberry.mutation(
        description="Staff correction with a reason; idempotent on idempotencyKey. Errors: "
        "INVALID_AMOUNT, REQUIRED, INSUFFICIENT_POINTS, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_WRITE)],
    )
    @returns_errors
    async def adjust_points(self, info: Info, input: AdjustPointsInput) -> AdjustPointsPayload:
        member = await target_member(info, input.member_id)
        movement = await run_once(
            info,
            "adjustPoints",
            input.idempotency_key,
            {
                "member": member,
                "delta": input.delta,
                "pointType": input.point_type,
                "reason": input.reason,
            },
            lambda key: points_movements.adjust(
                member_id=member,
                point_type_code=input.point_type,
                delta=input.delta,
                key=key,
                reason=input.reason,
                operator=actor(info),
            ),
            _MOVEMENT,
        )
        return await _movement(movement, AdjustPointsPayload)

    @strawberry.mutation(
        description="Customer service: credit back what one expiry took (the EXPIRE entry "
        "entryId of the member's point history); the points expire again by the type's policy "
        "counted from now. Each expiry is restored once: a second restore returns the first "
        "with replayed set. Errors: NOT_FOUND, INVALID_STATE, REQUIRED, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_WRITE)],
    )
    @returns_errors
    async def restore_expired_points(
        self, info: Info, input: RestoreExpiredPointsInput
    ) -> RestoreExpiredPointsPayload:
        member = await target_member(info, input.member_id)
        entry_id = decode_id(input.entry_id, "PointEntry", "entryId")
        movement = await run_once(
            info,
            "restoreExpiredPoints",
            input.idempotency_key,
            {"member": member, "entry": entry_id, "reason": input.reason},
            lambda _key: points_restore.restore_expired(
                member_id=member,
                entry_id=entry_id,
                reason=input.reason,
                operator=actor(info),
                now=utc_now(),
            ),
            _MOVEMENT,
        )
        return await _movement(movement, RestoreExpiredPointsPayload)
