"""Candidate retrieval per strategy; each returns ranked Candidates with a reason."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from domain import cache, db
from domain.orders import item_reads
from domain.recs.filters import Candidate
from domain.recs.interest import ItemAttrs, MemberAffinities, explain
from domain.recs.published import Model
from domain.recs.slots import Strategy

POPULAR_DAYS = 90
POPULAR_CACHE_SECONDS = 600
LOCAL_POPULAR_SECONDS = 10.0
FEW_ORDERS = 3
HISTORY_ANCHORS = 5  # latest touched items a visitor's FOR_YOU list is built from
REPURCHASE_EARLY = 0.85  # remind from 85% of the member's usual interval ...
REPURCHASE_LATE = 3.0  # ... until three intervals have passed (then the habit has lapsed)


_local_popular: dict[str, tuple[float, list[tuple[int, int]]]] = {}
cache.register_local_cache(_local_popular.clear)


@dataclass
class MemberContext:
    """What the strategies know about the member and the page (item, cart)."""

    member_id: int | None
    now: datetime
    city: str | None = None
    region: str | None = None
    orders: int = 0
    history: list[int] = field(default_factory=list)
    bought_prices: list[int] = field(default_factory=list)
    interests: MemberAffinities | None = None
    item_id: int | None = None
    cart: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)


def similar_items(model: Model | None, context: MemberContext, n: int) -> list[Candidate]:
    """Items most often bought by the same members as the page's item (or the member's latest
    item): item-kNN neighbours kept with the version."""
    anchor = context.item_id or (context.history[0] if context.history else None)
    if model is None or anchor is None:
        return []
    position = model.index.position_of(str(anchor))
    if position is None:
        return []
    if model.neighbours is not None:
        found, scores = model.neighbours.of(position, n)
    else:  # a version built before item neighbours were kept
        search_k = max(model.info.search_k, 50 * n)
        found, scores = model.index.query_item(position, n, search_k)
    reason = f"similar to {context.names.get(anchor, 'what you viewed')}"
    ids = model.index.external_ids(found.tolist())
    return [
        Candidate(item_id=i, score=float(s), strategy=Strategy.SIMILAR_ITEMS, reason=reason)
        for i, s in zip(ids, scores.tolist(), strict=True)
    ]


def for_you(model: Model | None, context: MemberContext, n: int) -> list[Candidate]:
    """What validation chose for the version: the member's vector against the index (ALS),
    EASE over the member's latest items, or both fused; without a vector or EASE (a visitor,
    a member newer than the model) the neighbours of the items they touched lately."""
    if model is None:
        return []
    vectors = _by_vector(model, context, n) if model.info.for_you != "ease" else []
    if model.ease is None or model.info.for_you == "als":
        return vectors or _like_history(model, context, n)
    ease = _by_ease(model, context, n)
    if model.info.for_you == "ease" or not vectors:
        return ease or _like_history(model, context, n)
    weight = model.info.als_weight
    total: dict[str, float] = {}
    for candidates, share in ((vectors, weight), (ease, 1.0 - weight)):
        for rank, candidate in enumerate(candidates):
            total[candidate.item_id] = total.get(candidate.item_id, 0.0) + share / (10.0 + rank)
    order = sorted(total, key=lambda i: -total[i])[:n]
    return [Candidate(i, total[i], Strategy.FOR_YOU, reason=None) for i in order]


def _by_vector(model: Model, context: MemberContext, n: int) -> list[Candidate]:
    if model.members is None or context.member_id is None:
        return []
    vector = model.members.vector_of(context.member_id)
    if vector is None or not np.any(vector):
        return []
    search_k = max(model.info.search_k, 50 * n)
    found, scores = model.index.query_vector(vector, n, search_k)
    ids = model.index.external_ids(found.tolist())
    return [
        Candidate(item_id=i, score=float(s), strategy=Strategy.FOR_YOU, reason=None)
        for i, s in zip(ids, scores.tolist(), strict=True)
    ]


def _by_ease(model: Model, context: MemberContext, n: int) -> list[Candidate]:
    """EASE: the member's latest items times the version's item-item weights."""
    assert model.ease is not None
    touched = [model.index.position_of(str(i)) for i in context.history]
    positions, scores = model.ease.scores([p for p in touched if p is not None])
    if positions.size == 0:
        return []
    top = np.argsort(-scores, kind="stable")[:n]
    top = top[np.isfinite(scores[top]) & (scores[top] > 0)]
    ids = model.index.external_ids(positions[top].tolist())
    return [
        Candidate(item_id=i, score=float(s), strategy=Strategy.FOR_YOU, reason=None)
        for i, s in zip(ids, scores[top].tolist(), strict=True)
    ]


def _like_history(model: Model, context: MemberContext, n: int) -> list[Candidate]:
    """Item-kNN over the latest touched items: each neighbour scores the sum of its similarity
    to them, the newest item counting most (a session's interest drifts)."""
    if model.neighbours is None or not context.history:
        return []
    touched = {str(i) for i in context.history}
    total: dict[int, float] = {}
    source: dict[int, tuple[float, int]] = {}  # the touched item that adds most to a neighbour
    for rank, item in enumerate(context.history[:HISTORY_ANCHORS]):
        position = model.index.position_of(str(item))
        if position is None:
            continue
        found, scores = model.neighbours.of(position, n)
        for other, score in zip(found.tolist(), scores.tolist(), strict=True):
            share = float(score) / (1.0 + rank)
            if other not in source or source[other][0] < share:
                source[other] = (share, item)
            total[other] = total.get(other, 0.0) + share
    order = sorted(total, key=lambda p: -total[p])
    ids = model.index.external_ids(order)
    return [
        Candidate(
            item_id=i,
            score=total[p],
            strategy=Strategy.FOR_YOU,
            reason=f"because you viewed {context.names.get(source[p][1], 'similar items')}",
        )
        for i, p in zip(ids, order, strict=True)
        if i not in touched
    ][:n]


async def bought_together(version: int | None, context: MemberContext, n: int) -> list[Candidate]:
    """Items most often bought with the cart (or the page's item, or the latest items)."""
    anchors = context.cart or ([context.item_id] if context.item_id else context.history[:3])
    if version is None or not anchors:
        return []
    rows = await db.fetch(
        """
        SELECT item_id, other_item_id, lift, confidence FROM rec_item_associations
         WHERE version = $1 AND item_id = ANY($2::int[])
         ORDER BY lift DESC, confidence DESC, other_item_id LIMIT $3
        """,
        version,
        anchors,
        n,
    )
    return [
        Candidate(
            item_id=str(r["other_item_id"]),
            score=float(r["lift"]),
            strategy=Strategy.BOUGHT_TOGETHER,
            reason=f"bought with {context.names.get(r['item_id'], 'your items')}",
        )
        for r in rows
    ]


async def popular(
    model: Model | None, version: int | None, context: MemberContext, n: int
) -> list[Candidate]:
    """Popular where the member lives; members with few orders first borrow from similar ones."""
    result: list[Candidate] = []
    if context.orders < FEW_ORDERS and context.history:
        result.extend(await _borrowed(model, version, context, n))
    for scope, value in (("city", context.city), ("region", context.region), ("all", "")):
        if value is None:
            continue
        where = value or "everywhere"
        reason = "popular now" if scope == "all" else f"popular in {where}"
        for item_id, buyers in await popular_list(scope, value, context.now, n):
            result.append(Candidate(str(item_id), float(buyers), Strategy.POPULAR, reason=reason))
        if len(result) >= n:
            break
    return result


async def _borrowed(
    model: Model | None, version: int | None, context: MemberContext, n: int
) -> list[Candidate]:
    """What members who touched the same items went on to buy (associations, then vectors)."""
    borrowed = await bought_together(version, context, n)
    borrowed += similar_items(model, context, n)
    anchor = context.names.get(context.history[0], "your items")
    reason = f"members who liked {anchor} also liked this"
    return [Candidate(c.item_id, c.score, Strategy.POPULAR, reason=reason) for c in borrowed]


async def popular_list(scope: str, value: str, now: datetime, n: int) -> list[tuple[int, int]]:
    """(item id, buyers) popular in a city, a region or everywhere; cached in Redis, and for
    LOCAL_POPULAR_SECONDS in the process (every request of a place reads the same list)."""
    key = f"recs:popular:{scope}:{value}"
    local = _local_popular.get(key)
    if local is not None and local[0] > time.monotonic() and len(local[1]) >= n:
        return local[1][:n]
    found = await _popular_list(key, scope, value, now, n)
    if len(found) >= n:
        _local_popular[key] = (time.monotonic() + LOCAL_POPULAR_SECONDS, found)
    return found


async def _popular_list(
    key: str, scope: str, value: str, now: datetime, n: int
) -> list[tuple[int, int]]:
    raw = await cache.redis().get(key)
    if raw is not None:
        cached = json.loads(raw)
        if len(cached) >= n or (cached and cached[-1] is None):
            return [tuple(x) for x in cached if x is not None][:n]
    found = await item_reads.popular_items(
        since=now - timedelta(days=POPULAR_DAYS),
        city=value if scope == "city" else None,
        region=value if scope == "region" else None,
        limit=max(n, 100),
    )
    complete = len(found) < max(n, 100)  # fewer than asked: this is the whole list
    payload = [list(x) for x in found] + ([None] if complete else [])
    await cache.redis().set(key, json.dumps(payload), ex=POPULAR_CACHE_SECONDS)
    return found[:n]


async def repurchase(context: MemberContext, n: int) -> list[Candidate]:
    """Consumables the member buys on a cycle whose usual interval has (nearly) elapsed."""
    if context.member_id is None:
        return []
    due: list[tuple[float, int, int]] = []
    for row in await item_reads.purchase_cycles(context.member_id):
        interval = (row["last_at"] - row["first_at"]).total_seconds() / (row["days"] - 1)
        if interval < 86_400:
            continue
        since_last = (context.now - row["last_at"]).total_seconds()
        ratio = since_last / interval
        if REPURCHASE_EARLY <= ratio <= REPURCHASE_LATE:
            due.append((abs(1.0 - ratio), int(row["item_id"]), round(interval / 86_400)))
    due.sort()
    return [
        Candidate(
            str(item_id),
            1.0 / (1.0 + gap),
            Strategy.REPURCHASE,
            reason=f"you buy this about every {days} days",
        )
        for gap, item_id, days in due[:n]
    ]


def interest_reason(context: MemberContext, attrs: ItemAttrs) -> str | None:
    """'you like brand Y' when the member's interests explain the item."""
    if context.interests is None:
        return None
    found = explain(context.interests, attrs, min_score=0.2)
    return None if found is None else found.text
