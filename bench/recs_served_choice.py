"""What the rebuild would serve as FOR_YOU on MovieLens 100K: its own validation, offline.

    python -m bench.recs_served_choice [--data ../shared/data/ml100k_interactions.csv]

Runs the rebuild's choice on the real file without a database: each candidate half-life (none,
180, 30 days; age from each member's latest rating, floor 0.1) with the default ALS, then the
ALS grid on the winner, then ALS, EASE and their reciprocal-rank blends on the same held-out
discoveries (each member's latest new item), as `domain.recs.training` does.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.recs.blend import choose_served  # noqa: E402
from domain.recs.interactions import build_matrix  # noqa: E402
from domain.recs.interactions_csv import read_interactions_csv  # noqa: E402
from domain.recs.training import HALF_LIVES  # noqa: E402
from domain.recs.validation import choose_als, hold_out_latest  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ml100k_interactions.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--tune-seconds", type=float, default=30.0)
    args = parser.parse_args()
    interactions = read_interactions_csv(args.data)
    started = time.perf_counter()
    best = None
    for half_life in HALF_LIVES:
        built = build_matrix(interactions, half_life_days=half_life)
        seen = _first_seen(interactions, built)
        holdout = hold_out_latest(built.matrix, seen)
        first = choose_als(holdout, budget_seconds=0.0, iterations=12)
        recall = first.winner_figures["recall"]
        print(f"half-life {half_life}: default ALS validation recall@10 {recall:.4f}")
        if best is None or recall > best[0] * 1.01:
            best = (recall, half_life, holdout, first)
    assert best is not None
    _, half_life, holdout, first = best
    checked = choose_als(holdout, budget_seconds=args.tune_seconds, iterations=12, resume=first)
    print(
        f"chosen half-life {half_life}; ALS {checked.winner} {checked.metric} {checked.winner_figures}"
    )
    served = choose_served(
        holdout,
        checked.winner,
        checked.metric,
        budget_seconds=args.tune_seconds / 2,
        trained=checked.model,
    )
    for trial in served.trials:
        print(
            f"  {trial['kind']:>5} ALS share {trial['als_weight']:.2f} EASE reg "
            f"{trial['ease_regularization']}: recall@10 {trial['recall']:.4f} NDCG@10 "
            f"{trial['ndcg']:.4f}"
        )
    print(
        f"served: {served.kind} (ALS share {served.als_weight}, EASE reg "
        f"{served.ease_regularization}): recall@10 {served.recall:.4f}; "
        f"popularity {checked.popularity['recall']:.4f}; {time.perf_counter() - started:.0f} s"
    )


def _first_seen(interactions, built) -> sp.csr_matrix:
    rows, cols, stamps = [], [], []
    for i in interactions:
        rows.append(built.users.index(i.user))
        cols.append(built.items.index(i.item))
        stamps.append(i.ts.timestamp())
    first = sp.coo_matrix((np.asarray(stamps), (rows, cols)), shape=built.matrix.shape)
    return first.tocsr()  # one rating per member and film, so a sum is that rating's time


if __name__ == "__main__":
    main()
