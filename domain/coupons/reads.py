"""Coupon reads for audience leaves, kept here because they name the coupon tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np

from domain import db


def _ids(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.asarray([r["member_id"] for r in rows], dtype=np.int64)


_TEMPLATES = (
    "($1::text[] = '{}' OR c.template_id IN "
    "(SELECT t.id FROM coupon_templates t WHERE t.code = ANY($1::text[])))"
)


async def holders(template_codes: list[str], at: datetime) -> np.ndarray:
    """Members holding an unused coupon (of one of the templates; any when empty) still valid
    at the instant `at`."""
    rows = await db.fetch(
        f"SELECT DISTINCT c.member_id FROM coupons c WHERE {_TEMPLATES} "
        "AND c.state = 'AVAILABLE' AND c.valid_until > $2",
        template_codes,
        at,
    )
    return _ids(rows)


async def users(template_codes: list[str], start: datetime, end: datetime) -> np.ndarray:
    """Members who used a coupon (of one of the templates; any when empty) in [start, end)."""
    rows = await db.fetch(
        f"SELECT DISTINCT c.member_id FROM coupons c WHERE {_TEMPLATES} "
        "AND c.state = 'USED' AND c.used_at >= $2 AND c.used_at < $3",
        template_codes,
        start,
        end,
    )
    return _ids(rows)
