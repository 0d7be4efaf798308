"""Coupon mutations, a module per group."""

from __future__ import annotations

import strawberry

from schema.coupons.mutations.checkout import CouponCheckoutMutation
from schema.coupons.mutations.getting import CouponGettingMutation
from schema.coupons.mutations.templates import CouponTemplatesMutation


@strawberry.type
class CouponsMutation(CouponGettingMutation, CouponCheckoutMutation, CouponTemplatesMutation):
    """Every coupon mutation."""
