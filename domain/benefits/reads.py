"""Benefit reads for audience leaves, kept here because they name the benefit tables."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import numpy as np

from domain import db


def _ids(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.asarray([r["member_id"] for r in rows], dtype=np.int64)


async def card_holders(template_codes: list[str], day: date) -> np.ndarray:
    """Members with an active benefit card (of one of the templates; any when empty) on `day`."""
    rows = await db.fetch(
        "SELECT DISTINCT c.member_id FROM member_cards c JOIN benefit_card_templates t "
        "ON t.id = c.template_id WHERE ($1::text[] = '{}' OR t.code = ANY($1::text[])) "
        "AND c.status = 'ACTIVE' AND c.activated_on <= $2 "
        "AND (c.ends_on IS NULL OR c.ends_on >= $2)",
        template_codes,
        day,
    )
    return _ids(rows)


async def users(benefit_codes: list[str], start: datetime, end: datetime) -> np.ndarray:
    """Members who redeemed a benefit (one of the codes; any when empty) in [start, end)."""
    rows = await db.fetch(
        "SELECT DISTINCT g.member_id FROM benefit_redemptions r "
        "JOIN benefit_grants g ON g.id = r.grant_id JOIN benefits b ON b.id = g.benefit_id "
        "WHERE ($1::text[] = '{}' OR b.code = ANY($1::text[])) "
        "AND r.redeemed_at >= $2 AND r.redeemed_at < $3",
        benefit_codes,
        start,
        end,
    )
    return _ids(rows)
