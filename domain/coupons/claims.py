"""The grab gate: a Redis counter of a template's remaining stock in front of the database.

At a limited-time grab most claims lose. The gate lets a claim through to the database only
while the counter (DECR in one Lua call) is positive, so losers get OUT_OF_STOCK from Redis and
never queue on the template row's lock. The database's guarded UPDATE stays the only authority:
the counter may overestimate (then the database refuses), and it expires after GATE_TTL seconds
and is rebuilt from the database, so tokens lost by a crashed claim come back. A claim that
fails after taking a token gives it back. Without Redis, or with COUPON_GRAB_GATE=0, claims go
straight to the database.
"""

from __future__ import annotations

import logging
import os

from domain import cache, db

log = logging.getLogger(__name__)

GATE_TTL = 30

_TAKE = """
local v = redis.call('GET', KEYS[1])
if not v then return -2 end
if tonumber(v) <= 0 then return -1 end
redis.call('DECR', KEYS[1])
return 1
"""
_GIVE_BACK = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCR', KEYS[1]) end
return 0
"""


def _key(template_id: int) -> str:
    return f"coupons:gate:{template_id}"


def gate_enabled() -> bool:
    """Whether claims pass the Redis gate (COUPON_GRAB_GATE, on by default when Redis is set)."""
    if os.environ.get("COUPON_GRAB_GATE", "1") == "0":
        return False
    try:
        cache.redis()
    except RuntimeError:
        return False
    return True


async def take(template_id: int) -> bool:
    """Take one token: False when the gate says the stock is gone."""
    client = cache.redis()
    result = int(await client.eval(_TAKE, 1, _key(template_id)))
    if result == -2:
        row = await db.fetch_one(
            "SELECT greatest(total_stock - issued, 0) AS remaining FROM coupon_templates "
            "WHERE id = $1",
            template_id,
        )
        remaining = int(row["remaining"]) if row else 0
        await client.set(_key(template_id), remaining, nx=True, ex=GATE_TTL)
        result = int(await client.eval(_TAKE, 1, _key(template_id)))
    return result == 1


async def give_back(template_id: int) -> None:
    """Return a token taken by a claim that did not issue."""
    try:
        await cache.redis().eval(_GIVE_BACK, 1, _key(template_id))
    except Exception:  # the counter is rebuilt from the database when it expires
        log.warning("gate token of template %s not returned", template_id, exc_info=True)


async def reset_gate(template_id: int) -> None:
    """Forget the counter (stock or state changed); the next claim rebuilds it."""
    if gate_enabled():
        await cache.redis().delete(_key(template_id))
