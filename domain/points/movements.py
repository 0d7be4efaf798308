"""Point movements on a member's account: grants, redemption, freezes and staff adjustments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode
from domain.ledger import batch as ledger_batch
from domain.ledger import reads as ledger_reads
from domain.ledger import service as ledger
from domain.ledger.service import Meta, Movement
from domain.points.config import account_for, asset_of, cash_value, get_type
from domain.points.models import PointKind
from domain.points.policy import ExpiryPolicy
from domain.webhooks import outbox


async def credit_points(
    *,
    member_id: int,
    point_type_code: str,
    points: int,
    key: str,
    reason: str,
    operator: str,
    funding_party: str = "platform",
    earned_at: datetime | None = None,
) -> Movement:
    """Grant points (campaigns, level gifts, receipts), expiring by the type's policy."""
    point_type = await get_type(point_type_code)
    account = await account_for(member_id, point_type)
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    earned = earned_at or utc_now()
    expires = policy.expires_at(earned)
    return await ledger.credit(
        account.id,
        points,
        key,
        Meta(source=key, reason=reason, operator=operator),
        expires_at=expires,
        earned_at=earned,
        funding_party=funding_party,
        carry_percent=policy.carry_percent,
        carry_expires_at=policy.carry_expires_at(expires),
    )


async def credit_points_batch(
    *,
    member_ids: list[int],
    point_type_code: str,
    points: int,
    keys: list[str],
    reason: str,
    operator: str,
    funding_party: str = "platform",
) -> list[int]:
    """Grant the same points to many members at once (campaigns); idempotent per key.
    Returns the members credited now. Call inside the caller's transaction."""
    point_type = await get_type(point_type_code)
    policy = ExpiryPolicy.from_json(point_type.expiry_policy)
    return await ledger_batch.credit_batch(
        member_ids,
        asset_of(point_type),
        points,
        keys,
        Meta(source="campaign", reason=reason, operator=operator),
        expires_at=policy.expires_at(utc_now()),
        funding_party=funding_party,
    )


@dataclass(frozen=True)
class Redemption:
    movement: Movement
    cash_cents: int


async def redeem(
    *, member_id: int, point_type_code: str, points: int, key: str, purpose: str, operator: str
) -> Redemption:
    """Spend points (cash deduction, goods, coupons). Idempotent on `key`; INSUFFICIENT_POINTS
    when the balance does not cover them. Usable inside a caller's transaction."""
    ledger.require_positive(points, "points")
    point_type = await get_type(point_type_code)
    if point_type.kind != PointKind.SPENDABLE:
        raise DomainError(
            "Only spendable points can be redeemed.",
            field="pointType",
            code=ErrorCode.UNKNOWN_POINT_TYPE,
        )
    account = await account_for(member_id, point_type)
    movement = await ledger.debit(
        account.id,
        points,
        f"redeem:{key}",
        Meta(source=f"redeem:{key}", reason=purpose, operator=operator),
        insufficient=ErrorCode.INSUFFICIENT_POINTS,
        field="points",
    )
    if not movement.replayed:
        await outbox.emit(
            "points.redeemed",
            {
                "memberId": member_id,
                "pointType": point_type.code,
                "points": points,
                "purpose": purpose,
            },
            at=movement.entry.created_at,
        )
    return Redemption(movement, cash_value(point_type, points))


async def replayed_movement(entry_id: int) -> Movement:
    """The movement an earlier request wrote, as the answer to its replay."""
    return Movement(await ledger_reads.entry(entry_id), True)


async def replayed_redemption(entry_id: int, cash_cents: int) -> Redemption:
    """The redemption an earlier request wrote, as the answer to its replay."""
    return Redemption(await replayed_movement(entry_id), cash_cents)


async def freeze(
    *, member_id: int, point_type_code: str, points: int, order_ref: str, operator: str
) -> Movement:
    """Set points aside for a pending order."""
    ledger.require_positive(points, "points")
    account = await account_for(member_id, await get_type(point_type_code))
    return await ledger.freeze(
        account.id,
        points,
        f"freeze:{order_ref}",
        Meta(source=order_ref, reason="pending order", operator=operator),
        insufficient=ErrorCode.INSUFFICIENT_POINTS,
    )


async def unfreeze(
    *, member_id: int, point_type_code: str, order_ref: str, consume: bool, operator: str
) -> Movement:
    """Release frozen points (order cancelled) or consume them (order paid)."""
    account = await account_for(member_id, await get_type(point_type_code))
    meta = Meta(
        source=order_ref, reason="order paid" if consume else "order cancelled", operator=operator
    )
    if consume:
        return await ledger.consume_frozen(
            account.id, f"freeze:{order_ref}", f"consume:{order_ref}", meta
        )
    return await ledger.unfreeze(account.id, f"freeze:{order_ref}", f"unfreeze:{order_ref}", meta)


async def adjust(
    *, member_id: int, point_type_code: str, delta: int, key: str, reason: str, operator: str
) -> Movement:
    """A staff correction with its reason (positive expires by the type's policy)."""
    if not reason.strip():
        raise DomainError("A reason is required.", field="reason", code=ErrorCode.REQUIRED)
    point_type = await get_type(point_type_code)
    if isinstance(delta, int) and not isinstance(delta, bool) and delta > 0:
        return await credit_points(
            member_id=member_id,
            point_type_code=point_type.code,
            points=delta,
            key=f"adjust:{key}",
            reason=reason,
            operator=operator,
        )
    account = await account_for(member_id, point_type)
    return await ledger.adjust(
        account.id,
        delta,
        f"adjust:{key}",
        Meta(source="adjust", reason=reason, operator=operator),
        insufficient=ErrorCode.INSUFFICIENT_POINTS,
    )
