"""Point mutations: redeem, freeze, unfreeze, adjust, receipts, and staff configuration."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeAlias, TypeVar

import strawberry
from strawberry.scalars import JSON

from domain import idempotency
from domain.access import Scope
from domain.errors import DomainError
from domain.ledger.models import Account, Entry
from domain.ledger.service import Movement
from domain.points import config as points_config
from domain.points import movements as points_movements
from domain.points import receipts
from domain.points.models import PointKind, Rounding
from schema.context import Info
from schema.errors import UserError
from schema.json_defaults import JsonDefaults, optional_json
from schema.json_shapes import as_object
from schema.permissions import IsMember, IsMemberOrService, IsService, IsStaff
from schema.points.queries import target_member
from schema.points.types import PointAccountType, PointEntryType, PointKindEnum, ReceiptType
from schema.relay import plain_id

RoundingEnum: TypeAlias = Rounding
strawberry.enum(Rounding, name="Rounding")


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
    account = await Account.get(id=entry.account_id)
    point_type = await points_config.get_type(account.asset.removeprefix("POINTS:"))
    return PointAccountType.from_models(point_type, account)


@strawberry.type
class PointMovementPayload:
    entry: PointEntryType | None
    account: PointAccountType | None
    replayed: bool = strawberry.field(description="True when the key was used before.")
    errors: list[UserError]


@strawberry.type
class RedeemPointsPayload(PointMovementPayload):
    cash_cents: int | None = strawberry.field(description="Cash value of the redeemed points.")


@strawberry.type
class ReceiptPayload:
    receipt: ReceiptType | None
    errors: list[UserError]


@strawberry.type
class ConfigPayload:
    id: strawberry.ID | None
    errors: list[UserError]


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


@strawberry.input
class SubmitReceiptInput:
    store_code: str
    receipt_no: str
    amount_cents: int
    purchased_at: datetime
    image_ref: str = ""


@strawberry.input
class ReviewReceiptInput:
    receipt_id: strawberry.ID
    approve: bool
    reason: str = ""


@strawberry.input
class DefinePointTypeInput(JsonDefaults):
    code: str
    name: str
    kind: PointKindEnum
    expiry_policy: JSON | None = optional_json(lambda: {"kind": "NEVER"})
    allow_negative: bool = False
    cents_per_point_numerator: int = 1
    cents_per_point_denominator: int = 1


@strawberry.input
class DefineEarningRuleInput:
    point_type: str
    name: str
    points: int
    per_cents: int
    id: strawberry.ID | None = None
    channel: str | None = None
    store_code: str | None = None
    category_id: int | None = None
    brand_id: int | None = None
    priority: int = 0
    rounding: RoundingEnum = Rounding.FLOOR
    per_order_cap: int | None = None
    per_day_cap: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    active: bool = True


@strawberry.input
class DefinePromotionInput:
    point_type: str
    name: str
    numerator: int
    starts_at: datetime
    ends_at: datetime
    denominator: int = 1
    days_of_month: list[int] = strawberry.field(default_factory=list)
    weekdays: list[int] = strawberry.field(default_factory=list)


@strawberry.input
class DefineEventBonusInput:
    point_type: str
    event_name: str
    points: int
    daily_limit: int = 1


PayloadT = TypeVar("PayloadT", bound=PointMovementPayload)


async def _movement(
    call: Callable[[], Awaitable[Any]],
    cls: type[PayloadT],
    **extra: str,
) -> PayloadT:
    try:
        result = await call()
    except DomainError as error:
        return cls(
            entry=None,
            account=None,
            replayed=False,
            errors=[UserError.from_domain(error)],
            **{k: None for k in extra},
        )
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


def _operator(info: Info) -> str:
    principal = info.context.principal
    return principal.subject if principal else ""


@strawberry.type
class PointsMutation:
    @strawberry.mutation(
        description="Spend points for a cash deduction, goods or coupons; idempotent on "
        "idempotencyKey. Errors: INSUFFICIENT_POINTS, INVALID_AMOUNT, UNKNOWN_POINT_TYPE, "
        "REQUIRED, FORBIDDEN, INVALID_ID.",
        permission_classes=[IsMemberOrService],
    )
    async def redeem_points(self, info: Info, input: RedeemPointsInput) -> RedeemPointsPayload:
        async def call() -> Any:
            member = await target_member(info.context.principal, input.member_id)
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
                    operator=_operator(info),
                ),
                remember=_remember_redemption,
                recall=lambda done: points_movements.replayed_redemption(
                    done["entry"], done["cash"]
                ),
            )

        return await _movement(call, RedeemPointsPayload, cash_cents="cash_cents")

    @strawberry.mutation(
        description="Set points aside for a pending order (orderRef). Errors: "
        "INSUFFICIENT_POINTS, INVALID_AMOUNT, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsService],
    )
    async def freeze_points(self, info: Info, input: FreezePointsInput) -> PointMovementPayload:
        async def call() -> Any:
            member = await target_member(info.context.principal, input.member_id)
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
                    operator=_operator(info),
                ),
                remember=_remember_movement,
                recall=lambda done: points_movements.replayed_movement(done["entry"]),
                keep_failures=False,
            )

        return await _movement(call, PointMovementPayload)

    @strawberry.mutation(
        description="Release points frozen for an order, or consume them when it was paid. "
        "Errors: NOT_FOUND, INSUFFICIENT_FROZEN, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsService],
    )
    async def unfreeze_points(self, info: Info, input: UnfreezePointsInput) -> PointMovementPayload:
        async def call() -> Any:
            member = await target_member(info.context.principal, input.member_id)
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
                    operator=_operator(info),
                ),
                remember=_remember_movement,
                recall=lambda done: points_movements.replayed_movement(done["entry"]),
                keep_failures=False,
            )

        return await _movement(call, PointMovementPayload)

    @strawberry.mutation(
        description="Staff correction with a reason; idempotent on idempotencyKey. Errors: "
        "INVALID_AMOUNT, REQUIRED, INSUFFICIENT_POINTS, UNKNOWN_POINT_TYPE.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_WRITE)],
    )
    async def adjust_points(self, info: Info, input: AdjustPointsInput) -> PointMovementPayload:
        async def call() -> Any:
            member = await target_member(info.context.principal, input.member_id)
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
                    operator=_operator(info),
                ),
                remember=_remember_movement,
                recall=lambda done: points_movements.replayed_movement(done["entry"]),
            )

        return await _movement(call, PointMovementPayload)

    @strawberry.mutation(
        description="A member submits a receipt for points. Errors: DUPLICATE_RECEIPT, "
        "RECEIPT_MATCHES_ORDER, INVALID_AMOUNT, UNKNOWN_STORE, INVALID.",
        permission_classes=[IsMember],
    )
    async def submit_receipt(self, info: Info, input: SubmitReceiptInput) -> ReceiptPayload:
        principal = info.context.principal
        assert principal is not None and principal.member_id is not None
        try:
            receipt = await receipts.submit(
                principal.member_id,
                receipts.ReceiptInput(
                    input.store_code,
                    input.receipt_no,
                    input.amount_cents,
                    input.purchased_at,
                    input.image_ref,
                ),
            )
        except DomainError as error:
            return ReceiptPayload(receipt=None, errors=[UserError.from_domain(error)])
        return ReceiptPayload(receipt=ReceiptType.from_model(receipt), errors=[])

    @strawberry.mutation(
        description="Approve (credits points like an order) or reject a receipt. Errors: "
        "NOT_FOUND, INVALID_STATE, RECEIPT_MATCHES_ORDER (the purchase was recorded as an "
        "order: reject the receipt).",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_WRITE)],
    )
    async def review_receipt(self, info: Info, input: ReviewReceiptInput) -> ReceiptPayload:
        try:
            receipt = await receipts.review(
                plain_id(input.receipt_id, "receiptId"),
                approve=input.approve,
                reason=input.reason,
                operator=_operator(info),
            )
        except DomainError as error:
            return ReceiptPayload(receipt=None, errors=[UserError.from_domain(error)])
        return ReceiptPayload(receipt=ReceiptType.from_model(receipt), errors=[])

    @strawberry.mutation(
        description="Create or change a point type. Errors: INVALID, "
        "INVALID_WINDOW, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    async def define_point_type(self, input: DefinePointTypeInput) -> ConfigPayload:
        try:
            point_type = await points_config.define_type(
                code=input.code,
                name=input.name,
                kind=PointKind(input.kind),
                expiry_policy=as_object(input.expiry_policy),
                allow_negative=input.allow_negative,
                cents_per_point=(
                    input.cents_per_point_numerator,
                    input.cents_per_point_denominator,
                ),
            )
        except DomainError as error:
            return ConfigPayload(id=None, errors=[UserError.from_domain(error)])
        return ConfigPayload(id=strawberry.ID(str(point_type.id)), errors=[])

    @strawberry.mutation(
        description="Create or change an earning rule. Errors: UNKNOWN_POINT_TYPE, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    async def define_earning_rule(self, input: DefineEarningRuleInput) -> ConfigPayload:
        values = {
            k: getattr(input, k)
            for k in (
                "name",
                "points",
                "per_cents",
                "channel",
                "store_code",
                "category_id",
                "brand_id",
                "priority",
                "per_order_cap",
                "per_day_cap",
                "starts_at",
                "ends_at",
                "active",
            )
        }
        values["rounding"] = Rounding(input.rounding)
        try:
            if input.id:
                values["id"] = plain_id(input.id, "id")
            rule = await points_config.define_rule(input.point_type, **values)
        except DomainError as error:
            return ConfigPayload(id=None, errors=[UserError.from_domain(error)])
        return ConfigPayload(id=strawberry.ID(str(rule.id)), errors=[])

    @strawberry.mutation(
        description="A time-boxed multiplier (member days). Errors: "
        "UNKNOWN_POINT_TYPE, INVALID_WINDOW, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    async def define_promotion(self, input: DefinePromotionInput) -> ConfigPayload:
        try:
            promotion = await points_config.define_promotion(
                input.point_type,
                name=input.name,
                numerator=input.numerator,
                denominator=input.denominator,
                starts_at=input.starts_at,
                ends_at=input.ends_at,
                days_of_month=input.days_of_month,
                weekdays=input.weekdays,
            )
        except DomainError as error:
            return ConfigPayload(id=None, errors=[UserError.from_domain(error)])
        return ConfigPayload(id=strawberry.ID(str(promotion.id)), errors=[])

    @strawberry.mutation(
        description="Bonus points for an event with a daily limit. Errors: "
        "UNKNOWN_POINT_TYPE, INVALID_AMOUNT.",
        permission_classes=[IsStaff.with_scope(Scope.POINTS_CONFIG)],
    )
    async def define_event_bonus(self, input: DefineEventBonusInput) -> ConfigPayload:
        try:
            rule = await points_config.define_event_bonus(
                input.point_type,
                event_name=input.event_name,
                points=input.points,
                daily_limit=input.daily_limit,
            )
        except DomainError as error:
            return ConfigPayload(id=None, errors=[UserError.from_domain(error)])
        return ConfigPayload(id=strawberry.ID(str(rule.id)), errors=[])
