"""Coupon mutation payloads, and the helpers every coupon mutation shares."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import strawberry

from domain.coupons import service as coupons_service
from domain.coupons.models import Coupon
from schema.context import Info
from schema.coupons.inputs import (
    CartInput,
)
from schema.coupons.queries import coupon_types
from schema.coupons.types import CouponType, QuoteType, TemplateType
from schema.errors import UserError
from schema.points.queries import target_member


@strawberry.type
class CouponPayload:
    coupon: CouponType | None
    errors: list[UserError]


@strawberry.type(description="What one member got from issueCoupons.")
class IssuedToMember:
    member_id: strawberry.ID
    coupon: CouponType | None
    error: UserError | None


@strawberry.type
class IssueCouponsPayload:
    results: list[IssuedToMember]
    errors: list[UserError]


@strawberry.type
class ReserveCouponsPayload:
    quote: QuoteType | None = strawberry.field(description="The reserved coupons' discounts.")
    errors: list[UserError]


@strawberry.type
class CouponsPayload:
    coupons: list[CouponType]
    errors: list[UserError]


@strawberry.type
class CouponTemplatePayload:
    template: TemplateType | None
    errors: list[UserError]


def operator_of(info: Info) -> str:
    """Who is calling, for the audit fields."""
    principal = info.context.principal
    return principal.subject if principal else ""


def cart_request(cart: CartInput) -> dict[str, Any]:
    """A cart as plain data, for the idempotency record."""
    return {
        "lines": [asdict(line) for line in cart.domain_lines()],
        "channel": cart.channel,
        "scene": cart.scene,
        "store": cart.store_code,
    }


def remember_coupon(coupon: Coupon) -> dict[str, int]:
    """What a replay needs of one coupon."""
    return {"id": coupon.id}


def remember_coupons(coupons: list[Coupon]) -> dict[str, list[int]]:
    """What a replay needs of several coupons."""
    return {"ids": [c.id for c in coupons]}


async def recall_coupons(done: dict) -> list[Coupon]:
    """The coupons an earlier request returned."""
    return [c for c in await coupons_service.coupons_by_ids(done["ids"]) if c is not None]


async def coupon_payload(coupon: Coupon) -> CouponPayload:
    """A successful payload for one coupon."""
    return CouponPayload(coupon=(await coupon_types([coupon]))[0], errors=[])


async def member_of(info: Info, member_id: strawberry.ID | None) -> int | None:
    """The member a service call concerns, if named (members are always themselves)."""
    principal = info.context.principal
    if principal is not None and principal.is_member:
        return principal.member_id
    return None if member_id is None else await target_member(principal, member_id)
