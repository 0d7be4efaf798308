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
import time
from collections.abc import Callable, Sequence
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
