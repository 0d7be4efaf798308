"""Slots: which strategies fill a front-end position, how many items, and the rules applied."""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from domain import cache, config_history, db
from domain.catalog import service as catalog_service
from domain.errors import DomainError, ErrorCode
from domain.orders import events as events_service
from domain.recs.models import RecSlot
from domain.recs.sources import CLICK_EVENT, IMPRESSION_EVENT

MAX_SIZE = 100
MAX_STRATEGIES = 5
MAX_RULE_ITEMS = 100
MAX_DAYS = 365
SLOT_CACHE_SECONDS = 5.0
_CODE = re.compile(r"^[a-z0-9_]{1,50}$")
TRACKING_SCHEMA = {
    "slot": {"type": "string", "required": True},
    "strategy": {"type": "string"},
    "item_id": {"type": "integer"},
    "item_code": {"type": "string"},
    "position": {"type": "integer"},
}


class Strategy(StrEnum):
    """Where a recommendation came from."""

    SIMILAR_ITEMS = "SIMILAR_ITEMS"
    FOR_YOU = "FOR_YOU"
    BOUGHT_TOGETHER = "BOUGHT_TOGETHER"
    POPULAR = "POPULAR"
    REPURCHASE = "REPURCHASE"
    PINNED = "PINNED"


class UnknownSlot(DomainError):
    code = ErrorCode.UNKNOWN_SLOT


@dataclass(frozen=True, slots=True)
class StrategyWeight:
    strategy: Strategy
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Pin:
    position: int
    item_id: int


@dataclass(frozen=True, slots=True)
class SlotRules:
    """Post-retrieval rules; `*_days` None means the filter is off."""

    blocked_item_ids: tuple[int, ...] = ()
    blocked_categories: tuple[str, ...] = ()
    pins: tuple[Pin, ...] = ()
    exclude_bought_days: int | None = None
    exclude_clicked_days: int | None = None
    exclude_shown_days: int | None = None
    fit_price_band: bool = False
    max_per_category: int | None = None

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SlotRules:
        """Rules from the stored JSON."""
        return cls(
            blocked_item_ids=tuple(raw.get("blocked_item_ids", ())),
            blocked_categories=tuple(raw.get("blocked_categories", ())),
            pins=tuple(Pin(**p) for p in raw.get("pins", ())),
            exclude_bought_days=raw.get("exclude_bought_days"),
            exclude_clicked_days=raw.get("exclude_clicked_days"),
            exclude_shown_days=raw.get("exclude_shown_days"),
            fit_price_band=bool(raw.get("fit_price_band", False)),
            max_per_category=raw.get("max_per_category"),
        )


@dataclass(frozen=True, slots=True)
class SlotConfig:
    """A slot as staff configure it."""

    code: str
    title: str
    strategies: tuple[StrategyWeight, ...]
    size: int = 20
    rules: SlotRules = field(default_factory=SlotRules)
    enabled: bool = True


def check_config(config: SlotConfig) -> None:
    """Refuse a malformed slot with the field concerned (pure)."""
    if not _CODE.match(config.code):
        raise DomainError("code is 1-50 of a-z, 0-9 and _.", field="code")
    if not 1 <= len(config.title.strip()) <= 200:
        raise DomainError("title is 1-200 characters.", field="title", code=ErrorCode.REQUIRED)
    if not 1 <= config.size <= MAX_SIZE:
        raise DomainError(f"size is 1..{MAX_SIZE}.", field="size", code=ErrorCode.TOO_MANY)
    if not 1 <= len(config.strategies) <= MAX_STRATEGIES:
        raise DomainError(f"1 to {MAX_STRATEGIES} strategies.", field="strategies")
    seen: set[Strategy] = set()
    for i, part in enumerate(config.strategies):
        if part.strategy in seen or part.strategy is Strategy.PINNED:
            raise DomainError(
                "each strategy once; PINNED is set by pins.", field=f"strategies[{i}]"
            )
        if not 0 < part.weight <= 100:
            raise DomainError("weight is in (0, 100].", field=f"strategies[{i}].weight")
        seen.add(part.strategy)
    _check_rules(config.rules, config.size)


def _check_rules(rules: SlotRules, size: int) -> None:
    for name in ("blocked_item_ids", "blocked_categories", "pins"):
        if len(getattr(rules, name)) > MAX_RULE_ITEMS:
            raise DomainError(
                f"at most {MAX_RULE_ITEMS} entries.", field=f"rules.{name}", code=ErrorCode.TOO_MANY
            )
    for name in ("exclude_bought_days", "exclude_clicked_days", "exclude_shown_days"):
        value = getattr(rules, name)
        if value is not None and not 0 <= value <= MAX_DAYS:
            raise DomainError(f"days are 0..{MAX_DAYS}.", field=f"rules.{name}")
    if rules.max_per_category is not None and rules.max_per_category < 1:
        raise DomainError("maxPerCategory is at least 1.", field="rules.max_per_category")
    positions = [p.position for p in rules.pins]
    items = [p.item_id for p in rules.pins]
    for i, pin in enumerate(rules.pins):
        if not 0 <= pin.position < size:
            raise DomainError("pin position is 0..size-1.", field=f"rules.pins[{i}].position")
    if len(set(positions)) != len(positions) or len(set(items)) != len(items):
        raise DomainError("pins use distinct positions and items.", field="rules.pins")


async def configure_slot(config: SlotConfig) -> RecSlot:
    """Create or replace a slot by code; defines the impression and click events too."""
    check_config(config)
    wanted = [p.item_id for p in config.rules.pins] + list(config.rules.blocked_item_ids)
    known = await catalog_service.items_by_ids(wanted) if wanted else []
    for i, (item_id, item) in enumerate(zip(wanted, known, strict=True)):
        if item is None:
            pins = len(config.rules.pins)
            where = f"pins[{i}].itemId" if i < pins else f"blockedItemIds[{i - pins}]"
            raise DomainError(
                f"unknown item {item_id}", field=f"rules.{where}", code=ErrorCode.UNKNOWN_ITEM
            )
    async with db.transaction():  # the tracking events and the slot, or neither
        await ensure_tracking_events()
        slot = await config_history.upsert(
            RecSlot,
            "RecSlot",
            named_by="code",
            code=config.code,
            defaults={
                "title": config.title.strip(),
                "strategies": [
                    {"strategy": s.strategy.value, "weight": s.weight} for s in config.strategies
                ],
                "size": config.size,
                "rules": asdict(config.rules),
                "enabled": config.enabled,
            },
        )
    _slot_cache.clear()
    return slot


async def ensure_tracking_events() -> None:
    """Define `rec_impression` and `rec_click` (slot, strategy, item) if they are missing."""
    present = {d.name for d in await events_service.list_definitions()}
    for name, text in ((IMPRESSION_EVENT, "shown"), (CLICK_EVENT, "clicked")):
        if name not in present:
            await events_service.define_event(
                name=name,
                description=f"A recommendation was {text} in a slot.",
                properties_schema=TRACKING_SCHEMA,
            )


async def list_slots() -> list[RecSlot]:
    """Every slot by code."""
    return list(await RecSlot.all().order_by("code"))


_slot_cache: dict[str, tuple[float, SlotConfig | None]] = {}
cache.register_local_cache(_slot_cache.clear)


async def get_slot_config(code: str) -> SlotConfig:
    """A slot's configuration (cached in-process for a few seconds); UNKNOWN_SLOT if absent."""
    hit = _slot_cache.get(code)
    now = time.monotonic()
    if hit is None or now - hit[0] > SLOT_CACHE_SECONDS:
        row = await RecSlot.get_or_none(code=code)
        hit = (now, None if row is None else to_config(row))
        _slot_cache[code] = hit
    if hit[1] is None:
        raise UnknownSlot(f"unknown slot '{code}'", field="slot")
    return hit[1]


def to_config(row: RecSlot) -> SlotConfig:
    """The typed configuration of a stored slot."""
    return SlotConfig(
        code=row.code,
        title=row.title,
        strategies=tuple(
            StrategyWeight(Strategy(s["strategy"]), float(s["weight"])) for s in row.strategies
        ),
        size=row.size,
        rules=SlotRules.from_json(row.rules),
        enabled=row.enabled,
    )


async def slots_page(*, after_id: int | None, limit: int) -> list[RecSlot]:
    """Slots by id, one keyset page."""
    return await db.page_by_id(RecSlot.all(), after_id=after_id, limit=limit)


async def retire_slot(code: str) -> RecSlot:
    """Disable a slot: it serves no items until configured again (history is kept)."""
    found = await RecSlot.get_or_none(code=code)
    if found is None:
        raise UnknownSlot(f"unknown slot '{code}'", field="code")
    slot = await config_history.retire_row(
        RecSlot, found.id, "RecSlot", named_by="code", enabled=False
    )
    _slot_cache.clear()
    return slot


async def slot_by_code(code: str) -> RecSlot | None:
    """One slot by code, or None."""
    return await RecSlot.get_or_none(code=code)
