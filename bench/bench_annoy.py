"""Annoy vs exact numpy search over the same item vectors: build time, latency, recall@10.

    python bench/bench_annoy.py [--items 100000 --dims 64 --trees 50 --queries 1000]

Vectors are synthetic (no downloads). `--data clustered` (default) draws items around a few
hundred centres, the shape factor-model item vectors tend to have; `--data gaussian` draws
isotropic noise, the hardest case for any tree index. Both searches run single-threaded
(BLAS threads pinned to 1 unless already set): one request is served by one core.
"""

from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from rich.console import Console, JustifyMethod  # noqa: E402
from rich.table import Table  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.recs.index import build_index  # noqa: E402
from domain.recs.index_loaded import load_index  # noqa: E402
from domain.recs.index_quality import exact_neighbours, recall_at_k  # noqa: E402


def make_vectors(n: int, dims: int, kind: str, seed: int) -> np.ndarray:
    """Synthetic item (or query) vectors: clustered or isotropic Gaussian."""
    rng = np.random.default_rng(seed)
    if kind == "gaussian":
        return rng.standard_normal((n, dims)).astype(np.float32)
    centres = rng.standard_normal((max(8, n // 400), dims)).astype(np.float32)
    assignment = rng.integers(0, centres.shape[0], size=n)
    noise = rng.standard_normal((n, dims)).astype(np.float32) * 0.35
    scale = rng.lognormal(0.0, 0.3, size=(n, 1)).astype(np.float32)  # popularity-like norms
    return (centres[assignment] + noise) * scale


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    """p50 and p99 in milliseconds."""
    values = np.asarray(samples) * 1000.0
    return float(np.percentile(values, 50)), float(np.percentile(values, 99))


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--trees", type=int, default=50)
    parser.add_argument("--metric", default="dot", choices=["dot", "angular", "euclidean"])
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--search-k", default="-1,5000,20000,50000")
    parser.add_argument("--data", default="clustered", choices=["clustered", "gaussian"])
    parser.add_argument("--jobs", type=int, default=1, help="Annoy build threads")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    search_ks = [int(value) for value in args.search_k.split(",")]

    items = make_vectors(args.items, args.dims, args.data, args.seed)
    queries = make_vectors(args.queries, args.dims, args.data, args.seed + 1)
    console = Console()

    with tempfile.TemporaryDirectory(prefix="bench-annoy-") as folder:
        path = Path(folder) / "items.ann"
        started = time.perf_counter()
        build_index(items, path, args.trees, args.metric, version=1, n_jobs=args.jobs)
        build_s = time.perf_counter() - started
        size_mb = path.stat().st_size / 2**20
        started = time.perf_counter()
        index = load_index(path)
        load_ms = (time.perf_counter() - started) * 1000.0

        # The exact baseline gets the same head start a server would give it: vectors
        # normalised once for angular, so each query is one matrix-vector product + top-k.
        base, exact_metric = items, args.metric
        if args.metric == "angular":
            base = items / np.linalg.norm(items, axis=1, keepdims=True)
            exact_metric = "dot"
        exact_samples: list[float] = []
        exact_rows: list[np.ndarray] = []
        for query in queries:
            started = time.perf_counter()
            found, _ = exact_neighbours(base, query[None, :], args.k, exact_metric)
            exact_samples.append(time.perf_counter() - started)
            exact_rows.append(found[0])
        exact = np.vstack(exact_rows)
        exact_p50, exact_p99 = percentiles_ms(exact_samples)

        rows: list[tuple[str, float, float, float, float]] = []
        for search_k in search_ks:
            samples: list[float] = []
            approx: list[np.ndarray] = []
            for query in queries:
                started = time.perf_counter()
                found, _ = index.query_vector(query, args.k, search_k)
                samples.append(time.perf_counter() - started)
                approx.append(found)
            p50, p99 = percentiles_ms(samples)
            rows.append((str(search_k), p50, p99, exact_p50 / p50, recall_at_k(approx, exact)))
        index.close()

    table = Table(
        title=(
            f"Annoy vs exact: {args.items:,} items x {args.dims} dims, {args.data} data, "
            f"metric {args.metric}, {args.trees} trees, {args.queries} queries, k={args.k}"
        )
    )
    columns: list[tuple[str, JustifyMethod]] = [
        ("search", "left"),
        ("search_k", "right"),
        ("p50 ms", "right"),
        ("p99 ms", "right"),
        ("speed-up (p50)", "right"),
        (f"recall@{args.k}", "right"),
    ]
    for name, justify in columns:
        table.add_column(name, justify=justify)
    table.add_row("exact numpy", "-", f"{exact_p50:.3f}", f"{exact_p99:.3f}", "1.0x", "1.0000")
    for label, p50, p99, speedup, recall in rows:
        table.add_row(
            "annoy", label, f"{p50:.3f}", f"{p99:.3f}", f"{speedup:.1f}x", f"{recall:.4f}"
        )
    console.print(table)
    console.print(
        f"build {build_s:.2f} s (n_jobs={args.jobs}), index file {size_mb:.1f} MiB, "
        f"load (mmap) {load_ms:.2f} ms; BLAS threads {os.environ['OPENBLAS_NUM_THREADS']}"
    )


if __name__ == "__main__":
    main()
