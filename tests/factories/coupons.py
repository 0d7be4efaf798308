"""Coupon templates."""

from __future__ import annotations

from typing import Any

from domain.coupons import service as coupons_service
from domain.coupons.models import CouponKind, CouponTemplate, TemplateState


async def make_template(code: str = "T", **overrides: Any) -> CouponTemplate:
    """An active cash template (5.00 off, stock 100, valid 30 days) with keyword overrides."""
    values: dict[str, Any] = {
        "code": code,
        "name": code,
        "kind": CouponKind.CASH,
        "amount_off_cents": 500,
        "total_stock": 100,
        "valid_days": 30,
        "state": TemplateState.ACTIVE,
        **overrides,
    }
    return await coupons_service.define_template(**values)
