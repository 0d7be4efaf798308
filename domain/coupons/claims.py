"""The grab gate: Redis in front of the database, refusing only what the database would refuse.

At a limited-time grab most claims lose once the stock is gone. The gate keeps, per template, a
counter of the stock left and a sold-out mark. The counter counts only claims that committed
(decremented after the commit, never before), so it can overestimate what is left but never
underestimate it; while it is positive, claims go to the database, whose guarded UPDATE stays
the only authority. When the counter says nothing is left, the database is asked (one indexed
read, no lock): if stock remains the counter is reset to it and the claim goes on; if not, the
template is marked sold out and later claims are refused from Redis alone. Issued stock only
grows, so a sold-out mark stays true until staff change the stock, which resets the gate.
Without Redis, or with COUPON_GRAB_GATE=0, claims go straight to the database.
"""

from __future__ import annotations

import logging

from domain import cache, config, db

log = logging.getLogger(__name__)

GATE_TTL = 30  # seconds; the counter is then rebuilt from the database

_COUNT_ISSUED = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return -1
"""


def _key(template_id: int) -> str:
    return f"coupons:gate:{template_id}"


def _sold_out_key(template_id: int) -> str:
    return f"coupons:gate:{template_id}:sold-out"


def gate_enabled() -> bool:
    """Whether claims pass the Redis gate (COUPON_GRAB_GATE, on by default when Redis is set)."""
    if not config.COUPON_GRAB_GATE.get():
        return False
    try:
        cache.redis()
    except RuntimeError:
        return False
    return True


async def remaining_stock(template_id: int) -> int:
    """Stock the database says is left (committed issues only)."""
    row = await db.fetch_one(
        "SELECT greatest(total_stock - issued, 0) AS remaining FROM coupon_templates WHERE id = $1",
        template_id,
    )
    return int(row["remaining"]) if row else 0


async def admit(template_id: int) -> bool:
    """Whether a claim may go to the database: False only when the database says sold out."""
    client = cache.redis()
    if await client.exists(_sold_out_key(template_id)):
        return False
    counter = await client.get(_key(template_id))
    if counter is None:
        # Only the first claim to find no counter creates it: a later reader of the database
        # may already count a claim whose own decrement is still to come.
        remaining = await remaining_stock(template_id)
        if await client.set(_key(template_id), remaining, nx=True, ex=GATE_TTL):
            counter = remaining
        else:
            counter = await client.get(_key(template_id))
    if counter is not None and int(counter) > 0:
        return True
    return await reconcile(template_id)


async def reconcile(template_id: int) -> bool:
    """Reset the counter from the database; mark the template sold out when nothing is left."""
    client = cache.redis()
    remaining = await remaining_stock(template_id)
    await client.set(_key(template_id), remaining, ex=GATE_TTL)
    if remaining <= 0:
        await client.set(_sold_out_key(template_id), 1, ex=GATE_TTL)
        return False
    return True


async def count_issued(template_id: int) -> None:
    """Count a claim whose coupon committed (call after the commit, never before)."""
    try:
        await cache.redis().eval(_COUNT_ISSUED, 1, _key(template_id))
    except Exception:  # an uncounted claim only overestimates; the database still refuses
        log.warning("gate count of template %s not updated", template_id, exc_info=True)


async def counter(template_id: int) -> int | None:
    """The gate's counter of stock left, if it is set."""
    value = await cache.redis().get(_key(template_id))
    return None if value is None else int(value)


async def reset_gate(template_id: int) -> None:
    """Forget the counter and the sold-out mark (stock or state changed); the next claim
    rebuilds them."""
    if gate_enabled():
        await cache.redis().delete(_key(template_id), _sold_out_key(template_id))
