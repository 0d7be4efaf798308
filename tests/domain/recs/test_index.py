"""Annoy index files: atomic build, load, recall against exact search, cleanup, hot swap."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from domain.errors import DomainError, ErrorCode
from domain.recs.index import IndexNotReady, Metric, build_index, sidecar_path, version_path
from domain.recs.index_loaded import load_index
from domain.recs.index_quality import exact_neighbours, recall_at_k
from domain.recs.index_versions import IndexRegistry, cleanup_old_versions


def _vectors(n: int = 500, dims: int = 16, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, dims)).astype(np.float32)


def test_build_writes_index_ids_and_sidecar_atomically(tmp_path: Path) -> None:
    # given
    vectors = _vectors()
    path = version_path(tmp_path, "items", 7)
    # when
    meta = build_index(vectors, path, 10, "dot", version=7, ids=[f"sku{i}" for i in range(500)])
    # then
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name, f"{path.name}.json", f"{path.name}.ids.json"]
    )
    side = json.loads(sidecar_path(path).read_text())
    assert side["version"] == 7
    assert side["dims"] == 16
    assert side["metric"] == "dot"
    assert side["n_items"] == 500
    assert side["ids_file"] == f"{path.name}.ids.json"
    assert meta.version == 7


def test_loaded_index_answers_like_exact_search(tmp_path: Path) -> None:
    # given
    vectors = _vectors()
    path = tmp_path / "items.ann"
    build_index(vectors, path, 20, "angular", version=1, ids=[f"sku{i}" for i in range(500)])
    index = load_index(path)
    # when
    positions, scores = index.query_vector(vectors[3], 5, search_k=10_000)
    neighbours, _ = index.query_item(3, 5, search_k=10_000)
    exact, exact_scores = exact_neighbours(vectors, vectors[3:4], 5, "angular")
    exact_items, _ = exact_neighbours(vectors, vectors[3:4], 6, "angular")
    # then
    assert positions.tolist() == exact[0].tolist()
    np.testing.assert_allclose(scores, exact_scores[0], atol=1e-4)
    assert 3 not in neighbours.tolist()
    assert neighbours.tolist() == [p for p in exact_items[0].tolist() if p != 3][:5]
    assert index.external_ids(positions[:1].tolist()) == ["sku3"]
    assert index.position_of("sku3") == 3
    index.close()
    with pytest.raises(IndexNotReady):
        index.query_vector(vectors[0], 5)


@pytest.mark.parametrize("metric", ["dot", "angular", "euclidean"])
def test_exact_neighbours_matches_naive_ranking(metric: Metric) -> None:
    # given
    vectors, queries = _vectors(200, 8, 1), _vectors(7, 8, 2)
    if metric == "dot":
        naive = queries @ vectors.T
    elif metric == "angular":
        unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        naive = (queries / np.linalg.norm(queries, axis=1, keepdims=True)) @ unit.T
    else:
        naive = -np.linalg.norm(queries[:, None, :] - vectors[None, :, :], axis=2)
    # when
    positions, scores = exact_neighbours(vectors, queries, 10, metric, block=3)
    # then
    assert positions.tolist() == np.argsort(-naive, axis=1, kind="stable")[:, :10].tolist()
    np.testing.assert_allclose(scores, -np.sort(-naive, axis=1)[:, :10], rtol=1e-4, atol=1e-4)


def test_exact_neighbours_can_exclude_the_query_item() -> None:
    vectors = _vectors(50, 4)
    positions, _ = exact_neighbours(vectors, vectors, 3, "euclidean", exclude_self=True)
    assert all(row not in positions[row].tolist() for row in range(50))


@pytest.mark.slow
def test_annoy_recall_at_10_on_10k_by_32(tmp_path: Path) -> None:
    # given
    vectors = _vectors(10_000, 32, 5)
    queries = _vectors(200, 32, 6)
    path = tmp_path / "big.ann"
    build_index(vectors, path, n_trees=50, metric="dot", version=1)
    index = load_index(path)
    # when
    approx = [index.query_vector(q, 10, search_k=6_000)[0] for q in queries]
    exact, _ = exact_neighbours(vectors, queries, 10, "dot")
    # then
    assert recall_at_k(approx, exact) >= 0.95
    index.close()


def test_recall_at_k_counts_overlap() -> None:
    assert recall_at_k([[1, 2, 3], [4, 5, 6]], np.array([[1, 2, 9], [6, 5, 4]])) == 5 / 6


def test_load_without_sidecar_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        load_index(tmp_path / "nothing.ann")
    assert caught.value.code == ErrorCode.NOT_FOUND


def test_build_refuses_bad_input(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        build_index(np.full((3, 2), np.nan), tmp_path / "x.ann")
    assert caught.value.field == "vectors"
    with pytest.raises(DomainError) as caught:
        build_index(_vectors(3, 2), tmp_path / "x.ann", metric="hamming")  # type: ignore[arg-type]  # an unknown metric, to see it refused
    assert caught.value.field == "metric"
    assert list(tmp_path.iterdir()) == []


def test_cleanup_keeps_newest_and_protected_versions(tmp_path: Path) -> None:
    # given
    for version in (1, 2, 3, 4):
        build_index(_vectors(20, 4), version_path(tmp_path, "items", version), 2, version=version)
    stale = tmp_path / ".tmp-items.crashed"
    stale.write_text("x")
    old = time.time() - 7200
    import os

    os.utime(stale, (old, old))
    # when
    removed = cleanup_old_versions(tmp_path, keep=2, protect=[1])
    # then
    remaining = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".ann")
    assert remaining == [version_path(tmp_path, "items", v).name for v in (1, 3, 4)]
    assert stale in removed
    assert not sidecar_path(version_path(tmp_path, "items", 2)).exists()


def test_registry_swaps_only_to_newer_versions(tmp_path: Path) -> None:
    # given
    registry = IndexRegistry()
    with pytest.raises(IndexNotReady):
        registry.query_vector(np.zeros(4), 3)
    for version in (1, 2):
        build_index(
            _vectors(30, 4, version), version_path(tmp_path, "i", version), 2, version=version
        )
    # when / then
    assert registry.swap_if_newer(2, version_path(tmp_path, "i", 2)) is True
    assert registry.swap_if_newer(1, version_path(tmp_path, "i", 1)) is False
    assert registry.swap_if_newer(2, version_path(tmp_path, "i", 2)) is False
    assert registry.version == 2
    with pytest.raises(DomainError) as caught:
        registry.swap_if_newer(3, version_path(tmp_path, "i", 1))
    assert caught.value.code == ErrorCode.CONFLICT
    assert registry.version == 2
    registry.close()


@pytest.mark.slow
def test_swap_while_a_thread_queries_never_fails_a_query(tmp_path: Path) -> None:
    # given
    dims, n_items = 16, 2_000
    registry = IndexRegistry()
    first = version_path(tmp_path, "items", 1)
    build_index(_vectors(n_items, dims, 1), first, 10, version=1)
    registry.swap_if_newer(1, first)
    stop = threading.Event()
    failures: list[BaseException] = []
    seen_versions: list[int] = []
    answered = [0]
    query = _vectors(1, dims, 99)[0]

    def reader() -> None:
        while not stop.is_set():
            try:
                version, positions, _ = registry.query_vector(query, 10)
                assert len(positions) == 10
                assert all(0 <= p < n_items for p in positions)
                seen_versions.append(version)
                answered[0] += 1
            except BaseException as exc:
                failures.append(exc)
                return

    thread = threading.Thread(target=reader)
    thread.start()
    # when: rebuild and swap repeatedly, deleting old files as production cleanup would
    for version in range(2, 12):
        path = version_path(tmp_path, "items", version)
        build_index(_vectors(n_items, dims, version), path, 10, version=version)
        assert registry.swap_if_newer(version, path)
        cleanup_old_versions(tmp_path, keep=1, protect=[version])
        time.sleep(0.005)
    time.sleep(0.05)
    stop.set()
    thread.join(timeout=10)
    # then
    assert failures == []
    assert answered[0] > 0
    assert seen_versions == sorted(seen_versions)
    assert seen_versions[-1] == 11
    registry.close()
