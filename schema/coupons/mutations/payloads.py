"""Payloads the coupon mutations share, and the helpers that fill them."""

from __future__ import annotations

from typing import TypeVar

import strawberry

from domain.coupons import service as coupons_service
from domain.coupons.models import Coupon
from schema.coupons.queries import coupon_types
from schema.coupons.types import CouponType, TemplateType
from schema.errors import UserError


@strawberry.type
class CouponPayload:
    coupon: CouponType | None
    errors: list[UserError]


@strawberry.type
class CouponsPayload:
    coupons: list[CouponType]
    errors: list[UserError]


@strawberry.type
class CouponTemplatePayload:
    template: TemplateType | None
    errors: list[UserError]


def remember_coupon(coupon: Coupon) -> dict[str, int]:
    """What an idempotent replay needs to find one coupon again."""
    return {"id": coupon.id}


def remember_coupons(coupons: list[Coupon]) -> dict[str, list[int]]:
    """What an idempotent replay needs to find the coupons again."""
    return {"ids": [c.id for c in coupons]}


async def recall_coupons(done: dict) -> list[Coupon]:
    """The coupons `remember_coupons` noted."""
    return [c for c in await coupons_service.coupons_by_ids(done["ids"]) if c is not None]


C = TypeVar("C", bound=CouponPayload)


async def one_coupon(cls: type[C], coupon: Coupon) -> C:
    """A successful payload holding one coupon."""
    return cls(coupon=(await coupon_types([coupon]))[0], errors=[])
