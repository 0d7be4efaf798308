"""Annoy indexes over item vectors: atomic build, mmapped load, exact baseline, hot swap.

Metric: factor models score a member against an item by the dot product x_u . y_i, and the
length of y_i carries how broadly liked the item is, so the "for you" index uses Annoy's `dot`
metric (maximum inner product, reduced internally to angular search with one extra dimension)
rather than normalising the vectors away. Item-to-item "similar items" can be built with
`angular` (cosine), which ignores popularity; `euclidean` is accepted for other embeddings.
Measured (bench/bench_annoy.py, 100k x 64 clustered vectors, one core): Annoy's dot reduction
needs a larger search_k than angular for the same recall (recall@10 0.51 vs 0.88 at
search_k=5000), and exact numpy search takes about 1.1 ms per query at that size, so callers
should pick search_k from the benchmark, and a brute-force scan is a fair choice below ~100k items.
Scores returned by queries are always "higher is better": dot product, cosine similarity, or
negated euclidean distance.

Files of one version, next to each other: `<name>-v<version>.ann` (the Annoy forest), an
optional `.ids.json` (external ids in index order) and a `.json` sidecar written last, so a
version whose sidecar exists is complete. Each file is written to a temp file in the same
directory, fsynced and moved into place with os.replace.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from annoy import AnnoyIndex

from domain.errors import DomainError, ErrorCode

Metric = Literal["dot", "angular", "euclidean"]
METRICS: tuple[Metric, ...] = ("dot", "angular", "euclidean")
FORMAT_VERSION = 1
SIDECAR_SUFFIX = ".json"
IDS_SUFFIX = ".ids.json"
TMP_PREFIX = ".tmp-"


class InvalidIndex(DomainError):
    """An index could not be built, loaded or queried."""

    code = ErrorCode.INVALID


class IndexNotReady(DomainError):
    """No index is loaded, or the index was unloaded."""

    code = ErrorCode.INVALID_STATE


@dataclass(frozen=True, slots=True)
class IndexMeta:
    """The JSON sidecar of one index version."""

    version: int
    dims: int
    metric: Metric
    n_items: int
    n_trees: int
    index_file: str
    ids_file: str | None
    built_at: float
    format: int = FORMAT_VERSION

    def to_json(self) -> str:
        """Serialise to the sidecar's JSON text."""
        return json.dumps(asdict(self), sort_keys=True, indent=2)

    @classmethod
    def from_json(cls, text: str) -> IndexMeta:
        """Parse a sidecar's JSON text."""
        raw = json.loads(text)
        return cls(**{name: raw.get(name) for name in cls.__dataclass_fields__ if name in raw})


def version_path(directory: str | Path, name: str, version: int) -> Path:
    """The conventional index path of a version: `<dir>/<name>-v<version, 15 digits>.ann`."""
    return Path(directory) / f"{name}-v{version:015d}.ann"


def sidecar_path(index_path: str | Path) -> Path:
    """The sidecar JSON path of an index file."""
    return Path(f"{index_path}{SIDECAR_SUFFIX}")


def build_index(
    vectors: np.ndarray,
    path: str | Path,
    n_trees: int = 50,
    metric: Metric = "dot",
    *,
    version: int | None = None,
    ids: Sequence[str] | None = None,
    seed: int = 42,
    n_jobs: int = 1,
) -> IndexMeta:
    """Build an Annoy index of `vectors` at `path` atomically and write its sidecar last.

    `version` defaults to the current time in milliseconds. `n_jobs=1` keeps builds
    reproducible for a seed; -1 uses every core.
    """
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim != 2 or matrix.shape[0] == 0 or matrix.shape[1] == 0:
        raise InvalidIndex("vectors must be a non-empty 2-d array", field="vectors")
    if not np.all(np.isfinite(matrix)):
        raise InvalidIndex("vectors must be finite", field="vectors")
    if metric not in METRICS:
        raise InvalidIndex(f"metric must be one of {', '.join(METRICS)}", field="metric")
    if n_trees < 1:
        raise InvalidIndex("n_trees must be >= 1", field="n_trees")
    if ids is not None and len(ids) != matrix.shape[0]:
        raise InvalidIndex("ids must have one entry per vector", field="ids")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    n_items, dims = matrix.shape
    index = AnnoyIndex(dims, metric)
    index.set_seed(seed)
    for position in range(n_items):
        index.add_item(position, matrix[position])
    index.build(n_trees, n_jobs=n_jobs)
    ids_file: str | None = None
    if ids is not None:
        ids_target = Path(f"{target}{IDS_SUFFIX}")
        _atomic_write(ids_target, lambda tmp: tmp.write_text(json.dumps(list(ids))))
        ids_file = ids_target.name

    def save(tmp: Path) -> None:
        index.save(str(tmp))
        index.unload()

    _atomic_write(target, save)
    meta = IndexMeta(
        version=int(version if version is not None else time.time() * 1000),
        dims=dims,
        metric=metric,
        n_items=n_items,
        n_trees=n_trees,
        index_file=target.name,
        ids_file=ids_file,
        built_at=time.time(),
    )
    _atomic_write(sidecar_path(target), lambda tmp: tmp.write_text(meta.to_json()))
    return meta


def read_meta(path: str | Path) -> IndexMeta:
    """Read the sidecar of an index file (NOT_FOUND if absent: the version is incomplete)."""
    side = sidecar_path(path)
    try:
        text = side.read_text()
    except FileNotFoundError:
        raise InvalidIndex(
            f"no sidecar {side.name}: index missing or incomplete",
            field="path",
            code=ErrorCode.NOT_FOUND,
        ) from None
    try:
        meta = IndexMeta.from_json(text)
    except (ValueError, TypeError) as exc:
        raise InvalidIndex(f"unreadable sidecar {side.name}: {exc}", field="path") from exc
    if meta.format != FORMAT_VERSION or meta.metric not in METRICS:
        raise InvalidIndex(f"unsupported sidecar {side.name}", field="path")
    return meta


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


def exact_neighbours(
    vectors: np.ndarray,
    queries: np.ndarray,
    k: int,
    metric: Metric = "dot",
    *,
    exclude_self: bool = False,
    block: int = 1024,
) -> tuple[np.ndarray, np.ndarray]:
    """Brute-force top-k (positions, scores) per query row, best first; the recall baseline.

    With `exclude_self`, query row q is item q of `vectors` and is left out of its own result.
    """
    base = np.asarray(vectors, dtype=np.float32)
    q = np.atleast_2d(np.asarray(queries, dtype=np.float32))
    k = min(k, base.shape[0] - (1 if exclude_self else 0))
    if metric == "angular":
        base = _normalise(base)
        q = _normalise(q)
    elif metric not in METRICS:
        raise InvalidIndex(f"metric must be one of {', '.join(METRICS)}", field="metric")
    base_sq = np.einsum("nf,nf->n", base, base) if metric == "euclidean" else None
    out_idx = np.empty((q.shape[0], k), dtype=np.int64)
    out_score = np.empty((q.shape[0], k), dtype=np.float32)
    for start in range(0, q.shape[0], block):
        chunk = q[start : start + block]
        scores = chunk @ base.T
        if base_sq is not None:
            # -||q - v|| ranks like 2 q.v - ||v||^2; the true distance is restored below.
            q_sq = np.einsum("nf,nf->n", chunk, chunk)[:, None]
            scores = -np.sqrt(np.maximum(q_sq - 2.0 * scores + base_sq[None, :], 0.0))
        if exclude_self:
            rows = np.arange(chunk.shape[0])
            scores[rows, start + rows] = -np.inf
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
        top_scores = np.take_along_axis(scores, top, axis=1)
        order = np.argsort(-top_scores, axis=1, kind="stable")
        out_idx[start : start + block] = np.take_along_axis(top, order, axis=1)
        out_score[start : start + block] = np.take_along_axis(top_scores, order, axis=1)
    return out_idx, out_score


def recall_at_k(
    approx: np.ndarray | Sequence[Sequence[int] | np.ndarray], exact: np.ndarray
) -> float:
    """Mean over queries of |approx_q ∩ exact_q| / |exact_q| (k = width of `exact`)."""
    exact_rows = np.atleast_2d(np.asarray(exact))
    if exact_rows.size == 0:
        return 1.0
    hits = 0
    for approx_row, exact_row in zip(approx, exact_rows, strict=True):
        hits += len(set(np.asarray(approx_row).tolist()) & set(exact_row.tolist()))
    return hits / exact_rows.size


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


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    result: np.ndarray = matrix / np.maximum(norms, np.float32(1e-12))
    return result


def _atomic_write(target: Path, write: Callable[[Path], Any]) -> None:
    """Write via `write(tmp)` to a temp file in target's directory, fsync, os.replace."""
    fd, tmp_name = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def calibrate_search_k(
    index: LoadedIndex,
    vectors: np.ndarray,
    queries: np.ndarray,
    k: int = 10,
    *,
    target: float = 0.95,
    start: int | None = None,
) -> tuple[int, float]:
    """The smallest doubling of search_k whose recall@k against exact search reaches `target`.

    Returns (search_k, recall). Stops at a full scan's worth of nodes (n_items x n_trees), where
    Annoy returns the exact answer up to ties.
    """
    if len(queries) == 0:
        return max(start or k * index.meta.n_trees, 1), 1.0
    exact, _ = exact_neighbours(vectors, queries, k, index.meta.metric)
    ceiling = max(index.meta.n_items * index.meta.n_trees, 1)
    search_k = max(start or k * index.meta.n_trees, 1)
    while True:
        approx = [index.query_vector(q, k, search_k)[0] for q in queries]
        recall = recall_at_k(approx, exact)
        if recall >= target or search_k >= ceiling:
            return search_k, recall
        search_k = min(search_k * 2, ceiling)
