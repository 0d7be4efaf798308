"""Index versions over time: the registry that hot-swaps to newer ones, cleanup of old ones."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from domain.errors import DomainError, ErrorCode
from domain.recs.index import (
    SIDECAR_SUFFIX,
    TMP_PREFIX,
    IndexMeta,
    IndexNotReady,
    InvalidIndex,
    read_meta,
    sidecar_path,
)
from domain.recs.index_loaded import LoadedIndex, load_index


class IndexRegistry:
    """Holds the current LoadedIndex of one kind and swaps it for newer versions.

    Plain Python: a caller learns the newest version and path (from Redis, a file, anything)
    and calls `swap_if_newer`, which loads it fully before publishing it under a lock, then
    retires the old index (unmapped when its last query ends). Readers use `query_vector`,
    `query_item` or `lease()`, which pin one version for the whole call. No await happens
    under the lock, so it is safe from both threads and asyncio tasks.
    """

    def __init__(self, loader: Callable[[Path], LoadedIndex] = load_index) -> None:
        self._loader = loader
        self._lock = threading.Lock()
        self._swap_lock = threading.Lock()
        self._current: LoadedIndex | None = None

    @property
    def version(self) -> int | None:
        """Version of the current index, or None."""
        current = self._current
        return None if current is None else current.version

    @property
    def current(self) -> LoadedIndex | None:
        """The current index (prefer `lease()` to use it)."""
        return self._current

    def swap_if_newer(self, version: int, path: str | Path) -> bool:
        """Load `path` and make it current if `version` is newer; True if swapped."""
        with self._swap_lock:
            current = self._current
            if current is not None and version <= current.version:
                return False
            loaded = self._loader(Path(path))
            if loaded.version != version:
                loaded.close()
                raise InvalidIndex(
                    f"sidecar says version {loaded.version}, expected {version}",
                    field="version",
                    code=ErrorCode.CONFLICT,
                )
            with self._lock:
                old, self._current = self._current, loaded
        if old is not None:
            old.close()
        return True

    @contextmanager
    def lease(self) -> Iterator[LoadedIndex]:
        """Pin the current index for a block of queries (IndexNotReady if none is loaded)."""
        with self._lock:
            current = self._current
            if current is None:
                raise IndexNotReady("no index loaded yet", field="index")
            current.acquire()
        try:
            yield current
        finally:
            current.release()

    def query_vector(
        self, vector: np.ndarray | Sequence[float], k: int, search_k: int = -1
    ) -> tuple[int, np.ndarray, np.ndarray]:
        """(version, positions, scores) for a vector against the current index."""
        with self.lease() as index:
            positions, scores = index.query_vector(vector, k, search_k)
            return index.version, positions, scores

    def query_item(
        self, position: int, k: int, search_k: int = -1
    ) -> tuple[int, np.ndarray, np.ndarray]:
        """(version, positions, scores) for an item's neighbours in the current index."""
        with self.lease() as index:
            positions, scores = index.query_item(position, k, search_k)
            return index.version, positions, scores

    def close(self) -> None:
        """Retire the current index."""
        with self._lock:
            old, self._current = self._current, None
        if old is not None:
            old.close()


def cleanup_old_versions(
    directory: str | Path,
    keep: int = 2,
    *,
    protect: Sequence[int] = (),
    tmp_max_age_s: float = 3600.0,
) -> list[Path]:
    """Delete all but the `keep` newest complete versions (never `protect`ed ones).

    The sidecar goes first so a half-deleted version is never seen as complete; temp files
    of builds older than `tmp_max_age_s` (crashed builds) are removed too. Returns removed paths.
    Readers that already mmapped a removed file keep working (POSIX keeps the inode).
    """
    folder = Path(directory)
    if keep < 1:
        raise InvalidIndex("keep must be >= 1", field="keep")
    versions: list[tuple[int, Path, IndexMeta]] = []
    for side in folder.glob(f"*.ann{SIDECAR_SUFFIX}"):
        index_file = side.with_name(side.name[: -len(SIDECAR_SUFFIX)])
        try:
            meta = read_meta(index_file)
        except DomainError:
            continue
        versions.append((meta.version, index_file, meta))
    versions.sort(key=lambda item: item[0], reverse=True)
    removed: list[Path] = []
    for version, index_file, meta in versions[keep:]:
        if version in protect:
            continue
        files = [sidecar_path(index_file), index_file]
        if meta.ids_file:
            files.append(folder / meta.ids_file)
        for file in files:
            try:
                file.unlink()
                removed.append(file)
            except FileNotFoundError:
                pass
    now = time.time()
    for tmp in folder.glob(f"{TMP_PREFIX}*"):
        try:
            if now - tmp.stat().st_mtime > tmp_max_age_s:
                tmp.unlink()
                removed.append(tmp)
        except FileNotFoundError:
            pass
    return removed
