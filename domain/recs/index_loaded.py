"""A loaded Annoy index version: mmapped, queried by vector or item, pinned while in use."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from annoy import AnnoyIndex

from domain.recs.index import IndexMeta, IndexNotReady, InvalidIndex, read_meta


class LoadedIndex:
    """A memory-mapped Annoy index plus its metadata; safe for concurrent readers.

    Queries hold a lease: `close()` marks the index retired and unmaps it once the last
    running query has finished, so a query never runs against an unmapped index.
    """

    def __init__(self, annoy: AnnoyIndex, meta: IndexMeta, ids: list[str] | None) -> None:
        self._annoy = annoy
        self.meta = meta
        self.ids = ids
        self._positions = {external: i for i, external in enumerate(ids)} if ids else None
        self._lock = threading.Lock()
        self._readers = 0
        self._retired = False
        self._unloaded = False

    @property
    def version(self) -> int:
        """The version from the sidecar."""
        return self.meta.version

    def position_of(self, external_id: str) -> int | None:
        """Dense index position of an external id, if ids were stored."""
        return None if self._positions is None else self._positions.get(external_id)

    def external_ids(self, positions: Sequence[int]) -> list[str]:
        """External ids of positions (requires the ids file)."""
        if self.ids is None:
            raise InvalidIndex("this index was built without ids", field="ids")
        return [self.ids[p] for p in positions]

    def query_vector(
        self, vector: np.ndarray | Sequence[float], k: int, search_k: int = -1
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k positions and scores (higher is better) for a query vector."""
        v = np.asarray(vector, dtype=np.float32)
        if v.shape != (self.meta.dims,):
            raise InvalidIndex(f"query must have {self.meta.dims} dims", field="vector")
        with self.lease() as annoy:
            found, dist = annoy.get_nns_by_vector(v, k, search_k, include_distances=True)
        return self._result(found, dist)

    def query_item(
        self, position: int, k: int, search_k: int = -1
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k neighbours of an indexed item, excluding the item itself."""
        if not 0 <= position < self.meta.n_items:
            raise InvalidIndex("item position out of range", field="position")
        with self.lease() as annoy:
            found, dist = annoy.get_nns_by_item(position, k + 1, search_k, include_distances=True)
        pairs = [(i, d) for i, d in zip(found, dist, strict=True) if i != position][:k]
        return self._result([i for i, _ in pairs], [d for _, d in pairs])

    def item_vector(self, position: int) -> np.ndarray:
        """The stored vector of an item."""
        with self.lease() as annoy:
            return np.asarray(annoy.get_item_vector(position), dtype=np.float32)

    @contextmanager
    def lease(self) -> Iterator[AnnoyIndex]:
        """Hold the index mapped for the duration of a block (IndexNotReady if retired)."""
        annoy = self.acquire()
        try:
            yield annoy
        finally:
            self.release()

    def acquire(self) -> AnnoyIndex:
        """Take a reader lease; pair with `release()` (prefer `lease()`)."""
        with self._lock:
            if self._retired:
                raise IndexNotReady("index was unloaded", field="index")
            self._readers += 1
        return self._annoy

    def release(self) -> None:
        """Return a reader lease; unmaps a retired index when the last lease goes."""
        with self._lock:
            self._readers -= 1
            unload = self._retired and self._readers == 0 and not self._unloaded
            if unload:
                self._unloaded = True
        if unload:
            self._annoy.unload()

    def close(self) -> None:
        """Retire the index; it is unmapped now or when its last running query finishes."""
        with self._lock:
            self._retired = True
            unload = self._readers == 0 and not self._unloaded
            if unload:
                self._unloaded = True
        if unload:
            self._annoy.unload()

    def _result(self, found: Sequence[int], dist: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
        positions = np.asarray(found, dtype=np.int64)
        d = np.asarray(dist, dtype=np.float32)
        if self.meta.metric == "angular":
            scores = 1.0 - d * d / 2.0  # Annoy's angular distance is sqrt(2 - 2 cos)
        elif self.meta.metric == "euclidean":
            scores = -d
        else:
            scores = d
        return positions, scores.astype(np.float32)


def load_index(path: str | Path, *, prefault: bool = False) -> LoadedIndex:
    """Load (mmap) an index version by its .ann path after checking it against the sidecar."""
    target = Path(path)
    meta = read_meta(target)
    annoy = AnnoyIndex(meta.dims, meta.metric)
    try:
        annoy.load(str(target), prefault=prefault)
    except OSError as exc:
        raise InvalidIndex(f"cannot load {target.name}: {exc}", field="path") from exc
    if annoy.get_n_items() != meta.n_items or annoy.f != meta.dims:
        annoy.unload()
        raise InvalidIndex(f"{target.name} does not match its sidecar", field="path")
    ids: list[str] | None = None
    if meta.ids_file:
        ids = json.loads((target.parent / meta.ids_file).read_text())
        if not isinstance(ids, list) or len(ids) != meta.n_items:
            annoy.unload()
            raise InvalidIndex(f"{meta.ids_file} does not match the index", field="path")
    return LoadedIndex(annoy, meta, ids)
