"""BG/NBD: fit time and parameter recovery on simulated members, plus the CDNOW fit.

Run: python -m bench.bench_bgnbd [--members 1000000]
Members are simulated from known parameters over a 52-week window with staggered first purchases;
the fit collapses identical (x, t_x, T) rows, so time grows with distinct histories, not members.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from domain.tags import bgnbd

TRUE = bgnbd.BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=float("nan"))
CDNOW = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cdnow_sample.txt"


def simulate(
    params: bgnbd.BgNbdParams, members: int, seed: int = 7
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Draw x, t_x, T from the BG/NBD process, with T rounded to whole days as in real data."""
    rng = np.random.default_rng(seed)
    rate = rng.gamma(params.r, 1.0 / params.alpha, members)
    dropout = rng.beta(params.a, params.b, members)
    T = np.ceil(rng.uniform(13, 52, members) * 7) / 7
    x = np.zeros(members, dtype=np.int64)
    t_x = np.zeros(members)
    clock = np.zeros(members)
    active = np.arange(members)
    while active.size:
        clock[active] += rng.exponential(1.0, active.size) / rate[active]
        bought = clock[active] < T[active]
        active = active[bought]
        x[active] += 1
        t_x[active] = np.ceil(clock[active] * 7) / 7
        active = active[rng.random(active.size) >= dropout[active]]
    return x, np.minimum(t_x, T), T


def main() -> None:
    """Print fit times and fitted parameters."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    members = parser.parse_args().members
    started = time.perf_counter()
    x, t_x, T = simulate(TRUE, members)
    simulated = time.perf_counter() - started
    started = time.perf_counter()
    params = bgnbd.fit(x, t_x, T)
    fitted = time.perf_counter() - started
    started = time.perf_counter()
    bgnbd.expected_purchases(params, 26, x, t_x, T)
    bgnbd.probability_alive(params, x, t_x, T)
    scored = time.perf_counter() - started
    distinct = np.unique(np.stack([x, t_x, T], axis=1), axis=0).shape[0]
    print(f"simulated {members:,} members ({distinct:,} distinct histories) in {simulated:.2f}s")
    print(
        f"fit {fitted:.2f}s: r={params.r:.3f} alpha={params.alpha:.3f} a={params.a:.3f} b={params.b:.3f}"
    )
    print(f"expected purchases + P(alive) for all members: {scored:.2f}s")
    if CDNOW.exists():
        started = time.perf_counter()
        cdnow = bgnbd.fit(*bgnbd.cdnow_summary(CDNOW))
        print(
            f"CDNOW fit {time.perf_counter() - started:.3f}s: r={cdnow.r:.4f} "
            f"alpha={cdnow.alpha:.4f} a={cdnow.a:.4f} b={cdnow.b:.4f} LL={cdnow.log_likelihood:.2f}"
        )


if __name__ == "__main__":
    main()
