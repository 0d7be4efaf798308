"""Benefits: the catalogue, grants (idempotent), redemptions, appointments, void, settlement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain import config_history, db
from domain.benefits.models import (
    Appointment,
    Benefit,
    BenefitGrant,
    BenefitKind,
    BenefitRedemption,
    GrantStatus,
    RedeemMethod,
)
from domain.clock import utc_now
from domain.coupons import issuing as coupons_issuing
from domain.errors import DomainError, ErrorCode, Forbidden, InvalidState, NotFound
from domain.points import movements as points_movements

MAX_QUANTITY = 10_000


async def define_benefit(
    *,
    code: str,
    name: str,
    kind: BenefitKind,
    redeem_method: RedeemMethod,
    funding_party: str = "platform",
    config: dict[str, Any] | None = None,
    unit_cost_cents: int = 0,
) -> Benefit:
    """Create or change a catalogue entry (by code)."""
    if not code or len(code) > 50:
        raise DomainError("code is required (at most 50).", field="code")
    if unit_cost_cents < 0:
        raise DomainError(
            "unitCostCents must not be negative.",
            field="unitCostCents",
            code=ErrorCode.INVALID_AMOUNT,
        )
    config = config or {}
    if kind in (BenefitKind.POINTS, BenefitKind.GROWTH) and not (
        isinstance(config.get("points"), int) and config["points"] > 0
    ):
        raise DomainError(
            "Points benefits need config.points > 0.",
            field="config.points",
            code=ErrorCode.INVALID_AMOUNT,
        )
    if kind == BenefitKind.COUPON and not (
        isinstance(config.get("template"), str) and config["template"]
    ):
        raise DomainError("Coupon benefits need config.template.", field="config.template")
    benefit = await config_history.upsert(
        Benefit,
        "Benefit",
        code=code,
        defaults={
            "name": name,
            "kind": kind,
            "redeem_method": redeem_method,
            "funding_party": funding_party,
            "config": config,
            "unit_cost_cents": unit_cost_cents,
            "active": True,
        },
    )
    return benefit


async def get_benefit(code: str, field: str = "benefitCode") -> Benefit:
    """An active benefit by code, or NOT_FOUND."""
    benefit = await Benefit.get_or_none(code=code, active=True)
    if benefit is None:
        raise NotFound(f"Unknown benefit '{code}'.", field=field)
    return benefit


async def active_benefits(codes: Sequence[str]) -> dict[str, Benefit]:
    """The active benefits among `codes`, by code (one statement)."""
    return {b.code: b for b in await Benefit.filter(code__in=list(set(codes)), active=True)}


async def grant(
    *,
    member_id: int,
    benefit_code: str,
    quantity: int,
    source: str,
    key: str,
    starts_at: datetime | None = None,
    expires_at: datetime | None = None,
) -> BenefitGrant:
    """Grant a benefit; idempotent on `key`. Points and growth benefits are credited at once
    (the grant is then fully used); coupon benefits issue their coupon template."""
    if (
        isinstance(quantity, bool)
        or not isinstance(quantity, int)
        or not 0 < quantity <= MAX_QUANTITY
    ):
        raise DomainError(
            f"quantity must be 1..{MAX_QUANTITY}.", field="quantity", code=ErrorCode.INVALID_AMOUNT
        )
    benefit = await get_benefit(benefit_code)
    async with db.transaction():
        row = await db.fetch_one(
            """INSERT INTO benefit_grants (member_id, benefit_id, quantity, used, source,
                                           idempotency_key, starts_at, expires_at, status,
                                           created_at)
               VALUES ($1, $2, $3, 0, $4, $5, $6, $7, 'ACTIVE', now())
               ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""",
            member_id,
            benefit.id,
            quantity,
            source[:100],
            key[:200],
            starts_at or utc_now(),
            expires_at,
        )
        if row is None:
            return await BenefitGrant.get(idempotency_key=key[:200])
        if benefit.redeem_method == RedeemMethod.AUTO:
            await _fulfil(benefit, member_id, quantity, key)
            await db.execute("UPDATE benefit_grants SET used = quantity WHERE id = $1", row["id"])
        return await BenefitGrant.get(id=row["id"])


async def _fulfil(benefit: Benefit, member_id: int, quantity: int, key: str) -> None:
    """Deliver an automatic benefit: points, growth or coupons."""
    if benefit.kind in (BenefitKind.POINTS, BenefitKind.GROWTH):
        default_type = "GROWTH" if benefit.kind == BenefitKind.GROWTH else "POINTS"
        await points_movements.credit_points(
            member_id=member_id,
            point_type_code=benefit.config.get("pointType", default_type),
            points=int(benefit.config["points"]) * quantity,
            key=f"benefit:{key}",
            reason=f"benefit {benefit.code}",
            operator="benefits",
            funding_party=benefit.funding_party,
        )
    elif benefit.kind == BenefitKind.COUPON:
        for n in range(quantity):
            await coupons_issuing.issue_coupon(
                member_id=member_id,
                template_code=benefit.config["template"],
                key=f"benefit:{key}:{n}",
                source="benefit",
                operator="benefits",
            )


async def _grant_for_update(grant_id: int) -> BenefitGrant:
    found = await BenefitGrant.filter(id=grant_id).select_for_update().first()
    if found is None:
        raise NotFound("No such benefit grant.", field="grantId")
    return found


def _check_usable(found: BenefitGrant, member_id: int | None, now: datetime) -> None:
    if member_id is not None and found.member_id != member_id:
        raise Forbidden("This benefit belongs to another member.", field="grantId")
    if found.status != GrantStatus.ACTIVE:
        raise InvalidState("The benefit was voided.", field="grantId")
    if found.expires_at is not None and found.expires_at <= now:
        raise DomainError("The benefit has expired.", field="grantId", code=ErrorCode.EXPIRED)
    if found.starts_at > now:
        raise InvalidState("The benefit is not valid yet.", field="grantId")


async def redeem(
    *,
    grant_id: int,
    count: int,
    key: str,
    member_id: int | None,
    store_code: str | None,
    operator: str,
) -> BenefitRedemption:
    """Use a benefit `count` times (scan, hand-out, identity check). Idempotent on `key`;
    BENEFIT_EXHAUSTED beyond the quantity; EXPIRED after validity; FORBIDDEN for someone
    else's benefit (when `member_id` is given, the caller must own the grant)."""
    if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
        raise DomainError("count must be positive.", field="count", code=ErrorCode.INVALID_AMOUNT)
    async with db.transaction():
        existing = await BenefitRedemption.get_or_none(idempotency_key=key)
        if existing is not None:
            return existing
        found = await _grant_for_update(grant_id)
        _check_usable(found, member_id, utc_now())
        if found.used + count > found.quantity:
            raise DomainError(
                f"Only {found.quantity - found.used} uses are left.",
                field="count",
                code=ErrorCode.BENEFIT_EXHAUSTED,
            )
        await BenefitGrant.filter(id=found.id).update(used=found.used + count)
        return await BenefitRedemption.create(
            grant_id=found.id,
            idempotency_key=key,
            count=count,
            store_code=store_code,
            operator=operator[:100],
        )


async def get_grant(grant_id: int) -> BenefitGrant:
    """A grant by id."""
    return await BenefitGrant.get(id=grant_id)


async def get_redemption(redemption_id: int) -> BenefitRedemption:
    """A redemption by id."""
    return await BenefitRedemption.get(id=redemption_id)


async def book(
    *, grant_id: int, member_id: int | None, slot_at: datetime, store_code: str | None
) -> Appointment:
    """Book an appointment against a benefit (one open booking per remaining use)."""
    async with db.transaction():
        found = await _grant_for_update(grant_id)
        _check_usable(found, member_id, utc_now())
        if slot_at <= utc_now():
            raise DomainError(
                "The slot is in the past.", field="slotAt", code=ErrorCode.INVALID_WINDOW
            )
        booked = await Appointment.filter(grant_id=grant_id, status="BOOKED").count()
        if booked >= found.quantity - found.used:
            raise DomainError(
                "No uses left to book.", field="grantId", code=ErrorCode.BENEFIT_EXHAUSTED
            )
        return await Appointment.create(grant_id=grant_id, slot_at=slot_at, store_code=store_code)


async def change_appointment(
    *, appointment_id: int, member_id: int | None, slot_at: datetime | None, cancel: bool
) -> Appointment:
    """Move or cancel a booked appointment."""
    async with db.transaction():
        appointment = await Appointment.filter(id=appointment_id).select_for_update().first()
        if appointment is None or appointment.status != "BOOKED":
            raise NotFound("No such open appointment.", field="appointmentId")
        found = await _grant_for_update(appointment.grant_id)
        if member_id is not None and found.member_id != member_id:
            raise Forbidden("This appointment belongs to another member.", field="appointmentId")
        if cancel:
            await Appointment.filter(id=appointment_id).update(status="CANCELLED")
        elif slot_at is not None:
            if slot_at <= utc_now():
                raise DomainError(
                    "The slot is in the past.", field="slotAt", code=ErrorCode.INVALID_WINDOW
                )
            await Appointment.filter(id=appointment_id).update(slot_at=slot_at)
    return await Appointment.get(id=appointment_id)


async def void(*, grant_id: int, reason: str) -> BenefitGrant:
    """Void a grant (what is unused can no longer be redeemed)."""
    if not reason.strip():
        raise DomainError("A reason is required.", field="reason", code=ErrorCode.REQUIRED)
    async with db.transaction():
        found = await _grant_for_update(grant_id)
        await BenefitGrant.filter(id=found.id).update(
            status=GrantStatus.VOID, void_reason=reason[:200]
        )
    return await BenefitGrant.get(id=grant_id)


async def withdraw_unused(*, member_id: int, key_prefix: str, reason: str) -> int:
    """Void the unused grants made under keys starting with `key_prefix` (a refunded plan's or
    card's) and cancel their open appointments; what was used stays used. Returns the count."""
    rows = await db.fetch(
        """UPDATE benefit_grants SET status = 'VOID', void_reason = $2
            WHERE member_id = $3 AND left(idempotency_key, length($1)) = $1
              AND status = 'ACTIVE' AND used < quantity
        RETURNING id""",
        key_prefix,
        reason[:200],
        member_id,
    )
    ids = [r["id"] for r in rows]
    if ids:
        await db.execute(
            "UPDATE benefit_appointments SET status = 'CANCELLED', updated_at = now() "
            "WHERE grant_id = ANY($1::bigint[]) AND status = 'BOOKED'",
            ids,
        )
    return len(ids)


@dataclass(frozen=True, slots=True)
class HeldGrant:
    """A grant as its member sees it: what remains and whether it can still be used."""

    id: int
    benefit_code: str
    name: str
    quantity: int
    used: int
    remaining: int
    source: str
    expires_at: datetime | None
    status: str
    usable: bool


async def grants_of(member_id: int, *, include_spent: bool = False) -> list[HeldGrant]:
    """A member's grants with what remains and whether they can still be used, newest first."""
    (held,) = await grants_of_members([member_id], include_spent=include_spent)
    return held


async def grants_of_members(
    member_ids: Sequence[int], *, include_spent: bool = False
) -> list[list[HeldGrant]]:
    """`grants_of` for many members in one statement, aligned to the ids."""
    rows = await db.fetch(
        """SELECT g.member_id, g.id, b.code AS benefit_code, b.name, g.quantity, g.used,
                  g.quantity - g.used AS remaining, g.source, g.expires_at, g.status,
                  (g.status = 'ACTIVE' AND (g.expires_at IS NULL OR g.expires_at > now())) AS usable
             FROM benefit_grants g JOIN benefits b ON b.id = g.benefit_id
            WHERE g.member_id = ANY($1::bigint[]) AND ($2 OR g.used < g.quantity)
            ORDER BY g.id DESC""",
        list(member_ids),
        include_spent,
    )
    grouped: dict[int, list[HeldGrant]] = {m: [] for m in member_ids}
    for row in rows:
        member_id = int(row.pop("member_id"))
        grouped[member_id].append(HeldGrant(**row))
    return [grouped[m] for m in member_ids]


async def held_grants_by_ids(ids: Sequence[int]) -> list[tuple[int, HeldGrant] | None]:
    """(member id, grant as its holder sees it) aligned to grant ids, in one statement."""
    rows = await db.fetch(
        """SELECT g.member_id, g.id, b.code AS benefit_code, b.name, g.quantity, g.used,
                  g.quantity - g.used AS remaining, g.source, g.expires_at, g.status,
                  (g.status = 'ACTIVE' AND (g.expires_at IS NULL OR g.expires_at > now())) AS usable
             FROM benefit_grants g JOIN benefits b ON b.id = g.benefit_id
            WHERE g.id = ANY($1::bigint[])""",
        list(set(ids)),
    )
    found = {int(row["id"]): (int(row.pop("member_id")), HeldGrant(**row)) for row in rows}
    return [found.get(i) for i in ids]
