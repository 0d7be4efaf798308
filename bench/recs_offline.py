"""Offline recommendation quality on MovieLens 100K, as recorded and spread over years.

Each data set is evaluated with `crm recs evaluate`'s split (each member's 10 latest interactions
held out) and parameters chosen on a validation split of the training data; the references are
the textbook baselines from ../shared/data/README.md. Spreading the timestamps over 5 and 20
years must not change the conclusions: a recency weighting that erases old history would.

    python -m bench.recs_offline [--tune-seconds 60] [--data PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from domain.recs.evaluation import evaluate
from domain.recs.interactions import Interaction
from domain.recs.interactions_csv import read_interactions_csv

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ml100k_interactions.csv"
REFERENCE = {"popularity": 0.0774, "item_knn": 0.1238, "for_you_exact": 0.1150}
YEAR_SECONDS = 365 * 86_400


def spread(interactions: list[Interaction], years: int) -> list[Interaction]:
    """The interactions with their timestamps stretched to span `years`."""
    if years == 0:
        return interactions
    first = min(i.ts for i in interactions)
    span = (max(i.ts for i in interactions) - first).total_seconds()
    factor = years * YEAR_SECONDS / span
    return [dataclasses.replace(i, ts=first + (i.ts - first) * factor) for i in interactions]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--tune-seconds", type=float, default=60.0)
    args = parser.parse_args()
    recorded = read_interactions_csv(args.data)
    rows = []
    for years in (0, 5, 20):
        for metric in ("dot", "angular"):
            report = evaluate(
                spread(recorded, years),
                k=10,
                holdout=10,
                metric=metric,
                tune_seconds=args.tune_seconds,
            )
            recall = {name: m["recall"] for name, m in report["strategies"].items()}
            rows.append((years, metric, recall, report))
            print(
                f"span {'recorded (7 months)' if years == 0 else f'{years} years'}, FOR_YOU {metric}: "
                + ", ".join(f"{name} {value:.4f}" for name, value in recall.items())
                + f"; Annoy recall {report['annoy_recall']:.3f} at search_k "
                f"{report['annoy']['search_k']}; for_you {report['params']['for_you']}",
                flush=True,
            )
    print("references (recall@10): " + ", ".join(f"{k} {v}" for k, v in REFERENCE.items()))


if __name__ == "__main__":
    main()
