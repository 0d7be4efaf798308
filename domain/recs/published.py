"""Published model versions: files of a version, the Redis pointer, and each process's registry.

A rebuild writes, under the index directory, `recs-v<version>.ann` (+ `.ids.json`, item ids in
index order, and the `.json` sidecar written last) and two numpy files next to it: the member
vectors (`.members.npy`, float32) and their member ids (`.member_ids.npy`, sorted int64). Member
vectors live in files rather than PostgreSQL because they are only meaningful together with the
item vectors of the same version: publishing one pointer switches both at once, a process
memory-maps them (no per-request database round trip, no copy per process) and old versions
disappear with their index. Like every derived datum they can be rebuilt from PostgreSQL.

The pointer `recs:index:current` in Redis holds the JSON of the newest version; a Lua script
replaces it only with a newer version, so a slow old build never overwrites a newer one. Every
API process keeps a `RecsIndexRegistry` that looks at the pointer at most once per
`check_seconds` and swaps in a newer version without a restart (load happens off the event loop).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from domain import cache, config
from domain.errors import DomainError
from domain.recs.blend import EaseWeights
from domain.recs.context_sidecar import SUFFIXES as CONTEXT_SUFFIXES
from domain.recs.context_sidecar import ContextSnapshot, load_contexts
from domain.recs.index import version_path
from domain.recs.index_loaded import LoadedIndex
from domain.recs.index_versions import IndexRegistry, cleanup_old_versions
from domain.recs.item_sidecar import ITEMS_SUFFIX, ItemSnapshot, load_items

log = logging.getLogger(__name__)

CURRENT_KEY = "recs:index:current"
INDEX_NAME = "recs"
MEMBERS_SUFFIX = ".members.npy"
MEMBER_IDS_SUFFIX = ".member_ids.npy"
NEIGHBOURS_SUFFIX = ".neighbours.npy"
NEIGHBOUR_SCORES_SUFFIX = ".neighbour_scores.npy"
EASE_POSITIONS_SUFFIX = ".ease_positions.npy"
EASE_WEIGHTS_SUFFIX = ".ease_weights.npy"
SIDE_FILES = (
    MEMBERS_SUFFIX,
    MEMBER_IDS_SUFFIX,
    NEIGHBOURS_SUFFIX,
    NEIGHBOUR_SCORES_SUFFIX,
    ITEMS_SUFFIX,
    EASE_POSITIONS_SUFFIX,
    EASE_WEIGHTS_SUFFIX,
    *CONTEXT_SUFFIXES,
)

_PUBLISH_IF_NEWER = """
local current = redis.call('GET', KEYS[1])
if current then
  local ok, decoded = pcall(cjson.decode, current)
  if ok and tonumber(decoded['version']) >= tonumber(ARGV[1]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2])
return 1
"""


@dataclass(frozen=True, slots=True)
class PublishedVersion:
    """What the Redis pointer says about the current version."""

    version: int
    path: str
    metric: str
    search_k: int
    n_items: int
    n_members: int
    for_you: str = "als"  # what FOR_YOU serves: als, ease or blend (chosen on validation)
    als_weight: float = 1.0  # ALS's share of a blend

    def to_json(self) -> str:
        """The pointer's JSON text."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> PublishedVersion:
        """Parse the pointer's JSON text."""
        raw = json.loads(text)
        return cls(**{name: raw[name] for name in cls.__dataclass_fields__ if name in raw})


def index_file(directory: str | Path, version: int) -> Path:
    """The .ann path of a version."""
    return version_path(directory, INDEX_NAME, version)


def members_files(index_path: str | Path) -> tuple[Path, Path]:
    """(member vectors, member ids) paths that belong to an index file."""
    base = str(index_path).removesuffix(".ann")
    return Path(base + MEMBERS_SUFFIX), Path(base + MEMBER_IDS_SUFFIX)


def save_member_vectors(index_path: Path, member_ids: np.ndarray, vectors: np.ndarray) -> None:
    """Write a version's member vectors sorted by member id, each file atomically."""
    order = np.argsort(member_ids, kind="stable")
    vectors_path, ids_path = members_files(index_path)
    save_array(vectors_path, np.ascontiguousarray(vectors[order], dtype=np.float32))
    save_array(ids_path, np.ascontiguousarray(member_ids[order], dtype=np.int64))


def neighbours_files(index_path: str | Path) -> tuple[Path, Path]:
    """(neighbour positions, neighbour scores) paths that belong to an index file."""
    base = str(index_path).removesuffix(".ann")
    return Path(base + NEIGHBOURS_SUFFIX), Path(base + NEIGHBOUR_SCORES_SUFFIX)


def save_neighbours(index_path: Path, positions: np.ndarray, scores: np.ndarray) -> None:
    """Write each item's most similar items (index positions, -1 padded) and their scores."""
    positions_path, scores_path = neighbours_files(index_path)
    save_array(scores_path, np.ascontiguousarray(scores, dtype=np.float32))
    save_array(positions_path, np.ascontiguousarray(positions, dtype=np.int32))


def save_array(target: Path, array: np.ndarray) -> None:
    """Write one numpy file atomically (temp file, fsync, rename)."""
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{target.name}.", dir=target.parent)
    with os.fdopen(fd, "wb") as handle:
        np.save(handle, array)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def ease_files(index_path: str | Path) -> tuple[Path, Path]:
    """(kept item positions, weights) paths of a version's EASE model."""
    base = str(index_path).removesuffix(".ann")
    return Path(base + EASE_POSITIONS_SUFFIX), Path(base + EASE_WEIGHTS_SUFFIX)


def save_ease(index_path: Path, ease: EaseWeights) -> None:
    """Write the EASE weights FOR_YOU serves from (only when validation chose them)."""
    positions_path, weights_path = ease_files(index_path)
    save_array(weights_path, np.ascontiguousarray(ease.weights, dtype=np.float32))
    save_array(positions_path, np.ascontiguousarray(ease.positions, dtype=np.int64))


def load_ease(index_path: str | Path) -> EaseWeights | None:
    """Memory-map a version's EASE weights, or None when it serves ALS alone."""
    positions_path, weights_path = ease_files(index_path)
    if not positions_path.exists():
        return None
    return EaseWeights(
        positions=np.load(positions_path, mmap_mode="r"),
        weights=np.load(weights_path, mmap_mode="r"),
    )


async def publish(info: PublishedVersion) -> bool:
    """Point `recs:index:current` at a version unless a newer one is already published."""
    done = await cache.redis().eval(
        _PUBLISH_IF_NEWER, 1, CURRENT_KEY, str(info.version), info.to_json()
    )
    return bool(int(done))


def _card_key(version: int) -> str:
    return f"recs:model:{version}"


async def save_card(version: int, card: dict[str, Any]) -> None:
    """Keep a version's model card (parameters, validation figures) beside its pointer."""
    await cache.redis().set(_card_key(version), json.dumps(card, sort_keys=True))


async def drop_cards(keep: tuple[int, ...]) -> None:
    """Forget the model cards of versions other than `keep`."""
    redis = cache.redis()
    async for key in redis.scan_iter(match=_card_key(0).replace("0", "*")):
        name = key.decode() if isinstance(key, bytes) else key
        if int(name.rsplit(":", 1)[1]) not in keep:
            await redis.delete(name)


async def model_card(version: int) -> dict[str, Any] | None:
    """The model card of a version, or None if it has none."""
    raw = await cache.redis().get(_card_key(version))
    return None if raw is None else json.loads(raw)


async def current_version() -> PublishedVersion | None:
    """The published version, or None before the first build."""
    raw = await cache.redis().get(CURRENT_KEY)
    return None if raw is None else PublishedVersion.from_json(raw)


def cleanup(directory: str | Path, *, keep: int = 2, protect: tuple[int, ...] = ()) -> list[Path]:
    """Remove all but the `keep` newest versions with their member files; returns removed paths."""
    removed = cleanup_old_versions(directory, keep=keep, protect=protect)
    live = {p.name.removesuffix(".ann.json") for p in Path(directory).glob("*.ann.json")}
    for suffix in SIDE_FILES:
        for path in Path(directory).glob(f"*{suffix}"):
            stem = path.name.removesuffix(suffix)
            if stem not in live:
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def versions_in(directory: str | Path) -> list[int]:
    """Complete versions present in a directory, oldest first."""
    return sorted(
        int(p.name.removesuffix(".ann.json").rsplit("-v", 1)[1])
        for p in Path(directory).glob(f"{INDEX_NAME}-v*.ann.json")
    )


@dataclass(frozen=True, slots=True)
class MemberVectors:
    """Memory-mapped member vectors of one version, looked up by member id."""

    ids: np.ndarray
    vectors: np.ndarray

    def vector_of(self, member_id: int) -> np.ndarray | None:
        """The member's vector, or None if the member was not in that training run."""
        position = int(np.searchsorted(self.ids, member_id))
        if position < self.ids.size and int(self.ids[position]) == member_id:
            return np.asarray(self.vectors[position], dtype=np.float32)
        return None


@dataclass(frozen=True, slots=True)
class ItemNeighbours:
    """Memory-mapped most similar items per item position (item-kNN over co-purchases)."""

    positions: np.ndarray
    scores: np.ndarray

    def of(self, position: int, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Up to `n` neighbour positions of an item with their scores, best first."""
        found = np.asarray(self.positions[position, :n])
        kept = found >= 0
        return found[kept], np.asarray(self.scores[position, :n])[kept]


@dataclass(frozen=True, slots=True)
class Model:
    """One leased version: the item index, its member vectors, item neighbours and item
    attributes, and the published settings."""

    index: LoadedIndex
    members: MemberVectors | None
    info: PublishedVersion
    neighbours: ItemNeighbours | None = None
    items: ItemSnapshot | None = None
    contexts: ContextSnapshot | None = None
    ease: EaseWeights | None = None


@dataclass(frozen=True, slots=True)
class _Extras:
    members: MemberVectors | None
    neighbours: ItemNeighbours | None
    items: ItemSnapshot | None
    contexts: ContextSnapshot | None
    ease: EaseWeights | None
    info: PublishedVersion


class RecsIndexRegistry:
    """A process's view of the newest published version; swaps without blocking queries."""

    def __init__(self, check_seconds: float | None = None) -> None:
        self.check_seconds = (
            config.RECS_INDEX_CHECK_SECONDS.get() if check_seconds is None else check_seconds
        )
        self._indexes = IndexRegistry()
        self._extras: dict[int, _Extras] = {}
        self._checked_at = float("-inf")
        self._loading = threading.Lock()

    @property
    def version(self) -> int | None:
        """The loaded version, or None."""
        return self._indexes.version

    async def refresh(self, *, force: bool = False) -> bool:
        """Look at the Redis pointer (at most once per check_seconds) and load a newer version."""
        import asyncio

        now = time.monotonic()
        if not force and now - self._checked_at < self.check_seconds:
            return False
        self._checked_at = now
        info = await current_version()
        if info is None or (self.version is not None and info.version <= self.version):
            return False
        if not self._loading.acquire(blocking=False):
            return False  # another task of this process is loading it already
        try:
            return await asyncio.to_thread(self._load, info)
        finally:
            self._loading.release()

    def _load(self, info: PublishedVersion) -> bool:
        try:
            vectors_path, ids_path = members_files(info.path)
            members: MemberVectors | None = None
            if ids_path.exists():
                members = MemberVectors(
                    ids=np.load(ids_path, mmap_mode="r"),
                    vectors=np.load(vectors_path, mmap_mode="r"),
                )
            positions_path, scores_path = neighbours_files(info.path)
            neighbours: ItemNeighbours | None = None
            if positions_path.exists():
                neighbours = ItemNeighbours(
                    positions=np.load(positions_path, mmap_mode="r"),
                    scores=np.load(scores_path, mmap_mode="r"),
                )
            contexts = None if members is None else load_contexts(info.path, members.ids)
            self._extras[info.version] = _Extras(
                members, neighbours, load_items(info.path), contexts, load_ease(info.path), info
            )
            swapped = self._indexes.swap_if_newer(info.version, info.path)
        except (OSError, ValueError, KeyError, TypeError, DomainError):
            log.warning("cannot load recommendation index %s", info.path, exc_info=True)
            self._extras.pop(info.version, None)
            return False
        # Keep a few older entries: a query that leased the previous index just before the
        # swap still looks its member vectors up by that version.
        for version in sorted(self._extras)[:-3]:
            del self._extras[version]
        return swapped

    @contextmanager
    def lease(self) -> Iterator[Model]:
        """Pin the current version for a block (IndexNotReady when none is loaded)."""
        with self._indexes.lease() as index:
            extras = self._extras[index.version]
            yield Model(
                index=index,
                members=extras.members,
                info=extras.info,
                neighbours=extras.neighbours,
                items=extras.items,
                contexts=extras.contexts,
                ease=extras.ease,
            )

    def close(self) -> None:
        """Unmap the current version."""
        self._indexes.close()
        self._extras.clear()


_registry: RecsIndexRegistry | None = None


def set_registry(registry: RecsIndexRegistry | None) -> None:
    """Install the process's registry (the app lifespan does; tests may)."""
    global _registry
    _registry = registry


def registry() -> RecsIndexRegistry:
    """The process's registry, created on first use when start-up installed none."""
    global _registry
    if _registry is None:
        _registry = RecsIndexRegistry()
    return _registry
