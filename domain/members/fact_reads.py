"""Member facts for audience leaves: registration, its channel and store, consents.

Each read returns the ids of live members (or ids with a value), in one statement. How consent is
stored: `consent_sms` for SMS, `consent_push` for push-like channels (app push, WeChat); no email
consent is recorded, so nobody has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Literal

import numpy as np

from domain import db

_LIVE = "status = 'ACTIVE'"
_CONSENT_COLUMNS = {"SMS": "consent_sms", "PUSH": "consent_push", "WECHAT": "consent_push"}


def _ids(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.asarray([r["id"] for r in rows], dtype=np.int64)


async def with_value_in(
    column: Literal["channel", "source_store"], values: list[str]
) -> np.ndarray:
    """Live members whose registration channel (or source store code) is one of `values`."""
    sql = {"channel": "channel", "source_store": "source_store"}[column]
    rows = await db.fetch(
        f"SELECT id FROM members WHERE {_LIVE} AND {sql} = ANY($1::text[])", values
    )
    return _ids(rows)


async def with_source_store_in(store_codes_sql: str, *params: Any) -> np.ndarray:
    """Live members whose source store code is in a subquery of store codes (its params $1...)."""
    rows = await db.fetch(
        f"SELECT id FROM members WHERE {_LIVE} AND source_store IN ({store_codes_sql})", *params
    )
    return _ids(rows)


async def registered_between(start: datetime | None, end: datetime | None) -> np.ndarray:
    """Live members registered at or after `start` and before `end` (None: open)."""
    rows = await db.fetch(
        f"SELECT id FROM members WHERE {_LIVE} AND ($1::timestamptz IS NULL OR registered_at >= $1)"
        " AND ($2::timestamptz IS NULL OR registered_at < $2)",
        start,
        end,
    )
    return _ids(rows)


async def days_since_registration(as_of: date, zone: str) -> tuple[np.ndarray, np.ndarray]:
    """(ids, days): live members registered by the end of `as_of`, and the business days from
    their registration day to `as_of` (0 on the day itself)."""
    rows = await db.fetch(
        f"SELECT id, $1::date - (registered_at AT TIME ZONE $2)::date AS days FROM members "
        f"WHERE {_LIVE} AND (registered_at AT TIME ZONE $2)::date <= $1::date",
        as_of,
        zone,
    )
    return _ids(rows), np.asarray([r["days"] for r in rows], dtype=np.int64)


async def consenting(channels: Sequence[str]) -> np.ndarray:
    """Live members whose recorded consents allow every one of the marketing channels."""
    if any(channel not in _CONSENT_COLUMNS for channel in channels):
        return np.zeros(0, dtype=np.int64)
    columns = sorted({_CONSENT_COLUMNS[channel] for channel in channels})
    where = " AND ".join([_LIVE, *columns])
    return _ids(await db.fetch(f"SELECT id FROM members WHERE {where}"))
