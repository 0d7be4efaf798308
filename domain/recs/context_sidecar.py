"""Every trained member's serving context, published with the index version it was built for.

A rebuild writes, beside `recs-v<version>.ann`, numpy files in the order of the member ids file
(`.member_ids.npy`): `.ctx_numbers.npy` (city code, region code, orders), `.ctx_history_ptr.npy`
and `.ctx_history.npy` (latest items with the price paid, -1 if not bought, CSR by member),
`.ctx_interest_ptr.npy` and `.ctx_interest.npy` (value code, share) and `.ctx.json` (the
string tables and the instant the context was read). A process memory-maps them, so serving a
member whose history has not changed since reads nothing from PostgreSQL or Redis.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import numpy as np

from domain.members import reads as members_reads
from domain.orders import item_reads
from domain.recs import sources
from domain.recs.interest import Dimension
from domain.recs.member_facts import HISTORY_KEPT, MemberFacts

CHUNK = 5000
SUFFIXES = (
    ".ctx_numbers.npy",
    ".ctx_history_ptr.npy",
    ".ctx_history.npy",
    ".ctx_interest_ptr.npy",
    ".ctx_interest.npy",
    ".ctx.json",
)


def _paths(index_path: str | Path) -> list[Path]:
    base = str(index_path).removesuffix(".ann")
    return [Path(base + suffix) for suffix in SUFFIXES]


@dataclass(frozen=True, slots=True)
class ContextSnapshot:
    """Memory-mapped contexts of one version's members (sorted by member id)."""

    read_at: datetime
    member_ids: np.ndarray
    numbers: np.ndarray
    history_ptr: np.ndarray
    history: np.ndarray
    interest_ptr: np.ndarray
    interest: np.ndarray
    cities: list[str | None]
    regions: list[str | None]
    values: list[tuple[Dimension, str]]

    def of(self, member_id: int) -> MemberFacts | None:
        """The member's context as read at `read_at`, or None if the version lacks them."""
        at = int(np.searchsorted(self.member_ids, member_id))
        if at >= self.member_ids.size or int(self.member_ids[at]) != member_id:
            return None
        city, region, orders = (int(x) for x in self.numbers[at])
        seen = np.asarray(self.history[self.history_ptr[at] : self.history_ptr[at + 1]])
        shares = np.asarray(self.interest[self.interest_ptr[at] : self.interest_ptr[at + 1]])
        interests: dict[Dimension, dict[str, float]] = {}
        for code, share in shares.tolist():
            dimension, value = self.values[int(code)]
            interests.setdefault(dimension, {})[value] = float(share)
        return MemberFacts(
            city=self.cities[city],
            region=self.regions[region],
            orders=orders,
            history=[int(i) for i in seen[:, 0]],
            bought_prices=[int(p) for p in seen[:, 1] if p >= 0],
            interests=interests or None,
        )


async def read_contexts(
    member_ids: np.ndarray, interests: Sequence[dict[str, dict[str, float]]], read_at: datetime
) -> dict[str, Any]:
    """Place, orders and latest items of the trained members (set-based, in chunks), with
    their interests, as the arrays `save_contexts` writes."""
    cities: dict[str | None, int] = {None: 0}
    regions: dict[str | None, int] = {None: 0}
    values: dict[tuple[str, str], int] = {}
    numbers = np.zeros((member_ids.size, 3), dtype=np.int32)
    history_ptr = np.zeros(member_ids.size + 1, dtype=np.int64)
    interest_ptr = np.zeros(member_ids.size + 1, dtype=np.int64)
    history: list[tuple[int, int]] = []
    shares: list[tuple[float, float]] = []
    ids = [int(m) for m in member_ids]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        place = await members_reads.places(chunk)
        counts = await item_reads.order_counts(chunk)
        rows = await item_reads.members_history(chunk, sources.HISTORY_EVENTS, limit=HISTORY_KEPT)
        by_member: dict[int, list[tuple[int, int]]] = {}
        for r in rows:
            price = int(r["price_cents"]) if r["bought"] and r["price_cents"] is not None else -1
            by_member.setdefault(int(r["member_id"]), []).append((int(r["item_id"]), price))
        for offset, member_id in enumerate(chunk):
            at = start + offset
            city, region = place.get(member_id, (None, None))
            numbers[at] = (
                cities.setdefault(city, len(cities)),
                regions.setdefault(region, len(regions)),
                counts.get(member_id, 0),
            )
            history.extend(by_member.get(member_id, []))
            history_ptr[at + 1] = len(history)
            for dimension, found in (interests[at] if at < len(interests) else {}).items():
                for value, share in found.items():
                    shares.append((values.setdefault((dimension, value), len(values)), share))
            interest_ptr[at + 1] = len(shares)
    return {
        "read_at": read_at,
        "numbers": numbers,
        "history_ptr": history_ptr,
        "history": np.asarray(history, dtype=np.int64).reshape(-1, 2),
        "interest_ptr": interest_ptr,
        "interest": np.asarray(shares, dtype=np.float64).reshape(-1, 2),
        "cities": list(cities),
        "regions": list(regions),
        "values": [list(v) for v in values],
    }


def save_contexts(index_path: Path, contexts: dict[str, Any], save_array: Any) -> None:
    """Write the arrays (each atomically, with `save_array`) and then the tables."""
    paths = _paths(index_path)
    names = ("numbers", "history_ptr", "history", "interest_ptr", "interest")
    for path, name in zip(paths[:5], names, strict=True):
        save_array(path, contexts[name])
    tables = {
        "read_at": contexts["read_at"].isoformat(),
        "cities": contexts["cities"],
        "regions": contexts["regions"],
        "values": contexts["values"],
    }
    tmp = paths[5].with_name(f".tmp-{paths[5].name}")
    tmp.write_text(json.dumps(tables))
    tmp.replace(paths[5])


def load_contexts(index_path: str | Path, member_ids: np.ndarray) -> ContextSnapshot | None:
    """Memory-map a version's contexts, or None for a version built without them."""
    paths = _paths(index_path)
    if not paths[5].exists():
        return None
    tables = json.loads(paths[5].read_text())
    arrays = [np.load(p, mmap_mode="r") for p in paths[:5]]
    return ContextSnapshot(
        read_at=datetime.fromisoformat(tables["read_at"]),
        member_ids=member_ids,
        numbers=arrays[0],
        history_ptr=arrays[1],
        history=arrays[2],
        interest_ptr=arrays[3],
        interest=arrays[4],
        cities=tables["cities"],
        regions=tables["regions"],
        values=[cast(tuple[Dimension, str], tuple(v)) for v in tables["values"]],
    )
