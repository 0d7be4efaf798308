"""Serving recommendations for a slot, their statistics, and starting a rebuild."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from domain import db, jobs
from domain.catalog.reads import ItemRow
from domain.clock import utc_now
from domain.errors import DomainError, ErrorCode
from domain.recs import item_sidecar, member_context, sources, strategies
from domain.recs.filters import Candidate, FilterRules, ItemInfo, apply_filters, typical_spend_band
from domain.recs.index import IndexNotReady
from domain.recs.interest import ItemAttrs, MemberAffinities
from domain.recs.published import Model, current_version, registry
from domain.recs.slots import MAX_SIZE, SlotConfig, Strategy, get_slot_config
from domain.recs.sources import SlotStat
from domain.recs.strategies import MemberContext

MAX_CART = 100
MAX_CITY = 50  # as a member's city
FUSION_K = 10.0  # weighted reciprocal-rank fusion: a strategy adds weight / (FUSION_K + rank)
REBUILD_JOB = "recs.rebuild"


@dataclass(frozen=True, slots=True)
class Recommendation:
    """One shown item."""

    item_id: int
    position: int
    strategy: Strategy
    reason: str
    score: float
    item: ItemRow | None = None


@dataclass(frozen=True, slots=True)
class RecommendationList:
    """A slot's list for one member and page."""

    slot: str
    items: list[Recommendation]
    index_version: int | None
    cold_start: bool


async def recommend(
    *,
    slot: str,
    member_id: int | None,
    first: int | None = None,
    item_id: int | None = None,
    cart: Sequence[int] = (),
    anonymous_id: str | None = None,
    city: str | None = None,
) -> RecommendationList:
    """A slot's list; no index yet or no history gives the cold-start (popular) list. Without
    a member, `anonymous_id` (a visitor's device) supplies the history of its events and the
    city of its latest event naming one (or a store); `city` overrides that city. Popular items
    of the city then fill the list before those of everywhere."""
    config = await get_slot_config(slot)
    size = config.size if first is None else first
    if size > MAX_SIZE:
        raise DomainError(f"first is at most {MAX_SIZE}.", field="first", code=ErrorCode.TOO_MANY)
    if size < 1:
        raise DomainError("first is at least 1.", field="first")
    if len(cart) > MAX_CART:
        raise DomainError(f"at most {MAX_CART} cart items.", field="cart", code=ErrorCode.TOO_MANY)
    place = _checked_city(city)
    if not config.enabled:
        return RecommendationList(slot=slot, items=[], index_version=None, cold_start=False)
    index_registry = registry()
    await index_registry.refresh()
    await member_context.changes.pull(index_registry.check_seconds)
    asked = (member_id, item_id, list(cart), anonymous_id, place)
    try:
        with index_registry.lease() as model:
            return await _serve(config, size, await _context(model, *asked), model)
    except IndexNotReady:
        return await _serve(config, size, await _context(None, *asked), None)


async def top_item_names(member_id: int, slot: str, n: int) -> list[str]:
    """The names of a member's first `n` recommendations in a slot; none while no index is
    published or when the slot is not configured."""
    if await current_version() is None:
        return []
    try:
        listed = await recommend(slot=slot, member_id=member_id, first=n)
    except DomainError:
        return []
    return [r.item.name for r in listed.items if r.item is not None]


async def _serve(
    config: SlotConfig, size: int, context: MemberContext, model: Model | None
) -> RecommendationList:
    want = size * 3 + 20
    version = None if model is None else model.info.version
    ranked: list[list[Candidate]] = []
    weights: list[float] = []
    for strategy, weight in ((s.strategy, s.weight) for s in config.strategies):
        ranked.append(await _retrieve(strategy, model, version, context, want))
        weights.append(weight)
    blended = _fuse(ranked, weights)
    personal = bool(blended)
    # Popular items trail the list: they fill it when rules drop personal candidates.
    blended += await strategies.popular(None, version, _anonymous(context), want)
    rules = config.rules
    pins = {
        p.position: Candidate(str(p.item_id), 0.0, Strategy.PINNED, "featured")
        for p in rules.pins
        if p.position < size
    }
    ids = {int(c.item_id) for c in blended} | {p.item_id for p in rules.pins}
    snapshot = None if model is None else model.items
    rows, recent = await asyncio.gather(
        item_sidecar.item_rows(snapshot, list(ids)), _recent(config, context)
    )
    catalog = _Catalog(rows)
    page_items = {str(i) for i in [context.item_id, *context.cart] if i is not None}
    band = typical_spend_band(context.bought_prices) if rules.fit_price_band else None
    result = apply_filters(
        blended,
        FilterRules(
            blocked_items={str(i) for i in rules.blocked_item_ids} | page_items,
            blocked_categories=set(rules.blocked_categories),
            pinned=pins,
            recently_bought=recent["bought"],
            recently_clicked=recent["clicked"],
            recently_shown=recent["shown"],
            price_band=band,
            max_per_category=rules.max_per_category,
        ),
        catalog,
        limit=size,
        complete=False,
    )
    items = []
    for position, candidate in enumerate(result.items):
        row = rows[int(candidate.item_id)]
        reason = candidate.reason
        if candidate.strategy is Strategy.FOR_YOU:
            attrs = ItemAttrs(category=row.category_name, brand=row.brand_name)
            reason = strategies.interest_reason(context, attrs) or reason or "picked for you"
        items.append(
            Recommendation(
                item_id=int(candidate.item_id),
                position=position,
                strategy=Strategy(candidate.strategy),
                reason=reason or "recommended",
                score=round(float(candidate.score), 6),
                item=row,
            )
        )
    return RecommendationList(
        slot=config.code, items=items, index_version=version, cold_start=not personal
    )


class _Catalog(Mapping[str, ItemInfo]):
    """The rows as the filters read them, converted only for the candidates they reach."""

    def __init__(self, rows: Mapping[int, ItemRow]) -> None:
        self._rows = rows
        self._read: dict[str, ItemInfo] = {}  # each rule reads a candidate's info again

    def __getitem__(self, item_id: str) -> ItemInfo:
        found: ItemInfo | None = self.get(item_id)
        if found is None:
            raise KeyError(item_id)
        return found

    def get(self, item_id: str, default: Any = None) -> Any:
        """The item's info, or `default` for an item without a row (the rules call this)."""
        found = self._read.get(item_id)
        if found is not None:
            return found
        row = self._rows.get(int(item_id)) if item_id.isdigit() else None
        if row is None:
            return default
        found = ItemInfo(category=row.category, price_cents=row.price_cents, on_sale=row.on_sale)
        self._read[item_id] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return (str(i) for i in self._rows)

    def __len__(self) -> int:
        return len(self._rows)


async def _retrieve(
    strategy: Strategy, model: Model | None, version: int | None, context: MemberContext, n: int
) -> list[Candidate]:
    if strategy is Strategy.SIMILAR_ITEMS:
        return strategies.similar_items(model, context, n)
    if strategy is Strategy.FOR_YOU:
        return strategies.for_you(model, context, n)
    if strategy is Strategy.BOUGHT_TOGETHER:
        return await strategies.bought_together(version, context, n)
    if strategy is Strategy.REPURCHASE:
        return await strategies.repurchase(context, n)
    return await strategies.popular(model, version, context, n)


def _fuse(ranked: list[list[Candidate]], weights: list[float]) -> list[Candidate]:
    """Weighted reciprocal-rank fusion; an item keeps the strategy that contributed most."""
    if len(ranked) == 1:
        return list(ranked[0])
    total: dict[str, float] = {}
    best: dict[str, tuple[float, Candidate]] = {}
    for candidates, weight in zip(ranked, weights, strict=True):
        for rank, candidate in enumerate(candidates):
            share = weight / (FUSION_K + rank)
            total[candidate.item_id] = total.get(candidate.item_id, 0.0) + share
            if candidate.item_id not in best or best[candidate.item_id][0] < share:
                best[candidate.item_id] = (share, candidate)
    order = sorted(total, key=lambda i: -total[i])
    return [Candidate(i, total[i], best[i][1].strategy, best[i][1].reason) for i in order]


def _anonymous(context: MemberContext) -> MemberContext:
    """The same place without the history: plain popularity for the cold-start fill."""
    return MemberContext(
        member_id=None, now=context.now, city=context.city, region=context.region, orders=99
    )


async def _context(
    model: Model | None,
    member_id: int | None,
    item_id: int | None,
    cart: list[int],
    anonymous_id: str | None,
    city: str | None,
) -> MemberContext:
    now = utc_now()
    context = MemberContext(member_id=member_id, now=now, item_id=item_id, cart=cart)
    if member_id is not None:
        facts = await member_context.member_facts(
            member_id, None if model is None else model.contexts
        )
        context.city, context.region, context.orders = facts.city, facts.region, facts.orders
        context.history = list(facts.history)
        context.bought_prices = list(facts.bought_prices)
        if facts.interests is not None:
            context.interests = MemberAffinities(scores=facts.interests)
    elif anonymous_id is not None:
        if city is None:
            history, (context.city, context.region) = await asyncio.gather(
                sources.anonymous_history(anonymous_id), sources.anonymous_place(anonymous_id)
            )
        else:
            history = await sources.anonymous_history(anonymous_id)
        context.history = [h.item_id for h in history]
    if member_id is None and city is not None:
        context.city, context.region = city, None
    page = [i for i in [item_id, *cart] if i is not None]
    snapshot = None if model is None else model.items
    anchors = context.history[: strategies.HISTORY_ANCHORS]
    rows = await item_sidecar.item_rows(snapshot, page + anchors)
    if item_id is not None and item_id not in rows:
        raise DomainError(f"unknown item {item_id}", field="itemId", code=ErrorCode.UNKNOWN_ITEM)
    for position, wanted in enumerate(cart):
        if wanted not in rows:
            raise DomainError(
                f"unknown item {wanted}", field=f"cart[{position}]", code=ErrorCode.UNKNOWN_ITEM
            )
    context.names = {i: r.name for i, r in rows.items()}
    return context


def _checked_city(city: str | None) -> str | None:
    """The asked city without surrounding blanks; a blank or overlong one is refused."""
    if city is None:
        return None
    place = city.strip()
    if not place:
        raise DomainError("city must not be blank.", field="city")
    if len(place) > MAX_CITY:
        raise DomainError(
            f"city is at most {MAX_CITY} characters.", field="city", code=ErrorCode.TOO_LARGE
        )
    return place


async def _recent(config: SlotConfig, context: MemberContext) -> dict[str, set[str]]:
    rules = config.rules
    days = (rules.exclude_bought_days, rules.exclude_clicked_days, rules.exclude_shown_days)
    if context.member_id is None or all(d is None for d in days):
        return {"bought": set(), "clicked": set(), "shown": set()}
    far = datetime.max.replace(tzinfo=context.now.tzinfo)
    since = [far if d is None else context.now - timedelta(days=d) for d in days]
    found = await sources.recent_items(
        context.member_id, bought_since=since[0], clicked_since=since[1], shown_since=since[2]
    )
    return {kind: {str(i) for i in ids} for kind, ids in found.items()}


async def recommendation_stats(*, slot: str | None, days: int) -> list[SlotStat]:
    """Impressions, clicks and CTR per slot and strategy over the last `days` days."""
    if not 1 <= days <= 365:
        raise DomainError("days is 1..365.", field="days")
    return await sources.slot_event_counts(since=utc_now() - timedelta(days=days), slot=slot)


async def start_rebuild() -> jobs.Job:
    """Defer a rebuild (in the caller's transaction, if any); a second request in the same
    minute gets the same job."""
    minute = utc_now().strftime("%Y%m%d%H%M")
    async with db.transaction():
        return await jobs.defer(REBUILD_JOB, key=f"{REBUILD_JOB}:manual:{minute}", max_attempts=2)


async def start_scheduled_rebuild(day: str) -> jobs.Job:
    """Defer the scheduled rebuild of a day once (keyed by the day)."""
    return await jobs.defer(REBUILD_JOB, key=f"{REBUILD_JOB}:scheduled:{day}", max_attempts=2)
