"""The item attributes a version serves with, kept beside its index (`.items.json`).

A rebuild snapshots every indexed item's name, code, category, brand, price and sale state, so
serving a list reads no catalogue rows. Items changed after the snapshot are read from the
catalogue instead (`FreshItems`): the set of changed ids is looked up at most once per
`CHANGED_CHECK_SECONDS` per process, as fresh as the catalogue's own item cache.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from domain import cache
from domain.catalog import reads as catalog_reads
from domain.catalog.reads import ItemRow

ITEMS_SUFFIX = ".items.json"
CHANGED_CHECK_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class ItemSnapshot:
    """Item rows as read at `read_at`."""

    read_at: datetime
    rows: Mapping[int, ItemRow]


def items_file(index_path: str | Path) -> Path:
    """The item sidecar path that belongs to an index file."""
    return Path(str(index_path).removesuffix(".ann") + ITEMS_SUFFIX)


def save_items(index_path: Path, snapshot: ItemSnapshot) -> None:
    """Write the item snapshot atomically."""
    target = items_file(index_path)
    payload = {
        "read_at": snapshot.read_at.isoformat(),
        "items": [_row_json(r) for r in snapshot.rows.values()],
    }
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{target.name}.", dir=target.parent)
    with os.fdopen(fd, "w") as handle:
        json.dump(payload, handle, separators=(",", ":"))
    os.replace(tmp, target)


def load_items(index_path: str | Path) -> ItemSnapshot | None:
    """The snapshot of a version, or None for a version built without one."""
    path = items_file(index_path)
    if not path.exists():
        return None
    raw = json.loads(path.read_text())
    rows = {int(r["item_id"]): _row_of(r) for r in raw["items"]}
    return ItemSnapshot(read_at=datetime.fromisoformat(raw["read_at"]), rows=rows)


async def snapshot(item_ids: Sequence[int], read_at: datetime) -> ItemSnapshot:
    """Read the rows of the indexed items for a new version."""
    return ItemSnapshot(read_at=read_at, rows=await catalog_reads.fetch_item_rows(set(item_ids)))


def _row_json(row: ItemRow) -> dict[str, Any]:
    out = {name: getattr(row, name) for name in ItemRow.__dataclass_fields__}
    out["updated_at"] = None if row.updated_at is None else row.updated_at.isoformat()
    return out


def _row_of(raw: dict[str, Any]) -> ItemRow:
    updated = raw.get("updated_at")
    fields = {**raw, "updated_at": None if updated is None else datetime.fromisoformat(updated)}
    return ItemRow(**fields)


_changed: dict[datetime, tuple[float, frozenset[int]]] = {}
cache.register_local_cache(_changed.clear)


async def _changed_since(read_at: datetime) -> frozenset[int]:
    now = time.monotonic()
    hit = _changed.get(read_at)
    if hit is not None and hit[0] > now:
        return hit[1]
    found = frozenset(await catalog_reads.items_updated_since(read_at))
    _changed.clear()  # one snapshot is served at a time
    _changed[read_at] = (now + CHANGED_CHECK_SECONDS, found)
    return found


async def item_rows(snapshot: ItemSnapshot | None, item_ids: Sequence[int]) -> dict[int, ItemRow]:
    """Rows of `item_ids`: from the snapshot unless changed since, else from the catalogue."""
    if snapshot is None:
        return await catalog_reads.item_rows(item_ids)
    changed = await _changed_since(snapshot.read_at)
    found: dict[int, ItemRow] = {}
    missing: list[int] = []
    for item_id in item_ids:
        row = None if item_id in changed else snapshot.rows.get(item_id)
        if row is None:
            missing.append(item_id)
        else:
            found[item_id] = row
    if missing:
        found.update(await catalog_reads.item_rows(missing))
    return found
