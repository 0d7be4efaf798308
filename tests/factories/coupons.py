"""Coupon templates and issued coupons."""

from __future__ import annotations

import itertools
from typing import Any

from domain.coupons import issuing as coupons_issuing
from domain.coupons import templates as coupons_templates
from domain.coupons.models import Coupon, CouponKind, CouponTemplate, TemplateState

_numbers = itertools.count(1)


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
    return await coupons_templates.define_template(**values)


async def issue_coupons(member_id: int, count: int) -> list[Coupon]:
    """`count` coupons for a member, each of its own new template (1.00 off, no threshold)."""
    issued = []
    for _ in range(count):
        code = f"ISSUED{next(_numbers)}"
        await make_template(code, amount_off_cents=100, threshold_cents=0)
        issued.append(
            await coupons_issuing.issue_coupon(
                member_id=member_id, template_code=code, key=code, source="test", operator="test"
            )
        )
    return issued
