"""A member's serving context: from the version's snapshot unless it changed since, else cached.

The rebuild publishes every trained member's context with the index (`context_sidecar`), so a
request reads no SQL and makes no Redis round trip for a member whose orders and events have
not changed since. The order and event jobs record a change (`forget_members`) in the sorted set
`recs:context:changed` (member -> epoch ms); each process pulls the new entries at most once per
check interval, as it looks at the index pointer. A changed member's context is read from
PostgreSQL and kept in Redis under `recs:context:<member>:<change ms>` for CONTEXT_SECONDS, so
only the first request after a change pays the reads; members the version does not know
(registered since) take the same path.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from domain import cache
from domain.recs import sources
from domain.recs.context_sidecar import ContextSnapshot
from domain.recs.interest import Dimension
from domain.recs.member_facts import HISTORY_KEPT, MemberFacts
from domain.recs.models import MemberInterest

CHANGED_KEY = "recs:context:changed"
CONTEXT_SECONDS = 600
CHANGES_KEPT_SECONDS = 3 * 86_400
PULL_OVERLAP_MS = 5000.0


class ChangedMembers:
    """This process's view of which members changed when (pulled from Redis)."""

    def __init__(self) -> None:
        self.changed: dict[int, float] = {}
        self._pulled_ms = 0.0
        self._covered_ms = 0.0
        self._checked_at = float("-inf")

    async def pull(self, check_seconds: float) -> None:
        """Fetch changes recorded since the last pull (at most once per check_seconds)."""
        now = time.monotonic()
        if now - self._checked_at < check_seconds:
            return
        self._checked_at = now
        # Overlap the last pull a little: a change stamped in the same millisecond as the
        # newest one seen, but written after the pull, is still found (re-reading is harmless).
        found = await cache.redis().zrangebyscore(
            CHANGED_KEY, self._pulled_ms - PULL_OVERLAP_MS, "+inf", withscores=True
        )
        for member, at in found:
            self.changed[int(member)] = float(at)
            self._pulled_ms = max(self._pulled_ms, float(at))

    def forget_before(self, at_ms: float) -> None:
        """Drop changes a newer snapshot already holds (once per snapshot), so the map stays
        the size of one rebuild interval's changes."""
        if at_ms <= self._covered_ms:
            return
        self._covered_ms = at_ms
        self.changed = {m: t for m, t in self.changed.items() if t > at_ms}

    def clear(self) -> None:
        """Forget what was pulled (tests; a fresh process)."""
        self.changed.clear()
        self._pulled_ms = 0.0
        self._covered_ms = 0.0
        self._checked_at = float("-inf")


changes = ChangedMembers()
cache.register_local_cache(changes.clear)


async def member_facts(member_id: int, snapshot: ContextSnapshot | None) -> MemberFacts:
    """The member's context: the snapshot's when unchanged since it was read, else cached."""
    if snapshot is not None:
        changes.forget_before(snapshot.read_at.timestamp() * 1000)
    changed_ms = changes.changed.get(member_id)
    if snapshot is not None and (
        changed_ms is None or changed_ms <= snapshot.read_at.timestamp() * 1000
    ):
        found = snapshot.of(member_id)
        if found is not None:
            return found
    key = f"recs:context:{member_id}:{int(changed_ms or 0)}"
    redis = cache.redis()
    raw = await redis.get(key)
    if raw is not None:
        return MemberFacts(**json.loads(raw))
    facts = await read_facts(member_id)
    await redis.set(key, json.dumps(asdict(facts)), ex=CONTEXT_SECONDS)
    return facts


async def read_facts(member_id: int) -> MemberFacts:
    """The member's context read from PostgreSQL now."""
    place, history, interest = await asyncio.gather(
        sources.member_place(member_id),
        sources.member_history(member_id, limit=HISTORY_KEPT),
        MemberInterest.get_or_none(member_id=member_id),
    )
    city, region, orders = place
    return MemberFacts(
        city=city,
        region=region,
        orders=int(orders),
        history=[h.item_id for h in history],
        bought_prices=[h.price_cents for h in history if h.bought and h.price_cents is not None],
        interests=None if interest is None else _scores(interest.scores),
    )


def _scores(raw: Any) -> dict[Dimension, dict[str, float]]:
    return json.loads(raw) if isinstance(raw, str) else dict(raw)


async def forget_members(member_ids: Iterable[int], *, now: datetime | None = None) -> int:
    """Record that members' orders or events changed: their next request reads them anew."""
    ids = sorted(set(member_ids))
    if not ids:
        return 0
    at_ms = (time.time() if now is None else now.timestamp()) * 1000
    redis = cache.redis()
    await redis.zadd(CHANGED_KEY, {str(m): at_ms for m in ids})
    await redis.zremrangebyscore(CHANGED_KEY, "-inf", at_ms - CHANGES_KEPT_SECONDS * 1000)
    return len(ids)
