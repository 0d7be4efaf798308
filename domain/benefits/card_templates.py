"""Benefit card templates: price, validity, drop period and the benefits each drop gives."""

from __future__ import annotations

from typing import Any

from domain import config_history
from domain.benefits import rules
from domain.benefits import service as benefits_service
from domain.benefits.models import CardTemplate
from domain.errors import DomainError, ErrorCode


async def define_template(
    *,
    code: str,
    name: str,
    price_cents: int,
    validity_months: int,
    every: str,
    drops: list[dict[str, Any]],
    discount_percent: int = 0,
    multiplier_percent: int = 100,
    refundable: bool = True,
    points_price: int | None = None,
    point_type_code: str = "POINTS",
) -> CardTemplate:
    """Create or change a card template (by code); `points_price` also sells it for points."""
    if points_price is not None and points_price <= 0:
        raise DomainError(
            "pointsPrice must be positive.", field="pointsPrice", code=ErrorCode.INVALID_AMOUNT
        )
    if price_cents < 0:
        raise DomainError(
            "priceCents must not be negative.", field="priceCents", code=ErrorCode.INVALID_AMOUNT
        )
    if validity_months <= 0:
        raise DomainError(
            "validityMonths must be positive.",
            field="validityMonths",
            code=ErrorCode.INVALID_WINDOW,
        )
    if every not in rules.Every.__members__:
        raise DomainError("every must be MONTH, WEEK or DAY.", field="every")
    if not 0 <= discount_percent < 100 or multiplier_percent < 100:
        raise DomainError(
            "discountPercent 0..99, multiplierPercent >= 100.",
            field="discountPercent",
            code=ErrorCode.INVALID_PERCENTAGE,
        )
    for i, drop in enumerate(drops):
        await benefits_service.get_benefit(str(drop.get("benefit")), f"drops[{i}].benefit")
        if not isinstance(drop.get("quantity"), int) or drop["quantity"] <= 0:
            raise DomainError(
                "quantity must be positive.",
                field=f"drops[{i}].quantity",
                code=ErrorCode.INVALID_AMOUNT,
            )
    template = await config_history.upsert(
        CardTemplate,
        "CardTemplate",
        code=code,
        defaults={
            "name": name,
            "price_cents": price_cents,
            "validity_months": validity_months,
            "every": every,
            "drops": drops,
            "discount_percent": discount_percent,
            "multiplier_percent": multiplier_percent,
            "refundable": refundable,
            "points_price": points_price,
            "point_type_code": point_type_code,
            "active": True,
        },
    )
    return template
