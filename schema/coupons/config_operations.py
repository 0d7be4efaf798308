"""Staff read one coupon template by code (ending a template retires it)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from domain.access import Scope
from domain.coupons import templates as coupons_templates
from schema.coupons.types import TemplateType
from schema.permissions import IsStaffOrBI


@strawberry.type
class CouponConfigQuery:
    @strawberry.field(
        description="One coupon template by code, or null. To retire a template, end it with "
        "setCouponTemplateState: no more claims, issued coupons stay usable.",
        permission_classes=[IsStaffOrBI.with_scope(Scope.COUPONS_READ)],
    )
    async def coupon_template(
        self, code: Annotated[str, strawberry.argument(description="The template's code.")]
    ) -> TemplateType | None:
        found = await coupons_templates.find_template(code)
        return TemplateType.from_model(found) if found else None
